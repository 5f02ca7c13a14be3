from datetime import date

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtGui import QInputMethodEvent
from PySide6.QtWidgets import QApplication

from desktop_app.storage import audit, extensions, progress, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.status import lights_for
from desktop_app.ui.week.week_model import COL, WeekTableModel, parse_clipboard_table, parse_percent
from desktop_app.ui.week.week_view import FinishDateDialog, WeekView
from tests.week_cycle_data import LAST_WEEK, THIS_WEEK, TODAY, Host, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


@pytest.fixture
def view(qtbot, file_reg, data):
    page = WeekView(Host(file_reg, data.plan), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1400, 600)
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.activate()
    return page


def cell(view, row, key):
    return view.model.index(row, COL[key])


def type_chinese(widget, text):
    """What a Chinese input method sends: the pinyin being composed, then the words."""
    QApplication.sendEvent(widget, QInputMethodEvent("pinyin", []))
    event = QInputMethodEvent("", [])
    event.setCommitString(text)
    QApplication.sendEvent(widget, event)


def test_model_passes_the_model_tester(qtmodeltester, file_reg, data):
    model = WeekTableModel(file_reg)
    model.load(file_reg, THIS_WEEK, data.plan, today=TODAY)
    model.set_values({data.leaves["canteen"]: {"done": "草稿", "percent": "50"}})
    qtmodeltester.check(model)


def test_week_label_rows_and_lights(view, file_reg, data):
    assert view.week_button.text() == "第47周（11月16日—11月22日） ▾"
    assert view.model.rowCount() == 6
    assert cell(view, 0, "last_next").data() == "开工建设"
    lights = lights_for(file_reg, TODAY)
    for row in range(view.model.rowCount()):
        light = lights[view.model.task_id(row)]
        assert cell(view, row, "light").data() == f"{light.symbol} {light.label}"
    assert cell(view, 2, "light").data() == "■ 逾期"


def test_a_department_fills_its_week_by_keyboard_and_saves(qtbot, view, file_reg, data):
    view.select_department(data.basic)
    assert view.model.rowCount() == 4
    table = view.table
    table.setFocus()
    table.setCurrentIndex(cell(view, 0, "done"))
    type_chinese(table, "开工建设")  # typing starts the editor
    editor = QApplication.focusWidget()
    assert table.state() == table.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_Return, Qt.KeyboardModifier.AltModifier)
    type_chinese(editor, "基础完成")
    qtbot.keyClick(editor, Qt.Key.Key_Tab)  # commits, on to 下周工作计划
    assert table.currentIndex() == cell(view, 0, "next")
    type_chinese(QApplication.focusWidget(), "主体施工")
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Tab)  # skip 存在问题
    assert table.currentIndex() == cell(view, 0, "percent")
    qtbot.keyClick(table, Qt.Key.Key_8)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_5)
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Return)  # commits and moves down
    assert table.currentIndex() == cell(view, 1, "percent")
    assert view.model.is_dirty() and "未保存" in view.dirty_label.text()
    # The second row through the model, as the delegate would.
    view.model.setData(cell(view, 1, "done"), "完成验收准备")
    view.model.setData(cell(view, 1, "percent"), "100%")
    qtbot.keyClick(table, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert not view.model.is_dirty() and view.dirty_label.text() == ""
    saved = progress.get_progress(file_reg, data.leaves["canteen"], THIS_WEEK)
    assert (saved["done"], saved["next"], saved["percent"]) == ("开工建设\n基础完成", "主体施工", 85)
    assert progress.get_progress(file_reg, data.leaves["dorm"], THIS_WEEK)["percent"] == 100
    assert cell(view, 0, "done").data() == "开工建设 ↵ 基础完成"


def test_percent_is_checked_with_a_chinese_message(qtbot, view, file_reg, data):
    assert not view.model.setData(cell(view, 0, "percent"), "120")
    assert "0 到 100" in view.message_label.text()
    assert not view.model.is_dirty()
    view.table.setCurrentIndex(cell(view, 0, "percent"))
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "bc")
    qtbot.keyClick(editor, Qt.Key.Key_Return)  # refused: the editor stays open
    assert view.table.state() == view.table.State.EditingState
    assert "“abc”" in view.message_label.text()
    assert parse_percent("６０％") == 60 and parse_percent(" ") is None


def test_carry_over_last_weeks_plan_with_ctrl_d(qtbot, view, data):
    view.table.setFocus()
    view.table.setCurrentIndex(cell(view, 0, "done"))
    qtbot.keyClick(view.table, Qt.Key.Key_D, Qt.KeyboardModifier.ControlModifier)
    drafts = view.model.drafts()
    assert drafts == {
        data.leaves["canteen"]: {"done": "开工建设"},
        data.leaves["dorm"]: {"done": "组织验收"},
        data.leaves["archive"]: {"done": "装订归档"},
    }
    assert cell(view, 0, "done").data(Qt.ItemDataRole.BackgroundRole) is not None


def test_paste_a_block_copied_from_excel(view, data):
    view.table.setCurrentIndex(cell(view, 1, "done"))
    text = '完成验收\t移交使用\r\n"第一行\n第二行"\t"说""明"\r\n调研\t汇总\r\n'
    assert parse_clipboard_table(text)[1] == ["第一行\n第二行", '说"明']
    QApplication.clipboard().setText(text)
    view.table.setFocus()
    view.table.paste_clipboard()
    drafts = view.model.drafts()
    assert drafts[data.leaves["dorm"]] == {"done": "完成验收", "next": "移交使用"}
    assert drafts[data.leaves["late"]] == {"done": "第一行\n第二行", "next": '说"明'}
    assert drafts[data.leaves["survey"]] == {"done": "调研", "next": "汇总"}
    assert data.leaves["canteen"] not in drafts


def test_paste_with_a_bad_percent_changes_nothing(view):
    view.table.setCurrentIndex(cell(view, 0, "problems"))
    assert view.table.paste_text("无\t80\n无\t150\n") == 0
    assert "第2行" in view.message_label.text() and not view.model.is_dirty()


def test_one_value_fills_the_selection_and_delete_clears(qtbot, view):
    selection = view.table.selectionModel()
    for row in range(3):
        selection.select(cell(view, row, "problems"), selection.SelectionFlag.Select)
    assert view.table.paste_text("无") == 3
    assert [cell(view, r, "problems").data() for r in range(3)] == ["无"] * 3
    view.table.setFocus()
    qtbot.keyClick(view.table, Qt.Key.Key_Delete)
    assert [cell(view, r, "problems").data() for r in range(3)] == ["", "", ""]
    assert not view.model.is_dirty()  # back to what is saved: no draft left


def test_mark_finished_asks_for_the_date(qtbot, view, file_reg, data):
    view.table.selectRow(1)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, FinishDateDialog)
        assert dialog.date_edit.maximumDate() == QDate(2026, 11, 18)
        dialog.date_edit.setDate(QDate(2026, 11, 17))
        dialog.accept()

    QTimer.singleShot(0, answer)
    view.finish_action.trigger()
    task = tasks.get_task(file_reg, data.leaves["dorm"])
    assert (task["status"], task["finished_date"]) == ("finished", "2026-11-17")
    assert cell(view, 1, "light").data() == "✓ 已完成"


def test_leaving_the_week_saves_and_future_weeks_are_read_only(qtbot, view, file_reg, data):
    view.model.setData(cell(view, 0, "problems"), "资金已到位")
    qtbot.mouseClick(view.next_button, Qt.MouseButton.LeftButton)
    assert progress.get_progress(file_reg, data.leaves["canteen"], THIS_WEEK)["problems"] == "资金已到位"
    assert view.week == "2026-W48" and view.model.read_only
    assert "未来的周次" in view.note.text() and view.note.isVisible()
    assert not (view.model.flags(cell(view, 0, "done")) & Qt.ItemFlag.ItemIsEditable)
    assert view.table.paste_text("x") == 0


def test_past_weeks_can_be_corrected_and_are_audited(qtbot, view, file_reg, data):
    qtbot.mouseClick(view.prev_button, Qt.MouseButton.LeftButton)
    assert view.week == LAST_WEEK and "往周" in view.note.text()
    assert cell(view, 0, "done").data() == "完成选址"
    view.model.setData(cell(view, 0, "done"), "完成选址和设计")
    assert view.save()
    entry = progress.get_progress(file_reg, data.leaves["canteen"], LAST_WEEK)
    assert entry["done"] == "完成选址和设计"
    assert any(r["operation"] == "更正往周进展" for r in audit.history(file_reg, "progress", entry["id"]))


def test_search_and_light_filters(view, data):
    view.search_edit.setText("archive")
    assert view.model.visible_ids() == [data.leaves["archive"]]
    view.search_edit.clear()
    view.light_combo.setCurrentIndex(view.light_combo.findData("red"))
    assert data.leaves["late"] in view.model.visible_ids()
    assert data.leaves["archive"] not in view.model.visible_ids()
    view.light_combo.setCurrentIndex(view.light_combo.findData("missing"))
    assert len(view.model.visible_ids()) == 6


def test_screenshot_of_the_week_view(view, data, tmp_path):
    view.model.carry_over(view.model.visible_ids())
    path = tmp_path / "week.png"
    assert view.grab().save(str(path))
    assert path.stat().st_size > 10_000
    assert date(2026, 11, 18) == TODAY


def test_copy_gives_excel_text_that_pastes_back(view, data):
    view.model.setData(cell(view, 0, "done"), "第一行\n第二行")
    view.model.setData(cell(view, 0, "next"), '说"明')
    selection = view.table.selectionModel()
    selection.select(cell(view, 0, "done"), selection.SelectionFlag.Select)
    selection.select(cell(view, 0, "next"), selection.SelectionFlag.Select)
    view.table.copy_selection()
    text = QApplication.clipboard().text()
    assert text == '"第一行\n第二行"\t"说""明"\r\n'
    view.table.clearSelection()
    view.table.setCurrentIndex(cell(view, 4, "done"))
    view.table.paste_clipboard()
    assert view.model.drafts()[data.leaves["archive"]] == {"done": "第一行\n第二行", "next": '说"明'}


def test_ctrl_s_while_typing_saves_the_open_cell(qtbot, view, file_reg, data):
    view.table.setFocus()
    view.table.setCurrentIndex(cell(view, 4, "problems"))
    type_chinese(view.table, "档案室空间不足")
    editor = QApplication.focusWidget()
    assert view.table.state() == view.table.State.EditingState
    qtbot.keyClick(editor, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier)
    assert progress.get_progress(file_reg, data.leaves["archive"], THIS_WEEK)["problems"] == "档案室空间不足"
    assert not view.model.is_dirty()


def test_the_calendar_picks_any_week(view):
    view.calendar.clicked.emit(QDate(2026, 3, 4))
    assert view.week == "2026-W10"
    assert view.week_button.text().startswith("第10周（3月2日—3月8日）")


def test_an_extended_deadline_shows_as_such(view, file_reg, data):
    extensions.request_extension(file_reg, data.leaves["canteen"], date(2027, 1, 31), "冬季停工", "张局长",
                                 today=TODAY)
    view.host.hub.flush()  # the write is announced; the page re-reads the row
    assert cell(view, 0, "deadline_text").data() == "延期至2027年1月31日"  # another year carries its year
    assert "已延期" in cell(view, 0, "light").data(Qt.ItemDataRole.ToolTipRole)


def test_a_register_opened_read_only_cannot_be_filled(qtbot, db_path, data, file_reg):
    with open_register(db_path, readonly=True) as ro:
        page = WeekView(Host(ro, data.plan), today=TODAY)
        qtbot.addWidget(page)
        page.activate()
        assert page.model.read_only and "只读" in page.note.text()
        assert not page.model.setData(cell(page, 0, "done"), "x")
        assert not page.finish_action.isEnabled()


def test_shift_tab_goes_back_and_escape_reverts(qtbot, view):
    table = view.table
    table.setFocus()
    table.setCurrentIndex(cell(view, 1, "done"))
    qtbot.keyClick(table, Qt.Key.Key_Backtab)
    assert table.currentIndex() == cell(view, 0, "percent")  # wraps to the row above
    qtbot.keyClick(table, Qt.Key.Key_F2)
    editor = QApplication.focusWidget()
    qtbot.keyClicks(editor, "50")
    qtbot.keyClick(editor, Qt.Key.Key_Escape)
    assert not view.model.is_dirty() and cell(view, 0, "percent").data() == "（80）"
    qtbot.keyClick(table, Qt.Key.Key_Return)
    assert table.currentIndex() == cell(view, 1, "percent")


def test_sorting_by_state_puts_red_first_and_keeps_the_model_sound(qtmodeltester, view, file_reg, data):
    tasks.update_task(file_reg, data.leaves["archive"], is_key=1)
    view.load()
    view.table.setCurrentIndex(cell(view, 4, "done"))
    current = view.model.task_id(view.table.currentIndex().row())
    view.table.sortByColumn(COL["light"], Qt.SortOrder.AscendingOrder)
    states = [cell(view, r, "light").data() for r in range(view.model.rowCount())]
    assert states[:2] == ["■ 逾期", "■ 滞后"]
    assert view.model.task_id(view.table.currentIndex().row()) == current  # the cursor follows its task
    view.table.sortByColumn(COL["number"], Qt.SortOrder.DescendingOrder)
    assert cell(view, 0, "number").data() == "2.2"
    assert cell(view, 1, "title").data() == "★ 任务archive"
    view.select_department(data.basic)
    assert [cell(view, r, "number").data() for r in range(4)] == ["1.4", "1.3", "1.2", "1.1"]
    qtmodeltester.check(view.model)


def test_rows_are_read_as_painted_and_agree_with_the_whole_sheet(qtbot, file_reg, monkeypatch):
    from desktop_app.storage import week_sheet
    from desktop_app.storage.demo import generate
    from desktop_app.ui.week import week_model

    generate(file_reg, tasks=700, weeks=4, seed=2, today=TODAY)
    plan = file_reg.scalar("SELECT id FROM plans ORDER BY id LIMIT 1")
    page = WeekView(Host(file_reg, plan), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1366, 700)
    page.show()
    page.activate()
    page.grab()
    model = page.model
    whole = week_sheet.week_sheet(file_reg, THIS_WEEK, plan_id=plan)
    assert model.rowCount() == len(whole) > 3 * week_model.BLOCK_ROWS
    assert len(model._rows) <= 2 * week_model.BLOCK_ROWS  # the painted rows' blocks only
    monkeypatch.setattr(week_model, "CACHED_ROWS", 2 * week_model.BLOCK_ROWS)
    shown = [tuple(model.index(r, c).data() for c in (COL["number"], COL["title"], COL["owner_name"],
                                                        COL["last_next"]))
             for r in range(model.rowCount())]
    assert len(model._rows) <= 2 * week_model.BLOCK_ROWS  # older blocks were let go
    assert shown == [(r.number, f"★ {r.title}" if r.is_key else r.title, r.owner_name,
                      r.last["next"].replace("\n", " ↵ ")) for r in whole]
    filled = sum(1 for r in whole if any(r.this[k] not in ("", None) for k in r.this))
    assert page.count_label.text() == f"共 {len(whole)} 项，本周已填 {filled} 项"
    # a row far down, drafted, then read again after its block was let go: the draft stays
    last = model.rowCount() - 1
    assert model.setData(cell(page, last, "problems"), "资金缺口")
    for r in range(0, 2 * week_model.BLOCK_ROWS):
        model.index(r, COL["title"]).data()
    assert cell(page, last, "problems").data() == "资金缺口"
    assert page.save()
    assert progress.get_progress(file_reg, model.task_id(last), THIS_WEEK)["problems"] == "资金缺口"


def test_a_drafted_row_keeps_its_light_and_draft_when_the_week_is_read_again(view, file_reg, data):
    before = cell(view, 2, "light").data()
    assert before == "■ 逾期"
    view.model.setData(cell(view, 2, "problems"), "资金未到位")
    progress.save_progress(file_reg, data.leaves["canteen"], THIS_WEEK, done="另一页写入")
    view.host.hub.flush()  # another page's write: the rows held are read again
    assert cell(view, 0, "done").data() == "另一页写入"
    assert view.model.reload_keeping_drafts() == []
    assert cell(view, 2, "light").data() == before  # its light is read again with the draft
    assert cell(view, 2, "problems").data() == "资金未到位"
    assert view.count_label.text() == "共 6 项，本周已填 2 项"
