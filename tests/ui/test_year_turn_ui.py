"""The year turn in the window: 节假日安排 (paste, preview, save; a picture of it), 计划管理,
the 新年度 wizard (one undo step), and the status-bar note for a year without data."""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QInputDialog, QMessageBox

from desktop_app.storage import holidays, plans, rollover, tasks
from desktop_app.storage.db import open_register
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.shell.new_year_wizard import COL, NewYearWizard
from desktop_app.ui.shell.plan_manager import PlanManagerDialog
from desktop_app.ui.week.holiday_dialog import HolidayDialog
from tests.domain.test_holiday_notice import NOTICE_2027


def test_holiday_page_previews_then_saves_and_pictures_the_year(qtbot, reg, tmp_path):
    dialog = HolidayDialog(reg, 2027)
    qtbot.addWidget(dialog)
    changes = []
    dialog.changed.connect(changes.append)
    assert "2027年节假日数据来源" in dialog.source_label.text()
    dialog.text.setPlainText("关于2027年部分节假日安排的通知\n春节：2月6日（周五）至14日放假。")
    assert not dialog.parse()
    assert dialog.error.text().startswith("第2行") and not dialog.save_button.isEnabled()
    dialog.text.setPlainText(NOTICE_2027)
    assert dialog.parse()
    assert "预览（尚未保存）" in dialog.preview_banner.text()
    assert holidays.entries(reg) == []            # the preview writes nothing
    february = dialog.calendar.months[1]
    cells = {february.item(r, c).data(Qt.ItemDataRole.UserRole): february.item(r, c).text()
             for r in range(6) for c in range(7) if february.item(r, c)}
    assert cells["2027-02-08"] == "8休" and cells["2027-02-20"] == "20班"
    assert cells["2027-02-15"] == "15"
    assert dialog.save()
    assert changes and changes[0].calendar
    assert len(holidays.entries(reg, 2027)) == 36
    assert "本台账录入" in dialog.source_label.text()
    assert "2027-01-31 班 春节调休" in [dialog.days_list.item(i).text() for i in range(dialog.days_list.count())]
    dialog.resize(1400, 900)
    dialog.show()
    qtbot.waitExposed(dialog)
    picture = tmp_path / "节假日安排.png"
    assert dialog.grab().save(str(picture)) and picture.stat().st_size > 10_000


def test_plan_manager_renames_closes_reopens_and_deletes_empty(qtbot, reg, monkeypatch):
    old = plans.create_plan(reg, "2026年工作要点", 2026)
    tasks.add_task(reg, old, "任务")
    empty = plans.create_plan(reg, "空计划", 2027)
    dialog = PlanManagerDialog(reg)
    qtbot.addWidget(dialog)
    assert dialog.table.rowCount() == 2
    row = next(r for r in range(2) if dialog.rows[r]["id"] == old)
    dialog.table.selectRow(row)
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("2026年工作要点（修订）", True))
    dialog.rename()
    assert plans.get_plan(reg, old)["title"] == "2026年工作要点（修订）"
    assert not dialog.delete_button.isEnabled()
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    dialog.close_plan()
    assert plans.is_closed(reg, old) and dialog.reopen_button.isEnabled()
    assert "已关闭" in dialog.table.item(dialog.table.currentRow(), 8).text()
    monkeypatch.setattr(QInputDialog, "getText", lambda *a, **k: ("更正年终数据", True))
    dialog.reopen_plan()
    assert not plans.is_closed(reg, old)
    dialog.load(select=empty)
    assert dialog.delete_button.isEnabled()
    dialog.delete_plan()
    assert plans.get_plan(reg, empty) is None


def test_new_year_wizard_carries_ticked_tasks_with_confirmed_deadlines(qtbot, demo_path):
    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    reg = window.reg
    plan = window.current_plan_id()
    wizard = NewYearWizard(reg, plan, window, on=date(2026, 12, 31))
    qtbot.addWidget(wizard)
    wizard.restart()
    wizard.next()
    page = wizard.tasks_page
    total = page.tree.topLevelItemCount()
    assert total == len(rollover.unfinished_leaves(reg, plan)) > 3
    first = page.tree.topLevelItem(0)
    assert first.text(COL["状态"]) and first.text(COL["新时限"])
    page.tree.topLevelItem(1).setCheckState(0, Qt.CheckState.Unchecked)
    editable = next(page.tree.topLevelItem(i) for i in range(total)
                    if page.tree.topLevelItem(i).flags() & Qt.ItemFlag.ItemIsEditable
                    and page.tree.topLevelItem(i).checkState(0) == Qt.CheckState.Checked)
    editable.setText(COL["新时限"], "2027-05-31")
    assert editable.text(COL["新时限"]) == "2027年5月31日"
    wizard.next()
    assert "结转 " in wizard.close_page.summary.text()
    result = wizard.run_rollover()
    assert result is not None and len(result.carried) == total - 1
    edited = tasks.get_task(reg, result.carried[int(editable.data(0, Qt.ItemDataRole.UserRole))])
    assert (edited["deadline"], edited["deadline_kind"]) == ("2027-05-31", "date")
    assert plans.is_closed(reg, plan)
    window.close()


def test_menus_status_note_and_one_step_undo(qtbot, demo_path, monkeypatch):
    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    names = {a.objectName() for a in window.menu_file.actions()}
    assert {"action_new_year", "action_plan_manager"} <= names
    assert "action_holidays" in {a.objectName() for a in window.menu_tools.actions()}
    reg = window.reg
    far = plans.create_plan(reg, "2031年工作要点", 2031)
    window.year_turn.after_change()
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(far))
    assert "2031年无节假日数据" in window.year_turn.calendar_note.text()
    assert "录入节假日安排" in window.year_turn.calendar_note.text()
    holidays.save_year(reg, 2031, [(date(2031, 1, 1), "休", "元旦")])
    window.year_turn.after_change()
    assert window.year_turn.calendar_note.text() == ""

    # The wizard's result is one undo step.
    plan = window.plan_combo.itemData(window.plan_combo.findText("2026", Qt.MatchFlag.MatchContains))
    def run_through(self):
        self.restart()
        self.next()
        self.next()
        return self.run_rollover() is not None

    monkeypatch.setattr(NewYearWizard, "exec", run_through)
    before = reg.scalar("SELECT count(*) FROM tasks")
    window.year_turn.open_new_year(plan)
    assert plans.is_closed(reg, plan) and reg.scalar("SELECT count(*) FROM tasks") > before
    assert "［已关闭］" in window.plan_combo.itemText(window.plan_combo.findData(plan))
    # The old plan's tree shows where each origin went.
    window.plan_combo.setCurrentIndex(window.plan_combo.findData(plan))
    model = window.tasks.model
    origin = next(iter(rollover.carried_to(reg)))
    from desktop_app.ui.tasks.task_tree_model import COLUMN_KEYS

    status = model.index_of(origin, COLUMN_KEYS.index("status"))
    model.lights()
    assert "（已结转至2027年）" in model.data(status)
    panel = window.tasks.panel
    panel.show_task(origin, "1.1")
    assert "已结转至2027年" in panel.heading.text()
    panel.show_task(reg.scalar("SELECT id FROM tasks WHERE carried_from_id = ?", (origin,)), "9.1")
    assert "上年结转自" in panel.heading.text()
    window.undo_stack.undo()
    assert not plans.is_closed(reg, plan) and reg.scalar("SELECT count(*) FROM tasks") == before
    window.undo_stack.redo()
    assert plans.is_closed(reg, plan)
    window.close()


def test_week_picker_across_new_year(qtbot, file_reg):
    from PySide6.QtCore import QDate

    from desktop_app import clock
    from desktop_app.ui.week.week_view import WeekView
    from tests.week_cycle_data import Host, make_week_register

    data = make_week_register(file_reg)
    with clock.fixed(date(2027, 1, 6)):
        page = WeekView(Host(file_reg, data.plan), today=date(2027, 1, 6))
        qtbot.addWidget(page)
        page.activate()
        page._week_picked(QDate(2027, 1, 1))
        assert page.week == "2026-W53"
        assert page.week_button.text().startswith("第53周（12月28日—2027年1月3日）")
        page.next_button.click()
        assert page.week == "2027-W01"
        assert page.week_button.text().startswith("第1周（1月4日—1月10日）")
        page.prev_button.click()
        assert page.week == "2026-W53"


def test_lights_settings_name_the_missing_year_and_offer_the_calendar(qtbot, reg, monkeypatch):
    from desktop_app.ui.shell.settings_dialog import LIGHTS_PAGE, SettingsDialog

    plan = plans.create_plan(reg, "2031年工作要点", 2031)
    tasks.add_task(reg, plan, "跨年任务", deadline="2032-03-31", deadline_kind="date")
    dialog = SettingsDialog(reg=reg, page=LIGHTS_PAGE)  # 工具 ▸ 亮灯设置 opens this page
    qtbot.addWidget(dialog)
    assert "2031年、2032年的节假日安排尚未录入" in dialog.calendar_note.text()
    opened = []
    monkeypatch.setattr(HolidayDialog, "exec", lambda self: opened.append(self.year) or
                        holidays.save_year(reg, 2031, [(date(2031, 1, 1), "休", "元旦")]))
    dialog.holidays_button.click()
    assert opened == [2031]
    assert "2031年" not in dialog.calendar_note.text().split("\n")[-1]
    assert "2032年的节假日安排尚未录入" in dialog.calendar_note.text()


def test_week_sheet_of_a_closed_plan_is_read_only(qtbot, file_reg):
    from desktop_app.ui.week.week_view import WeekView
    from tests.week_cycle_data import TODAY, Host, make_week_register

    data = make_week_register(file_reg)
    plans.close_plan(file_reg, data.plan)
    page = WeekView(Host(file_reg, data.plan), today=TODAY)
    qtbot.addWidget(page)
    page.activate()
    assert page.model.rowCount() > 0 and page.model.read_only
    assert "该计划已关闭" in page.note.text()
    assert not page.model.setData(page.model.index(0, 5), "补报")
    assert not page.finish_action.isEnabled()
