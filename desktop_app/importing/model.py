"""What an import proposes: a flat, document-ordered list of items forming a tree.

This is the contract between the readers/parsers (text, .docx, tables), the
preview (wizard) and the writer that commits a confirmed plan. ``to_json`` gives
exactly the shape printed by ``desktop-app-cli import --json``.
"""

from __future__ import annotations

from dataclasses import asdict, dataclass, field


@dataclass
class Deadline:
    text: str
    due: str | None = None  # "YYYY-MM-DD"
    start: str | None = None  # for ranges 8月10日-8月20日
    kind: str = "unclear"  # date | period | recurring | ongoing | unclear
    recurrence: str = ""  # weekly | monthly | quarterly | yearly, for kind == "recurring"


@dataclass
class Milestone:
    """A 时间节点 inside a task: another date the item names besides its deadline."""

    text: str
    due: str | None = None


@dataclass
class Indicator:
    text: str
    value: float | None = None
    unit: str = ""
    comparator: str = ""  # >= | <= | = | > | <


@dataclass
class ImportItem:
    id: str
    parent: str | None
    level: int
    marker: str
    title: str
    text: str = ""
    is_task: bool = True
    deadline: Deadline | None = None
    lead: str | None = None
    co_units: list[str] = field(default_factory=list)
    owner: str | None = None
    leader: str | None = None
    indicators: list[Indicator] = field(default_factory=list)
    standard: str = ""
    notes: list[str] = field(default_factory=list)  # warnings shown in the preview
    milestones: list[Milestone] = field(default_factory=list)
    # Why a field was proposed: field name ("deadline", "lead", "co_units") → the words it came from.
    evidence: dict[str, str] = field(default_factory=dict)

    def to_json(self) -> dict:
        data = asdict(self)
        del data["standard"], data["notes"], data["evidence"]
        if self.deadline is not None:
            data["deadline"] = {k: data["deadline"][k] for k in ("text", "due", "start", "kind")}
        return data


@dataclass
class ParsedPlan:
    title: str
    year: int | None
    items: list[ImportItem]
    organisation: str = ""
    source_name: str = ""
    source_kind: str = ""  # docx | text | table
    warnings: list[str] = field(default_factory=list)

    def to_json(self) -> dict:
        return {"title": self.title, "year": self.year, "items": [i.to_json() for i in self.items]}
