"""本周进展: the week page where a clerk types a department's week of progress.

Typed like a spreadsheet: Tab/Enter move on, Alt+Enter breaks a line inside a cell,
Ctrl+V pastes a block copied from Excel/WPS, Delete clears, Ctrl+D carries last week's
plan over. Edits stay drafts (yellow) until Ctrl+S or until the user leaves the week or
the page; then they are written in one transaction.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date
from typing import Protocol

from PySide6.QtCore import (
    QAbstractItemModel,
    QDate,
    QEvent,
    QModelIndex,
    QObject,
    QPoint,
    Qt,
    QTimer,
    Signal,
    SignalInstance,
)
from PySide6.QtGui import QAction, QGuiApplication, QKeyEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemDelegate,
    QAbstractItemView,
    QCalendarWidget,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMenu,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QToolButton,
    QVBoxLayout,
    QWidget,
    QWidgetAction,
)

from desktop_app import clock
from desktop_app.domain.weeks import shift_week, week_id, week_monday
from desktop_app.storage import week_sheet
from desktop_app.storage.changes import Changes
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ConflictError, DeletedTaskError, StorageError
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.helpers import busy_cursor
from desktop_app.ui.common.hub import ChangeHub
from desktop_app.ui.common.words import date_edit_format, light_text_width, week_text
from desktop_app.ui.week.week_model import (
    COL,
    EDITABLE_COLUMNS,
    NEWLINE_MARK,
    TEXT_COLUMNS,
    PercentError,
    WeekTableModel,
    format_clipboard_table,
    parse_clipboard_table,
    parse_percent,
)

COLUMN_WIDTHS = {
    "number": 56, "title": 230, "lead_name": 88, "owner_name": 60, "deadline_text": 90,
    "light": 72, "last_done": 130, "last_next": 130, "done": 200, "next": 180,
    "problems": 160, "percent": 56,
}
ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
# 序号 (the row header), 编号 and 工作任务 stay at the left while the rest scrolls.
FROZEN_KEYS = ("number", "title")
# A row grows to show wrapped text, up to this many lines (the tooltip shows the rest).
MAX_ROW_LINES = 4


class RegisterHost(Protocol):
    """What a page needs from the main window: the open register and the chosen plan."""

    reg: Register
    hub: ChangeHub

    def current_plan_id(self) -> int | None: ...


class CellDelegate(QStyledItemDelegate):
    """Multi-line editors for the text cells (Enter commits, Alt+Enter breaks a line) and
    a checked line editor for 进度%."""

    enter_pressed = Signal()
    refused = Signal(str)

    def createEditor(self, parent: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> QWidget:  # noqa: N802
        if index.column() in TEXT_COLUMNS:
            editor = QPlainTextEdit(parent)
            editor.setTabChangesFocus(True)
            return editor
        editor = QLineEdit(parent)
        editor.setPlaceholderText("0–100")
        return editor

    def setEditorData(self, editor: QWidget, index: QModelIndex) -> None:  # noqa: N802
        text = index.data(Qt.ItemDataRole.EditRole) or ""
        if isinstance(editor, QPlainTextEdit):
            if editor.toPlainText() != text:
                editor.setPlainText(text)
                editor.moveCursor(editor.textCursor().MoveOperation.End)
        elif isinstance(editor, QLineEdit):
            editor.setText(text)

    def setModelData(self, editor: QWidget, model: QAbstractItemModel, index: QModelIndex) -> None:  # noqa: N802
        text = editor.toPlainText() if isinstance(editor, QPlainTextEdit) else editor.text()
        model.setData(index, text, Qt.ItemDataRole.EditRole)

    def updateEditorGeometry(self, editor: QWidget, option: QStyleOptionViewItem, index: QModelIndex) -> None:  # noqa: N802
        rect = option.rect
        if isinstance(editor, QPlainTextEdit):
            rect = rect.adjusted(0, 0, 0, max(0, 4 * option.fontMetrics.lineSpacing() + 10 - rect.height()))
            viewport = editor.parentWidget().rect() if editor.parentWidget() else rect
            if rect.bottom() > viewport.bottom():
                rect.moveBottom(viewport.bottom())
        editor.setGeometry(rect)

    def eventFilter(self, editor: QObject, event: QEvent) -> bool:  # noqa: N802
        if event.type() == QEvent.Type.KeyPress and isinstance(event, QKeyEvent):
            key = event.key()
            if isinstance(editor, QLineEdit) and key in (*ENTER_KEYS, Qt.Key.Key_Tab, Qt.Key.Key_Backtab):
                try:
                    parse_percent(editor.text())
                except PercentError as exc:
                    self.refused.emit(str(exc))
                    return True
            if key in ENTER_KEYS and isinstance(editor, QWidget):
                if event.modifiers() & Qt.KeyboardModifier.AltModifier:
                    if isinstance(editor, QPlainTextEdit):
                        editor.insertPlainText("\n")
                    return True
                self.commitData.emit(editor)
                self.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)
                self.enter_pressed.emit()
                return True
        return super().eventFilter(editor, event)


class WeekTable(QTableView):
    """The grid: keyboard moves skip read-only columns; paste, copy and clear by block."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.frozen: FrozenColumns | None = None
        self.setObjectName("week_table")
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setTextElideMode(Qt.TextElideMode.ElideRight)
        # By pixel, so that a cell is scrolled out from under the frozen columns exactly.
        self.setHorizontalScrollMode(QAbstractItemView.ScrollMode.ScrollPerPixel)
        self.setTabKeyNavigation(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setEditTriggers(
            QAbstractItemView.EditTrigger.AnyKeyPressed
            | QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.verticalHeader().setDefaultSectionSize(self.fontMetrics().lineSpacing() + 12)
        self.horizontalHeader().setHighlightSections(False)
        self.cell_delegate = CellDelegate(self)
        self.cell_delegate.enter_pressed.connect(self.move_down)
        self.cell_delegate.refused.connect(self.message)
        for column in EDITABLE_COLUMNS:
            self.setItemDelegateForColumn(column, self.cell_delegate)
        self._fit_timer = QTimer(self, singleShot=True, interval=0)
        self._fit_timer.timeout.connect(self.fit_visible_rows)
        self.verticalScrollBar().valueChanged.connect(self._fit_timer.start)
        self.horizontalHeader().sectionResized.connect(self._column_resized)

    def setModel(self, model: QAbstractItemModel | None) -> None:  # noqa: N802
        super().setModel(model)
        if model is None:
            return
        for signal in (model.modelReset, model.layoutChanged, model.rowsInserted, model.dataChanged):
            signal.connect(self._fit_timer.start)
        self.frozen = FrozenColumns(self, [COL[k] for k in FROZEN_KEYS])

    def _column_resized(self, *_args: object) -> None:
        self._fit_timer.start()
        if self.frozen is not None:
            self.frozen.follow_widths()

    def resizeEvent(self, event) -> None:  # noqa: N802, ANN001
        super().resizeEvent(event)
        self._fit_timer.start()
        if self.frozen is not None:
            self.frozen.place()

    def updateGeometries(self) -> None:  # noqa: N802
        super().updateGeometries()
        if self.frozen is not None:
            self.frozen.place()

    def row_height_for(self, row: int) -> int:
        """Tall enough for the wrapped text of every column (at most MAX_ROW_LINES lines)."""
        model = self.model()
        metrics = self.fontMetrics()
        line = metrics.lineSpacing()
        lines = 1
        for column in range(model.columnCount()):
            if self.isColumnHidden(column):
                continue
            text = model.index(row, column).data()
            if not text:
                continue
            width = max(8, self.columnWidth(column) - 10)
            text = str(text).replace(NEWLINE_MARK, "\n")
            rect = metrics.boundingRect(0, 0, width, line * (MAX_ROW_LINES + 1),
                                        int(Qt.TextFlag.TextWordWrap), text)
            lines = max(lines, min(MAX_ROW_LINES, round(rect.height() / line)))
            if lines >= MAX_ROW_LINES:
                break
        return lines * line + 12

    def fit_visible_rows(self) -> None:
        """Row heights follow the text of the rows on screen (measuring every row of a
        20,000-row sheet up front would make loading slow)."""
        model = self.model()
        if model is None or model.rowCount() == 0:
            return
        first = max(0, self.rowAt(0))
        last = self.rowAt(self.viewport().height() - 1)
        if last < 0:
            last = model.rowCount() - 1
        last = min(model.rowCount() - 1, last + 5)
        for row in range(first, last + 1):
            height = self.row_height_for(row)
            if self.rowHeight(row) != height:
                self.setRowHeight(row, height)
        if self.frozen is not None:
            self.frozen.follow_rows()

    def week_model(self) -> WeekTableModel:
        model = self.model()
        assert isinstance(model, WeekTableModel)
        return model

    def moveCursor(  # noqa: N802
        self, action: QAbstractItemView.CursorAction, modifiers: Qt.KeyboardModifier
    ) -> QModelIndex:
        """Tab/Shift+Tab go through this week's cells only, wrapping to the next row."""
        current = self.currentIndex()
        model = self.model()
        if action not in (QAbstractItemView.CursorAction.MoveNext, QAbstractItemView.CursorAction.MovePrevious) \
                or not current.isValid() or model is None:
            return super().moveCursor(action, modifiers)
        cells = list(EDITABLE_COLUMNS)
        row, column = current.row(), current.column()
        forward = action == QAbstractItemView.CursorAction.MoveNext
        if forward:
            later = [c for c in cells if c > column]
            if later:
                return model.index(row, later[0])
            return model.index(row + 1, cells[0]) if row + 1 < model.rowCount() else current
        earlier = [c for c in cells if c < column]
        if earlier:
            return model.index(row, earlier[-1])
        return model.index(row - 1, cells[-1]) if row > 0 else current

    def scrollTo(self, index: QModelIndex, hint: QAbstractItemView.ScrollHint = QAbstractItemView.ScrollHint.EnsureVisible) -> None:  # noqa: N802, E501
        """A cell right of the frozen columns is scrolled out from under them."""
        bar = self.horizontalScrollBar()
        if not index.isValid() or self.frozen is None:
            super().scrollTo(index, hint)
            return
        if index.column() in self.frozen.columns:  # always in sight: scroll rows only
            keep = bar.value()
            super().scrollTo(index, hint)
            bar.setValue(keep)
            return
        super().scrollTo(index, hint)
        frozen_width = self.frozen.columns_width()
        left = self.columnViewportPosition(index.column())
        if left < frozen_width:
            bar.setValue(bar.value() - (frozen_width - left))

    def move_down(self) -> None:
        current = self.currentIndex()
        if current.isValid() and current.row() + 1 < self.model().rowCount():
            self.setCurrentIndex(current.sibling(current.row() + 1, current.column()))

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if self.state() != QAbstractItemView.State.EditingState:
            if event.key() in ENTER_KEYS and not event.modifiers() & Qt.KeyboardModifier.AltModifier:
                self.move_down()
                return
            if event.key() in (Qt.Key.Key_Delete, Qt.Key.Key_Backspace):
                self.clear_selection_cells()
                return
            if event.matches(QKeySequence.StandardKey.Paste):
                self.paste_clipboard()
                return
            if event.matches(QKeySequence.StandardKey.Copy):
                self.copy_selection()
                return
        super().keyPressEvent(event)

    def _selected_cells(self) -> list[tuple[int, int]]:
        cells = sorted({(i.row(), i.column()) for i in self.selectedIndexes()})
        if not cells and self.currentIndex().isValid():
            cells = [(self.currentIndex().row(), self.currentIndex().column())]
        return cells

    def clear_selection_cells(self) -> None:
        self.week_model().fill(self._selected_cells(), "")

    def paste_clipboard(self) -> None:
        self.paste_text(QGuiApplication.clipboard().text())

    def paste_text(self, text: str) -> int:
        """A single value fills every selected cell; a block lands from the top-left cell."""
        model = self.week_model()
        if model.read_only:
            self.message.emit(self.tr("This week cannot be filled in (a future week, or the register is read-only)."))
            return 0
        table = parse_clipboard_table(text)
        cells = self._selected_cells()
        if not table or not cells:
            return 0
        try:
            if len(table) == 1 and len(table[0]) == 1:
                count = model.fill(cells, table[0][0])
            else:
                top = min(r for r, _ in cells)
                left = min(c for _, c in cells)
                count = model.paste(top, left, table)
        except PercentError as exc:
            self.message.emit(str(exc))
            return 0
        self.message.emit(self.tr("Pasted {0} cells (not saved yet)").format(count))
        return count

    def copy_selection(self) -> None:
        cells = self._selected_cells()
        if not cells:
            return
        rows = sorted({r for r, _ in cells})
        columns = sorted({c for _, c in cells})
        model = self.model()
        table = [[str(model.index(r, c).data(Qt.ItemDataRole.EditRole) or "") for c in columns] for r in rows]
        QGuiApplication.clipboard().setText(format_clipboard_table(table))


class FrozenColumns(QTableView):
    """The columns that stay put: a second view over the same model and selection, laid
    over the left edge of the grid, as spreadsheets freeze panes. It takes no keyboard
    focus: a click selects through the shared selection model and the grid keeps typing,
    Tab/Enter, paste and drafts."""

    def __init__(self, grid: WeekTable, columns: list[int]) -> None:
        super().__init__(grid)
        self.setObjectName("week_frozen")
        self.grid = grid
        self.columns = columns
        self.setModel(grid.model())
        self.setSelectionModel(grid.selectionModel())
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.setSelectionMode(grid.selectionMode())
        self.setAlternatingRowColors(True)
        self.setWordWrap(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setVerticalScrollMode(grid.verticalScrollMode())
        self.verticalHeader().setDefaultSectionSize(grid.verticalHeader().defaultSectionSize())
        self.verticalHeader().setMinimumSectionSize(grid.verticalHeader().minimumSectionSize())
        self.setFrameShape(QTableView.Shape.NoFrame)
        self.setStyleSheet("QTableView#week_frozen { border-right: 2px solid #9e9e9e; }")
        self.horizontalHeader().setHighlightSections(False)
        self.horizontalHeader().setSortIndicatorShown(True)
        self.horizontalHeader().setSectionsClickable(True)
        self.horizontalHeader().sectionClicked.connect(self._sort_by)
        self.horizontalHeader().sectionResized.connect(self._resized_here)
        self.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.customContextMenuRequested.connect(
            lambda pos: grid.customContextMenuRequested.emit(grid.viewport().mapFromGlobal(
                self.viewport().mapToGlobal(pos))))
        self.clicked.connect(lambda _index: grid.setFocus())
        self.doubleClicked.connect(lambda _index: grid.setFocus())
        grid.verticalScrollBar().valueChanged.connect(self.verticalScrollBar().setValue)
        self.verticalScrollBar().valueChanged.connect(grid.verticalScrollBar().setValue)
        grid.verticalHeader().sectionResized.connect(self._row_resized)
        grid.horizontalHeader().sortIndicatorChanged.connect(self._show_sort)
        self.follow_widths()
        self.show()

    def _sort_by(self, column: int) -> None:
        header = self.grid.horizontalHeader()
        order = Qt.SortOrder.AscendingOrder
        if header.sortIndicatorSection() == column and header.sortIndicatorOrder() == order:
            order = Qt.SortOrder.DescendingOrder
        self.grid.sortByColumn(column, order)

    def _show_sort(self, column: int, order: Qt.SortOrder) -> None:
        header = self.horizontalHeader()
        if column in self.columns:
            header.setSortIndicatorShown(True)
            header.setSortIndicator(column, order)
        else:
            header.setSortIndicatorShown(False)

    def _row_resized(self, row: int, _old: int, new: int) -> None:
        self.setRowHeight(row, new)

    def _resized_here(self, column: int, _old: int, new: int) -> None:
        if column in self.columns and self.grid.columnWidth(column) != new:
            self.grid.setColumnWidth(column, new)

    def follow_widths(self) -> None:
        """Same columns, widths and row header as the grid; the rest hidden."""
        model = self.model()
        for column in range(model.columnCount() if model is not None else 0):
            hidden = column not in self.columns or self.grid.isColumnHidden(column)
            self.setColumnHidden(column, hidden)
            if not hidden and self.columnWidth(column) != self.grid.columnWidth(column):
                self.setColumnWidth(column, self.grid.columnWidth(column))
        self.place()

    def columns_width(self) -> int:
        return sum(self.grid.columnWidth(c) for c in self.columns if not self.grid.isColumnHidden(c))

    def place(self) -> None:
        grid = self.grid
        header_width = grid.verticalHeader().width()
        self.verticalHeader().setFixedWidth(header_width)
        self.horizontalHeader().setFixedHeight(grid.horizontalHeader().height())
        self.setGeometry(grid.frameWidth(), grid.frameWidth(), header_width + self.columns_width() + 2,
                         grid.viewport().height() + grid.horizontalHeader().height())
        if self.verticalScrollBar().value() != grid.verticalScrollBar().value():
            self.verticalScrollBar().setValue(grid.verticalScrollBar().value())

    def rowsInserted(self, parent: QModelIndex, start: int, end: int) -> None:  # noqa: N802
        super().rowsInserted(parent, start, end)
        self.place()

    def follow_rows(self) -> None:
        """Row heights as the grid's (after a reload both views start from the default)."""
        grid = self.grid
        for row in range(max(0, grid.rowAt(0)), (grid.rowAt(grid.viewport().height() - 1) + 6)
                         if grid.rowAt(grid.viewport().height() - 1) >= 0 else self.model().rowCount()):
            if row < self.model().rowCount() and self.rowHeight(row) != grid.rowHeight(row):
                self.setRowHeight(row, grid.rowHeight(row))


class FinishDateDialog(QDialog):
    """标记完成: the finish date, today by default, never in the future."""

    def __init__(self, count: int, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle(self.tr("Mark finished"))
        layout = QFormLayout(self)
        layout.addRow(QLabel(self.tr("Mark the {0} selected tasks as finished.").format(count)))
        self.date_edit = QDateEdit(QDate(today.year, today.month, today.day))
        self.date_edit.setObjectName("finish_date")
        self.date_edit.setCalendarPopup(True)
        self.date_edit.setDisplayFormat(date_edit_format())
        self.date_edit.setMaximumDate(QDate(today.year, today.month, today.day))
        layout.addRow(self.tr("Finished on:"), self.date_edit)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def finish_date(self) -> date:
        return self.date_edit.date().toPython()


class WeekView(QWidget):
    """The 本周进展 page."""

    dirty_changed = Signal(bool)
    extension_requested = Signal(int)
    supervision_requested = Signal(int)

    def __init__(self, host: RegisterHost, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("week_view")
        self.host = host
        self._today = today
        self._loaded_for: tuple[Register, str, int | None] | None = None
        self.model = WeekTableModel(host.reg, self)
        self.week = week_id(self.today())
        self._build()
        self.model.dirty_changed.connect(self._dirty_changed)
        self.model.refused.connect(self.show_message)
        self.model.modelReset.connect(self._update_counts)
        self.model.dataChanged.connect(self._update_counts)
        self._stale = False
        host.hub.changed.connect(self._on_changes)

    def today(self) -> date:
        return self._today or clock.today()

    # -- layout ----------------------------------------------------------------
    def _build(self) -> None:
        layout = QVBoxLayout(self)
        top = QHBoxLayout()
        self.prev_button = QToolButton(text="◀")
        self.prev_button.setObjectName("week_prev")
        self.prev_button.setToolTip(self.tr("Previous week"))
        self.prev_button.clicked.connect(lambda: self.go_to_week(shift_week(self.week, -1)))
        self.week_button = QToolButton()
        self.week_button.setObjectName("week_label")
        self.week_button.setToolTip(self.tr("Choose a week"))
        self.week_button.setPopupMode(QToolButton.ToolButtonPopupMode.InstantPopup)
        self.week_button.setStyleSheet(
            "QToolButton { font-weight: bold; padding: 2px 8px; } QToolButton::menu-indicator { image: none; }")
        menu = QMenu(self.week_button)
        self.calendar = QCalendarWidget()
        self.calendar.setFirstDayOfWeek(Qt.DayOfWeek.Monday)
        self.calendar.clicked.connect(self._week_picked)
        picker = QWidgetAction(menu)
        picker.setDefaultWidget(self.calendar)
        menu.addAction(picker)
        self.week_button.setMenu(menu)
        self.next_button = QToolButton(text="▶")
        self.next_button.setObjectName("week_next")
        self.next_button.setToolTip(self.tr("Next week"))
        self.next_button.clicked.connect(lambda: self.go_to_week(shift_week(self.week, 1)))
        self.this_week_button = QPushButton(self.tr("This week"))
        self.this_week_button.clicked.connect(lambda: self.go_to_week(week_id(self.today())))
        for w in (self.prev_button, self.week_button, self.next_button, self.this_week_button):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Lead department:")))
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("week_department")
        self.department_combo.setMinimumWidth(140)
        self.department_combo.currentIndexChanged.connect(self._apply_filters)
        top.addWidget(self.department_combo)
        self.light_combo = QComboBox()
        self.light_combo.setObjectName("week_light_filter")
        for text, data in ((self.tr("All tasks"), ""), (self.tr("■ Overdue/behind"), "red"),
                           (self.tr("▲ Warning"), "yellow"), (self.tr("Not filled in this week"), "missing")):
            self.light_combo.addItem(text, data)
        self.light_combo.currentIndexChanged.connect(self._apply_filters)
        top.addWidget(self.light_combo)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("week_search")
        self.search_edit.setPlaceholderText(self.tr("Search tasks, owners, numbers"))
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.textChanged.connect(self._apply_filters)
        top.addWidget(self.search_edit, 1)
        layout.addLayout(top)

        actions = QHBoxLayout()
        self.carry_action = self._add_action(actions, self.tr("Carry over last week's plan"), "Ctrl+D", self.carry_over,
                                             self.tr("Put last week's “plan for next week” into this week's “done this week” (only the "
                                                     "selected rows when several are selected, otherwise every task shown)"))
        self.finish_action = self._add_action(actions, self.tr("Mark finished…"), None, self.mark_finished)
        self.extension_action = self._add_action(
            actions, self.tr("Request an extension…"), None, lambda: self._emit_for_current(self.extension_requested))
        self.supervision_action = self._add_action(
            actions, self.tr("Remind/supervise…"), None, lambda: self._emit_for_current(self.supervision_requested))
        actions.addStretch(1)
        self.dirty_label = QLabel()
        self.dirty_label.setObjectName("week_dirty")
        self.dirty_label.setStyleSheet("color: #b26a00; font-weight: bold;")
        actions.addWidget(self.dirty_label)
        self.save_action = self._add_action(actions, self.tr("Save"), QKeySequence.StandardKey.Save, self.save)
        layout.addLayout(actions)

        self.note = QLabel()
        self.note.setObjectName("week_note")
        self.note.setWordWrap(True)
        self.note.setStyleSheet("color: #8a4b00; background: #fff4e0; padding: 4px;")
        self.note.hide()
        layout.addWidget(self.note)

        self.table = WeekTable(self)
        self.table.setModel(self.model)
        self.table.message.connect(self.show_message)
        self.table.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        self.table.customContextMenuRequested.connect(self._context_menu)
        for key, width in COLUMN_WIDTHS.items():
            self.table.setColumnWidth(COL[key], width)
        # The light's word on one line in either language ("■ Overdue", "● On track").
        self.table.setColumnWidth(COL["light"], max(
            COLUMN_WIDTHS["light"], light_text_width(self.table.fontMetrics()) + 16))
        self.table.horizontalHeader().setSortIndicator(COL["number"], Qt.SortOrder.AscendingOrder)
        self.table.setSortingEnabled(True)
        layout.addWidget(self.table, 1)

        bottom = QHBoxLayout()
        self.count_label = QLabel()
        self.count_label.setObjectName("week_counts")
        bottom.addWidget(self.count_label)
        bottom.addStretch(1)
        self.message_label = QLabel()
        self.message_label.setObjectName("week_message")
        self.message_label.setStyleSheet("color: #c62828;")
        bottom.addWidget(self.message_label)
        layout.addLayout(bottom)
        self._message_timer = QTimer(self, singleShot=True, interval=8000)
        self._message_timer.timeout.connect(self.message_label.clear)

    def _week_picked(self, day: QDate) -> None:
        self.week_button.menu().close()
        self.go_to_week(week_id(day.toPython()))

    def _add_action(self, row: QHBoxLayout, text: str, shortcut: str | QKeySequence.StandardKey | None,
                    slot: Callable[[], object], tip: str = "") -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(QKeySequence(shortcut))
            action.setShortcutContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
            tip = (tip + "  " if tip else "") + QKeySequence(shortcut).toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(tip or text)
        action.triggered.connect(slot)
        self.addAction(action)
        button = QToolButton()
        button.setDefaultAction(action)
        button.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonTextOnly)
        row.addWidget(button)
        return action

    def _context_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        for action in (self.carry_action, self.finish_action, self.extension_action, self.supervision_action):
            menu.addAction(action)
        menu.exec(self.table.viewport().mapToGlobal(pos))

    # -- loading -----------------------------------------------------------------
    def activate(self) -> None:
        """Load when first shown, or when the register or plan changed meanwhile."""
        key = (self.host.reg, self.week, self.host.current_plan_id())
        if key != self._loaded_for:  # a Register compares by identity
            self.load()
        elif self._stale:
            self._reload_keeping_drafts()

    def _on_changes(self, changes: Changes, source: object) -> None:
        """Another page, dialog, import or undo wrote: show it (drafts stay drafts)."""
        if self._loaded_for is None or source is self:
            return
        if changes.everything:
            self._loaded_for = None
            if self.isVisible():
                self.activate()
            return
        # A changed task may join or leave the sheet (finished, moved, its department):
        # re-read the week; progress alone re-reads its rows.
        broad = (changes.structure or changes.plans or changes.directory or changes.calendar
                 or changes.tasks or changes.lights and not changes.progress_tasks)
        if broad:
            if self.isVisible():
                self._reload_keeping_drafts()
            else:
                self._stale = True
        elif changes.progress_tasks:
            ids = changes.progress_tasks & set(self.model.all_ids())
            if ids:
                self.model.refresh_rows(ids)

    def _reload_keeping_drafts(self) -> None:
        self._stale = False
        with busy_cursor():
            gone = self.model.reload_keeping_drafts()
        if gone:
            self.show_message(self.tr("These tasks are no longer on this week's sheet (deleted, finished or moved "
                                      "out of this plan); their unsaved entries were dropped: {0}").format(
                self.tr(", ").join(gone)))

    def load(self) -> None:
        plan_id = self.host.current_plan_id()
        with busy_cursor():
            self.model.load(self.host.reg, self.week, plan_id, today=self.today())
        self._loaded_for = (self.host.reg, self.week, plan_id)
        label = week_text(self.week)
        if self.week[:4] != str(self.today().year):
            label = self.tr("{0}  year {1}").format(label, self.week[:4])
        self.week_button.setText(f"{label} ▾")
        monday = week_monday(self.week)
        self.calendar.setSelectedDate(QDate(monday.year, monday.month, monday.day))
        current = self.department_combo.currentData()
        self.department_combo.blockSignals(True)
        self.department_combo.clear()
        self.department_combo.addItem(self.tr("All departments"), None)
        for dep_id, name in self.model.departments():
            self.department_combo.addItem(name, dep_id)
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(current)))
        self.department_combo.blockSignals(False)
        self._apply_filters()
        this_week = week_id(self.today())
        if self.host.reg.readonly:
            self.note.setText(self.tr("The register was opened read-only: it can be viewed, not filled in."))
        elif self.model.plan_closed:
            self.note.setText(self.tr("This plan is closed (its year was turned): it can only be viewed; to correct it, "
                                  "reopen it in File ▸ Plans…."))
        elif self.week > this_week:
            self.note.setText(self.tr("This is a future week: it can be viewed, not filled in."))
        elif self.week < this_week:
            self.note.setText(self.tr("This is a past week: its progress can be corrected; changes go into the audit trail."))
        self.note.setVisible(self.host.reg.readonly or self.model.plan_closed or self.week != this_week)
        for action in (self.carry_action, self.finish_action, self.save_action):
            action.setEnabled(not self.model.read_only)

    def _apply_filters(self, *_args) -> None:
        self.model.set_filters(
            department=self.department_combo.currentData(),
            search=self.search_edit.text(),
            light=self.light_combo.currentData() or "",
        )

    def select_department(self, department_id: int | None) -> None:
        self.department_combo.setCurrentIndex(max(0, self.department_combo.findData(department_id)))

    def _update_counts(self, *_args) -> None:
        self.count_label.setText(self.tr("{0} tasks, {1} filled in this week").format(
            self.model.rowCount(), self.model.filled_count()))

    # -- moving between weeks and away ------------------------------------------------
    def go_to_week(self, week: str) -> bool:
        """Save this week's drafts, then show ``week``; stays put if saving fails."""
        if week == self.week and self._loaded_for is not None:
            return True
        if not self.save_if_dirty():
            return False
        self.week = week
        self.load()
        return True

    def save_if_dirty(self) -> bool:
        """Leaving the page or the week saves; False (and a message) when it could not."""
        return not self.model.is_dirty() or self.save()

    def save(self) -> bool:
        self._commit_open_editor()
        if not self.model.is_dirty():
            return True
        try:
            changed = self.host.hub.perform(self.model.save, source=self)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Save progress"), str(exc))
            if isinstance(exc, ConflictError):
                self.model.refresh_rows(exc.task_ids)  # the drafts stay, over the new values
            elif isinstance(exc, DeletedTaskError):
                self._reload_keeping_drafts()
            return False
        self.show_message(self.tr("Saved the progress of {0} tasks").format(changed), error=False)
        return True

    def _commit_open_editor(self) -> None:
        editor = self.table.indexWidget(self.table.currentIndex())
        if self.table.state() == QAbstractItemView.State.EditingState and editor is not None:
            self.table.cell_delegate.commitData.emit(editor)
            self.table.cell_delegate.closeEditor.emit(editor, QAbstractItemDelegate.EndEditHint.NoHint)

    def confirm_close(self) -> bool:
        """Before the window closes: 保存 / 不保存 / 取消. True when closing may go on."""
        self._commit_open_editor()
        if not self.model.is_dirty():
            return True
        answer = QMessageBox.question(
            self,
            self.tr("This week's progress"),
            self.tr("{0} has unsaved progress. Save it?").format(week_text(self.week)),
            QMessageBox.StandardButton.Save | QMessageBox.StandardButton.Discard | QMessageBox.StandardButton.Cancel,
            QMessageBox.StandardButton.Save,
        )
        if answer == QMessageBox.StandardButton.Save:
            return self.save()
        if answer == QMessageBox.StandardButton.Discard:
            self.model.discard()
            return True
        return False

    def _dirty_changed(self, dirty: bool) -> None:
        self.dirty_label.setText(self.tr("● Unsaved changes (Ctrl+S saves)") if dirty else "")
        self.dirty_changed.emit(dirty)

    def show_message(self, text: str, error: bool = True) -> None:
        self.message_label.setStyleSheet("color: #c62828;" if error else "color: #2e7d32;")
        self.message_label.setText(text)
        self._message_timer.start()

    # -- actions -----------------------------------------------------------------
    def selected_task_ids(self) -> list[int]:
        rows = sorted({i.row() for i in self.table.selectionModel().selectedIndexes()})
        if not rows and self.table.currentIndex().isValid():
            rows = [self.table.currentIndex().row()]
        return [self.model.task_id(r) for r in rows]

    def carry_over(self) -> None:
        if self.model.read_only:
            return
        ids = self.selected_task_ids()
        if len(ids) <= 1:
            ids = self.model.visible_ids()
        count = self.model.carry_over(ids)
        self.show_message(self.tr("Carried over last week's plan for {0} tasks (not saved yet)").format(count), error=False)

    def ask_finish_date(self, count: int) -> date | None:
        dialog = FinishDateDialog(count, self.today(), self)
        return dialog.finish_date() if dialog.exec() == QDialog.DialogCode.Accepted else None

    def mark_finished(self) -> None:
        ids = self.selected_task_ids()
        if not ids:
            self.show_message(self.tr("Select the tasks to mark finished first."))
            return
        finished = self.ask_finish_date(len(ids))
        if finished is None:
            return
        try:
            changed = self.host.hub.perform(week_sheet.mark_finished, self.host.reg, ids, finished,
                                            today=self.today(), source=self)
        except StorageError as exc:
            QMessageBox.warning(self, self.tr("Mark finished"), str(exc))
            return
        self.model.refresh_rows(ids)
        self.show_message(self.tr("Marked {0} tasks finished").format(changed), error=False)

    def _emit_for_current(self, signal: SignalInstance) -> None:
        ids = self.selected_task_ids()
        if not ids:
            self.show_message(self.tr("Select a task first."))
            return
        signal.emit(ids[0])

    # -- state ---------------------------------------------------------------------
    def save_header_state(self) -> None:
        user_settings.put(user_settings.WEEK_HEADER, self.table.horizontalHeader().saveState())

    def restore_header_state(self) -> None:
        state = user_settings.get(user_settings.WEEK_HEADER)
        if state is not None:
            self.table.horizontalHeader().restoreState(state)
        if self.table.frozen is not None:
            self.table.frozen.follow_widths()
