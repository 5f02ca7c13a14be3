"""The weekly cycle inside the real main window."""

from datetime import date, timedelta

import pytest
from PySide6.QtCore import QDate, Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from desktop_app import clock
from desktop_app.domain.weeks import week_id
from desktop_app.storage import progress
from desktop_app.storage.db import open_register
from desktop_app.storage.light_snapshot import remember_lights
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.week.extension_dialog import ExtensionDialog
from desktop_app.ui.week.week_model import COL
from tests.week_cycle_data import make_week_register


@pytest.fixture
def window(qtbot, demo_path):
    win = MainWindow(open_register(demo_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    return win


def test_pages_menus_and_start_up_note(qtbot, window):
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    assert "本周进展" in titles and "总览" in titles
    names = {a.objectName() for m in (window.menu_week, window.menu_supervision, window.menu_tools)
             for a in m.actions()}
    assert {"action_week_view", "action_dashboard", "action_extension", "action_supervise",
            "action_supervise_department", "action_lights_settings"} <= names
    qtbot.waitUntil(lambda: "当前红灯" in window.statusBar().currentMessage())


def test_week_page_saves_on_leaving_and_delete_only_clears_cells(qtbot, window):
    week = window.weekly.week_view
    window.weekly.open_week()
    assert week.week == week_id(clock.today()) and week.model.rowCount() > 0
    tasks_before = window.reg.scalar("SELECT count(*) FROM tasks WHERE deleted_at IS NULL")
    week.table.setFocus()
    week.table.setCurrentIndex(week.model.index(0, COL["problems"]))
    qtbot.keyClick(week.table, Qt.Key.Key_Delete)
    assert window.reg.scalar("SELECT count(*) FROM tasks WHERE deleted_at IS NULL") == tasks_before
    week.model.setData(week.model.index(0, COL["problems"]), "需计财科协调资金")
    assert window.pages.tabText(window.pages.currentIndex()) == "本周进展 *"
    window.pages.setCurrentWidget(window.task_page)
    tid = week.model.task_id(0)
    assert progress.get_progress(window.reg, tid, week.week)["problems"] == "需计财科协调资金"
    assert window.pages.tabText(window.pages.indexOf(week)) == "本周进展"


def test_closing_with_unsaved_edits_asks(qtbot, window, monkeypatch):
    week = window.weekly.week_view
    window.weekly.open_week()
    week.model.setData(week.model.index(0, COL["done"]), "未保存的草稿")
    answers = [QMessageBox.StandardButton.Cancel, QMessageBox.StandardButton.Discard]
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: answers.pop(0))
    assert not window.close()
    assert window.isVisible() and week.model.is_dirty()
    assert window.close()
    entry = progress.get_progress(window.reg, week.model.task_id(0), week.week)
    assert entry is None or entry["done"] != "未保存的草稿"


def test_dashboard_figures_open_the_filtered_tree(qtbot, window):
    window.weekly.open_dashboard()
    board = window.weekly.dashboard
    red = board.ov.by_kind["red"]
    assert board.kind_buttons["red"].count == len(red) > 0
    board.kind_buttons["red"].click()
    assert window.pages.currentWidget() is window.task_page
    assert window.tasks.model.is_filtered()
    assert window.tasks.model.shown_match_count() == len(red)
    assert "逾期/滞后" in window.statusBar().currentMessage()


def test_switching_registers_saves_the_drafts_first(qtbot, window, demo_path, tmp_path):
    other = tmp_path / "other.db"
    with open_register(other) as reg:
        make_week_register(reg)
    week = window.weekly.week_view
    window.weekly.open_week()
    tid = week.model.task_id(0)
    week.model.setData(week.model.index(0, COL["next"]), "切换台账前的计划")
    assert window.switch_register(other)
    with open_register(demo_path) as old:
        assert progress.get_progress(old, tid, week.week)["next"] == "切换台账前的计划"
    assert week.model.reg is window.reg
    assert {week.model.sheet_row(t).title for t in week.model.visible_ids()} >= {"任务canteen", "任务archive"}


def test_extension_from_the_task_trees_right_click_menu(qtbot, window):
    tree = window.tasks.view
    assert window.weekly.action_extension in tree.actions()
    model = window.tasks.model
    leaf = max((t for t in model.lights() if model.row_data(t).get("deadline")
                and model.row_data(t).get("status") == "active"), key=lambda t: model.row_data(t)["deadline"])
    new_deadline = max(date.fromisoformat(model.row_data(leaf)["deadline"]), clock.today()) + timedelta(days=60)
    window.pages.setCurrentWidget(window.task_page)
    tree.select_tasks([leaf], leaf)

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, ExtensionDialog) and dialog.task_id == leaf
        dialog.new_deadline.setDate(QDate(new_deadline.year, new_deadline.month, new_deadline.day))
        dialog.reason.setPlainText("工程量增加")
        dialog.approver.setText("王局长")
        dialog.override.setChecked(dialog.override.isVisibleTo(dialog))  # only once the deadline passed
        assert dialog.submit()

    QTimer.singleShot(0, answer)
    window.weekly.action_extension.trigger()
    assert window.reg.scalar("SELECT deadline FROM tasks WHERE id = ?", (leaf,)) == new_deadline.isoformat()


def test_opening_shows_what_turned_red_since_last_time(qtbot, demo_path):
    with open_register(demo_path) as reg:
        remember_lights(reg, {}, date(2026, 11, 2))
    win = MainWindow(open_register(demo_path))
    qtbot.addWidget(win)
    win.show()
    qtbot.waitUntil(lambda: win.weekly.summary_dialog is not None)
    dialog = win.weekly.summary_dialog
    assert dialog.isVisible() and dialog.list.topLevelItemCount() > 0
    assert "以来：新变红" in win.statusBar().currentMessage()
    show = next(b for b in dialog.findChildren(QPushButton) if b.text() == "查看这些任务")
    show.click()
    assert win.pages.currentWidget() is win.task_page and win.tasks.model.is_filtered()
    qtbot.waitUntil(lambda: win.weekly.summary_dialog is None)


def test_week_entries_of_the_menu_act_on_the_week_page_only(window):
    week = window.weekly.week_view
    assert window.pages.currentWidget() is window.task_page
    assert not week.carry_action.isEnabled() and not week.save_action.isEnabled()
    window.weekly.open_week()
    assert week.carry_action.isEnabled() and week.finish_action.isEnabled()
