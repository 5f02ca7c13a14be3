"""Import many returned 填报表 at once: a preview first, then each file all-or-nothing.

The preview compares three values per cell: what the form was sent out with (its
baseline, kept in the hidden sheet), what the department wrote, and what the register
holds now. A cell the department did not touch changes nothing; a cell it changed
updates the register. Where the register already holds something typed in the program,
the change is a conflict for the user to choose, never a silent overwrite: by default
the form wins only if the department saw that very value in its form, and the program
wins if the clerk changed it after the export. Any error in a file refuses the whole
file, so no file is ever half-applied.
"""

from __future__ import annotations

import os
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path
from typing import Any

from desktop_app import clock
from desktop_app.domain.weeks import normalise_week, parse_week, week_label
from desktop_app.forms.layout import (
    EDITABLE_KEYS,
    TEXT_KEYS,
    FormError,
    checksum_matches,
    row_checksum,
)
from desktop_app.forms.reading import (
    XLSX_SUFFIXES,
    ReturnedForm,
    SheetRow,
    cell_text,
    locked_edits,
    parse_day,
    parse_percent,
    read_form,
    same_text,
)
from desktop_app.storage import progress, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.storage.forms_queries import (
    departments_with_open_tasks,
    existing_forms_key,
    existing_register_id,
)

FIELD_LABELS = {
    "done": "本周完成情况",
    "next": "下周工作计划",
    "problems": "存在问题及需协调事项",
    "percent": "进度%",
    "finished": "完成日期",
}
STATUS_WORDS = {"finished": "已办结", "paused": "已暂缓", "cancelled": "已取消"}
SOURCE_PREFIX = "填报表:"  # progress.source of an entry that came from a returned form


@dataclass
class Problem:
    message: str
    row: int | None = None
    error: bool = True

    def text(self) -> str:
        return f"第{self.row}行：{self.message}" if self.row else self.message


@dataclass
class Change:
    """One cell: ``old`` is the register's value now, ``new`` the form's."""

    field: str
    old: Any
    new: Any
    conflict: bool = False
    take_form: bool = True

    @property
    def label(self) -> str:
        return FIELD_LABELS[self.field]


@dataclass
class RowPreview:
    row: int
    task_id: int
    number: str
    title: str
    changes: list[Change]


@dataclass
class FilePreview:
    path: Path
    department: str = ""
    department_id: int | None = None
    week: str = ""
    register_id: str = ""
    saved_at: datetime | None = None
    rows: list[RowPreview] = field(default_factory=list)
    problems: list[Problem] = field(default_factory=list)
    unchanged: int = 0
    unfilled: int = 0
    superseded_by: str = ""
    chosen: bool = True  # the user may hold a file back from this import

    @property
    def name(self) -> str:
        return self.path.name

    @property
    def refused(self) -> bool:
        return any(p.error for p in self.problems)

    @property
    def applicable(self) -> bool:
        return self.chosen and not self.refused and not self.superseded_by and any(
            c.take_form for r in self.rows for c in r.changes
        )

    @property
    def conflicts(self) -> list[Change]:
        return [c for r in self.rows for c in r.changes if c.conflict]

    def summary(self) -> str:
        if self.superseded_by:
            return f"不导入：已有同一科室较新的一份（{self.superseded_by}）"
        if self.refused:
            return f"拒绝导入：{sum(p.error for p in self.problems)} 个问题，请改正后重新导入"
        if not self.rows:
            return f"无需导入：没有变更（无变化 {self.unchanged} 行，未填写 {self.unfilled} 行）"
        parts = [f"变更 {len(self.rows)} 行", f"无变化 {self.unchanged} 行", f"未填写 {self.unfilled} 行"]
        if self.conflicts:
            parts.append(f"冲突 {len(self.conflicts)} 处")
        return "可导入：" + "，".join(parts)


@dataclass
class ImportPreview:
    week: str
    files: list[FilePreview]
    missing: list[str] = field(default_factory=list)  # departments with no return of the week

    @property
    def refused(self) -> list[FilePreview]:
        return [f for f in self.files if f.refused]


@dataclass
class ApplyResult:
    applied: list[tuple[str, int]] = field(default_factory=list)
    failed: list[tuple[str, str]] = field(default_factory=list)


def show_value(field_name: str, value: Any, limit: int = 60) -> str:
    """A value as the preview shows it: one line, shortened, 进度 with its % sign."""
    if value in (None, ""):
        return "（空）"
    text = f"{value}%" if field_name == "percent" else " ".join(str(value).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def expand_paths(paths: Sequence[str | os.PathLike[str]]) -> list[Path]:
    """Files as given, folders as their .xlsx files (without Office's ~$ lock files); no repeats."""
    out: dict[Path, None] = {}
    for p in map(Path, paths):
        if p.is_dir():
            for child in sorted(p.iterdir()):
                if child.suffix.lower() in XLSX_SUFFIXES and not child.name.startswith("~$"):
                    out.setdefault(child.resolve(), None)
        else:
            out.setdefault(p.resolve() if p.exists() else p, None)
    return list(out)


def _saved_at(form: ReturnedForm) -> datetime | None:
    """When the department last saved the file (UTC): the workbook's own record, else the file's."""
    if form.saved_at is not None:
        return form.saved_at.replace(tzinfo=None)
    try:
        return datetime.fromtimestamp(form.path.stat().st_mtime, tz=UTC).replace(tzinfo=None)
    except OSError:
        return None


def _program_values(entry: dict | None, task: dict) -> dict[str, Any]:
    entry = entry or {}
    return {
        "done": entry.get("done", "") or "",
        "next": entry.get("next", "") or "",
        "problems": entry.get("problems", "") or "",
        "percent": entry.get("percent"),
        "finished": (task.get("finished_date") or "") if task.get("status") == "finished" else "",
    }


def _form_values(sheet_row: SheetRow, year: int, today: date, problems: list[Problem]) -> dict[str, Any] | None:
    """The editable cells as register values; None (with problems added) when any is invalid."""
    values: dict[str, Any] = {k: cell_text(sheet_row.cells.get(k)) for k in TEXT_KEYS}
    ok = True
    try:
        values["percent"] = parse_percent(sheet_row.cells.get("percent"), sheet_row.formats.get("percent", ""))
    except ValueError as exc:
        problems.append(Problem(str(exc), sheet_row.row))
        ok = False
    try:
        day = parse_day(sheet_row.cells.get("finished"), year)
    except ValueError as exc:
        problems.append(Problem(str(exc), sheet_row.row))
        ok = False
    else:
        if day is not None and day > today:
            problems.append(Problem(f"完成日期 {day.isoformat()} 晚于今天，请填写实际完成的日期。", sheet_row.row))
            ok = False
        values["finished"] = day.isoformat() if day else ""
    return values if ok else None


def _same(field_name: str, a: Any, b: Any) -> bool:
    return same_text(a, b) if field_name in TEXT_KEYS else a == b


def _merge(baseline: dict, form: dict, program: dict, typed_in_program: bool,
           prefer_form: bool) -> list[Change]:
    """Changes of one row. A value the program holds is never replaced without a choice:
    it is a conflict, decided for the form by default only when the department saw that
    very value in its form (or it came from the department's own earlier return)."""
    changes = []
    for key in EDITABLE_KEYS:
        sent = baseline.get(key, None if key == "percent" else "")
        if _same(key, form[key], sent):
            continue  # the department left it as sent
        if _same(key, form[key], program[key]):
            continue
        seen = _same(key, program[key], sent)
        held = program[key] not in ("", None)
        conflict = held and (not seen or typed_in_program or key == "finished")
        changes.append(Change(key, program[key], form[key], conflict,
                              take_form=prefer_form or seen))
    return changes


def _check_rows(
    fp: FilePreview,
    form: ReturnedForm,
    live: dict[int, dict],
    entries: dict[int, dict],
    today: date,
    prefer_form: bool,
    key: bytes | None = None,
) -> None:
    year, _ = parse_week(form.week)
    version = _format_version(form)
    seen: dict[int, int] = {}
    for sheet_row in form.rows:
        tid = sheet_row.task_id
        if tid is None:
            if any(sheet_row.cells.get(k) not in (None, "") for k in EDITABLE_KEYS):
                fp.problems.append(Problem("没有任务标识（可能是新加的行或复制来的行），这一行不会导入。",
                                           sheet_row.row, error=False))
            continue
        if tid in seen:
            fp.problems.append(Problem(f"任务标识与第{seen[tid]}行重复（行被复制过）。", sheet_row.row))
            continue
        seen[tid] = sheet_row.row
        meta = form.meta_rows.get(tid)
        if meta is None or not checksum_matches(row_checksum(
            fp.register_id, form.week, form.department_id, tid, meta.role, meta.locked, meta.baseline,
            key=key, version=version,
        ), meta.checksum):
            fp.problems.append(Problem("任务标识或隐藏的校验信息被改动，无法确认这一行属于哪项任务。", sheet_row.row))
            continue
        edited = locked_edits(sheet_row, meta)
        if edited:
            fp.problems.append(Problem(
                f"锁定的“{'”“'.join(edited)}”被修改（这些内容只能在台账中修改）。", sheet_row.row))
            continue
        if meta.role != "lead":
            continue  # co-operating rows are sent for reference only
        task = live.get(tid)
        if task is None or task.get("deleted_at"):
            fp.problems.append(Problem(f"任务“{meta.locked.get('title', '')}”已在台账中删除。", sheet_row.row))
            continue
        if task.get("lead_id") != fp.department_id:
            now_lead = task.get("lead_name") or "（未指定）"
            fp.problems.append(Problem(
                f"任务“{task['title']}”已改由“{now_lead}”牵头，不能再由{fp.department}填报。", sheet_row.row))
            continue
        values = _form_values(sheet_row, year, today, fp.problems)
        if values is None:
            continue
        entry = entries.get(tid)
        program = _program_values(entry, task)
        typed = entry is not None and not str(entry.get("source", "")).startswith(SOURCE_PREFIX)
        changes = _merge(meta.baseline, values, program, typed, prefer_form)
        if changes and task.get("status") in STATUS_WORDS:
            fp.problems.append(Problem(f"任务在台账中{STATUS_WORDS[task['status']]}。", sheet_row.row, error=False))
        if values["finished"] and values["percent"] not in (None, 100):
            fp.problems.append(Problem(
                f"填写了完成日期，但进度是 {values['percent']}%（不是 100%），请核实。", sheet_row.row, error=False))
        if changes:
            fp.rows.append(RowPreview(sheet_row.row, tid, meta.locked.get("number", ""), task["title"], changes))
        elif all(values[k] in ("", None) for k in EDITABLE_KEYS):
            fp.unfilled += 1
        else:
            fp.unchanged += 1
    missing = [m for t, m in form.meta_rows.items() if t not in seen and m.role == "lead"]
    if missing:
        names = "、".join(m.locked.get("number") or str(m.task_id) for m in missing[:10])
        fp.problems.append(Problem(
            f"有 {len(missing)} 项任务的行被删除（编号 {names}{'等' if len(missing) > 10 else ''}），这些任务不会导入。",
            error=False))


def _mark_duplicates(files: list[FilePreview], take_newest: bool) -> None:
    groups: dict[tuple, list[FilePreview]] = {}
    for fp in files:
        if not fp.refused and fp.department_id is not None:
            groups.setdefault((fp.register_id, fp.week, fp.department_id), []).append(fp)
    for same in groups.values():
        if len(same) < 2:
            continue
        if take_newest:
            newest = max(same, key=lambda f: (f.saved_at or datetime.min, f.name))
            for fp in same:
                if fp is not newest:
                    fp.superseded_by = newest.name
            continue
        names = "、".join(f.name for f in same)
        for fp in same:
            fp.problems.append(Problem(
                f"{fp.department}交了 {len(same)} 份填报表（{names}），请只保留一份，或选择“同一科室以最新的一份为准”。"))


def majority_week(forms: list[ReturnedForm]) -> str | None:
    weeks = Counter(f.week for f in forms if f.week)
    return weeks.most_common(1)[0][0] if weeks else None


def _format_version(form: ReturnedForm) -> int:
    try:
        return int(str(form.meta.get("version") or 1))
    except ValueError:
        return 1


def build_preview(
    reg: Register,
    paths: Sequence[str | os.PathLike[str]],
    *,
    week: str | None = None,
    take_newest: bool = False,
    prefer_form: bool = False,
    today: date | None = None,
    reader: Callable[[Path], ReturnedForm] = read_form,
) -> ImportPreview:
    """Read every file and say, per file and row, what would change and what is wrong.

    ``week`` is the week being collected; without it, the week most forms were sent for.
    ``reader`` lets a dialog reuse files it has already read. Nothing is written.
    """
    today = today or clock.today()
    try:
        chosen = normalise_week(week) if week else None
    except ValueError as exc:
        raise FormError(str(exc)) from None
    read: list[tuple[FilePreview, ReturnedForm | None]] = []
    for path in expand_paths(paths):
        fp = FilePreview(path)
        try:
            form = reader(path)
        except FormError as exc:
            fp.problems.append(Problem(str(exc)))
            read.append((fp, None))
            continue
        fp.department, fp.department_id = form.department, form.department_id
        fp.week, fp.register_id = form.week, form.meta.get("register_id", "")
        fp.saved_at = _saved_at(form)
        read.append((fp, form))
    wanted = chosen or majority_week([f for _, f in read if f is not None]) or ""
    own_id = existing_register_id(reg)
    key = existing_forms_key(reg)
    checked: list[tuple[FilePreview, ReturnedForm]] = []
    for fp, returned in read:
        if returned is None:
            continue
        version = _format_version(returned)
        if not own_id or fp.register_id != own_id:
            fp.problems.append(Problem("这份填报表不是由本台账生成的（来自另一个台账文件），不能导入。"))
        elif version >= 2 and key is None:
            fp.problems.append(Problem("这份填报表不是由本台账生成的（本台账从未签发过此类填报表），不能导入。"))
        elif fp.week != wanted:
            fp.problems.append(Problem(
                f"这是{week_label(fp.week)}的填报表，不是本次导入的{week_label(wanted)}。"))
        else:
            if version < 2:
                fp.problems.append(Problem(
                    "这份填报表由旧版本程序生成，行校验不含本台账的密钥，无法确认未被仿造；"
                    "仍可导入，请核对内容。", error=False))
            checked.append((fp, returned))
    ids = [t for _, form in checked for t in form.meta_rows]
    live = {t["id"]: t for t in tasks.get_tasks(reg, list(dict.fromkeys(ids)))}
    entries = progress.week_entries(reg, wanted, ids) if wanted else {}
    for fp, form in checked:
        _check_rows(fp, form, live, entries, today, prefer_form, key)
    files = [fp for fp, _ in read]
    _mark_duplicates(files, take_newest)
    returned = {fp.department for fp, _ in checked}
    missing = [d for d in departments_with_open_tasks(reg) if d not in returned]
    return ImportPreview(wanted, files, missing)


def _apply_row(reg: Register, fp: FilePreview, week: str, row: RowPreview) -> None:
    accepted = [c for c in row.changes if c.take_form]
    if not accepted:
        return
    task = tasks.get_task(reg, row.task_id)
    if task is None or task.get("deleted_at"):
        raise FormError(f"第{row.row}行的任务在预览之后被删除，请重新预览。")
    now = _program_values(progress.get_progress(reg, row.task_id, week), task)
    if any(not _same(c.field, now[c.field], c.old) for c in accepted):
        raise FormError(f"第{row.row}行的内容在预览之后已在台账中被修改，请重新预览。")
    operation = f"导入填报表 {fp.name}"
    values = {c.field: c.new for c in accepted if c.field != "finished"}
    if values:
        progress.save_progress(reg, row.task_id, week, reporter=fp.department,
                               source=f"{SOURCE_PREFIX}{fp.name}", operation=operation, **values)
    finished = next((c.new for c in accepted if c.field == "finished"), None)
    if finished:
        tasks.update_task(reg, row.task_id, operation=operation, status="finished", finished_date=finished)


def apply_preview(reg: Register, preview: ImportPreview) -> ApplyResult:
    """Write every applicable file, each in its own transaction: all of a file, or none of it."""
    result = ApplyResult()
    for fp in preview.files:
        if not fp.applicable:
            continue
        try:
            with reg.atomic():
                for row in fp.rows:
                    _apply_row(reg, fp, preview.week, row)
        except (FormError, StorageError) as exc:
            result.failed.append((fp.name, str(exc)))
            continue
        result.applied.append((fp.name, sum(1 for r in fp.rows if any(c.take_form for c in r.changes))))
    return result
