"""Writing a confirmed import into the register: the whole plan, or nothing.

Which items become tasks: every item the clerk left ticked (``is_task``). An
unticked item that has ticked items below it is kept as a grouping node (its
deadline and units are dropped, so it carries no duty of its own), because the
plan's own headings are how people find their tasks; an unticked item with
nothing ticked below it is left out. Children of a left-out item hang from its
nearest kept ancestor.

Units are resolved per written name: the clerk's choice in ``department_map``
(a department id; a name, for a department to add under that name; or None for
"leave unassigned") wins; otherwise a sure match in
the directory; otherwise a single similar department (what the wizard proposes); a collective
name (各学校, 相关股室) stays unassigned; otherwise, with ``add_unknown_departments``,
a new department of that name.
People are found by name or added: an owner into the task's lead department, a
leader as a leader. The other dates an item names become its 时间节点 (milestones).
"""

from __future__ import annotations

from collections.abc import Callable

from desktop_app.importing.errors import ImportCancelled, ImportFailed
from desktop_app.importing.matching import COLLECTIVE, SIMILAR, match_unit
from desktop_app.importing.model import ImportItem, ParsedPlan
from desktop_app.storage import bulk, directory, indicators, plans
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError

Progress = Callable[[float, str], None]
DepartmentChoice = int | str | None
Cancelled = Callable[[], bool]

CHUNK = 500
TASK_SOURCE = "工作要点"  # 任务来源 of imported tasks


def kept_items(items: list[ImportItem]) -> list[tuple[ImportItem, str | None]]:
    """(item, parent id among kept items) in document order, per the rule above."""
    by_id = {item.id: item for item in items}
    ticked_below: set[str] = set()
    for item in reversed(items):
        if (item.is_task or item.id in ticked_below) and item.parent is not None:
            ticked_below.add(item.parent)
    keep = {item.id for item in items if item.is_task or item.id in ticked_below}
    out = []
    for item in items:
        if item.id not in keep:
            continue
        parent = item.parent
        while parent is not None and parent not in keep:
            parent = by_id[parent].parent if parent in by_id else None
        out.append((item, parent))
    return out


class _Resolver:
    """Department and person ids by written name, creating what is missing (cached)."""

    def __init__(self, reg: Register, department_map: dict[str, DepartmentChoice], add_unknown: bool) -> None:
        self.reg = reg
        self.map: dict[str, DepartmentChoice] = dict(department_map)
        self.add_unknown = add_unknown
        self.departments = directory.list_departments(reg)
        self.people: dict[tuple[str, bool], int] = {}

    def department(self, name: str | None) -> int | None:
        if not name:
            return None
        if name not in self.map:
            match = match_unit(name, self.departments)
            if match.sure or (match.how == SIMILAR and len(match.candidates) == 1):
                self.map[name] = match.department_id
            elif match.how == COLLECTIVE:
                self.map[name] = None
            else:
                self.map[name] = name if self.add_unknown else None
        choice = self.map[name]
        if isinstance(choice, str):
            choice = self.map[name] = self._add(choice)
        return choice

    def _add(self, name: str) -> int:
        dep_id = directory.ensure_department(self.reg, name)
        self.departments.append({"id": dep_id, "name": directory.normalise_name(name), "short_name": ""})
        return dep_id

    def person(self, name: str | None, department_id: int | None, *, leader: bool) -> int | None:
        name = directory.normalise_name(name or "")
        if not name:
            return None
        key = (name, leader)
        if key not in self.people:
            found = directory.person_id(self.reg, name)
            if found is None:
                found = directory.add_person(
                    self.reg, name, department_id=None if leader else department_id, is_leader=leader
                )
            self.people[key] = found
        return self.people[key]


def _task_row(item: ImportItem, task_id: int, parent_id: int | None, position: int, plan_id: int) -> dict:
    row = {
        "id": task_id,
        "plan_id": plan_id,
        "parent_id": parent_id,
        "position": position,
        "marker": item.marker,
        "title": (item.title or item.text[:60]).strip(),
        "description": item.text,
        "source": TASK_SOURCE,
        "standard": item.standard,
        "start_date": None,
        "deadline": None,
        "deadline_text": "",
        "deadline_kind": "none",
        "recurrence": "",
    }
    dl = item.deadline
    # A start after the deadline is a misread range: keep the deadline, drop the start.
    if item.is_task and dl is not None:
        row |= {
            "deadline": dl.due,
            "start_date": dl.start if dl.start and (not dl.due or dl.start <= dl.due) else None,
            "deadline_text": dl.text,
            "deadline_kind": dl.kind if dl.kind in ("date", "period", "recurring", "ongoing") else "unclear",
            "recurrence": dl.recurrence if dl.kind == "recurring" else "",
        }
    return row


def write_plan(
    reg: Register,
    parsed: ParsedPlan,
    *,
    organisation: str = "",
    add_unknown_departments: bool = True,
    department_map: dict[str, DepartmentChoice] | None = None,
    progress: Progress | None = None,
    cancelled: Cancelled | None = None,
) -> int:
    """Write the plan and its kept items in one transaction; returns the new plan id.

    Raises :class:`ImportFailed` (Chinese message) or :class:`ImportCancelled`; in
    both cases the register is exactly as before.
    """
    kept = kept_items(parsed.items)
    if not kept:
        raise ImportFailed("没有勾选任何要导入的任务，未导入。")
    total = len(kept)

    def report(done: int, text: str) -> None:
        if cancelled is not None and cancelled():
            raise ImportCancelled()
        if progress is not None:
            progress(done / total, text)

    report(0, "正在创建计划…")
    try:
        with reg.atomic():
            plan_id = plans.create_plan(
                reg,
                parsed.title.strip() or "工作要点",
                parsed.year,
                organisation or parsed.organisation,
                parsed.source_name,
                parsed.source_kind,
            )
            resolver = _Resolver(reg, department_map or {}, add_unknown_departments)
            first_id = bulk.next_task_id(reg)
            ids = {item.id: first_id + n for n, (item, _parent) in enumerate(kept)}
            positions: dict[str | None, int] = {}
            rows, unit_rows, indicator_rows, milestone_rows = [], [], [], []
            for n, (item, parent) in enumerate(kept, start=1):
                task_id = ids[item.id]
                positions[parent] = positions.get(parent, 0) + 1
                row = _task_row(item, task_id, ids.get(parent) if parent else None, positions[parent], plan_id)
                if not row["title"]:
                    raise ImportFailed(f"第 {n} 项没有标题，请在预览中填写后再导入。")
                if item.is_task:
                    lead = resolver.department(item.lead)
                    if lead is not None:
                        unit_rows.append((task_id, lead, "lead", 0))
                    co = [resolver.department(name) for name in item.co_units]
                    co_ids = [c for c in dict.fromkeys(co) if c is not None and c != lead]
                    unit_rows += [(task_id, c, "co", k) for k, c in enumerate(co_ids, start=1)]
                    row["owner_id"] = resolver.person(item.owner, lead, leader=False)
                    row["leader_id"] = resolver.person(item.leader, None, leader=True)
                    indicator_rows += [(task_id, i.text, i.value, i.unit, i.comparator) for i in item.indicators]
                    milestone_rows += [(task_id, m.text, m.due) for m in item.milestones]
                rows.append(row)
                if len(rows) == CHUNK:
                    bulk.insert_tasks(reg, rows)
                    rows = []
                    report(n, f"正在写入任务 {n}/{total}…")
            bulk.insert_tasks(reg, rows)
            report(total, "正在写入责任科室和指标…")
            bulk.insert_task_departments(reg, unit_rows)
            indicators.add_indicators(reg, indicator_rows, operation="导入任务")
            bulk.insert_milestones(reg, milestone_rows)
            report(total, "正在保存…")
    except ValidationError as exc:
        raise ImportFailed(f"{exc}请在预览中修改后再导入，未导入任何内容。") from exc
    if progress is not None:
        progress(1.0, f"已导入 {total} 项任务。")
    return plan_id
