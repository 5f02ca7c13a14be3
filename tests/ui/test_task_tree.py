"""The task page on a real demo register: tree, filter, panel, bulk 责任到人, moves, bin,
undo/redo — each checked in the register file and in its audit log."""

from __future__ import annotations

import openpyxl
import pytest
from PySide6.QtCore import QDate, QPoint, QSettings, Qt
from PySide6.QtGui import QTextDocument
from PySide6.QtWidgets import QDialog, QMessageBox, QTableWidgetItem

from desktop_app.storage import audit, directory, search, task_details
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import open_register
from desktop_app.ui.directory.directory_dialog import DirectoryDialog
from desktop_app.ui.shell import translations
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.tasks.bulk_assign import BulkAssignDialog
from desktop_app.ui.tasks.filter_bar import refines
from desktop_app.ui.tasks.task_tree_model import COLUMN_KEYS, TaskTreeModel
from tests.conftest import DEMO_TODAY


@pytest.fixture(autouse=True)
def chinese(qapp):
    """The interface as users see it by default: zh_CN."""
    installed = translations.install(qapp, "zh_CN")
    yield
    for translator in installed:
        qapp.removeTranslator(translator)




def leaves(win) -> list[int]:
    return task_store.leaf_ids(win.reg, win.current_plan_id())


def test_model_passes_the_model_tester(qtmodeltester, demo_path):
    reg = open_register(demo_path)
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    qtmodeltester.check(model)
    model.set_filter({task_store.leaf_ids(reg, 1)[5]})
    qtmodeltester.check(model)
    assert model.rowCount() == 1
    reg.close()


def test_a_filter_lays_out_the_same_tree_from_what_it_hides_or_from_what_it_shows(demo_path):
    """A filter matching most of the plan is laid out from the tasks it hides, one matching
    few from the tasks it shows: the same rows and children either way, and the same as
    walking each match's ancestors."""
    import random

    reg = open_register(demo_path)
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    ids = sorted(model._all_parent)
    rng = random.Random(11)
    for share in (0.0, 0.02, 0.3, 0.5, 0.7, 0.98, 1.0):
        matches = set(rng.sample(ids, round(share * len(ids))))
        shown = set()
        for tid in matches:
            while tid:
                shown.add(tid)
                tid = model._all_parent[tid]
        layouts = []
        for lay_out in (model._hide, model._show_only):
            model._matches = matches
            if lay_out == model._hide:
                lay_out(model._all_parent.keys() - matches)
            else:
                lay_out(matches)
            assert {t for t in model._all_parent if model._row_of(t) is not None} == shown
            kids = {p: model._children.get(p, []) for p in shown | {0}}
            assert all(kids[p] == [c for c in model.live_children(p) if c in shown] for p in kids)
            assert all(kids[model._all_parent[t]][model._row_of(t)] == t for t in shown)
            layouts.append(({t: model._row_of(t) for t in shown}, kids))
        assert layouts[0] == layouts[1]
        model.set_filter(matches)
        qt_rows = {model.task_id(model.index(r, 0)) for r in range(model.rowCount())}
        assert qt_rows == {t for t in shown if model._all_parent[t] == 0}
    reg.close()


def test_every_task_shows_its_number_and_row_under_any_filter(demo_path):
    """编号 and rows are made by parent when first asked for: every task's are those of the
    whole plan's tree, with or without a filter, and a task not in the plan has none."""
    import random

    from desktop_app.domain.numbering import derive_numbers

    reg = open_register(demo_path)
    numbers = derive_numbers(task_store.tree_skeleton(reg, 1))
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    rng = random.Random(7)
    for matches in (None, set(rng.sample(sorted(numbers), 40)), None):
        model.set_filter(matches)
        for tid in rng.sample(sorted(numbers), len(numbers)):  # in no particular order
            assert model.number(tid) == numbers[tid]
            index = model.index_of(tid)
            if index.isValid():
                parent = model.parent(index)
                assert model.index(index.row(), 0, parent) == index
            else:
                assert matches is not None and tid not in matches
        assert model.number(max(numbers) + 1) == "" and not model.index_of(max(numbers) + 1).isValid()
    reg.close()


def test_columns_show_number_light_and_latest_progress(demo_path):
    reg = open_register(demo_path)
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    leaf = next(t for t in task_store.leaf_ids(reg, 1) if reg.scalar("SELECT count(*) FROM progress WHERE task_id = ?", (t,)))
    row = {key: model.data(model.index_of(leaf, c)) for c, key in enumerate(COLUMN_KEYS)}
    assert row["number"].count(".") >= 1
    assert row["status"].split()[0] in "■▲●✓" and len(row["status"].split()) == 2
    assert row["latest"].startswith("[W") and row["percent"].endswith("%")
    reg.close()


def test_prepared_rows_answer_every_role_and_follow_the_filter(demo_path):
    """Colours, fonts and alignment come from the task's prepared row: a match's 状态 in its
    light's colour, its ancestors greyed while a filter shows them only as the path, the
    title of a key task bold, 进度 right-aligned; clearing the filter un-greys them."""
    from desktop_app.ui.common.helpers import DIMMED_TEXT_COLOUR, LIGHT_TEXT_COLOURS

    reg = open_register(demo_path)
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    leaf = task_store.leaf_ids(reg, 1)[7]
    parent = model.parent_id(leaf)
    assert parent is not None
    status, title, percent = (COLUMN_KEYS.index(k) for k in ("status", "title", "percent"))
    fg, font, align = (Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.FontRole,
                       Qt.ItemDataRole.TextAlignmentRole)
    colour = model.light(leaf).colour
    assert model.index_of(leaf, status).data(fg) == LIGHT_TEXT_COLOURS[colour]
    assert model.index_of(leaf, title).data(fg) is None
    assert model.index_of(parent, title).data(fg) is None
    assert model.index_of(leaf, percent).data(align) == int(
        (Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
    assert model.index_of(leaf, title).data(Qt.ItemDataRole.CheckStateRole) is None
    key = reg.scalar("SELECT id FROM tasks WHERE plan_id = 1 AND is_key = 1 AND deleted_at IS NULL LIMIT 1")
    plain = reg.scalar("SELECT id FROM tasks WHERE plan_id = 1 AND is_key = 0 AND deleted_at IS NULL LIMIT 1")
    assert model.index_of(key, title).data(font).bold()
    assert model.index_of(key, status).data(font) is None
    assert model.index_of(plain, title).data(font) is None
    model.set_filter({leaf})
    assert model.index_of(parent, title).data(fg) == DIMMED_TEXT_COLOUR
    assert model.index_of(parent, status).data(fg) == DIMMED_TEXT_COLOUR
    assert model.index_of(leaf, status).data(fg) == LIGHT_TEXT_COLOURS[colour]
    model.set_filter(None)
    assert model.index_of(parent, title).data(fg) is None
    reg.close()


def test_the_tree_paints_from_multi_data_as_it_would_from_data(qtbot, demo_path):
    """A delegate asks each cell's roles in one multiData() call: the tree painted that way
    is the same picture, pixel for pixel, as painted role by role through data() (filtered,
    with greyed ancestors, bold key tasks, coloured lights and a selection in view), and a
    span of any roles holds what data() answers for each."""
    from PySide6.QtCore import QAbstractItemModel, QModelRoleData, QModelRoleDataSpan

    from desktop_app.ui.tasks.task_view import TaskTreeView

    class RoleByRole(TaskTreeModel):
        def multiData(self, index, roles):  # noqa: N802 - Qt's name
            QAbstractItemModel.multiData(self, index, roles)  # one data() call per role

    reg = open_register(demo_path)
    leaves = task_store.leaf_ids(reg, 1)
    key = reg.scalar("SELECT id FROM tasks WHERE plan_id = 1 AND is_key = 1 AND deleted_at IS NULL LIMIT 1")
    pictures = []
    for kind in (TaskTreeModel, RoleByRole):
        model = kind(reg, 1, today=DEMO_TODAY)
        model.set_filter(set(leaves[::3]) | {key})
        view = TaskTreeView()
        qtbot.addWidget(view)
        view.setModel(model)
        view.apply_default_widths()
        view.resize(1300, 700)
        view.expandAll()
        view.select_tasks(leaves[3:6:3])
        view.show()
        qtbot.waitExposed(view)
        pictures.append(view.viewport().grab().toImage())
    assert pictures[0] == pictures[1]
    assert pictures[0].width() >= 1000

    roles = [int(r.value) for r in (Qt.ItemDataRole.FontRole, Qt.ItemDataRole.TextAlignmentRole,
             Qt.ItemDataRole.ForegroundRole, Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole,
             Qt.ItemDataRole.CheckStateRole, Qt.ItemDataRole.UserRole)] + [int(Qt.ItemDataRole.UserRole) + 1]
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    model.set_filter(set(leaves[::3]) | {key})
    answered = 0
    for tid in [key, *leaves[:12], model.parent_id(leaves[1])]:
        for column in range(model.columnCount()):
            index = model.index_of(tid, column)
            for role in roles:
                held = QModelRoleData(role)
                model.multiData(index, QModelRoleDataSpan(held))
                assert held.data() == index.data(role), (tid, column, role)
                answered += held.data() is not None
    assert answered > 100
    reg.close()


def test_search_and_filters_show_counts(window, qtbot):
    bar = window.tasks.filter_bar
    total = window.tasks.model.task_count()
    for char in "幼儿园":  # typed one character at a time (keyClicks is ASCII only)
        bar.search_edit.insert(char)
    qtbot.waitUntil(lambda: window.tasks.model.is_filtered())
    shown = window.tasks.model.shown_match_count()
    fresh = search.matching_ids(window.reg, window.current_plan_id(), search.TaskFilter(text="幼儿园"))
    assert window.tasks.model._matches == fresh
    assert 0 < shown < total
    assert bar.count_label.text() == f"显示 {shown:,} / {total:,} 项"
    model = window.tasks.model
    visible = [model.index(r, 0) for r in range(model.rowCount())]
    assert all(model.rowCount(i) > 0 or "幼儿园" in model.data(model.index(i.row(), 1)) for i in visible)
    bar.light_combo.setCurrentIndex(bar.light_combo.findData("red"))
    lights = model.lights()
    assert all(lights[t].colour == "red" for t in model._matches)
    bar.clear()
    assert not model.is_filtered() and bar.count_label.text() == f"共 {total:,} 项"
    bar.unclear_check.setChecked(True)
    assert model.shown_match_count() == window.reg.scalar(
        "SELECT count(*) FROM tasks WHERE deadline_kind = 'unclear' AND deleted_at IS NULL")
    window.action_find.trigger()
    assert bar.search_edit.hasFocus() or window.focusWidget() is bar.search_edit


def test_bulk_assign_fifty_tasks_and_undo(window, monkeypatch):
    reg = window.reg
    ids = leaves(window)[:50]
    before = task_details.snapshot(reg, ids)
    dep = directory.department_id(reg, "基础教育科")
    owner = directory.list_people(reg, department_id=dep)[0]["id"]

    def fill(dialog: BulkAssignDialog) -> int:
        dialog.lead_combo.setCurrentIndex(dialog.lead_combo.findData(dep))
        dialog.checks["lead"].setChecked(True)
        dialog.owner_combo.setCurrentIndex(dialog.owner_combo.findData(owner))
        dialog.checks["owner"].setChecked(True)
        dialog.deadline_edit.setDate(QDate(2026, 12, 31))
        dialog.checks["deadline"].setChecked(True)
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr(BulkAssignDialog, "exec", fill)
    window.tree.select_tasks(ids)
    assert window.tree.selected_task_ids() == sorted(ids, key=window.tree.selected_task_ids().index)
    window.tasks.editor.action_bulk.trigger()
    after = task_details.snapshot(reg, ids)
    assert all(s["lead_id"] == dep and s["owner_id"] == owner and s["deadline"] == "2026-12-31" for s in after.values())
    assert window.tasks.editor.undo_stack.count() == 1
    row = window.tasks.model.index_of(ids[0], COLUMN_KEYS.index("lead_name"))
    assert window.tasks.model.data(row) == "基础教育科"
    bar = window.tasks.filter_bar
    bar.unassigned_check.setChecked(True)
    assert window.tasks.model.is_filtered() and not set(ids) & window.tasks.model._matches
    bar.clear()
    window.tasks.editor.action_undo.trigger()
    assert task_details.snapshot(reg, ids) == before
    assert audit.history(reg, "tasks", ids[0])[0]["operation"].startswith("撤销：批量指定 50 项任务")
    window.tasks.editor.action_redo.trigger()
    assert task_details.snapshot(reg, ids) == after


def test_edit_deadline_in_panel_then_undo(window, qtbot):
    reg = window.reg
    leaf = leaves(window)[3]
    window.tree.select_tasks([leaf])
    panel = window.tasks.panel
    assert panel.task_id == leaf
    old = task_details.snapshot(reg, [leaf], details=True)[leaf]
    panel.kind_combo.setCurrentIndex(panel.kind_combo.findData("date"))
    panel.deadline_edit.enabled.setChecked(True)
    panel.deadline_edit.edit.setDate(QDate(2026, 9, 30))
    panel.deadline_text_edit.setText("9月底前")
    panel.indicator_table.insertRow(0)
    for col, text in enumerate(("入园率", "97", "%", ">=", "")):
        panel.indicator_table.setItem(0, col, QTableWidgetItem(text))
    qtbot.mouseClick(panel.save_button, Qt.MouseButton.LeftButton)
    saved = task_details.snapshot(reg, [leaf], details=True)[leaf]
    assert saved["deadline"] == "2026-09-30" and saved["deadline_text"] == "9月底前"
    assert saved["indicators"][0]["value"] == 97.0
    assert window.tasks.model.data(window.tasks.model.index_of(leaf, COLUMN_KEYS.index("deadline_text"))) == "9月底前"
    assert panel.history_table.rowCount() >= 2
    window.tasks.editor.undo_stack.undo()
    assert task_details.snapshot(reg, [leaf], details=True)[leaf] == old
    assert panel.deadline_text_edit.text() == old["deadline_text"]


def test_panel_refuses_bad_input_and_saves_nothing(window):
    reg = window.reg
    leaf = leaves(window)[4]
    window.tree.select_tasks([leaf])
    panel = window.tasks.panel
    before = task_details.snapshot(reg, [leaf], details=True)
    panel.title_edit.setText("   ")
    panel.save()
    assert "不能为空" in window.warnings[-1]
    panel.reload()
    panel.milestone_table.insertRow(0)
    panel.milestone_table.setItem(0, 0, QTableWidgetItem("方案"))
    panel.milestone_table.setItem(0, 1, QTableWidgetItem("3月底"))
    panel.save()
    assert "不是有效日期" in window.warnings[-1]
    panel.indicator_table.insertRow(0)
    panel.indicator_table.setItem(0, 0, QTableWidgetItem("新建"))
    panel.indicator_table.setItem(0, 1, QTableWidgetItem("二十五"))
    panel.save()
    assert "不是数字" in panel.message.text()
    assert task_details.snapshot(reg, [leaf], details=True) == before
    assert window.tasks.editor.undo_stack.count() == 0


def test_drag_a_task_to_another_parent_and_undo(window, qtbot):
    model = window.tasks.model
    first, second = model.live_children(None)[:2]
    moved = model.live_children(first)[0]
    data = model.mimeData([model.index_of(moved)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 0, 0, model.index_of(second))
    qtbot.waitUntil(lambda: model.parent_id(moved) == second)
    assert model.live_children(second)[0] == moved
    assert task_store.place_of(window.reg, moved) == (second, 0)
    assert model.number(moved) == model.number(second) + ".1"
    window.tasks.editor.undo_stack.undo()
    assert task_store.place_of(window.reg, moved) == (first, 0)
    assert not model.dropMimeData(model.mimeData([model.index_of(first)]), Qt.DropAction.MoveAction, 0, 0, model.index_of(first))


def test_keyboard_moves_indent_outdent_and_add(window):
    model, editor, tree = window.tasks.model, window.tasks.editor, window.tree
    top = model.live_children(None)[0]
    a, b = model.live_children(top)[:2]
    tree.select_tasks([b])
    editor.action_indent.trigger()
    assert model.parent_id(b) == a
    editor.action_outdent.trigger()
    assert model.parent_id(b) == top and model.live_children(top).index(b) == 1
    editor.action_up.trigger()
    assert model.live_children(top)[:2] == [b, a]
    editor.action_down.trigger()
    assert model.live_children(top)[:2] == [a, b]
    editor.action_add_child.trigger()
    new = tree.current_task_id()
    assert model.parent_id(new) == b and window.reg.scalar("SELECT title FROM tasks WHERE id = ?", (new,)) == "新任务"
    editor.undo_stack.undo()
    assert new not in model.live_children(b)
    for _ in range(4):
        editor.undo_stack.undo()
    assert model.live_children(top)[:2] == [a, b] and model.parent_id(b) == top


def test_delete_to_bin_and_restore(window):
    from desktop_app.ui.tasks.recycle_bin import RecycleBinDialog

    model, editor = window.tasks.model, window.tasks.editor
    top = model.live_children(None)[1]
    count = model.task_count()
    window.tree.select_tasks([top])
    editor.action_delete.trigger()
    assert top not in model.live_children(None) and model.task_count() < count
    dialog = RecycleBinDialog(editor, window)
    assert dialog.table.rowCount() == 1
    dialog.table.selectRow(0)
    dialog.restore_selected()
    assert model.task_count() == count and dialog.table.rowCount() == 0
    editor.undo_stack.undo()
    assert top not in model.live_children(None)
    dialog.close()


def test_hidden_columns_are_remembered(qtbot, demo_path):
    first = MainWindow(open_register(demo_path))
    qtbot.addWidget(first)
    first.tree.setColumnHidden(COLUMN_KEYS.index("co_names"), True)
    first.tree.header().moveSection(COLUMN_KEYS.index("status"), 2)
    first.close()
    assert QSettings().value("main_window/tree_header") is not None
    second = MainWindow(open_register(demo_path))
    qtbot.addWidget(second)
    assert second.tree.isColumnHidden(COLUMN_KEYS.index("co_names"))
    assert second.tree.header().visualIndex(COLUMN_KEYS.index("status")) == 2
    second.close()


def test_directory_dialog_imports_and_merges(qtbot, window, tmp_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "information", lambda *a, **k: None)
    path = tmp_path / "名单.xlsx"
    wb = openpyxl.Workbook()
    wb.active.append(["部门", "姓名", "职务", "手机", "是否领导"])
    wb.active.append(["基教科室", "钱七", "科员", "139", ""])
    wb.save(path)
    reg = window.reg
    dialog = DirectoryDialog(reg, window, record=window.tasks.editor.push_done)
    qtbot.addWidget(dialog)
    dialog.import_file(str(path))
    dropped = directory.department_id(reg, "基教科室")
    assert dropped is not None and directory.person_id(reg, "钱七") is not None
    window.tasks.editor.undo_stack.undo()
    assert directory.department_id(reg, "基教科室") is None and directory.person_id(reg, "钱七") is None
    window.tasks.editor.undo_stack.redo()
    dropped = directory.department_id(reg, "基教科室")
    assert dropped is not None and directory.person_id(reg, "钱七") is not None
    keep = directory.department_id(reg, "基础教育科")
    dialog.merge(keep, dropped)
    names = [dialog.departments.item(r, 0).text() for r in range(dialog.departments.rowCount())]
    assert "基教科室" not in names
    row = names.index("基础教育科")
    dialog.departments.selectRow(row)
    dialog.delete_department()
    assert "不能删除" in window.warnings[-1]
    old_short = reg.scalar("SELECT short_name FROM departments WHERE id = ?", (keep,))
    dialog.departments.item(row, 1).setText("基教")
    assert reg.scalar("SELECT short_name FROM departments WHERE id = ?", (keep,)) == "基教"
    dialog.close()
    window.tasks.editor.action_undo.trigger()
    assert reg.scalar("SELECT short_name FROM departments WHERE id = ?", (keep,)) == old_short
    assert audit.history(reg, "departments", keep)[0]["new"] == old_short
    window.tasks.editor.action_undo.trigger()
    assert directory.department_id(reg, "基教科室") == dropped
    assert reg.scalar("SELECT department_id FROM people WHERE name = '钱七'") == dropped


def test_a_longer_search_refines_the_last_one():
    assert refines("幼", "幼儿园") and refines("幼 园", "园林 幼儿")
    assert not refines("幼儿园", "幼") and not refines("幼 学", "幼儿")


def test_tab_indents_in_the_tree_but_moves_focus_in_the_panel(window, qtbot):
    model, tree = window.tasks.model, window.tree
    top = model.live_children(None)[0]
    a, b = model.live_children(top)[:2]
    window.activateWindow()
    tree.select_tasks([b])
    tree.setFocus()
    qtbot.keyClick(tree, Qt.Key.Key_Tab)
    assert model.parent_id(b) == a
    qtbot.keyClick(tree, Qt.Key.Key_Backtab, Qt.KeyboardModifier.ShiftModifier)
    assert model.parent_id(b) == top
    qtbot.keyClick(tree, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert model.live_children(top)[0] == b
    panel = window.tasks.panel
    qtbot.keyClick(tree, Qt.Key.Key_F2)
    assert panel.title_edit.hasFocus()
    qtbot.keyClick(panel.title_edit, Qt.Key.Key_Tab)
    assert model.parent_id(b) == top and not panel.title_edit.hasFocus()


def test_moving_to_another_task_saves_the_panel(window):
    first, second = leaves(window)[:2]
    window.tree.select_tasks([first])
    window.tasks.panel.title_edit.setText("改过的标题")
    window.tree.select_tasks([second])
    assert window.reg.scalar("SELECT title FROM tasks WHERE id = ?", (first,)) == "改过的标题"
    assert window.tasks.panel.task_id == second
    window.tasks.editor.undo_stack.undo()
    assert window.reg.scalar("SELECT title FROM tasks WHERE id = ?", (first,)) != "改过的标题"


def test_the_panel_heading_shows_a_title_with_markup_characters_as_typed(window):
    first, second = leaves(window)[:2]
    title = "落实<三个一>工程 & <b>评估</b>"
    window.tree.select_tasks([first])
    window.tasks.panel.title_edit.setText(title)
    window.tree.select_tasks([second])  # saves the first
    window.tree.select_tasks([first])
    heading = window.tasks.panel.heading
    document = QTextDocument()
    document.setHtml(heading.text())
    assert title in document.toPlainText()


def test_the_window_as_opened_needs_no_style_sheet(window):
    """Qt's style-sheet machinery is set up by the first widget given a style sheet: the
    window as opened has none (the panel's message is red through its palette)."""
    from PySide6.QtGui import QColor, QPalette
    from PySide6.QtWidgets import QWidget

    styled = [w.objectName() or type(w).__name__ for w in window.findChildren(QWidget) if w.styleSheet()]
    assert styled == []
    message = window.tasks.panel.message
    assert message.palette().color(QPalette.ColorRole.WindowText) == QColor("#c62828")


def test_history_names_people_and_departments():
    from desktop_app.ui.tasks.task_panel import describe_value

    names = {"department": {"2": "办公室", "5": "教研室"}, "person": {"7": "张三"}}
    assert describe_value("lead_department_id", "2", names) == "办公室"
    assert describe_value("co_department_ids", "[2, 5]", names) == "办公室、教研室"
    assert describe_value("owner_id", "7", names) == "张三"
    assert describe_value("indicators", '[{"text": "入园率", "value": 97}]', names) == "入园率"
    assert describe_value("deadline", "2026-09-30", names) == "2026-09-30"
    assert describe_value("title", None, names) == ""


def test_adding_a_department_and_a_person_can_be_undone(qtbot, window, monkeypatch):
    from PySide6.QtWidgets import QInputDialog

    reg, stack = window.reg, window.tasks.editor.undo_stack
    dialog = DirectoryDialog(reg, window, record=window.tasks.editor.push_done)
    qtbot.addWidget(dialog)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("督查室", True))
    dialog.add_department()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("孙八", True))
    dialog.add_person()
    assert directory.department_id(reg, "督查室") and directory.person_id(reg, "孙八")
    stack.undo()
    assert directory.person_id(reg, "孙八") is None
    stack.undo()
    assert directory.department_id(reg, "督查室") is None
    stack.redo()
    added = directory.department_id(reg, "督查室")
    dialog.reload()
    names = [dialog.departments.item(r, 0).text() for r in range(dialog.departments.rowCount())]
    dialog.departments.selectRow(names.index("督查室"))
    dialog.delete_department()
    assert directory.department_id(reg, "督查室") is None
    stack.undo()
    assert directory.department_id(reg, "督查室") == added
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("督查室", True))
    dialog.add_department()
    assert "已存在" in window.warnings[-1]


def test_drop_between_siblings_lands_before_the_row_dropped_on(window, qtbot):
    model = window.tasks.model
    top = model.live_children(None)[0]
    siblings = model.live_children(top)
    assert len(siblings) >= 3
    first = siblings[0]
    data = model.mimeData([model.index_of(first)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, 2, 0, model.index_of(top))
    qtbot.waitUntil(lambda: model.live_children(top)[0] != first)
    assert model.live_children(top)[:3] == [siblings[1], first, siblings[2]]
    data = model.mimeData([model.index_of(first)])
    assert model.dropMimeData(data, Qt.DropAction.MoveAction, -1, -1, model.index_of(top))
    qtbot.waitUntil(lambda: model.live_children(top)[-1] == first)


def test_history_reads_a_single_co_operating_department():
    from desktop_app.ui.tasks.task_panel import describe_value

    names = {"department": {"5": "办公室", "6": "教研室"}, "person": {}}
    assert describe_value("co_department_ids", "5", names) == "办公室"
    assert describe_value("co_department_ids", "[5, 6]", names) == "办公室、教研室"


def test_bulk_assign_skips_grouping_headings_unless_ticked(window, monkeypatch):
    reg = window.reg
    model = window.tasks.model
    def walk(parent):
        for t in model.live_children(parent):
            yield t
            yield from walk(t)

    heading = next(t for t in walk(None) if model.live_children(t)
                   and not any(model.live_children(c) for c in model.live_children(t)))
    children = model.live_children(heading)
    ids = [heading, *children]
    dep = directory.department_id(reg, "基础教育科")
    seen: list[str] = []

    def fill(include: bool):
        def run(dialog: BulkAssignDialog) -> int:
            assert dialog.include_headings.isVisibleTo(dialog) and not dialog.include_headings.isChecked()
            seen.append(dialog.count_label.text())
            assert dialog.change_count() == len(children)
            dialog.include_headings.setChecked(include)
            seen.append(dialog.count_label.text())
            dialog.lead_combo.setCurrentIndex(dialog.lead_combo.findData(dep))
            dialog.checks["lead"].setChecked(True)
            return QDialog.DialogCode.Accepted
        return run

    heading_before = task_details.snapshot(reg, [heading])[heading]["lead_id"]
    monkeypatch.setattr(BulkAssignDialog, "exec", fill(False))
    window.tree.select_tasks(ids)
    window.tasks.editor.action_bulk.trigger()
    assert seen[0] == f"将修改 {len(children)} 项任务（跳过 1 个分组标题）。"
    after = task_details.snapshot(reg, ids)
    assert all(after[c]["lead_id"] == dep for c in children)
    assert after[heading]["lead_id"] == heading_before
    monkeypatch.setattr(BulkAssignDialog, "exec", fill(True))
    window.tree.select_tasks(ids)
    window.tasks.editor.action_bulk.trigger()
    assert seen[-1] == f"将修改 {len(ids)} 项任务。"
    assert task_details.snapshot(reg, [heading])[heading]["lead_id"] == dep


def _view_on(reg, qtbot):
    from desktop_app.ui.tasks.task_view import TaskTreeView

    model = TaskTreeModel(reg, 1, today=DEMO_TODAY)
    view = TaskTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    return model, view


def test_rows_are_fetched_in_the_order_the_view_lays_them_out(demo_path, qtbot):
    """Whatever is open, the rows read together from a task on are the ones the view
    shows below it, in its order."""
    import random

    reg = open_register(demo_path)
    model, view = _view_on(reg, qtbot)
    parents = [t for t in model.task_ids() if model.live_children(t)]
    rng = random.Random(5)
    for share in (0.0, 0.3, 0.7, 1.0):
        view.collapseAll()
        view.restore_expanded(set(rng.sample(parents, round(share * len(parents)))))
        shown = []
        index = view.model().index(0, 0)
        while index.isValid():
            shown.append(model.task_id(index))
            index = view.indexBelow(index)
        for start in rng.sample(range(len(shown)), min(8, len(shown))):
            assert model._laid_out_from(shown[start], 25) == shown[start : start + 25]
    reg.close()


def test_a_screenful_of_the_opened_sections_is_read_at_once(demo_path, qtbot, monkeypatch):
    """With the plan's sections open (as at start), the rows of the first screen come in
    one read, although the sections lie far apart in the plan's document order."""
    from desktop_app.ui.tasks import task_tree_model

    reg = open_register(demo_path)
    monkeypatch.setattr(task_tree_model, "ROW_FETCH_BLOCK", 40)
    model, view = _view_on(reg, qtbot)
    view.expand_top_level()
    view.resize(1366, 40 * view.sizeHintForRow(0))
    view.show()
    qtbot.waitExposed(view)
    top = [model.index(r, 0) for r in range(model.rowCount())]
    assert sum(model.rowCount(i) for i in top[:2]) < 40 <= model._doc_pos[model.task_id(top[2])]
    reads = []
    real = task_tree_model.task_store.get_tasks
    monkeypatch.setattr(task_tree_model.task_store, "get_tasks", lambda r, ids: reads.append(ids) or real(r, ids))
    model.refresh_data()  # every row read afresh
    view.grab()
    assert len(reads) == 1
    on_screen, index = [], view.indexAt(QPoint(5, 2))
    while index.isValid() and view.visualRect(index).top() < view.viewport().height():
        on_screen.append(model.task_id(index))
        index = view.indexBelow(index)
    assert len(on_screen) == len(top) + sum(model.rowCount(i) for i in top)  # every row fits
    assert set(on_screen) <= set(reads[0])
    reg.close()


def test_the_lights_follow_once_the_tree_has_painted(demo_path, qtbot):
    """The tree shows its rows first; the 状态 column fills in on the next turn of the event
    loop after the view has painted, not before."""
    reg = open_register(demo_path)
    model = TaskTreeModel(reg, 1, today=DEMO_TODAY, defer_lights=True)
    from desktop_app.ui.tasks.task_view import TaskTreeView

    view = TaskTreeView()
    qtbot.addWidget(view)
    view.setModel(model)
    status = COLUMN_KEYS.index("status")
    first = model.index(0, status)
    assert model.data(first) == "" and model.lights_pending()
    view.resize(1000, 400)
    view.show()
    qtbot.waitExposed(view)
    qtbot.waitUntil(lambda: not model.lights_pending(), timeout=5000)
    assert model.data(first) != ""
    reg.close()
