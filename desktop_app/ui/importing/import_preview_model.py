"""The import preview: a tree model over a parsed plan that the clerk corrects before import.

It edits the :class:`ParsedPlan` in place (tick, promote/demote, title, deadline,
units), so the confirmed plan is simply the parsed plan handed to the writer.
Items stay in document order; promote/demote only re-link parents, as an outliner
does: a demoted item becomes the last child of the sibling above it, a promoted
item becomes the next sibling of its parent and adopts the siblings that followed it.
"""

from __future__ import annotations

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app.importing.extract import UNCLEAR_NOTE, split_names
from desktop_app.importing.model import ImportItem, ParsedPlan
from desktop_app.importing.tables import deadline_cell
from desktop_app.importing.writer import kept_items

Index = QModelIndex | QPersistentModelIndex

# Column headers (English sources; translated when shown).
COLUMNS = [
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Import"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "No./marker"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Title"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Deadline"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Deadline kind"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Lead unit"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Co-operating units"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Indicators"),
    QT_TRANSLATE_NOOP("ImportPreviewModel", "Notes"),
]
(COL_TICK, COL_MARKER, COL_TITLE, COL_DEADLINE, COL_KIND, COL_LEAD, COL_CO, COL_INDICATORS, COL_NOTES) = range(
    len(COLUMNS)
)
EDITABLE = {COL_TITLE, COL_DEADLINE, COL_LEAD, COL_CO}
ITEM_ID_ROLE = Qt.ItemDataRole.UserRole + 1

KIND_LABELS = {
    "date": QT_TRANSLATE_NOOP("ImportPreviewModel", "Date"),
    "period": QT_TRANSLATE_NOOP("ImportPreviewModel", "Period"),
    "recurring": QT_TRANSLATE_NOOP("ImportPreviewModel", "Recurring"),
    "ongoing": QT_TRANSLATE_NOOP("ImportPreviewModel", "Ongoing"),
    "unclear": QT_TRANSLATE_NOOP("ImportPreviewModel", "To confirm"),
}
RECURRENCE_LABELS = {
    "weekly": QT_TRANSLATE_NOOP("ImportPreviewModel", "weekly"),
    "monthly": QT_TRANSLATE_NOOP("ImportPreviewModel", "monthly"),
    "quarterly": QT_TRANSLATE_NOOP("ImportPreviewModel", "quarterly"),
    "yearly": QT_TRANSLATE_NOOP("ImportPreviewModel", "yearly"),
}
UNCLEAR_BRUSH = QBrush(QColor("#fff1b8"))
UNTICKED_BRUSH = QBrush(QColor("#8c8c8c"))
# Notes that belong to a deadline proposal and are redone when it is edited.
_DEADLINE_NOTES = (UNCLEAR_NOTE, "其他时间节点", "计划年度未定")


def redo_deadline(item: ImportItem, text: str, year: int | None) -> None:
    """Read a (typed or re-dated) deadline again: the cell holds only a deadline, like a
    table's 完成时限 column, so it is read the same way."""
    item.notes = [n for n in item.notes if not n.startswith(_DEADLINE_NOTES)]
    item.evidence.pop("deadline", None)  # typed by the clerk: no longer read from the text
    text = text.strip()
    if not text:
        item.deadline = None
        return
    item.deadline, notes = deadline_cell(text, year)
    item.notes.extend(notes)


def why_tooltip(item: ImportItem, col: int) -> str | None:
    """Hover on a proposed unit or deadline: the words of the plan it was read from."""
    translate = QCoreApplication.translate
    if col in (COL_LEAD, COL_CO) and item.evidence.get("lead"):
        return translate("ImportPreviewModel", "From the text: {0}").format(item.evidence["lead"])
    if col in (COL_DEADLINE, COL_KIND) and item.evidence.get("deadline"):
        lines = [translate("ImportPreviewModel", "From the text: {0}").format(item.evidence["deadline"])]
        for m in item.milestones:
            due = m.due or translate("ImportPreviewModel", "date to be set")
            lines.append(translate("ImportPreviewModel", "Milestone: {0} ({1})").format(m.text, due))
        return "\n".join(lines)
    return None


class ImportPreviewModel(QAbstractItemModel):
    def __init__(self, plan: ParsedPlan, parent=None) -> None:
        super().__init__(parent)
        self.plan = plan
        self._rebuild()

    # -- structure ---------------------------------------------------------
    def _rebuild(self) -> None:
        items = self.plan.items
        self._pos = {item.id: n for n, item in enumerate(items)}
        self._children: dict[str | None, list[str]] = {None: []}
        self._row: dict[str, int] = {}
        for item in items:
            parent = item.parent if item.parent in self._pos else None
            item.parent = parent
            siblings = self._children.setdefault(parent, [])
            self._row[item.id] = len(siblings)
            siblings.append(item.id)
        for item in items:
            item.level = 1 if item.parent is None else items[self._pos[item.parent]].level + 1
        self._grouping = self._grouping_ids()

    def _grouping_ids(self) -> set[str]:
        """Unticked items the import keeps as headings because items below them are ticked."""
        return {item.id for item, _parent in kept_items(self.plan.items) if not item.is_task}

    def is_grouping(self, item_id: str) -> bool:
        return item_id in self._grouping

    def item(self, index: Index) -> ImportItem | None:
        if not index.isValid():
            return None
        return self.plan.items[index.internalId()]

    def index_of(self, item_id: str, column: int = 0) -> QModelIndex:
        if item_id not in self._pos:
            return QModelIndex()
        return self.createIndex(self._row[item_id], column, self._pos[item_id])

    def index(self, row: int, column: int, parent: Index = QModelIndex()) -> QModelIndex:  # noqa: B008
        parent_item = self.item(parent)
        siblings = self._children.get(None if parent_item is None else parent_item.id, [])
        if not (0 <= row < len(siblings) and 0 <= column < len(COLUMNS)):
            return QModelIndex()
        return self.createIndex(row, column, self._pos[siblings[row]])

    def parent(self, index: Index = QModelIndex()) -> QModelIndex:  # type: ignore[override]  # noqa: B008
        item = self.item(index)
        if item is None or item.parent is None:
            return QModelIndex()
        return self.index_of(item.parent)

    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        if parent.isValid() and parent.column() != 0:
            return 0
        parent_item = self.item(parent)
        return len(self._children.get(None if parent_item is None else parent_item.id, []))

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):  # noqa: N802
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.tr(COLUMNS[section])
        return None

    # -- cells -------------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() == COL_TICK:
            flags |= Qt.ItemFlag.ItemIsUserCheckable
        if index.column() in EDITABLE:
            flags |= Qt.ItemFlag.ItemIsEditable
        return flags

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole):
        item = self.item(index)
        if item is None:
            return None
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TICK:
            if item.is_task:
                return Qt.CheckState.Checked
            return Qt.CheckState.PartiallyChecked if item.id in self._grouping else Qt.CheckState.Unchecked
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self._text(item, col, edit=role == Qt.ItemDataRole.EditRole)
        if role == Qt.ItemDataRole.ToolTipRole:
            if col == COL_TICK and item.id in self._grouping:
                return self.tr("Kept as a grouping heading (not a task itself; the tasks below it are imported)")
            if col == COL_TITLE:
                return "\n".join(t for t in (item.title, item.text) if t)
            if col == COL_NOTES and item.notes:
                return "\n".join(item.notes)
            if col == COL_DEADLINE and self._unclear(item):
                return self.tr("The deadline is unclear: check it and fill it in (a date, a recurrence or “ongoing”).")
            return why_tooltip(item, col)
        if role == Qt.ItemDataRole.BackgroundRole and col in (COL_DEADLINE, COL_KIND) and self._unclear(item):
            return UNCLEAR_BRUSH
        if role == Qt.ItemDataRole.ForegroundRole and not item.is_task and item.id not in self._grouping:
            return UNTICKED_BRUSH
        if role == ITEM_ID_ROLE:
            return item.id
        return None

    @staticmethod
    def _unclear(item: ImportItem) -> bool:
        return item.is_task and item.deadline is not None and item.deadline.kind == "unclear"

    def kind_text(self, kind: str, recurrence: str | None = None) -> str:
        """时限类型 as shown: 周期（每月）."""
        label = self.tr(KIND_LABELS[kind]) if kind in KIND_LABELS else kind
        if kind == "recurring" and recurrence in RECURRENCE_LABELS:
            label = self.tr("{0} ({1})").format(label, self.tr(RECURRENCE_LABELS[recurrence]))
        return label

    def kind_texts(self) -> list[str]:
        """Every 时限类型 the column may show."""
        return [self.kind_text(kind, recurrence) for kind in KIND_LABELS
                for recurrence in (RECURRENCE_LABELS if kind == "recurring" else [None])]

    def _text(self, item: ImportItem, col: int, *, edit: bool) -> str:
        dl = item.deadline
        if col == COL_DEADLINE and dl is not None:
            if edit or not dl.due:
                return dl.text
            if dl.start:
                return self.tr("{0} ({1} to {2})").format(dl.text, dl.start, dl.due)
            return self.tr("{0} ({1})").format(dl.text, dl.due)
        if col == COL_KIND and dl is not None:
            return self.kind_text(dl.kind, dl.recurrence)
        texts = {
            COL_MARKER: item.marker,
            COL_TITLE: item.title,
            COL_LEAD: item.lead or "",
            COL_CO: "、".join(item.co_units),
            COL_INDICATORS: "；".join(i.text for i in item.indicators),
            COL_NOTES: "；".join(item.notes),
        }
        return texts.get(col, "")

    def setData(self, index: Index, value, role: int = Qt.ItemDataRole.EditRole) -> bool:  # noqa: N802
        item = self.item(index)
        if item is None:
            return False
        col = index.column()
        if role == Qt.ItemDataRole.CheckStateRole and col == COL_TICK:
            self.set_ticked(item.id, Qt.CheckState(value) == Qt.CheckState.Checked)
            return True
        if role != Qt.ItemDataRole.EditRole or col not in EDITABLE:
            return False
        text = str(value or "").strip()
        if col == COL_TITLE:
            if not text:
                return False
            item.title = text
        elif col == COL_DEADLINE:
            redo_deadline(item, text, self.plan.year)
        elif col in (COL_LEAD, COL_CO):
            item.evidence.pop("lead", None)
        if col == COL_LEAD:
            names = split_names(text)
            item.lead = names[0] if names else None
            item.co_units = [u for u in item.co_units if u != item.lead]
        elif col == COL_CO:
            item.co_units = [u for u in dict.fromkeys(split_names(text)) if u != item.lead]
        self._row_changed(item.id)
        return True

    def _row_changed(self, item_id: str) -> None:
        self.dataChanged.emit(self.index_of(item_id, 0), self.index_of(item_id, len(COLUMNS) - 1))

    # -- operations ----------------------------------------------------------
    def descendants(self, item_id: str) -> list[str]:
        out: list[str] = []
        stack = list(reversed(self._children.get(item_id, [])))
        while stack:
            child = stack.pop()
            out.append(child)
            stack.extend(reversed(self._children.get(child, [])))
        return out

    def set_ticked(self, item_id: str, ticked: bool) -> None:
        """Tick or untick an item; its whole subtree follows, headings above show whether
        they are kept as grouping nodes."""
        for tid in [item_id, *self.descendants(item_id)]:
            item = self.plan.items[self._pos[tid]]
            if item.is_task != ticked:
                item.is_task = ticked
                self._row_changed(tid)
        grouping = self._grouping_ids()
        changed, self._grouping = grouping ^ self._grouping, grouping
        for tid in changed:
            self._row_changed(tid)

    def set_all_ticked(self, ticked: bool) -> None:
        for root in list(self._children[None]):
            self.set_ticked(root, ticked)

    def can_demote(self, item_id: str) -> bool:
        return item_id in self._row and self._row[item_id] > 0

    def can_promote(self, item_id: str) -> bool:
        return item_id in self._pos and self.plan.items[self._pos[item_id]].parent is not None

    def demote(self, item_id: str) -> bool:
        """The item (with its subtree) becomes the last child of the sibling above it."""
        if not self.can_demote(item_id):
            return False
        item = self.plan.items[self._pos[item_id]]
        above = self._children[item.parent][self._row[item_id] - 1]
        self.beginResetModel()
        item.parent = above
        self._rebuild()
        self.endResetModel()
        return True

    def promote(self, item_id: str) -> bool:
        """The item becomes the next sibling of its parent; the siblings after it become its children."""
        if not self.can_promote(item_id):
            return False
        item = self.plan.items[self._pos[item_id]]
        old_parent = item.parent
        following = self._children[old_parent][self._row[item_id] + 1 :]
        self.beginResetModel()
        item.parent = self.plan.items[self._pos[old_parent]].parent
        for sibling in following:
            self.plan.items[self._pos[sibling]].parent = item_id
        self._rebuild()
        self.endResetModel()
        return True

    def set_year(self, year: int | None) -> None:
        """A new plan year: every deadline is read again against it."""
        self.plan.year = year
        for item in self.plan.items:
            if item.deadline is not None:
                redo_deadline(item, item.deadline.text, year)
        for item in self.plan.items:
            if item.deadline is not None:
                self._row_changed(item.id)

    def counts(self) -> tuple[int, int, int]:
        """(all items, ticked items, ticked items whose deadline needs confirming)."""
        ticked = [i for i in self.plan.items if i.is_task]
        return len(self.plan.items), len(ticked), sum(1 for i in ticked if self._unclear(i))
