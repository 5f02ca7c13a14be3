"""总览: lights by kind, department completion and on-time rates as bars, what is due this
week and next, the overdue list and the silent tasks. Every figure opens its tasks.

The figures come from :func:`desktop_app.storage.overview.overview`; this page only
shows them and says which task ids a click stands for (``tasks_requested``).
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QModelIndex,
    QPersistentModelIndex,
    QRectF,
    QSize,
    Qt,
    Signal,
)
from PySide6.QtGui import QColor, QFont, QMouseEvent, QPainter, QPaintEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.domain.weeks import week_id
from desktop_app.storage.changes import Changes
from desktop_app.storage.overview import LIGHT_KINDS, DepartmentRate, Overview, overview
from desktop_app.ui.common.helpers import TASK_ID_ROLE, busy_cursor
from desktop_app.ui.common.words import day_text, kind_text, light_detail, light_text, week_text
from desktop_app.ui.week.week_model import LIGHT_COLOURS
from desktop_app.ui.week.week_view import RegisterHost

Index = QModelIndex | QPersistentModelIndex
KIND_COLOURS = {**LIGHT_COLOURS, "not_started": "#757575", "no_deadline": "#757575"}
BAR_COLOURS = ("#3f6fb5", "#2e8b57")


def percent_text(rate: float | None) -> str:
    return "—" if rate is None else f"{100 * rate:.0f}%"


class TaskListModel(QAbstractTableModel):
    """A read-only list of tasks from an :class:`Overview` (编号, task, department, ...)."""

    HEADERS = (QT_TRANSLATE_NOOP("TaskListModel", "No."), QT_TRANSLATE_NOOP("TaskListModel", "Task"),
               QT_TRANSLATE_NOOP("TaskListModel", "Lead department"), QT_TRANSLATE_NOOP("TaskListModel", "Owner"),
               QT_TRANSLATE_NOOP("TaskListModel", "Deadline"), QT_TRANSLATE_NOOP("TaskListModel", "Status"),
               QT_TRANSLATE_NOOP("TaskListModel", "Explanation"))

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._ids: list[int] = []
        self._ov: Overview | None = None

    def set_tasks(self, ov: Overview, ids: list[int]) -> None:
        self.beginResetModel()
        self._ov, self._ids = ov, list(ids)
        self.endResetModel()

    def task_ids(self) -> list[int]:
        return list(self._ids)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._ids)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self.HEADERS)

    def headerData(  # noqa: N802
        self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole
    ) -> str | None:
        if role == Qt.ItemDataRole.DisplayRole and orientation == Qt.Orientation.Horizontal \
                and 0 <= section < len(self.HEADERS):
            return self.tr(self.HEADERS[section])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> object:
        if not index.isValid() or self._ov is None or not 0 <= index.row() < len(self._ids):
            return None
        tid = self._ids[index.row()]
        if role == TASK_ID_ROLE:
            return tid
        brief = self._ov.tasks[tid]
        light = self._ov.lights[tid]
        column = index.column()
        if role == Qt.ItemDataRole.DisplayRole:
            return (brief.number, brief.title, brief.lead_name, brief.owner_name, brief.deadline_text,
                    light_text(light), light_detail(light))[column]
        if role == Qt.ItemDataRole.ToolTipRole and column in (1, 6):
            return brief.title if column == 1 else light_detail(light)
        if role == Qt.ItemDataRole.ForegroundRole and column == 5:
            return QColor(LIGHT_COLOURS[light.colour])
        return None


class FigureButton(QPushButton):
    """A big number over its label; clicking it opens the tasks it counts."""

    def __init__(self, label: str, colour: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label, self.colour = label, colour
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setMinimumSize(QSize(112, 64))
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.set_count(0)

    def set_count(self, count: int) -> None:
        self.count = count
        self.setText(f"{count}\n{self.label}")
        self.setStyleSheet(
            f"QPushButton {{ color: {self.colour}; font-size: 15px; font-weight: bold;"
            " border: 1px solid #c8c8c8; border-radius: 4px; background: #fbfbfb; padding: 6px; }"
            " QPushButton:hover { background: #eef3fb; }"
        )
        self.setToolTip(self.tr("Show these {0} tasks").format(count))


class DepartmentBars(QWidget):
    """Per department: 完成率 and 按时完成率 as two horizontal bars, painted; a click on a
    row emits ``department_clicked`` with its position."""

    department_clicked = Signal(int)
    ROW_HEIGHT = 30
    NAME_WIDTH = 130
    FIGURE_WIDTH = 150

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.rows: list[DepartmentRate] = []
        self.setMouseTracking(True)
        self.setCursor(Qt.CursorShape.PointingHandCursor)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)

    def set_rows(self, rows: list[DepartmentRate]) -> None:
        self.rows = rows
        self.setFixedHeight(self.ROW_HEIGHT * (len(rows) + 1) + 4)
        self.update()

    def sizeHint(self) -> QSize:  # noqa: N802
        return QSize(640, self.ROW_HEIGHT * (len(self.rows) + 1) + 4)

    def row_at(self, y: float) -> int | None:
        row = int(y // self.ROW_HEIGHT) - 1
        return row if 0 <= row < len(self.rows) else None

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        row = self.row_at(event.position().y())
        if row is not None and event.button() == Qt.MouseButton.LeftButton:
            self.department_clicked.emit(row)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        width = self.width()
        bar_width = max(60, (width - self.NAME_WIDTH - 2 * self.FIGURE_WIDTH - 24) // 2)
        columns = (self.NAME_WIDTH, self.NAME_WIDTH + bar_width + self.FIGURE_WIDTH + 12)
        bold = QFont(self.font())
        bold.setBold(True)
        painter.setFont(bold)
        painter.setPen(QColor("#333333"))
        h = self.ROW_HEIGHT
        painter.drawText(QRectF(4, 0, self.NAME_WIDTH, h), Qt.AlignmentFlag.AlignVCenter, self.tr("Lead department"))
        for x, title in zip(columns, (self.tr("Completion (finished/tasks)"), self.tr("On time (by the original deadline)")),
                            strict=True):
            painter.drawText(QRectF(x, 0, bar_width + self.FIGURE_WIDTH, h), Qt.AlignmentFlag.AlignVCenter, title)
        painter.setFont(self.font())
        figure = self.tr("{0} ({1}/{2})")
        for i, rate in enumerate(self.rows):
            top = (i + 1) * h
            if i % 2:
                painter.fillRect(QRectF(0, top, width, h), QColor("#f5f5f5"))
            painter.setPen(QColor("#222222"))
            painter.drawText(QRectF(4, top, self.NAME_WIDTH - 8, h),
                             Qt.AlignmentFlag.AlignVCenter | Qt.TextFlag.TextSingleLine, rate.name)
            figures = (
                (rate.completion_rate, figure.format(percent_text(rate.completion_rate), rate.finished,
                                                     rate.total)),
                (rate.on_time_rate, figure.format(percent_text(rate.on_time_rate), rate.on_time, rate.due)),
            )
            for x, colour, (value, text) in zip(columns, BAR_COLOURS, figures, strict=True):
                frame = QRectF(x, top + 7, bar_width, h - 14)
                painter.setPen(QColor("#b0b0b0"))
                painter.setBrush(QColor("#ffffff"))
                painter.drawRect(frame)
                if value:
                    painter.setPen(Qt.PenStyle.NoPen)
                    painter.setBrush(QColor(colour))
                    painter.drawRect(QRectF(frame.left(), frame.top(), frame.width() * value, frame.height()))
                painter.setPen(QColor("#222222"))
                painter.drawText(QRectF(x + bar_width + 8, top, self.FIGURE_WIDTH, h),
                                 Qt.AlignmentFlag.AlignVCenter, text)
        painter.end()


class Dashboard(QWidget):
    """The 总览 page. ``tasks_requested(ids, caption)`` asks the window to show those tasks."""

    tasks_requested = Signal(list, str)

    def __init__(self, host: RegisterHost, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("dashboard")
        self.host = host
        self._today = today
        self.ov: Overview | None = None
        self._build()
        host.hub.changed.connect(self._on_changes)

    def _on_changes(self, changes: Changes, _source: object) -> None:
        """Figures follow every write; a hidden page reloads when it is shown again."""
        if self.ov is not None and self.isVisible() and (
                changes.lights or changes.directory or changes.plans or changes.everything):
            self.load()

    def today(self) -> date:
        return self._today or clock.today()

    def _build(self) -> None:
        # Figures above (scrolling when the window is short), the lists below; the
        # splitter lets the clerk give the room to either.
        outer = QVBoxLayout(self)
        outer.setContentsMargins(0, 0, 0, 0)
        self.splitter = QSplitter(Qt.Orientation.Vertical)
        self.splitter.setChildrenCollapsible(False)
        outer.addWidget(self.splitter)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        self.splitter.addWidget(scroll)
        body = QWidget()
        scroll.setWidget(body)
        layout = QVBoxLayout(body)

        head = QHBoxLayout()
        self.title = QLabel()
        self.title.setObjectName("dashboard_title")
        self.title.setStyleSheet("font-size: 16px; font-weight: bold;")
        head.addWidget(self.title)
        head.addStretch(1)
        refresh = QPushButton(self.tr("Refresh"))
        refresh.setObjectName("dashboard_refresh")
        refresh.clicked.connect(self.load)
        head.addWidget(refresh)
        layout.addLayout(head)

        lights_box = QGroupBox(self.tr("Task status (lowest-level tasks)"))
        lights_row = QHBoxLayout(lights_box)
        self.kind_buttons: dict[str, FigureButton] = {}
        for key, _label in LIGHT_KINDS:
            button = FigureButton(kind_text(key), KIND_COLOURS[key])
            button.setObjectName(f"count_{key}")
            button.clicked.connect(lambda _=False, k=key: self._open_kind(k))
            lights_row.addWidget(button)
            self.kind_buttons[key] = button
        layout.addWidget(lights_box)

        watch_box = QGroupBox(self.tr("Needs attention"))
        watch_row = QGridLayout(watch_box)
        self.watch_buttons: dict[str, FigureButton] = {}
        labels = self._list_labels()
        for i, (key, colour) in enumerate((
            ("overdue", LIGHT_COLOURS["red"]),
            ("due_this_week", LIGHT_COLOURS["yellow"]),
            ("due_next_week", "#3f6fb5"),
            ("stale", LIGHT_COLOURS["yellow"]),
        )):
            button = FigureButton(labels[key], colour)
            button.setObjectName(f"count_{key}")
            button.clicked.connect(lambda _=False, k=key: self._open_list(k))
            watch_row.addWidget(button, 0, i)
            self.watch_buttons[key] = button
        layout.addWidget(watch_box)

        departments_box = QGroupBox(self.tr("Departments (click a department to see its tasks)"))
        departments_layout = QVBoxLayout(departments_box)
        self.bars = DepartmentBars()
        self.bars.setObjectName("department_bars")
        self.bars.department_clicked.connect(self._open_department)
        departments_layout.addWidget(self.bars)
        layout.addWidget(departments_box)

        self.lists = QTabWidget()
        self.lists.setObjectName("dashboard_lists")
        self.list_models: dict[str, TaskListModel] = {}
        self.list_views: dict[str, QTableView] = {}
        for key in ("overdue", "due_this_week", "due_next_week", "stale"):
            model = TaskListModel(self)
            view = QTableView()
            view.setObjectName(f"list_{key}")
            view.setModel(model)
            view.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
            view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
            view.setAlternatingRowColors(True)
            view.verticalHeader().hide()
            view.setMinimumHeight(120)
            for column, width in enumerate((60, 300, 110, 70, 110, 80, 300)):
                view.setColumnWidth(column, width)
            view.horizontalHeader().setStretchLastSection(True)
            view.doubleClicked.connect(lambda index, m=model: self._open_row(m, index))
            self.list_models[key] = model
            self.list_views[key] = view
            self.lists.addTab(view, "")
        layout.addStretch(1)
        self.splitter.addWidget(self.lists)
        self.splitter.setStretchFactor(0, 3)
        self.splitter.setStretchFactor(1, 2)

    # -- data ----------------------------------------------------------------------
    def load(self) -> None:
        on = self.today()
        with busy_cursor():
            self.ov = ov = overview(self.host.reg, on, plan_id=self.host.current_plan_id())
        self.title.setText(self.tr("Overview · as of {0} · {1}").format(day_text(on), week_text(week_id(on))))
        for key, button in self.kind_buttons.items():
            button.set_count(len(ov.by_kind[key]))
        labels = self._list_labels()
        self.watch_buttons["stale"].label = labels["stale"]
        for i, (key, model) in enumerate(self.list_models.items()):
            ids = getattr(ov, key)
            model.set_tasks(ov, ids)
            self.watch_buttons[key].set_count(len(ids))
            self.lists.setTabText(i, self.tr("{0} ({1})").format(labels[key], len(ids)))
        self.bars.set_rows(ov.departments)

    def _list_labels(self) -> dict[str, str]:
        weeks = self.ov.stale_weeks if self.ov else 2
        return {
            "overdue": self.tr("Overdue, not finished"),
            "due_this_week": self.tr("Due this week"),
            "due_next_week": self.tr("Due next week"),
            "stale": self.tr("No report for {0}+ weeks").format(weeks),
        }

    # -- click-through ------------------------------------------------------------------
    def _open_kind(self, key: str) -> None:
        if self.ov is not None:
            self.tasks_requested.emit(list(self.ov.by_kind[key]), kind_text(key))

    def _open_list(self, key: str) -> None:
        if self.ov is not None:
            self.tasks_requested.emit(list(getattr(self.ov, key)), self._list_labels()[key])

    def _open_department(self, row: int) -> None:
        if self.ov is not None:
            rate = self.ov.departments[row]
            self.tasks_requested.emit(list(rate.task_ids), self.tr("Tasks led by {0}").format(rate.name))

    def _open_row(self, model: TaskListModel, index: QModelIndex) -> None:
        tid = model.data(index, TASK_ID_ROLE)
        if tid is not None and self.ov is not None:
            self.tasks_requested.emit([tid], self.ov.tasks[tid].title)
