"""The week grid keeps 序号, 编号 and 工作任务 in sight while the rest scrolls."""

import pytest
from PySide6.QtCore import QItemSelectionModel, QPoint, Qt
from PySide6.QtWidgets import QApplication

from desktop_app.storage import progress
from desktop_app.ui.common import user_settings
from desktop_app.ui.week.week_model import COL
from desktop_app.ui.week.week_view import WeekView
from tests.week_cycle_data import THIS_WEEK, TODAY, Host, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


@pytest.fixture
def view(qtbot, file_reg, data):
    page = WeekView(Host(file_reg, data.plan), today=TODAY)
    qtbot.addWidget(page)
    page.resize(700, 500)  # narrower than the columns: the grid must scroll
    page.show()
    page.activateWindow()
    qtbot.waitActive(page)
    page.activate()
    return page


def cell(view, row, key):
    return view.model.index(row, COL[key])


def visible_columns(view):
    frozen = view.table.frozen
    return [c for c in range(view.model.columnCount()) if not frozen.isColumnHidden(c)]


def test_frozen_view_shares_model_and_selection_and_shows_number_and_title(view):
    frozen = view.table.frozen
    assert frozen.model() is view.model
    assert frozen.selectionModel() is view.table.selectionModel()
    assert visible_columns(view) == [COL["number"], COL["title"]]
    assert frozen.verticalHeader().isVisible()  # 序号
    assert frozen.focusPolicy() == Qt.FocusPolicy.NoFocus
    assert frozen.geometry().width() >= frozen.columns_width()


def test_moving_right_to_percent_keeps_the_task_in_sight(qtbot, view):
    table = view.table
    table.setFocus()
    table.setCurrentIndex(cell(view, 0, "problems"))
    qtbot.keyClick(table, Qt.Key.Key_Tab)
    assert table.currentIndex() == cell(view, 0, "percent")
    assert table.horizontalScrollBar().value() > 0  # the grid did scroll
    frozen = view.table.frozen
    # the task is still on screen, in the frozen view at the left edge
    assert frozen.isVisible() and frozen.x() <= table.frameWidth()
    title_rect = frozen.visualRect(cell(view, 0, "title"))
    assert title_rect.isValid() and title_rect.left() >= 0
    assert frozen.viewport().rect().contains(title_rect.center())
    # and the current cell is not hidden under it
    percent_left = table.columnViewportPosition(COL["percent"])
    assert percent_left >= frozen.columns_width()
    assert percent_left + table.columnWidth(COL["percent"]) <= table.viewport().width()


def test_a_click_on_the_frozen_title_selects_the_row_and_typing_goes_to_the_grid(qtbot, view, file_reg, data):
    frozen = view.table.frozen
    rect = frozen.visualRect(cell(view, 1, "title"))
    qtbot.mouseClick(frozen.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert view.table.currentIndex() == cell(view, 1, "title")
    assert view.table.hasFocus()
    assert view.selected_task_ids() == [view.model.task_id(1)]
    qtbot.keyClick(view.table, Qt.Key.Key_Tab)  # on to this week's first cell
    assert view.table.currentIndex() == cell(view, 1, "done")
    qtbot.keyClick(view.table, Qt.Key.Key_A)
    editor = QApplication.focusWidget()
    qtbot.keyClick(editor, Qt.Key.Key_Return)
    assert view.model.is_dirty()
    # paste a block while the row was picked in the frozen view
    view.table.selectionModel().setCurrentIndex(cell(view, 2, "done"),
                                                QItemSelectionModel.SelectionFlag.ClearAndSelect)
    assert view.table.paste_text("甲\t乙\r\n") == 2
    assert view.save()
    assert progress.get_progress(file_reg, view.model.task_id(1), THIS_WEEK)["done"] == "a"
    assert progress.get_progress(file_reg, view.model.task_id(2), THIS_WEEK)["next"] == "乙"


def test_scrolling_down_moves_both_views_and_rows_stay_level(qtbot, view):
    table = view.table
    frozen = table.frozen
    view.resize(700, 200)
    qtbot.wait(10)
    table.verticalScrollBar().setValue(table.verticalScrollBar().maximum())
    assert frozen.verticalScrollBar().value() == table.verticalScrollBar().value()
    for row in range(view.model.rowCount()):
        assert frozen.rowHeight(row) == table.rowHeight(row)
        assert frozen.rowViewportPosition(row) == table.rowViewportPosition(row)


def test_rows_grow_to_show_wrapped_text(qtbot, view):
    table = view.table
    short = table.rowHeight(0)
    view.model.setData(cell(view, 0, "done"), "很长的一段完成情况" * 8)
    qtbot.waitUntil(lambda: table.rowHeight(0) > short)
    assert table.rowHeight(0) >= 3 * table.fontMetrics().lineSpacing()
    assert table.frozen.rowHeight(0) == table.rowHeight(0)
    assert table.wordWrap()


def test_sorting_from_the_frozen_header(qtbot, view):
    frozen = view.table.frozen
    header = frozen.horizontalHeader()
    before = [cell(view, r, "number").data() for r in range(view.model.rowCount())]
    qtbot.mouseClick(header.viewport(), Qt.MouseButton.LeftButton,
                     pos=QPoint(header.sectionViewportPosition(COL["number"]) + 5, 5))
    after = [cell(view, r, "number").data() for r in range(view.model.rowCount())]
    assert after == list(reversed(before))  # it was ascending by 编号; now descending
    assert view.table.horizontalHeader().sortIndicatorSection() == COL["number"]


def test_column_widths_are_remembered(qtbot, file_reg, data, view):
    view.table.frozen.setColumnWidth(COL["title"], 321)  # dragged in the frozen header
    assert view.table.columnWidth(COL["title"]) == 321
    view.table.setColumnWidth(COL["done"], 277)
    view.save_header_state()
    assert user_settings.get(user_settings.WEEK_HEADER) is not None
    again = WeekView(Host(file_reg, data.plan), today=TODAY)
    qtbot.addWidget(again)
    again.restore_header_state()
    assert again.table.columnWidth(COL["title"]) == 321
    assert again.table.columnWidth(COL["done"]) == 277
    assert again.table.frozen.columnWidth(COL["title"]) == 321


@pytest.mark.parametrize("language", ["zh_CN", "en"])
def test_the_light_column_holds_every_light_word_on_one_line(qtbot, qapp, file_reg, data, language):
    """"● On track" and "■ To be confirmed" in English, "■ 逾期" in Chinese: never wrapped."""
    from PySide6.QtCore import QCoreApplication

    from desktop_app.ui.common.words import LIGHT_WORDS
    from tests.conftest import ZH_TRANSLATORS

    if language == "en":
        for translator in ZH_TRANSLATORS:
            qapp.removeTranslator(translator)
    try:
        page = WeekView(Host(file_reg, data.plan), today=TODAY)
        qtbot.addWidget(page)
        metrics = page.table.fontMetrics()
        words = [QCoreApplication.translate("Light", word) for word in LIGHT_WORDS.values()]
        assert ("On track" in words) == (language == "en")
        widest = max(metrics.horizontalAdvance(f"■ {word}") for word in words)
        assert page.table.columnWidth(COL["light"]) >= widest + 8
    finally:
        if language == "en":
            for translator in ZH_TRANSLATORS:
                qapp.installTranslator(translator)
