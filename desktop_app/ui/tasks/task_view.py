"""The task tree view: columns hidden from the header's context menu, reordered and
resized (remembered in QSettings), drag and drop inside the tree, and expansion and
selection kept across reloads."""

from __future__ import annotations

import weakref

from PySide6.QtCore import QItemSelection, QItemSelectionModel, QModelIndex, QPoint, Qt, QTimer
from PySide6.QtGui import QPaintEvent
from PySide6.QtWidgets import QAbstractItemView, QMenu, QTreeView, QWidget

from desktop_app.ui.common import user_settings
from desktop_app.ui.tasks.task_tree_model import COLUMNS, TaskTreeModel

# Room for 编号 three levels deep and a readable title, with 状态 in view on a 1280-pixel window.
DEFAULT_WIDTHS = {
    "number": 110, "title": 250, "lead_name": 90, "owner_name": 60, "leader_name": 60,
    "co_names": 100, "deadline_text": 84, "status": 80, "percent": 46, "latest": 260,
}


class TaskTreeView(QTreeView):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("task_tree")
        self.setUniformRowHeights(True)
        self.setAlternatingRowColors(True)
        self.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.setDragDropMode(QAbstractItemView.DragDropMode.InternalMove)
        self.setDefaultDropAction(Qt.DropAction.MoveAction)
        self.setDropIndicatorShown(True)
        self.setTabKeyNavigation(False)
        header = self.header()
        header.setSectionsMovable(True)
        header.setFirstSectionMovable(False)
        header.setContextMenuPolicy(Qt.ContextMenuPolicy.CustomContextMenu)
        header.customContextMenuRequested.connect(self._header_menu)

    def setModel(self, model) -> None:  # noqa: N802 - Qt override
        super().setModel(model)
        if isinstance(model, TaskTreeModel):
            view = weakref.ref(self)

            def is_open(task_id: int) -> bool:
                shown = view()
                return shown is not None and shown.isExpanded(model.index_of(task_id))

            model.set_open_probe(is_open)

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802 - Qt override
        """Once the rows are on the screen, their lights (the slow part) on the next turn of
        the event loop."""
        super().paintEvent(event)
        model = self.model()
        if isinstance(model, TaskTreeModel) and model.lights_pending():
            QTimer.singleShot(0, self, self._fill_lights)

    def _fill_lights(self) -> None:
        model = self.model()  # the current one: another register may be open by now
        if isinstance(model, TaskTreeModel):
            model.load_deferred_lights()

    def task_model(self) -> TaskTreeModel:
        model = self.model()
        assert isinstance(model, TaskTreeModel)
        return model

    # -- columns -------------------------------------------------------------
    def apply_default_widths(self) -> None:
        """The widths above, or the header word's own when it is wider (English words are)."""
        header = self.header()
        for section, (key, _label) in enumerate(COLUMNS):
            needed = header.sectionSizeFromContents(section).width() if self.model() is not None else 0
            self.setColumnWidth(section, max(DEFAULT_WIDTHS.get(key, 100), needed))

    def restore_columns(self) -> None:
        state = user_settings.get(user_settings.TREE_HEADER)
        if state is None or not self.header().restoreState(state):
            self.apply_default_widths()

    def save_columns(self) -> None:
        user_settings.put(user_settings.TREE_HEADER, self.header().saveState())

    def _header_menu(self, pos: QPoint) -> None:
        menu = QMenu(self)
        self.fill_column_menu(menu)
        menu.exec(self.header().mapToGlobal(pos))

    def fill_column_menu(self, menu: QMenu) -> None:
        """Tick boxes per column (the 编号 and 工作任务 columns always stay)."""
        model = self.task_model()
        for section in range(model.columnCount()):
            action = menu.addAction(model.headerData(section, Qt.Orientation.Horizontal))
            action.setCheckable(True)
            action.setChecked(not self.isColumnHidden(section))
            action.setEnabled(section > 1)
            action.toggled.connect(lambda on, s=section: self.setColumnHidden(s, not on))
        menu.addSeparator()
        menu.addAction(self.tr("Default column widths"), self.apply_default_widths)

    def expandAll(self) -> None:
        """Every task open, in one layout of the tree. Qt would announce each row it opens
        (``expanded``, 20,000 times in a large plan); nothing here listens, so the view's
        signals are held back meanwhile."""
        blocked = self.blockSignals(True)
        try:
            super().expandAll()
        finally:
            self.blockSignals(blocked)

    def expand_top_level(self) -> None:
        """Open the plan's sections; unlike ``expandToDepth`` this does not walk all
        20,000 rows of a big plan."""
        model = self.task_model()
        for row in range(model.rowCount()):
            self.setExpanded(model.index(row, 0), True)

    # -- ids -----------------------------------------------------------------
    def current_task_id(self) -> int | None:
        return self.task_model().task_id(self.currentIndex())

    def selected_task_ids(self) -> list[int]:
        """Selected tasks in tree order."""
        model = self.task_model()
        rows = self.selectionModel().selectedRows() if self.selectionModel() else []
        ids = [model.task_id(i) for i in rows]
        order = {tid: n for n, tid in enumerate(self._visible_order())}
        return sorted((i for i in ids if i is not None), key=lambda t: order.get(t, 0))

    def _visible_order(self) -> list[int]:
        model = self.task_model()
        out: list[int] = []
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            rows = [model.index(r, 0, parent) for r in range(model.rowCount(parent))]
            for index in rows:
                out.append(model.task_id(index) or 0)
            stack.extend(reversed([i for i in rows if self.isExpanded(i)]))
        return out

    def expanded_ids(self) -> set[int]:
        model = self.task_model()
        out: set[int] = set()
        stack = [QModelIndex()]
        while stack:
            parent = stack.pop()
            for r in range(model.rowCount(parent)):
                index = model.index(r, 0, parent)
                if self.isExpanded(index):
                    out.add(model.task_id(index) or 0)
                    stack.append(index)
        return out

    def restore_expanded(self, ids: set[int]) -> None:
        model = self.task_model()
        for tid in ids:
            index = model.index_of(tid)
            if index.isValid():
                self.setExpanded(index, True)

    def select_tasks(self, ids: list[int], current: int | None = None) -> None:
        model = self.task_model()
        selection = QItemSelection()
        for tid in ids:
            index = model.index_of(tid)
            if not index.isValid():
                continue
            parent = model.parent(index)
            while parent.isValid():
                self.setExpanded(parent, True)
                parent = model.parent(parent)
            selection.select(index, model.index_of(tid, model.columnCount() - 1))
        flags = QItemSelectionModel.SelectionFlag.ClearAndSelect
        self.selectionModel().select(selection, flags)
        focus = current if current is not None else (ids[0] if ids else None)
        if focus is not None and model.index_of(focus).isValid():
            self.selectionModel().setCurrentIndex(model.index_of(focus), QItemSelectionModel.SelectionFlag.NoUpdate)
            self.scrollTo(model.index_of(focus))
