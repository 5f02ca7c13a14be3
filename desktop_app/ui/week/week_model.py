"""The week table: one row per open leaf task, last week's entry beside this week's cells.

Lazy, as the task tree: the model holds the ordered ids of the week's sheet (from the
plan's outline, :func:`week_sheet.sheet_outline`, which is kept while the tree is
unchanged), the visible ids (filters and sorting work on ids and compact keys, not in a
proxy) and the unsaved drafts keyed by task id, which survive filtering. The contents of
a row — titles, names, the two weeks' entries, its light — are read when the row is about
to be painted, a block of rows at a time, into a small cache of recent rows; the rows of
tasks with a draft stay in it while the draft lives. Saving goes through
:mod:`desktop_app.storage.week_sheet`.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections import OrderedDict
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app import clock
from desktop_app.domain.lights import LIGHT_ORDER, LightResult, sort_key
from desktop_app.domain.weeks import week_id, week_range
from desktop_app.storage import directory, plans, week_sheet
from desktop_app.storage.db import Register
from desktop_app.storage.status import lights_for
from desktop_app.storage.week_sheet import SheetOutline, SheetRow
from desktop_app.ui.common.helpers import TASK_ID_ROLE
from desktop_app.ui.common.words import day_text, light_detail, light_text

Index = QModelIndex | QPersistentModelIndex

# (key, header). Keys of this week's cells are the progress fields; headers are English
# sources translated in the WeekTableModel context.
COLUMNS: list[tuple[str, str]] = [
    ("number", QT_TRANSLATE_NOOP("WeekTableModel", "No.")),
    ("title", QT_TRANSLATE_NOOP("WeekTableModel", "Task")),
    ("lead_name", QT_TRANSLATE_NOOP("WeekTableModel", "Lead dept.")),
    ("owner_name", QT_TRANSLATE_NOOP("WeekTableModel", "Owner")),
    ("deadline_text", QT_TRANSLATE_NOOP("WeekTableModel", "Deadline")),
    ("light", QT_TRANSLATE_NOOP("WeekTableModel", "Status")),
    ("last_done", QT_TRANSLATE_NOOP("WeekTableModel", "Done last week")),
    ("last_next", QT_TRANSLATE_NOOP("WeekTableModel", "Last week's plan")),
    ("done", QT_TRANSLATE_NOOP("WeekTableModel", "Done this week")),
    ("next", QT_TRANSLATE_NOOP("WeekTableModel", "Plan for next week")),
    ("problems", QT_TRANSLATE_NOOP("WeekTableModel", "Problems to coordinate")),
    ("percent", QT_TRANSLATE_NOOP("WeekTableModel", "% done")),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
COL = {key: i for i, key in enumerate(COLUMN_KEYS)}
EDITABLE_KEYS = ("done", "next", "problems", "percent")
EDITABLE_COLUMNS = tuple(COL[k] for k in EDITABLE_KEYS)
TEXT_COLUMNS = tuple(COL[k] for k in ("done", "next", "problems"))
DISPLAY_ROLE = int(Qt.ItemDataRole.DisplayRole)
EDIT_ROLE = int(Qt.ItemDataRole.EditRole)
TOOLTIP_ROLE = int(Qt.ItemDataRole.ToolTipRole)
FOREGROUND_ROLE = int(Qt.ItemDataRole.ForegroundRole)
BACKGROUND_ROLE = int(Qt.ItemDataRole.BackgroundRole)
ALIGNMENT_ROLE = int(Qt.ItemDataRole.TextAlignmentRole)
_DATA_ROLES = frozenset({DISPLAY_ROLE, EDIT_ROLE, TOOLTIP_ROLE, FOREGROUND_ROLE, BACKGROUND_ROLE,
                         ALIGNMENT_ROLE, int(TASK_ID_ROLE)})
CENTRED = int(Qt.AlignmentFlag.AlignCenter)
READ_FLAGS = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
EDITABLE_FLAGS = READ_FLAGS | Qt.ItemFlag.ItemIsEditable

LIGHT_COLOURS = {"red": "#c62828", "yellow": "#b26a00", "green": "#2e7d32", "done": "#455a64", "none": "#757575"}
DRAFT_BACKGROUND = QColor("#fff8d6")
NEWLINE_MARK = " ↵ "
# Rows are read a block at a time; the cache keeps this many recent rows.
BLOCK_ROWS = 64
CACHED_ROWS = 2048


def _day(iso: str, week: str) -> str:
    """"2026-11-18" → 11月18日 / 11/18 inside the week's year, with its year outside."""
    return day_text(date.fromisoformat(iso), int(week[:4]))


class PercentError(ValueError):
    """A progress percentage that is not a whole number from 0 to 100."""


def _percent_message(text: Any) -> str:
    return QCoreApplication.translate(
        "WeekTableModel", "Progress “{0}” must be a whole number from 0 to 100.").format(text)


def parse_percent(text: Any) -> int | None:
    """"60", "60%", "６０％" → 60; "" → None; anything else raises :class:`PercentError`."""
    if text is None:
        return None
    if isinstance(text, int) and not isinstance(text, bool):
        value = text
    else:
        cleaned = unicodedata.normalize("NFKC", str(text)).strip().rstrip("%").strip()
        if not cleaned:
            return None
        try:
            value = int(cleaned)
        except ValueError:
            raise PercentError(_percent_message(text)) from None
    if not 0 <= value <= 100:
        raise PercentError(_percent_message(text))
    return value


def parse_clipboard_table(text: str) -> list[list[str]]:
    """Cells copied from Excel/WPS: tab-separated, one row a line, multi-line cells quoted."""
    if not text:
        return []
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    # Every row ends with a line break; an empty line is one empty cell (a blank cell
    # copied from a column), not no cell.
    return [row or [""] for row in csv.reader(io.StringIO(text), delimiter="\t", quotechar='"')]


def format_clipboard_table(rows: list[list[str]]) -> str:
    """The text Excel puts on the clipboard: cells with a tab, line break or quote are quoted."""
    def quoted(text: str) -> str:
        return '"' + text.replace('"', '""') + '"' if any(ch in text for ch in '\t\n\r"') else text

    return "".join("\t".join(quoted(cell) for cell in row) + "\r\n" for row in rows)


class WeekTableModel(QAbstractTableModel):
    """Ids of the week's sheet, rows read on demand, plus the drafts of this session."""

    dirty_changed = Signal(bool)
    refused = Signal(str)  # a value was not accepted; the message says why

    def __init__(self, reg: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.week = week_id(clock.today())
        self.plan_id: int | None = None
        self.plan_closed = False
        self.today = clock.today()
        self._outline: SheetOutline | None = None
        self._all_ids: list[int] = []
        self._visible: list[int] = []
        self._drafts: dict[int, dict[str, Any]] = {}
        # Rows read from the register: recent ones (least recent first), and those of the
        # tasks with a draft, whose saved values the draft is compared with.
        self._rows: OrderedDict[int, SheetRow] = OrderedDict()
        self._pinned: dict[int, SheetRow] = {}
        self._lights: dict[int, LightResult] = {}
        self._all_lights = False  # whether _lights holds every task of the sheet
        self._filled: set[int] | None = None  # tasks with a saved entry this week
        self._department: int | None = None
        self._search = ""
        self._light_filter = ""
        self._sort: tuple[int, Qt.SortOrder] = (COL["number"], Qt.SortOrder.AscendingOrder)

    # -- loading -------------------------------------------------------------
    def load(self, reg: Register, week: str, plan_id: int | None, *, today: date | None = None) -> None:
        """Show ``week``'s sheet; drops any drafts (save first)."""
        self.beginResetModel()
        self.reg, self.week, self.plan_id = reg, week, plan_id
        self.today = today or clock.today()
        self._drafts = {}
        self._read_sheet()
        self.plan_closed = plan_id is not None and plans.is_closed(reg, plan_id)
        self._visible = self._filtered()
        self.endResetModel()
        self.dirty_changed.emit(False)

    def _read_sheet(self) -> None:
        """The sheet's ids; row contents, lights and filled marks are read when asked."""
        self._outline = week_sheet.sheet_outline(self.reg, self.plan_id)
        self._all_ids = self._outline.open_ids(self.week)
        self._rows.clear()
        self._pinned = {}
        self._lights = {}
        self._all_lights = False
        self._filled = None

    def light_day(self) -> date:
        """Lights are judged at the end of a past week, today for this week."""
        sunday = week_range(self.week)[1]
        return min(sunday, self.today)

    def refresh_lights(self, task_ids: Iterable[int]) -> None:
        ids = list(task_ids)
        self._lights.update(self._lights_of(ids))
        self._emit_rows(ids, [COL["light"]])

    def refresh_rows(self, task_ids: Iterable[int]) -> None:
        """Re-read saved rows (after 标记完成, 延期, another page's progress) without losing
        other drafts: the rows held are read again, the others when next painted."""
        ids = sorted(set(task_ids))
        held = [tid for tid in ids if tid in self._rows or tid in self._pinned]
        if len(held) < len(ids):
            self._filled = None  # read again when counted
        rows = self._read_rows(held)
        for tid, row in rows.items():
            if tid in self._rows:
                self._rows[tid] = row
            if tid in self._pinned:
                self._pinned[tid] = row
            if self._filled is not None:
                if _has_content(row.this):
                    self._filled.add(tid)
                else:
                    self._filled.discard(tid)
        if self._all_lights:
            self._lights.update(self._lights_of(ids))
        else:
            for tid in ids:
                self._lights.pop(tid, None)  # read again with the row's block when painted
        self._emit_rows(ids, list(range(len(COLUMNS))))

    @property
    def read_only(self) -> bool:
        """Future weeks cannot be filled in, nor anything in a register opened read-only
        or of a closed plan (its year was turned)."""
        return self.reg.readonly or self.week > week_id(self.today) or self.plan_closed

    # -- rows read on demand ------------------------------------------------------
    def _read_rows(self, ids: list[int]) -> dict[int, SheetRow]:
        numbers = self._outline.numbers if self._outline is not None else {}
        rows = week_sheet.sheet_rows(self.reg, self.week, ids, numbers)
        for tid in ids:
            if tid not in rows:  # gone since the sheet was read; a reload follows
                rows[tid] = SheetRow(tid, 0, numbers.get(tid, ""), "", None, "", "", None, "", "",
                                     None, False, last=_entry(), this=_entry())
        return rows

    def _row(self, tid: int) -> SheetRow:
        row = self._pinned.get(tid) or self._rows.get(tid)
        if row is None:
            row = self._read_rows([tid])[tid]
            self._keep({tid: row})
        return row

    def _row_at(self, row: int) -> SheetRow:
        """The row shown at ``row``, reading its block of rows (and their lights) when not held."""
        tid = self._visible[row]
        found = self._pinned.get(tid) or self._rows.get(tid)
        if found is not None and tid in self._lights:
            return found
        start = row - row % BLOCK_ROWS
        block = self._visible[start:start + BLOCK_ROWS]
        wanted = [t for t in block if t not in self._rows and t not in self._pinned]
        if wanted:
            self._keep(self._read_rows(wanted))
        missing = [t for t in block if t not in self._lights]
        if missing:
            self._lights.update(dict.fromkeys(missing))  # None: no light (asked once)
            self._lights.update(self._lights_of(missing))
        return self._pinned.get(tid) or self._rows[tid]

    def _keep(self, rows: dict[int, SheetRow]) -> None:
        cache = self._rows
        for tid, row in rows.items():
            cache[tid] = row
            cache.move_to_end(tid)
        while len(cache) > CACHED_ROWS:
            cache.popitem(last=False)

    def _rows_of(self, ids: Iterable[int]) -> dict[int, SheetRow]:
        """Rows of many tasks at once (pasting, carrying over, sorting): read together,
        not all kept."""
        ids = list(ids)
        out = {tid: row for tid in ids if (row := self._pinned.get(tid) or self._rows.get(tid)) is not None}
        missing = [tid for tid in ids if tid not in out]
        if missing:
            out.update(self._read_rows(missing))
        return out

    def _lights_of(self, ids: list[int]) -> dict[int, LightResult]:
        return {} if self.reg.closed else lights_for(self.reg, self.light_day(), task_ids=ids)

    def _ensure_all_lights(self) -> None:
        if not self._all_lights:
            self._lights = self._lights_of(self._all_ids) if self._all_ids else {}
            self._all_lights = True

    def _filled_ids(self) -> set[int]:
        if self._filled is None:
            self._filled = week_sheet.filled_ids(self.reg, self.week)
        return self._filled

    # -- filters ---------------------------------------------------------------
    def set_filters(self, *, department: int | None = None, search: str = "", light: str = "") -> None:
        """``light``: '' all, 'red', 'yellow', or 'missing' (nothing entered this week)."""
        if (department, search.strip(), light) == (self._department, self._search, self._light_filter):
            return
        self.beginResetModel()
        self._department, self._search, self._light_filter = department, search.strip(), light
        self._visible = self._filtered()
        self.endResetModel()

    def _filtered(self) -> list[int]:
        ids = self._all_ids
        outline = self._outline
        if outline is None:
            return []
        if self._department is not None:
            lead, department = outline.lead, self._department
            ids = [tid for tid in ids if lead[tid] == department]
        needle = self._search
        if needle:
            found = week_sheet.matching_ids(self.reg, needle, self.plan_id)
            numbers = outline.numbers
            ids = [tid for tid in ids if tid in found or needle in numbers[tid]]
        if self._light_filter == "missing":
            ids = [tid for tid in ids if not self.is_filled(tid)]
        elif self._light_filter:
            self._ensure_all_lights()
            lights, colour = self._lights, self._light_filter
            ids = [tid for tid in ids if (light := lights.get(tid)) is not None and light.colour == colour]
        return self._sorted(ids)

    def _sorted(self, ids: list[int], *, in_document_order: bool = True) -> list[int]:
        """``ids`` in the order of the sorted column; ties keep the order ``ids`` come in
        (编号 order when ``in_document_order``, as the sheet's)."""
        column, order = self._sort
        key = COLUMN_KEYS[column]
        if key == "number":
            if in_document_order:
                keyed = list(ids)
            else:
                position = {tid: i for i, tid in enumerate(self._all_ids)}
                keyed = sorted(ids, key=position.__getitem__)
        elif key == "light":
            self._ensure_all_lights()
            missing = (len(LIGHT_ORDER), 0)
            lights = self._lights
            keyed = sorted(ids, key=lambda t: missing if (light := lights.get(t)) is None else sort_key(light))
        else:
            rows = self._rows_of(ids)
            if key == "percent":
                def percent(t: int) -> int:
                    value = self._value(t, "percent", rows[t])
                    return -1 if value is None else value
                keyed = sorted(ids, key=percent)
            elif key == "deadline_text":
                keyed = sorted(ids, key=lambda t: rows[t].deadline or "9999")
            else:
                keyed = sorted(ids, key=lambda t: self._display(t, key, rows[t]))
        return keyed[::-1] if order == Qt.SortOrder.DescendingOrder else keyed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: e.g. 状态 puts red first. Pasting follows the order on screen."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._visible)
        self._sort = (column, order)
        self._visible = self._sorted(self._visible, in_document_order=False)
        position = {tid: row for row, tid in enumerate(self._visible)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(position[before[i.row()]], i.column()) for i in old])
        self.layoutChanged.emit()

    def departments(self) -> list[tuple[int, str]]:
        """Lead departments present in the sheet, in the directory's order."""
        lead = self._outline.lead if self._outline is not None else {}
        present = set(map(lead.__getitem__, self._all_ids))
        return [(d["id"], d["name"]) for d in directory.list_departments(self.reg) if d["id"] in present]

    # -- access ----------------------------------------------------------------
    def task_id(self, row: int) -> int:
        return self._visible[row]

    def all_ids(self) -> list[int]:
        """Every task of the loaded week, shown by the filters or not."""
        return list(self._all_ids)

    def visible_ids(self) -> list[int]:
        return list(self._visible)

    def sheet_row(self, task_id: int) -> SheetRow:
        return self._row(task_id)

    def value(self, task_id: int, key: str) -> Any:
        """This week's value: the draft if any, else what is saved."""
        draft = self._drafts.get(task_id)
        if draft is not None and key in draft:
            return draft[key]
        return self._row(task_id).this[key]

    def _value(self, task_id: int, key: str, row: SheetRow) -> Any:
        draft = self._drafts.get(task_id)
        if draft is not None and key in draft:
            return draft[key]
        return row.this[key]

    def is_filled(self, task_id: int) -> bool:
        """Whether this week has anything for the task (saved or drafted)."""
        draft = self._drafts.get(task_id)
        if draft is None:
            return task_id in self._filled_ids()
        return _has_content({**self._row(task_id).this, **draft})

    def filled_count(self) -> int:
        filled = self._filled_ids()
        count = sum(map(filled.__contains__, self._visible))
        if self._drafts:
            shown = set(self._visible)
            for tid in self._drafts:
                if tid in shown:
                    count += self.is_filled(tid) - (tid in filled)
        return count

    def is_dirty(self) -> bool:
        return bool(self._drafts)

    def drafts(self) -> dict[int, dict[str, Any]]:
        return {tid: dict(values) for tid, values in self._drafts.items()}

    # -- Qt model --------------------------------------------------------------
    def rowCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: Index = QModelIndex()) -> int:  # noqa: N802, B008
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole) -> Any:  # noqa: N802
        if role == DISPLAY_ROLE:
            if orientation == Qt.Orientation.Vertical:
                return section + 1
            return self.tr(COLUMNS[section][1]) if 0 <= section < len(COLUMNS) else None
        if role == TOOLTIP_ROLE and orientation == Qt.Orientation.Horizontal and section in EDITABLE_COLUMNS:
            return self.tr("Filled in this week: Tab/Enter moves to the next cell, Alt+Enter breaks a "
                           "line, Ctrl+V pastes")
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        if index.column() in EDITABLE_COLUMNS and not self.read_only:
            return EDITABLE_FLAGS
        return READ_FLAGS

    def data(self, index: Index, role: int = DISPLAY_ROLE) -> Any:
        # Called for every role of every painted cell: roles are compared as plain ints.
        row = index.row()
        if not 0 <= row < len(self._visible) or role not in _DATA_ROLES:
            return None
        tid = self._visible[row]
        if role == TASK_ID_ROLE:
            return tid
        key = COLUMN_KEYS[index.column()]
        if role == ALIGNMENT_ROLE:
            return CENTRED if key in ("percent", "number", "light") else None
        if role == BACKGROUND_ROLE:
            draft = self._drafts.get(tid)
            if draft is not None and key in draft:
                return QBrush(DRAFT_BACKGROUND)
            return None
        found = self._row_at(row)
        if role == DISPLAY_ROLE:
            return self._display(tid, key, found)
        if role == EDIT_ROLE:
            return self._edit_value(tid, key, found)
        if role == TOOLTIP_ROLE:
            return self._tooltip(tid, key, found)
        return self._foreground(tid, key, found)

    def _display(self, tid: int, key: str, row: SheetRow) -> str:
        if key == "light":
            light = self._lights.get(tid)
            return light_text(light)
        if key == "last_done":
            return row.last["done"].replace("\n", NEWLINE_MARK)
        if key == "last_next":
            return row.last["next"].replace("\n", NEWLINE_MARK)
        if key == "percent":
            value = self._value(tid, "percent", row)
            if value is None:
                last = row.last["percent"]
                return "" if last is None else self.tr("({0})").format(last)
            return str(value)
        if key in EDITABLE_KEYS:
            return str(self._value(tid, key, row) or "").replace("\n", NEWLINE_MARK)
        if key == "title" and row.is_key:
            return f"★ {row.title}"
        if key == "deadline_text":
            text = row.deadline_text
            if row.extended and row.deadline:
                text = self.tr("extended to {0}").format(_day(row.deadline, self.week))
            if row.status == "finished" and row.finished_date:
                text += self.tr(" (finished {0})").format(_day(row.finished_date, self.week))
            return text
        return str(getattr(row, key) or "")

    def _edit_value(self, tid: int, key: str, row: SheetRow) -> Any:
        if key in EDITABLE_KEYS:
            value = self._value(tid, key, row)
            return "" if value is None else str(value)
        return self._display(tid, key, row)

    def _tooltip(self, tid: int, key: str, row: SheetRow) -> str | None:
        if key == "light":
            light = self._lights.get(tid)
            return None if light is None else self.tr("{0}: {1}").format(light_text(light), light_detail(light))
        if key in ("last_done", "last_next"):
            last = row.last
            if not any(last[k] not in ("", None) for k in EDITABLE_KEYS):
                return self.tr("Nothing reported last week")
            lines = [self.tr("Done last week: {0}").format(last["done"]),
                     self.tr("Plan from last week: {0}").format(last["next"]),
                     self.tr("Problems: {0}").format(last["problems"] or self.tr("none"))]
            if last["percent"] is not None:
                lines.append(self.tr("Progress: {0}%").format(last["percent"]))
            return "\n".join(lines)
        if key == "percent" and self._value(tid, "percent", row) is None and row.last["percent"] is not None:
            return self.tr("No progress entered this week; last week's in brackets")
        if key in ("title", "done", "next", "problems"):
            text = ((self.tr("★ Key task") + "\n" if row.is_key else "") + row.title) if key == "title" \
                else str(self._value(tid, key, row) or "")
            return text or None
        return None

    def _foreground(self, tid: int, key: str, row: SheetRow) -> QBrush | None:
        if key == "light":
            light = self._lights.get(tid)
            return None if light is None else QBrush(QColor(LIGHT_COLOURS[light.colour]))
        if key in ("last_done", "last_next") or (key == "percent" and self._value(tid, "percent", row) is None):
            return QBrush(QColor("#6b6b6b"))
        return None

    def setData(self, index: Index, value: Any, role: int = EDIT_ROLE) -> bool:  # noqa: N802
        """Set one cell; a bad percentage is refused with a message and changes nothing."""
        if role != EDIT_ROLE or not index.isValid() or index.column() not in EDITABLE_COLUMNS or self.read_only:
            return False
        key = COLUMN_KEYS[index.column()]
        tid = self._visible[index.row()]
        try:
            self.set_values({tid: {key: value}})
        except PercentError as exc:
            self.refused.emit(str(exc))
            return False
        return True

    # -- editing -----------------------------------------------------------------
    def set_values(self, changes: dict[int, dict[str, Any]]) -> None:
        """Put many cells at once (paste, carry-over, clear) — all or none."""
        if self.read_only:
            return
        clean: dict[int, dict[str, Any]] = {}
        for tid, values in changes.items():
            clean[tid] = {}
            for key, value in values.items():
                if key == "percent":
                    clean[tid][key] = parse_percent(value)
                else:
                    clean[tid][key] = "" if value is None else str(value).replace("\r\n", "\n")
        was_dirty = self.is_dirty()
        rows = self._rows_of(clean)
        for tid, values in clean.items():
            saved = rows[tid].this
            draft = self._drafts.setdefault(tid, {})
            for key, value in values.items():
                if value == saved[key]:
                    draft.pop(key, None)
                else:
                    draft[key] = value
            if draft:
                self._pinned.setdefault(tid, rows[tid])
            else:
                del self._drafts[tid]
                self._pinned.pop(tid, None)
        self._emit_rows(clean, list(EDITABLE_COLUMNS))
        if was_dirty != self.is_dirty():
            self.dirty_changed.emit(self.is_dirty())

    def carry_over(self, task_ids: Iterable[int]) -> int:
        """沿用上周计划: last week's 下周工作计划 becomes this week's 本周完成情况 draft,
        where that cell is still empty. Returns how many rows got a draft."""
        ids = list(task_ids)
        rows = self._rows_of(ids)
        changes = {}
        for tid in ids:
            plan = rows[tid].last["next"]
            if plan and not self._value(tid, "done", rows[tid]):
                changes[tid] = {"done": plan}
        self.set_values(changes)
        return len(changes)

    def paste(self, top_row: int, left_column: int, table: list[list[str]]) -> int:
        """Paste a block into the editable columns from (row, column) on, skipping
        read-only columns; rows beyond the last are dropped. Returns cells written."""
        columns = [c for c in EDITABLE_COLUMNS if c >= left_column]
        changes: dict[int, dict[str, Any]] = {}
        count = 0
        errors = []
        for r, cells in enumerate(table):
            row = top_row + r
            if row >= len(self._visible):
                break
            tid = self._visible[row]
            for c, text in enumerate(cells[: len(columns)]):
                key = COLUMN_KEYS[columns[c]]
                if key == "percent":
                    try:
                        parse_percent(text)
                    except PercentError as exc:
                        errors.append(self.tr("Row {0}: {1}").format(row + 1, exc))
                        continue
                changes.setdefault(tid, {})[key] = text
                count += 1
        if errors:
            raise PercentError(self.tr("Nothing was pasted:") + "\n" + "\n".join(errors[:10]))
        self.set_values(changes)
        return count

    def fill(self, cells: list[tuple[int, int]], text: str) -> int:
        """One value into many selected cells (paste of a single cell, Delete)."""
        changes: dict[int, dict[str, Any]] = {}
        for row, column in cells:
            if column in EDITABLE_COLUMNS and 0 <= row < len(self._visible):
                changes.setdefault(self._visible[row], {})[COLUMN_KEYS[column]] = text
        self.set_values(changes)
        return sum(len(v) for v in changes.values())

    def reload_keeping_drafts(self) -> list[str]:
        """Re-read the week (something else wrote to the register) and keep the drafts of
        tasks still on it; returns the titles of tasks that left it with a draft."""
        drafts, pinned = self._drafts, self._pinned
        self.beginResetModel()
        self._read_sheet()
        on_sheet = set(self._all_ids)
        self._drafts = {tid: d for tid, d in drafts.items() if tid in on_sheet}
        if self._drafts:
            # The saved values the drafts are compared with, as they are now.
            self._pinned = self._read_rows(list(self._drafts))
        self._visible = self._filtered()
        self.endResetModel()
        self.dirty_changed.emit(bool(self._drafts))
        return [pinned[tid].title for tid in drafts if tid not in on_sheet and tid in pinned]

    def save(self) -> int:
        """Write the drafts in one transaction, then show what is now saved. Storage
        refuses the whole save if an entry changed since it was shown (ConflictError)."""
        if not self._drafts:
            return 0
        expected = {tid: {k: self._row(tid).this.get(k) for k in values}
                    for tid, values in self._drafts.items()}
        changed = week_sheet.save_week(self.reg, self.week, self._drafts, today=self.today,
                                       expected=expected)
        ids = list(self._drafts)
        for tid, values in self._drafts.items():
            row = self._row(tid)
            row.this.update(values)
            if self._filled is not None:
                if _has_content(row.this):
                    self._filled.add(tid)
                else:
                    self._filled.discard(tid)
        self._drafts = {}
        for tid in ids:
            row = self._pinned.pop(tid, None)
            if row is not None and tid in self._rows:
                self._rows[tid] = row
        self.refresh_lights(ids)
        self._emit_rows(ids, list(EDITABLE_COLUMNS))
        self.dirty_changed.emit(False)
        return changed

    def discard(self) -> None:
        ids = list(self._drafts)
        self._drafts = {}
        self._pinned = {}
        self._emit_rows(ids, list(EDITABLE_COLUMNS))
        self.dirty_changed.emit(False)

    def _emit_rows(self, task_ids: Iterable[int], columns: list[int]) -> None:
        """dataChanged over the span of visible rows touched (one signal, not thousands)."""
        wanted = set(task_ids)
        rows = [i for i, tid in enumerate(self._visible) if tid in wanted]
        if rows and columns:
            self.dataChanged.emit(self.index(min(rows), min(columns)), self.index(max(rows), max(columns)))


def _entry() -> dict[str, Any]:
    return {"done": "", "next": "", "problems": "", "percent": None}


def _has_content(values: dict[str, Any]) -> bool:
    return bool(values["done"] or values["next"] or values["problems"]) or values["percent"] is not None
