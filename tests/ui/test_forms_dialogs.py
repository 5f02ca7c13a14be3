"""The 填报表 dialogs as the clerk uses them: export, then preview and apply the returns."""

from __future__ import annotations

from datetime import date

import pytest
from openpyxl import load_workbook
from PySide6.QtCore import Qt

from desktop_app.forms.export import export_forms
from desktop_app.forms.layout import HEADER_ROW, parse_task_ref
from desktop_app.storage import directory, progress
from desktop_app.storage.db import open_register
from desktop_app.ui.output import forms_dialogs
from desktop_app.ui.output.forms_dialogs import ExportFormsDialog, ImportFormsDialog

TODAY = date(2026, 11, 18)
WEEK = "2026-W47"


@pytest.fixture
def reg(demo_path):
    register = open_register(demo_path)
    yield register
    register.close()


@pytest.fixture
def messages(monkeypatch):
    shown: list[str] = []
    monkeypatch.setattr(forms_dialogs.QMessageBox, "information", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(forms_dialogs, "show_error", lambda _p, text: shown.append(text))
    return shown


def _return(path, percent: object, done: str | None = None) -> int:
    wb = load_workbook(path)
    ws = wb.active
    headers = {c.value: c.column for c in ws[HEADER_ROW]}
    row = HEADER_ROW + 1
    ws.cell(row, headers["进度%"]).value = percent
    if done is not None:
        ws.cell(row, headers["本周完成情况"]).value = done
    wb.save(path)
    return parse_task_ref(ws.cell(row, headers["任务标识"]).value)


def test_export_dialog_writes_chosen_departments_and_opens_the_folder(qtbot, reg, tmp_path, messages, monkeypatch):
    opened = []
    monkeypatch.setattr(forms_dialogs, "open_folder", opened.append)
    dialog = ExportFormsDialog(reg, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.week() == WEEK
    assert dialog.return_by.date().toPython() == date(2026, 11, 20)
    dialog._tick_all(Qt.CheckState.Unchecked)
    dialog.departments.item(0).setCheckState(Qt.CheckState.Checked)
    dialog.folder_edit.setText(str(tmp_path / "out"))
    dialog.export()
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["第47周_办公室_进展填报表.xlsx"]
    assert opened == [tmp_path / "out"] and messages == ["已生成 1 份填报表。"]


def test_export_dialog_needs_a_department(qtbot, reg, tmp_path, messages):
    dialog = ExportFormsDialog(reg, today=TODAY)
    qtbot.addWidget(dialog)
    dialog._tick_all(Qt.CheckState.Unchecked)
    dialog.export()
    assert messages == ["请至少选择一个科室。"]


def test_import_dialog_previews_problems_and_conflicts_then_applies(qtbot, reg, tmp_path, messages):
    ids = [directory.department_id(reg, n) for n in ("办公室", "教研室")]
    office, research = (r.path for r in export_forms(reg, WEEK, tmp_path, department_ids=ids))
    bad_task = _return(office, 150)
    task = _return(research, 70, done="科室填写的本周情况")
    progress.save_progress(reg, task, WEEK, done="办公室已先录入")
    dialog = ImportFormsDialog(reg, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.show()
    dialog.set_paths([tmp_path])
    tree = dialog.tree
    assert tree.topLevelItemCount() == 2
    refused, ready = tree.topLevelItem(0), tree.topLevelItem(1)
    assert refused.text(0) == office.name and refused.text(2).startswith("拒绝导入")
    assert refused.child(0).text(0) == "第5行" and "超出 0—100" in refused.child(0).text(2)
    assert refused.child(0).foreground(2).color().name() == "#b00020"
    assert ready.text(2).startswith("可导入") and "冲突 2 处" in ready.text(2)
    row = ready.child(0)
    changes = {row.child(i).text(1): row.child(i) for i in range(row.childCount())}
    # The percentage typed in the program was in the form the department changed: take it.
    assert changes["进度%"].text(2).endswith("表中“70%”")
    assert changes["进度%"].checkState(0) == Qt.CheckState.Checked
    conflict = changes["本周完成情况"]
    assert conflict.checkState(0) == Qt.CheckState.Unchecked
    assert conflict.text(2) == "台账中“办公室已先录入”；表中“科室填写的本周情况”"
    dialog.grab().save(str(tmp_path / "forms_import.png"))
    conflict.setCheckState(0, Qt.CheckState.Checked)
    assert dialog.apply_button.isEnabled()
    dialog.apply_button.click()
    assert messages == [f"已导入 {research.name}：1 行"]
    entry = progress.get_progress(reg, task, WEEK)
    assert (entry["done"], entry["percent"]) == ("科室填写的本周情况", 70)
    assert (progress.get_progress(reg, bad_task, WEEK) or {}).get("percent") != 150
    assert tree.topLevelItem(1).text(2).startswith("无需导入")
    assert not dialog.apply_button.isEnabled()


def test_menu_actions_open_the_dialogs(qtbot, demo_path, monkeypatch):
    from desktop_app.storage.db import open_register
    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    actions = {a.objectName(): a for a in window.menu_week.actions() if a.objectName()}
    opened = []
    monkeypatch.setattr(forms_dialogs, "open_export_dialog", lambda w: opened.append(("export", w)))
    monkeypatch.setattr(forms_dialogs, "open_import_dialog", lambda w: opened.append(("import", w)))
    actions["action_export_forms"].trigger()
    actions["action_import_forms"].trigger()
    assert opened == [("export", window), ("import", window)]


def test_dropped_files_are_previewed_and_a_file_can_be_held_back(qtbot, reg, tmp_path, messages):
    from PySide6.QtCore import QMimeData, QPointF, QUrl
    from PySide6.QtGui import QDropEvent

    dep = directory.department_id(reg, "教研室")
    [form] = export_forms(reg, WEEK, tmp_path, department_ids=[dep])
    task = _return(form.path, 42)
    dialog = ImportFormsDialog(reg, today=TODAY)
    qtbot.addWidget(dialog)
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(form.path))])
    dialog.dropEvent(QDropEvent(QPointF(5, 5), Qt.DropAction.CopyAction, mime,
                                Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier))
    item = dialog.tree.topLevelItem(0)
    assert item.text(0) == form.path.name and item.checkState(0) == Qt.CheckState.Checked
    assert dialog.apply_button.isEnabled()
    item.setCheckState(0, Qt.CheckState.Unchecked)
    assert not dialog.apply_button.isEnabled()
    assert "将导入 0 个" in dialog.summary.text()
    assert (progress.get_progress(reg, task, WEEK) or {}).get("percent") != 42


def test_changing_a_choice_does_not_read_the_files_again(qtbot, reg, tmp_path, messages, monkeypatch):
    dep = directory.department_id(reg, "教研室")
    [form] = export_forms(reg, WEEK, tmp_path, department_ids=[dep])
    _return(form.path, 55)
    reads = []
    real = forms_dialogs.read_form
    monkeypatch.setattr(forms_dialogs, "read_form", lambda p: reads.append(p) or real(p))
    dialog = ImportFormsDialog(reg, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.set_paths([form.path])
    dialog.take_newest.setChecked(True)
    dialog.week_combo.setCurrentIndex(dialog.week_combo.findData(WEEK))
    assert len(reads) == 1
    assert dialog.tree.topLevelItem(0).text(2).startswith("可导入")
    _return(form.path, 56)
    dialog.refresh_preview()
    assert len(reads) == 2


def test_main_window_week_menu_offers_the_forms(qtbot, demo_path):
    from desktop_app.ui.shell.main_window import MainWindow

    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    texts = {a.objectName(): a.text() for a in window.menu_week.actions()}
    assert texts["action_export_forms"] == "生成填报表…"
    assert texts["action_import_forms"] == "导入填报表…"
    window.close()
