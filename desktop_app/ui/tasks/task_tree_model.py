"""A thin tree model over one plan's tasks: it holds only the tree of ids and fetches
the visible rows' fields lazily, in blocks, from the storage package.

A filter narrows the tree to the matching tasks plus their ancestors (shown greyed),
while 编号 stays the task's real number in the whole plan.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from datetime import date
from itertools import count, filterfalse

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractItemModel,
    QByteArray,
    QCoreApplication,
    QMimeData,
    QModelIndex,
    QModelRoleDataSpan,
    QPersistentModelIndex,
    Qt,
    QTimer,
    Signal,
)
from PySide6.QtGui import QFont

from desktop_app import clock
from desktop_app.domain.lights import LightResult
from desktop_app.domain.weeks import week_id
from desktop_app.storage import plans as plan_store
from desktop_app.storage import progress as progress_store
from desktop_app.storage import rollover as rollover_store
from desktop_app.storage import status as status_store
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.plan_tree import TreeShape, plan_tree
from desktop_app.ui.common.helpers import (  # noqa: F401
    DIMMED_TEXT_COLOUR,
    LIGHT_COLOURS,
    LIGHT_TEXT_COLOURS,
    TASK_ID_ROLE,
    carried_note,
    shown_date,
)
from desktop_app.ui.common.words import light_detail, light_text

ROW_FETCH_BLOCK = 200
MIME_TYPE = "application/x-dubantaizhang-task-ids"

# (key, header): header strings are translated when shown.
COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("TaskTreeModel", "No.")),
    ("title", QT_TRANSLATE_NOOP("TaskTreeModel", "Task")),
    ("lead_name", QT_TRANSLATE_NOOP("TaskTreeModel", "Lead department")),
    ("owner_name", QT_TRANSLATE_NOOP("TaskTreeModel", "Owner")),
    ("leader_name", QT_TRANSLATE_NOOP("TaskTreeModel", "Leader")),
    ("co_names", QT_TRANSLATE_NOOP("TaskTreeModel", "Co-operating")),
    ("deadline_text", QT_TRANSLATE_NOOP("TaskTreeModel", "Deadline")),
    ("status", QT_TRANSLATE_NOOP("TaskTreeModel", "Status")),
    ("percent", QT_TRANSLATE_NOOP("TaskTreeModel", "Progress")),
    ("latest", QT_TRANSLATE_NOOP("TaskTreeModel", "Latest report")),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
assert COLUMN_KEYS == ["number", "title", "lead_name", "owner_name", "leader_name", "co_names",
                       "deadline_text", "status", "percent", "latest"]  # TaskTreeModel._texts()
COLUMN_COUNT = len(COLUMNS)

Index = QModelIndex | QPersistentModelIndex

# An index's internal id is its task's id and its column in one number, id << 4 | column
# (the root's is 0): the calls Qt makes by the thousand (data, index, hasChildren) read both
# with one call on the index. (Keeping the indexes made, which cost ten dictionary lookups
# each to make, was tried: the first expand all after a reset got 25 % slower and 100,000
# tasks 20 MB bigger, for a few per cent on later ones.)
COLUMN_BITS = 4
COLUMN_MASK = (1 << COLUMN_BITS) - 1
assert COLUMN_COUNT <= COLUMN_MASK + 1
NO_INDEX = QModelIndex()

# Roles as plain ints: data() runs a dozen times per cell per repaint, and comparing
# Python enum members costs more than the answer itself.
DISPLAY = int(Qt.ItemDataRole.DisplayRole.value)
TOOLTIP = int(Qt.ItemDataRole.ToolTipRole.value)
FOREGROUND = int(Qt.ItemDataRole.ForegroundRole.value)
FONT = int(Qt.ItemDataRole.FontRole.value)
ALIGNMENT = int(Qt.ItemDataRole.TextAlignmentRole.value)
ID_ROLE = int(TASK_ID_ROLE)
# Where a prepared row (TaskTreeModel._prepare) keeps each role's answers; the roles a
# delegate asks of every cell but the tree never sets are answered None at once.
NOTHING = 4
ROLE_SLOTS = {DISPLAY: 0, FOREGROUND: 1, FONT: 2, ALIGNMENT: 3} | {
    int(role.value): NOTHING for role in (
        Qt.ItemDataRole.DecorationRole, Qt.ItemDataRole.CheckStateRole,
        Qt.ItemDataRole.BackgroundRole, Qt.ItemDataRole.SizeHintRole)
}
ROW_FLAGS = (Qt.ItemFlag.ItemIsDropEnabled | Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
             | Qt.ItemFlag.ItemIsDragEnabled)
ROOT_FLAGS = Qt.ItemFlag.ItemIsDropEnabled
RIGHT_ALIGNED = int((Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter).value)
NO_VALUES = (None,) * COLUMN_COUNT
ALIGNMENTS = tuple(RIGHT_ALIGNED if key == "percent" else None for key in COLUMN_KEYS)
DIMMED_TEXT_COLOURS = (DIMMED_TEXT_COLOUR,) * COLUMN_COUNT
# A light's colour in the 状态 column only.
STATUS_TEXT_COLOURS = {
    colour: tuple(text if key == "status" else None for key in COLUMN_KEYS)
    for colour, text in LIGHT_TEXT_COLOURS.items()
}


# multiData(): by a span's length, the plan for answering it (_span_plan).
SpanPlan = tuple[int, tuple[tuple[int, int | None, int], ...]]
_SPAN_PLANS: dict[int, SpanPlan] = {}


def _span_plan(roles: list[int]) -> SpanPlan:
    """(the position of the text (DisplayRole; -1 if the span has none), and the position,
    slot in a prepared row (None: ask data()) and role of every other role that the tree
    answers)."""
    text = roles.index(DISPLAY) if DISPLAY in roles else -1
    others = tuple((at, ROLE_SLOTS.get(role), role) for at, role in enumerate(roles)
                   if ROLE_SLOTS.get(role) != NOTHING and at != text)
    return text, others


def deadline_display(row: dict) -> str:
    """The deadline as the plan says it (上半年, 每月…), else the date; 待确认 flagged."""
    year = row.get("plan_year") or clock.today().year
    text = row.get("deadline_text") or shown_date(row.get("deadline"), year)
    if row.get("extended") and row.get("deadline"):
        # An approved extension moved the date: the plan's wording no longer says it.
        text = QCoreApplication.translate("TaskTreeModel", "extended to {0}").format(
            shown_date(row["deadline"], year))
    if row.get("deadline_kind") == "unclear":
        unclear = QCoreApplication.translate("TaskTreeModel", "to be confirmed")
        if not text:
            return unclear
        return text + QCoreApplication.translate("TaskTreeModel", " ({0})").format(unclear)
    return text


def _nothing_open(_task_id: int) -> bool:
    return False


class TaskTreeModel(QAbstractItemModel):
    # (moves as [(task_id, new_parent_id or None, row among live siblings)])
    move_requested = Signal(list)

    def __init__(
        self,
        reg: Register,
        plan_id: int | None = None,
        parent=None,
        *,
        today: date | None = None,
        defer_lights: bool = False,
    ) -> None:
        """``defer_lights``: the 状态 column stays empty until :meth:`load_deferred_lights`
        (the view calls it once it has painted), so that a large plan shows its tree at once
        (lights of 20,000 tasks take ~0.1 s)."""
        super().__init__(parent)
        self._reg = reg
        self._today = today
        self._defer_lights = defer_lights
        self._plan_id: int | None = None
        self._all_children: dict[int, list[int]] = {0: []}
        self._children: dict[int, list[int]] = {0: []}
        self._all_parent: dict[int, int] = {}
        self._ids: set[int] | None = None
        self._shape: TreeShape | None = None  # the whole plan's tree as stored
        self._lay_out(self._children)
        # 编号 by parent, beside _all_children (TreeShape.child_numbers), and read by task
        # one parent at a time (_number_maps).
        self._child_numbers: dict[int, list[str]] = {}
        self._number_maps: dict[int, dict[int, str]] = {}
        self._cache: dict[int, dict] = {}
        self._shown: dict[int, tuple[tuple, ...]] = {}  # each shown task's row, prepared once (_prepare)
        self._parents: dict[int, QModelIndex] = {}  # parent(): the indexes made, until the next layout
        self._lights: dict[int, LightResult] | None = None
        self._matches: set[int] | None = None
        # Whether the view shows a task's sub-tasks (set by the view): rows are fetched in
        # the order the view lays them out.
        self._is_open: Callable[[int], bool] = _nothing_open
        self._bold_font = QFont()
        self._bold_font.setBold(True)
        self._bold_title = tuple(self._bold_font if key == "title" else None for key in COLUMN_KEYS)
        if plan_id is not None:
            self.set_plan(plan_id)

    # -- loading -----------------------------------------------------------
    @property
    def today(self) -> date:
        return self._today or clock.today()

    @property
    def plan_id(self) -> int | None:
        return self._plan_id

    def set_plan(self, plan_id: int | None) -> None:
        self.beginResetModel()
        self._plan_id = plan_id
        self._matches = None
        self._load_skeleton()
        self.endResetModel()

    def reload(self, show: Iterable[int] = ()) -> None:
        """Re-read the tree (after a structural change), keeping the filter; tasks in
        ``show`` (just added or moved) are shown even if they do not match it."""
        self.beginResetModel()
        if self._matches is not None:
            self._matches |= set(show)
        self._load_skeleton()
        self.endResetModel()

    def show_tasks(self, ids: Iterable[int]) -> bool:
        """Make tasks just added or moved visible although the filter does not match them;
        True if the tree had to be re-laid out."""
        if self._matches is None:
            return False
        missing = (set(ids) & self.task_ids()) - self._matches
        if not missing:
            return False
        self.beginResetModel()
        self._matches |= missing
        self._apply_filter()
        self.endResetModel()
        return True

    def set_filter(self, matches: set[int] | None) -> None:
        """Show only ``matches`` and their ancestors (``None``: the whole tree). The same
        matches again (a word that grew by a keystroke and still finds the same tasks)
        leave the tree as it is laid out."""
        if matches == self._matches:
            return
        self.beginResetModel()
        self._matches = matches
        self._apply_filter()
        self.endResetModel()

    def _load_skeleton(self) -> None:
        self._all_children, self._all_parent, self._ids = {0: []}, {}, None
        self._shape = None
        self._cache, self._lights, self._shown = {}, None, {}
        self._child_numbers, self._number_maps = {}, {}
        if self._plan_id is None:
            self._apply_filter()
            return
        # The tree and 编号 as kept with the plan's structure, laid out in C loops.
        shape = plan_tree(self._reg, self._plan_id).shape()
        self._all_children, self._all_parent = shape.children, shape.parent
        self._shape = shape
        self._child_numbers = shape.child_numbers
        if self._matches is not None:
            self._matches = self._matches & shape.parent.keys()
        self._apply_filter()

    @property
    def _doc_pos(self) -> dict[int, int]:
        """Each task's index in the document order (made when a filter first needs it)."""
        return self._shape.position if self._shape is not None else {}

    def _apply_filter(self) -> None:
        """Lay out the tree the filter shows: ``_children``, the shown sub-tasks of each
        shown task. Costs what the filter hides when it shows most of the plan (a common
        search word), what it shows otherwise."""
        self._shown = {}  # matches are shown plain, their ancestors dimmed
        self._parents = {}  # rows move
        matches = self._matches
        if matches is None:
            self._lay_out(self._all_children)
            return
        missing = self._all_parent.keys() - matches
        if len(missing) <= len(matches):
            self._hide(missing)
        else:
            self._show_only(matches)

    def _hide(self, missing: set[int]) -> None:
        """The whole tree but the tasks in ``missing`` without a match below them."""
        hidden: set[int] = set()
        # Sub-tasks before their parents: a parent is hidden when all its children are.
        for tid in sorted(missing, key=self._doc_pos.__getitem__, reverse=True):
            kids = self._all_children.get(tid)
            if not kids or all(c in hidden for c in kids):
                hidden.add(tid)
        if not hidden:
            self._lay_out(self._all_children)
            return
        children = dict(self._all_children)
        for parent in {self._all_parent[t] for t in hidden}:
            children[parent] = list(filterfalse(hidden.__contains__, self._all_children[parent]))
        self._lay_out(children)

    def _show_only(self, matches: set[int]) -> None:
        """Only ``matches`` and their ancestors."""
        shown: set[int] = set()
        parent_of = self._all_parent
        for tid in matches:
            while tid and tid not in shown:
                shown.add(tid)
                tid = parent_of.get(tid, 0)
        all_children, keep = self._all_children, shown.__contains__
        children = {0: list(filter(keep, all_children[0]))}
        for tid in shown:
            kids = all_children.get(tid)
            if kids:
                children[tid] = list(filter(keep, kids))
        self._lay_out(children)

    def _lay_out(self, children: dict[int, list[int]]) -> None:
        """Show ``children`` (each shown task's shown sub-tasks). The internal ids of a
        parent's first-column cells, and the rows of its shown sub-tasks, are made when
        first asked for: a parent's at once."""
        self._children = children
        self._rows: dict[int, dict[int, int]] = {}
        self._child_keys: dict[int, list[int]] = {}
        self._parent_keys = {tid << COLUMN_BITS for tid, kids in children.items() if kids}

    def _row_of(self, task_id: int) -> int | None:
        """The task's row among its shown siblings (None: not shown)."""
        parent = self._all_parent.get(task_id)
        if parent is None:
            return None
        rows = self._rows.get(parent)
        if rows is None:
            rows = self._rows[parent] = dict(zip(self._children.get(parent, ()), count()))
        return rows.get(task_id)

    def refresh_data(self) -> None:
        """Task fields changed, not the tree: forget the cached rows and lights; the view
        re-reads only what it shows. (Ancestors' rolled-up lights change too.)"""
        self._lights = None
        self._cache.clear()
        self._shown.clear()
        rows = self.rowCount()
        if rows:
            self.dataChanged.emit(self.index(0, 0), self.index(rows - 1, len(COLUMNS) - 1))

    def set_open_probe(self, is_open: Callable[[int], bool] | None) -> None:
        """``is_open(task_id)``: whether the view shows the task's sub-tasks (None: no view,
        nothing open). A block of rows is fetched in the order the view lays them out, so
        that a screenful of a partly opened tree (the plan's sections open, as at start) is
        one read."""
        self._is_open = is_open or _nothing_open

    def _laid_out_from(self, task_id: int, limit: int) -> list[int]:
        """``task_id`` and the rows the view shows below it, in its order: a task's
        sub-tasks when it is open, then the next sibling, else the next one up."""
        children, parent_of, row_of, is_open = self._children, self._all_parent, self._row_of, self._is_open
        out: list[int] = []
        tid = task_id
        while tid and len(out) < limit:
            out.append(tid)
            kids = children.get(tid)
            if kids and is_open(tid):
                tid = kids[0]
                continue
            while tid:
                siblings = children[parent_of[tid]]
                at = row_of(tid) + 1
                if at < len(siblings):
                    tid = siblings[at]
                    break
                tid = parent_of[tid]
        return out

    def _fetch(self, task_id: int) -> dict:
        row = self._cache.get(task_id)
        if row is not None:
            return row
        block = [t for t in self._laid_out_from(task_id, ROW_FETCH_BLOCK) if t not in self._cache]
        latest = progress_store.latest_for_tasks(self._reg, block, week_id(self.today))
        carried = rollover_store.carried_to(self._reg, block)
        plan = plan_store.get_plan(self._reg, self._plan_id) if self._plan_id is not None else None
        for fetched in task_store.get_tasks(self._reg, block):
            fetched["progress"] = latest.get(fetched["id"])
            fetched["carried_to"] = carried.get(fetched["id"])
            fetched["plan_year"] = plan["year"] if plan else None
            self._cache[fetched["id"]] = fetched
        return self._cache.get(task_id, {})

    def light(self, task_id: int) -> LightResult | None:
        """The task's computed light; all lights of the plan come in one query, when first asked."""
        if self._lights is None:
            self._shown.clear()  # the 状态 texts prepared without lights
            self._lights = (
                status_store.lights_for(self._reg, self.today, plan_id=self._plan_id)
                if self._plan_id is not None
                else {}
            )
        return self._lights.get(task_id)

    def _shown_light(self, task_id: int) -> LightResult | None:
        if self._lights is None and self._defer_lights:
            return None
        return self.light(task_id)

    def lights_pending(self) -> bool:
        return self._lights is None and self._defer_lights and self._plan_id is not None

    def load_deferred_lights(self) -> None:
        if not self.lights_pending():
            return
        self.light(0)
        rows = self.rowCount()
        if rows:
            column = COLUMN_KEYS.index("status")
            self.dataChanged.emit(self.index(0, column), self.index(rows - 1, column))

    def lights(self) -> dict[int, LightResult]:
        self.light(0)
        return dict(self._lights or {})

    # -- tree facts for the editing actions ----------------------------------
    def task_count(self) -> int:
        return len(self._all_parent)

    def task_ids(self) -> set[int]:
        """The ids of every task of the plan's tree (filter ignored); the caller must not
        change the set."""
        if self._ids is None:
            self._ids = set(self._all_parent)
        return self._ids

    def shown_match_count(self) -> int:
        return self.task_count() if self._matches is None else len(self._matches)

    def is_filtered(self) -> bool:
        return self._matches is not None

    def number(self, task_id: int) -> str:
        parent = self._all_parent.get(task_id)
        if parent is None:
            return ""
        numbers = self._number_maps.get(parent)
        if numbers is None:
            numbers = self._number_maps[parent] = dict(
                zip(self._all_children[parent], self._child_numbers[parent], strict=True))
        return numbers[task_id]

    def live_children(self, parent_id: int | None) -> list[int]:
        """Children in the whole plan (filter ignored), in order."""
        return list(self._all_children.get(parent_id or 0, []))

    def parent_id(self, task_id: int) -> int | None:
        return self._all_parent.get(task_id) or None

    def row_data(self, task_id: int) -> dict:
        return self._fetch(task_id) if self._row_of(task_id) is not None else {}

    # -- Qt model interface --------------------------------------------------
    def task_id(self, index: Index) -> int | None:
        return int(index.internalId()) >> COLUMN_BITS if index.isValid() else None

    def index_of(self, task_id: int, column: int = 0) -> QModelIndex:
        row = self._row_of(task_id)
        if row is None or not 0 <= column < COLUMN_COUNT:
            return QModelIndex()
        return self.createIndex(row, column, task_id << COLUMN_BITS | column)

    # index(), rowCount() and hasChildren() run once or more per row when the view lays out
    # an expanded tree (expand all: every task), index() and parent() a dozen times per row
    # it paints: kept to one call on the index and a lookup or two each.
    # An invalid index (the root) has internal id 0, the key of the top-level tasks in
    # ``_child_keys``; a task's cell has its id and column (ids start at 1), and the keys
    # kept there are those of first-column cells, the only ones with sub-tasks.
    def index(self, row: int, column: int, parent: Index = NO_INDEX) -> QModelIndex:
        keys = self._child_keys.get(parent.internalId())
        if keys is None:
            keys = self._keys_below(parent.internalId())
        if 0 <= row < len(keys) and 0 <= column < COLUMN_COUNT:
            return self.createIndex(row, column, keys[row] | column)
        return NO_INDEX

    def _keys_below(self, key: int) -> list[int]:
        """The internal ids of the first-column cells under the cell ``key`` (none under
        a cell of another column: only a task's first one has sub-tasks)."""
        if key & COLUMN_MASK:
            return []
        keys = self._child_keys[key] = [
            tid << COLUMN_BITS for tid in self._children.get(key >> COLUMN_BITS, ())]
        return keys

    def parent(self, index: Index = NO_INDEX) -> QModelIndex:  # type: ignore[override]
        # Asked half a dozen times per row painted (for the branch lines), of few tasks: the
        # index of a task with sub-tasks is made once per layout.
        parent_id = self._all_parent.get(index.internalId() >> COLUMN_BITS, 0)  # the root's id is 0
        if parent_id == 0:
            return NO_INDEX
        made = self._parents.get(parent_id)
        if made is None:
            made = self._parents[parent_id] = self.createIndex(
                self._row_of(parent_id), 0, parent_id << COLUMN_BITS)
        return made

    def rowCount(self, parent: Index = NO_INDEX) -> int:
        key = parent.internalId()
        return 0 if key & COLUMN_MASK else len(self._children.get(key >> COLUMN_BITS, ()))

    def columnCount(self, parent: Index = NO_INDEX) -> int:
        return COLUMN_COUNT

    def hasChildren(self, parent: Index = NO_INDEX) -> bool:
        return parent.internalId() in self._parent_keys

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            if 0 <= section < len(COLUMNS):
                return self.tr(COLUMNS[section][1])
        return None

    def data(self, index: Index, role: int = DISPLAY):
        # One prepared row per task (its texts, colours and fonts): a repaint asks every
        # visible cell for seven roles, each answered by two lookups or none.
        slot = ROLE_SLOTS.get(role)
        if slot is not None:
            if slot == NOTHING:
                return None
            key = index.internalId()
            prepared = self._shown.get(key >> COLUMN_BITS)
            if prepared is None:
                if not key:
                    return None  # the root
                prepared = self._prepare(key >> COLUMN_BITS)
            return prepared[slot][key & COLUMN_MASK]
        key = index.internalId()
        if not key:
            return None
        if role == ID_ROLE:
            return key >> COLUMN_BITS
        if role == TOOLTIP:
            return self._tooltip(key >> COLUMN_BITS, COLUMN_KEYS[key & COLUMN_MASK])
        return None

    def multiData(self, index: Index, roles: QModelRoleDataSpan) -> None:  # noqa: N802 - Qt's name
        """The roles a delegate asks of a cell to paint it (font, alignment, colour, check
        state, icon, text, background) in one call instead of one data() call each: a
        repaint asks this of every visible cell.

        Reading a role of the span costs about what a data() call does, so the order of
        the roles is read from the first span of each length that has a text (DisplayRole)
        only: a delegate asks the same roles in the same order every time. A later span of
        that length is checked by the role at its text's place. A delegate hands over the
        same span for every cell, so every role the tree answers is set or cleared each
        time; the roles it never answers (check state, icon, background) stay empty."""
        key = index.internalId()
        count = len(roles)
        if not count:
            return
        if not key:  # the root: no data
            for n in range(count):
                roles[n].clearData()
            return
        plan = _SPAN_PLANS.get(count)
        text = roles[plan[0]] if plan is not None else None
        if text is None or text.role() != DISPLAY:
            plan = _span_plan([roles[n].role() for n in range(count)])
            if plan[0] < 0:
                text = None
            else:
                _SPAN_PLANS[count] = plan
                text = roles[plan[0]]
        prepared = self._shown.get(key >> COLUMN_BITS)
        if prepared is None:
            prepared = self._prepare(key >> COLUMN_BITS)
        column = key & COLUMN_MASK
        if text is not None:
            text.setData(prepared[0][column])
        for at, slot, role in plan[1]:
            value = prepared[slot][column] if slot is not None else self.data(index, role)
            if value is not None:
                roles[at].setData(value)
            else:
                roles[at].clearData()

    def _prepare(self, tid: int) -> tuple[tuple, ...]:
        """The task's row as shown: (texts, text colours, fonts, alignments), each by
        column."""
        texts = self._texts(tid)
        if self._matches is not None and tid not in self._matches:
            brushes = DIMMED_TEXT_COLOURS  # an ancestor shown only for the path to a match
        else:
            light = self._shown_light(tid)
            brushes = STATUS_TEXT_COLOURS.get(light.colour, NO_VALUES) if light is not None else NO_VALUES
        fonts = self._bold_title if self._fetch(tid).get("is_key") else NO_VALUES
        prepared = self._shown[tid] = (texts, brushes, fonts, ALIGNMENTS)
        return prepared

    def _texts(self, tid: int) -> tuple[str, ...]:
        """The task's texts by column (COLUMN_KEYS) as the tree shows them."""
        row = self._fetch(tid)
        entry = row.get("progress")
        if not entry:
            percent = latest = ""
        else:
            percent = "" if entry["percent"] is None else f"{entry['percent']}%"
            latest = f"[{entry['week'][-3:]}] {' '.join((entry['done'] or '').split())}"
        return (
            self.number(tid),
            *("" if (value := row.get(key)) is None else str(value)
              for key in ("title", "lead_name", "owner_name", "leader_name", "co_names")),
            deadline_display(row),
            self._status_text(tid, tooltip=False),
            percent,
            latest,
        )

    def _status_text(self, tid: int, *, tooltip: bool) -> str:
        light = self._shown_light(tid)
        if light is None:
            return ""
        text = light_text(light)
        carried = self._fetch(tid).get("carried_to")
        if carried:   # the origin of a task carried into the next year
            text += QCoreApplication.translate("TaskTreeModel", " ({0})").format(carried_note(carried))
        return self.tr("{0}: {1}").format(text, light_detail(light)) if tooltip and light.detail else text

    def _tooltip(self, tid: int, key: str) -> str:
        """A cell's tooltip: the whole text, with what the cell leaves out (a task's
        description, a report's other parts, a light's reason)."""
        if key == "status":
            return self._status_text(tid, tooltip=True)
        row = self._fetch(tid)
        entry = row.get("progress")
        if key == "latest" and entry:
            return self.tr("{0}: {1}\nNext week: {2}\nProblems: {3}").format(
                entry["week"], entry["done"], entry["next"], entry["problems"])
        if key == "title" and row.get("description"):
            return f"{row.get('title')}\n\n{row['description']}"
        return self._texts(tid)[COLUMN_KEYS.index(key)]

    # -- drag and drop -------------------------------------------------------
    def flags(self, index: Index) -> Qt.ItemFlag:
        return ROW_FLAGS if index.internalId() else ROOT_FLAGS  # task ids start at 1

    def supportedDropActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def supportedDragActions(self) -> Qt.DropAction:
        return Qt.DropAction.MoveAction

    def mimeTypes(self) -> list[str]:
        return [MIME_TYPE]

    def mimeData(self, indexes) -> QMimeData:
        ids = list(dict.fromkeys(int(i.internalId()) >> COLUMN_BITS for i in indexes if i.isValid()))
        data = QMimeData()
        data.setData(MIME_TYPE, QByteArray(",".join(map(str, ids)).encode()))
        return data

    def canDropMimeData(self, data, action, row, column, parent) -> bool:
        return bool(data and data.hasFormat(MIME_TYPE)) and action == Qt.DropAction.MoveAction

    def dropMimeData(self, data, action, row, column, parent) -> bool:
        """Turn a drop into move requests (performed later, outside the view's drop handling)."""
        if not self.canDropMimeData(data, action, row, column, parent):
            return False
        ids = [int(x) for x in bytes(data.data(MIME_TYPE).data()).decode().split(",") if x]
        new_parent = self.task_id(parent)
        if new_parent in ids:
            return False
        visible = self._children.get(new_parent or 0, [])
        anchor = visible[row] if 0 <= row < len(visible) else None
        # Dropping a parent together with its own descendants moves the parent only.
        ids = [t for t in ids if not any(a in ids for a in self._ancestors(t))]
        moves = []
        siblings = [s for s in self.live_children(new_parent) if s not in ids]
        position = siblings.index(anchor) if anchor in siblings else len(siblings)
        for offset, tid in enumerate(ids):
            moves.append((tid, new_parent, position + offset))
        if not moves:
            return False
        QTimer.singleShot(0, lambda: self.move_requested.emit(moves))
        return True

    def _ancestors(self, task_id: int) -> list[int]:
        out = []
        parent = self.parent_id(task_id)
        while parent is not None:
            out.append(parent)
            parent = self.parent_id(parent)
        return out
