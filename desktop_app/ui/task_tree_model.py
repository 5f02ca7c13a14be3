"""A thin tree model over one plan's tasks: it holds only the tree of ids and fetches
the visible rows' fields lazily, in blocks, from the storage package."""

from __future__ import annotations

from PySide6.QtCore import QAbstractItemModel, QModelIndex, QPersistentModelIndex, Qt

from desktop_app.domain.numbering import derive_numbers
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register

ROW_FETCH_BLOCK = 200

# (key, header): header strings are translated when shown.
COLUMNS: list[tuple[str, str]] = [
    ("number", "编号"),
    ("title", "工作任务"),
    ("lead_name", "牵头科室"),
    ("owner_name", "责任人"),
    ("leader_name", "分管领导"),
    ("co_names", "配合科室"),
    ("deadline_text", "完成时限"),
    ("status", "状态"),
    ("percent", "进度"),
    ("latest", "最新进展"),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1

STATUS_LABELS = {"active": "进行中", "finished": "已完成", "paused": "暂缓", "cancelled": "取消"}

Index = QModelIndex | QPersistentModelIndex


class TaskTreeModel(QAbstractItemModel):
    def __init__(self, reg: Register, plan_id: int | None = None, parent=None) -> None:
        super().__init__(parent)
        self._reg = reg
        self._plan_id: int | None = None
        self._children: dict[int, list[int]] = {0: []}
        self._parent: dict[int, int] = {}
        self._row: dict[int, int] = {}
        self._numbers: dict[int, str] = {}
        self._cache: dict[int, dict] = {}
        if plan_id is not None:
            self.set_plan(plan_id)

    # -- loading -----------------------------------------------------------
    def set_plan(self, plan_id: int | None) -> None:
        self.beginResetModel()
        self._plan_id = plan_id
        self._load_skeleton()
        self.endResetModel()

    def reload(self) -> None:
        self.set_plan(self._plan_id)

    def _load_skeleton(self) -> None:
        self._children = {0: []}
        self._parent, self._row, self._cache = {}, {}, {}
        if self._plan_id is None:
            self._numbers = {}
            return
        skeleton = task_store.tree_skeleton(self._reg, self._plan_id)
        ids = {tid for tid, _, _ in skeleton}
        for tid, parent, _pos in sorted(skeleton, key=lambda r: (r[2], r[0])):
            key = parent if parent in ids else 0
            siblings = self._children.setdefault(key, [])
            self._row[tid] = len(siblings)
            siblings.append(tid)
            self._parent[tid] = key
        self._numbers = derive_numbers(skeleton)

    def _fetch(self, task_id: int) -> dict:
        row = self._cache.get(task_id)
        if row is not None:
            return row
        siblings = self._children[self._parent[task_id]]
        start = self._row[task_id]
        block = [t for t in siblings[start : start + ROW_FETCH_BLOCK] if t not in self._cache]
        for fetched in task_store.get_tasks(self._reg, block):
            self._cache[fetched["id"]] = fetched
        return self._cache.get(task_id, {})

    # -- Qt model interface --------------------------------------------------
    def task_id(self, index: Index) -> int | None:
        return int(index.internalId()) if index.isValid() else None

    def index_of(self, task_id: int) -> QModelIndex:
        if task_id not in self._row:
            return QModelIndex()
        return self.createIndex(self._row[task_id], 0, task_id)

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:
        key = self.task_id(parent) or 0
        siblings = self._children.get(key, [])
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, siblings[row])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]
        if not index.isValid():
            return QModelIndex()
        parent_id = self._parent.get(int(index.internalId()), 0)
        if parent_id == 0:
            return QModelIndex()
        return self.createIndex(self._row[parent_id], 0, parent_id)

    def rowCount(self, parent: Index = QModelIndex()) -> int:
        if parent.isValid() and parent.column() != 0:
            return 0
        return len(self._children.get(self.task_id(parent) or 0, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:
        return len(COLUMNS)

    def hasChildren(self, parent: Index = QModelIndex()) -> bool:
        return self.rowCount(parent) > 0

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        if not index.isValid():
            return None
        tid = int(index.internalId())
        if role == TASK_ID_ROLE:
            return tid
        if role not in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return None
        key = COLUMN_KEYS[index.column()]
        if key == "number":
            return self._numbers.get(tid, "")
        row = self._fetch(tid)
        if key == "status":
            return self.tr(STATUS_LABELS.get(row.get("status", ""), ""))
        if key in ("percent", "latest"):
            return ""
        value = row.get(key)
        return "" if value is None else str(value)
