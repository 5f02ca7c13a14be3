from datetime import date

import pytest
from PySide6.QtCore import QPoint, Qt

from desktop_app.storage import settings
from desktop_app.storage.db import open_register
from desktop_app.storage.overview import light_kind
from desktop_app.storage.status import lights_for
from desktop_app.ui.week.dashboard import TASK_ID_ROLE, Dashboard, TaskListModel
from desktop_app.ui.week.startup_summary import StartupSummaryDialog, summary_line, take_summary
from tests.conftest import DEMO_TODAY
from tests.week_cycle_data import TODAY, Host, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


@pytest.fixture
def dashboard(qtbot, file_reg, data):
    page = Dashboard(Host(file_reg, data.plan), today=TODAY)
    qtbot.addWidget(page)
    page.resize(1200, 900)
    page.show()
    page.load()
    return page


def test_counts_equal_the_lights_on_the_demo_register(qtbot, demo_path):
    with open_register(demo_path) as reg:
        page = Dashboard(Host(reg), today=DEMO_TODAY)
        qtbot.addWidget(page)
        page.load()
        lights = lights_for(reg, DEMO_TODAY)
        leaves = set(page.ov.lights)
        for key, button in page.kind_buttons.items():
            expected = sum(1 for t in leaves if light_kind(lights[t]) == key)
            assert button.count == expected
            assert button.text().startswith(f"{expected}\n")
        assert sum(b.count for b in page.kind_buttons.values()) == len(leaves) > 0
        assert page.watch_buttons["overdue"].count == sum(1 for t in leaves if lights[t].state == "overdue")


def test_numbers_rows_and_bars_click_through(qtbot, dashboard, data):
    with qtbot.waitSignal(dashboard.tasks_requested) as blocker:
        dashboard.kind_buttons["red"].click()
    ids, caption = blocker.args
    assert set(ids) == {data.leaves["late"], data.leaves["survey"]} and "逾期" in caption
    with qtbot.waitSignal(dashboard.tasks_requested) as blocker:
        dashboard.watch_buttons["due_this_week"].click()
    assert blocker.args[0] == [data.leaves["dorm"]]
    bars = dashboard.bars
    assert [r.name for r in bars.rows] == ["基础教育科", "办公室"]
    with qtbot.waitSignal(dashboard.tasks_requested) as blocker:
        qtbot.mouseClick(bars, Qt.MouseButton.LeftButton, pos=QPoint(40, int(bars.ROW_HEIGHT * 2.5)))
    assert blocker.args == [[data.leaves["archive"], data.leaves["meeting"]], "办公室牵头的任务"]
    view = dashboard.list_views["overdue"]
    index = view.model().index(0, 1)
    assert index.data() == "任务late"
    with qtbot.waitSignal(dashboard.tasks_requested) as blocker:
        view.doubleClicked.emit(index)
    assert blocker.args == [[data.leaves["late"]], "任务late"]
    assert dashboard.lists.tabText(3) == "2周以上未报送（3）"


def test_list_model_passes_the_model_tester(qtmodeltester, dashboard):
    model = dashboard.list_models["stale"]
    assert isinstance(model, TaskListModel) and model.rowCount() == 3
    assert model.index(0, 0).data(TASK_ID_ROLE) in dashboard.ov.stale
    qtmodeltester.check(model)


def test_screenshot_of_the_dashboard(dashboard, tmp_path):
    path = tmp_path / "dashboard.png"
    assert dashboard.grab().save(str(path))
    assert path.stat().st_size > 10_000


def test_startup_summary_names_what_turned_red(qtbot, db_path):
    with open_register(db_path) as reg:
        data = make_week_register(reg)
        first, _ = take_summary(reg, date(2026, 1, 5))
        assert first.first_time and summary_line(first, date(2026, 1, 5)).startswith("当前红灯")
    with open_register(db_path) as reg:
        changes, lights = take_summary(reg, TODAY)
        assert data.leaves["late"] in changes.red
        line = summary_line(changes, TODAY)
        assert line.startswith("自上次打开（1月5日）以来：新变红")
        dialog = StartupSummaryDialog(reg, changes, lights, TODAY)
        qtbot.addWidget(dialog)
        titles = {dialog.list.topLevelItem(i).text(1) for i in range(dialog.list.topLevelItemCount())}
        assert "任务late" in titles
        dialog.dont_show.setChecked(True)
        dialog.close()
        assert settings.get(reg, "startup.show_summary") is False
        again, _ = take_summary(reg, TODAY)
        assert again.red == [] and again.yellow == []
