"""The week table: one row per open leaf task, last week's entry beside this week's cells.

The model holds the loaded sheet rows, the visible ids (filters are applied here, not in
a proxy, so 20,000 rows filter instantly) and the unsaved drafts keyed by task id, which
survive filtering. Saving goes through :mod:`desktop_app.storage.week_sheet`.
"""

from __future__ import annotations

import csv
import io
import unicodedata
from collections.abc import Iterable
from datetime import date
from typing import Any

from PySide6.QtCore import (
    QAbstractTableModel,
    QModelIndex,
    QObject,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QBrush, QColor

from desktop_app import clock
from desktop_app.domain.dates import cn_date
from desktop_app.domain.lights import LIGHT_ORDER, LightResult, sort_key
from desktop_app.domain.weeks import week_id, week_range
from desktop_app.storage import directory, plans, week_sheet
from desktop_app.storage.db import Register
from desktop_app.storage.status import lights_for
from desktop_app.storage.week_sheet import SheetRow, number_key
from desktop_app.ui.common.helpers import TASK_ID_ROLE

Index = QModelIndex | QPersistentModelIndex

# (key, header). Keys of this week's cells are the progress fields.
COLUMNS: list[tuple[str, str]] = [
    ("number", "编号"),
    ("title", "工作任务"),
    ("lead_name", "牵头科室"),
    ("owner_name", "责任人"),
    ("deadline_text", "完成时限"),
    ("light", "状态"),
    ("last_done", "上周完成情况"),
    ("last_next", "上周工作计划"),
    ("done", "本周完成情况"),
    ("next", "下周工作计划"),
    ("problems", "存在问题及需协调事项"),
    ("percent", "进度%"),
]
COLUMN_KEYS = [key for key, _ in COLUMNS]
COL = {key: i for i, key in enumerate(COLUMN_KEYS)}
EDITABLE_KEYS = ("done", "next", "problems", "percent")
EDITABLE_COLUMNS = tuple(COL[k] for k in EDITABLE_KEYS)
TEXT_COLUMNS = tuple(COL[k] for k in ("done", "next", "problems"))
EDIT_ROLE = Qt.ItemDataRole.EditRole

LIGHT_COLOURS = {"red": "#c62828", "yellow": "#b26a00", "green": "#2e7d32", "done": "#455a64", "none": "#757575"}
DRAFT_BACKGROUND = QColor("#fff8d6")
NEWLINE_MARK = " ↵ "


def month_day(iso: str, year: int | None = None) -> str:
    """"2026-11-18" → 11月18日 inside ``year`` (default: this year), 2027年3月31日 outside."""
    return cn_date(iso, year if year is not None else clock.today().year)


class PercentError(ValueError):
    """A progress percentage that is not a whole number from 0 to 100."""


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
            raise PercentError(f"进度“{text}”应为 0 到 100 之间的整数。") from None
    if not 0 <= value <= 100:
        raise PercentError(f"进度“{text}”应为 0 到 100 之间的整数。")
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
    """Thin model over :func:`week_sheet.week_sheet` plus the drafts of this session."""

    dirty_changed = Signal(bool)
    refused = Signal(str)  # a value was not accepted; the message says why

    def __init__(self, reg: Register, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.week = week_id(clock.today())
        self.plan_id: int | None = None
        self.plan_closed = False
        self.today = clock.today()
        self._rows: dict[int, SheetRow] = {}
        self._all_ids: list[int] = []
        self._visible: list[int] = []
        self._drafts: dict[int, dict[str, Any]] = {}
        self._lights: dict[int, LightResult] = {}
        self._department: int | None = None
        self._search = ""
        self._light_filter = ""
        self._sort: tuple[int, Qt.SortOrder] = (COL["number"], Qt.SortOrder.AscendingOrder)

    # -- loading -------------------------------------------------------------
    def load(self, reg: Register, week: str, plan_id: int | None, *, today: date | None = None) -> None:
        """Read the sheet and the lights of ``week``; drops any drafts (save first)."""
        self.beginResetModel()
        self.reg, self.week, self.plan_id = reg, week, plan_id
        self.today = today or clock.today()
        rows = week_sheet.week_sheet(reg, week, plan_id=plan_id)
        self._rows = {r.id: r for r in rows}
        self._all_ids = [r.id for r in rows]
        self._drafts = {}
        self.plan_closed = plan_id is not None and plans.is_closed(reg, plan_id)
        self._lights = lights_for(reg, self.light_day(), task_ids=self._all_ids) if rows else {}
        self._visible = self._filtered()
        self.endResetModel()
        self.dirty_changed.emit(False)

    def light_day(self) -> date:
        """Lights are judged at the end of a past week, today for this week."""
        sunday = week_range(self.week)[1]
        return min(sunday, self.today)

    def refresh_lights(self, task_ids: Iterable[int]) -> None:
        ids = list(task_ids)
        self._lights.update(lights_for(self.reg, self.light_day(), task_ids=ids))
        self._emit_rows(ids, [COL["light"]])

    def refresh_rows(self, task_ids: Iterable[int]) -> None:
        """Re-read saved rows (after 标记完成, 延期) without losing other drafts."""
        ids = sorted(set(task_ids))
        for row in week_sheet.week_sheet(self.reg, self.week, task_ids=ids):
            self._rows[row.id] = row
        self._lights.update(lights_for(self.reg, self.light_day(), task_ids=ids))
        self._emit_rows(ids, list(range(len(COLUMNS))))

    @property
    def read_only(self) -> bool:
        """Future weeks cannot be filled in, nor anything in a register opened read-only
        or of a closed plan (its year was turned)."""
        return self.reg.readonly or self.week > week_id(self.today) or self.plan_closed

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
        out = []
        needle = self._search
        for tid in self._all_ids:
            row = self._rows[tid]
            if self._department is not None and row.lead_id != self._department:
                continue
            if needle and needle not in row.title and needle not in row.owner_name and needle not in row.number:
                continue
            if self._light_filter == "missing":
                if self.is_filled(tid):
                    continue
            elif self._light_filter:
                light = self._lights.get(tid)
                if light is None or light.colour != self._light_filter:
                    continue
            out.append(tid)
        return self._sorted(out)

    def _sorted(self, ids: list[int]) -> list[int]:
        """``ids`` (in document order) in the order of the sorted column; ties keep 编号 order."""
        column, order = self._sort
        key = COLUMN_KEYS[column]
        if key == "number":
            keyed = sorted(ids, key=lambda t: (self._rows[t].plan_id, number_key(self._rows[t].number)))
        elif key == "light":
            missing = (len(LIGHT_ORDER), 0)
            keyed = sorted(ids, key=lambda t: sort_key(self._lights[t]) if t in self._lights else missing)
        elif key == "percent":
            keyed = sorted(ids, key=lambda t: -1 if self.value(t, "percent") is None else self.value(t, "percent"))
        elif key == "deadline_text":
            keyed = sorted(ids, key=lambda t: self._rows[t].deadline or "9999")
        else:
            keyed = sorted(ids, key=lambda t: self._display(t, key))
        return keyed[::-1] if order == Qt.SortOrder.DescendingOrder else keyed

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        """Header click: e.g. 状态 puts red first. Pasting follows the order on screen."""
        if not 0 <= column < len(COLUMNS):
            return
        self.layoutAboutToBeChanged.emit()
        before = list(self._visible)
        self._sort = (column, order)
        self._visible = self._sorted(self._visible)
        position = {tid: row for row, tid in enumerate(self._visible)}
        old = self.persistentIndexList()
        self.changePersistentIndexList(old, [self.index(position[before[i.row()]], i.column()) for i in old])
        self.layoutChanged.emit()

    def departments(self) -> list[tuple[int, str]]:
        """Lead departments present in the sheet, in the directory's order."""
        present = {row.lead_id for row in self._rows.values()}
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
        return self._rows[task_id]

    def value(self, task_id: int, key: str) -> Any:
        """This week's value: the draft if any, else what is saved."""
        draft = self._drafts.get(task_id)
        if draft is not None and key in draft:
            return draft[key]
        return self._rows[task_id].this[key]

    def is_filled(self, task_id: int) -> bool:
        """Whether this week has anything for the task (saved or drafted)."""
        this = self._rows[task_id].this
        if task_id in self._drafts:
            this = {**this, **self._drafts[task_id]}
        return bool(this["done"] or this["next"] or this["problems"]) or this["percent"] is not None

    def filled_count(self) -> int:
        return sum(1 for tid in self._visible if self.is_filled(tid))

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
        if orientation == Qt.Orientation.Horizontal and 0 <= section < len(COLUMNS):
            if role == Qt.ItemDataRole.DisplayRole:
                return self.tr(COLUMNS[section][1])
            if role == Qt.ItemDataRole.ToolTipRole and section in EDITABLE_COLUMNS:
                return self.tr("本周填写：Tab/回车移到下一格，Alt+回车换行，Ctrl+V 粘贴")
        if orientation == Qt.Orientation.Vertical and role == Qt.ItemDataRole.DisplayRole:
            return section + 1
        return None

    def flags(self, index: Index) -> Qt.ItemFlag:
        if not index.isValid():
            return Qt.ItemFlag.NoItemFlags
        base = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
        if index.column() in EDITABLE_COLUMNS and not self.read_only:
            base |= Qt.ItemFlag.ItemIsEditable
        return base

    def data(self, index: Index, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        if not index.isValid() or not (0 <= index.row() < len(self._visible)):
            return None
        tid = self._visible[index.row()]
        key = COLUMN_KEYS[index.column()]
        if role == TASK_ID_ROLE:
            return tid
        if role == Qt.ItemDataRole.DisplayRole:
            return self._display(tid, key)
        if role == EDIT_ROLE:
            return self._edit_value(tid, key)
        if role == Qt.ItemDataRole.ToolTipRole:
            return self._tooltip(tid, key)
        if role == Qt.ItemDataRole.ForegroundRole:
            return self._foreground(tid, key)
        if role == Qt.ItemDataRole.BackgroundRole:
            draft = self._drafts.get(tid)
            if draft is not None and key in draft:
                return QBrush(DRAFT_BACKGROUND)
            return None
        if role == Qt.ItemDataRole.TextAlignmentRole and key in ("percent", "number", "light"):
            return int(Qt.AlignmentFlag.AlignCenter)
        return None

    def _display(self, tid: int, key: str) -> str:
        row = self._rows[tid]
        if key == "light":
            light = self._lights.get(tid)
            return "" if light is None else f"{light.symbol} {light.label}".strip()
        if key == "last_done":
            return row.last["done"].replace("\n", NEWLINE_MARK)
        if key == "last_next":
            return row.last["next"].replace("\n", NEWLINE_MARK)
        if key == "percent":
            value = self.value(tid, "percent")
            if value is None:
                last = row.last["percent"]
                return "" if last is None else f"（{last}）"
            return str(value)
        if key in EDITABLE_KEYS:
            return str(self.value(tid, key) or "").replace("\n", NEWLINE_MARK)
        if key == "title" and row.is_key:
            return f"★ {row.title}"
        if key == "deadline_text":
            text = row.deadline_text
            if row.extended and row.deadline:
                text = f"延期至{month_day(row.deadline, int(self.week[:4]))}"
            if row.status == "finished" and row.finished_date:
                text += f"（{month_day(row.finished_date, int(self.week[:4]))}完成）"
            return text
        return str(getattr(row, key) or "")

    def _edit_value(self, tid: int, key: str) -> Any:
        if key in EDITABLE_KEYS:
            value = self.value(tid, key)
            return "" if value is None else str(value)
        return self._display(tid, key)

    def _tooltip(self, tid: int, key: str) -> str | None:
        row = self._rows[tid]
        if key == "light":
            light = self._lights.get(tid)
            return None if light is None else f"{light.symbol} {light.label}：{light.detail}"
        if key in ("last_done", "last_next"):
            last = row.last
            if not any(last[k] not in ("", None) for k in EDITABLE_KEYS):
                return self.tr("上周没有填报")
            pct = "" if last["percent"] is None else f"\n进度：{last['percent']}%"
            return (f"上周完成情况：{last['done']}\n上周工作计划：{last['next']}\n"
                    f"存在问题：{last['problems'] or '无'}{pct}")
        if key == "percent" and self.value(tid, "percent") is None and row.last["percent"] is not None:
            return self.tr("本周未填进度；括号内为上周进度")
        if key in ("title", "done", "next", "problems"):
            text = (("★ 重点工作\n" if row.is_key else "") + row.title) if key == "title" \
                else str(self.value(tid, key) or "")
            return text or None
        return None

    def _foreground(self, tid: int, key: str) -> QBrush | None:
        if key == "light":
            light = self._lights.get(tid)
            return None if light is None else QBrush(QColor(LIGHT_COLOURS[light.colour]))
        if key in ("last_done", "last_next") or (key == "percent" and self.value(tid, "percent") is None):
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
        for tid, values in clean.items():
            saved = self._rows[tid].this
            draft = self._drafts.setdefault(tid, {})
            for key, value in values.items():
                if value == saved[key]:
                    draft.pop(key, None)
                else:
                    draft[key] = value
            if not draft:
                del self._drafts[tid]
        self._emit_rows(clean, list(EDITABLE_COLUMNS))
        if was_dirty != self.is_dirty():
            self.dirty_changed.emit(self.is_dirty())

    def carry_over(self, task_ids: Iterable[int]) -> int:
        """沿用上周计划: last week's 下周工作计划 becomes this week's 本周完成情况 draft,
        where that cell is still empty. Returns how many rows got a draft."""
        changes = {}
        for tid in task_ids:
            plan = self._rows[tid].last["next"]
            if plan and not self.value(tid, "done"):
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
                        errors.append(f"第{row + 1}行：{exc}")
                        continue
                changes.setdefault(tid, {})[key] = text
                count += 1
        if errors:
            raise PercentError("粘贴未执行：\n" + "\n".join(errors[:10]))
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
        drafts, old_rows = self._drafts, self._rows
        self.beginResetModel()
        rows = week_sheet.week_sheet(self.reg, self.week, plan_id=self.plan_id)
        self._rows = {r.id: r for r in rows}
        self._all_ids = [r.id for r in rows]
        self._drafts = {tid: d for tid, d in drafts.items() if tid in self._rows}
        self._lights = lights_for(self.reg, self.light_day(), task_ids=self._all_ids) if rows else {}
        self._visible = self._filtered()
        self.endResetModel()
        self.dirty_changed.emit(bool(self._drafts))
        return [old_rows[tid].title for tid in drafts if tid not in self._rows and tid in old_rows]

    def save(self) -> int:
        """Write the drafts in one transaction, then show what is now saved. Storage
        refuses the whole save if an entry changed since it was shown (ConflictError)."""
        if not self._drafts:
            return 0
        expected = {tid: {k: self._rows[tid].this.get(k) for k in values}
                    for tid, values in self._drafts.items()}
        changed = week_sheet.save_week(self.reg, self.week, self._drafts, today=self.today,
                                       expected=expected)
        ids = list(self._drafts)
        for tid, values in self._drafts.items():
            self._rows[tid].this.update(values)
        self._drafts = {}
        self.refresh_lights(ids)
        self._emit_rows(ids, list(EDITABLE_COLUMNS))
        self.dirty_changed.emit(False)
        return changed

    def discard(self) -> None:
        ids = list(self._drafts)
        self._drafts = {}
        self._emit_rows(ids, list(EDITABLE_COLUMNS))
        self.dirty_changed.emit(False)

    def _emit_rows(self, task_ids: Iterable[int], columns: list[int]) -> None:
        """dataChanged over the span of visible rows touched (one signal, not thousands)."""
        wanted = set(task_ids)
        rows = [i for i, tid in enumerate(self._visible) if tid in wanted]
        if rows and columns:
            self.dataChanged.emit(self.index(min(rows), min(columns)), self.index(max(rows), max(columns)))
