"""Matching unit names written in a plan to the department directory (科室).

A plan writes the same department in many ways: 组干科, 局组干科, 组织干部科,
“组干科 ”, full-width letters. Sure matches (exact name, short name, same name once
normalised) are used as they are; abbreviations (组干科 ⊂ 组织干部科) are proposed
for the clerk to confirm; names the directory does not know are offered for adding.
Works on the rows of ``storage.directory.list_departments`` so it stays SQL-free.
"""

from __future__ import annotations

import re
import unicodedata
from dataclasses import dataclass, field

from desktop_app.importing.model import ParsedPlan

# How sure a match is, best first. COLLECTIVE: "各学校", "相关股室" name no one department.
EXACT, SHORT, NORMALISED, SIMILAR, UNKNOWN = "exact", "short", "normalised", "similar", "unknown"
COLLECTIVE = "collective"
SURE = (EXACT, SHORT, NORMALISED)

_PREFIXES = ("县教育局", "市教育局", "区教育局", "县教体局", "市教体局", "区教体局", "教育局", "教体局", "局机关", "局")
_SUFFIXES = ("办公室", "中心", "股室", "科室", "科", "室", "股", "处", "部", "办")
_COLLECTIVE = re.compile(r"^(?:局属|局直|县直|市直|区直|全县|全市|全区|所有|相关|有关|其他|其它)|各")
_PUNCT = re.compile(r"[\s·•.．、，,。（）()【】\[\]“”\"'‘’]+")


def normalise(name: str) -> str:
    """Width, spaces and punctuation folded: "局 组干科（）" → "局组干科"."""
    return _PUNCT.sub("", unicodedata.normalize("NFKC", name or ""))


def core(name: str) -> str:
    """The distinctive part: bureau prefix and unit-kind suffix removed (局组干科 → 组干)."""
    text = normalise(name)
    prefix = next((p for p in _PREFIXES if text.startswith(p)), "")
    if len(text) > len(prefix) + 1:
        text = text[len(prefix) :]
    suffix = next((s for s in _SUFFIXES if text.endswith(s)), "")
    if len(text) > len(suffix) + 1:
        text = text[: len(text) - len(suffix)]
    return text


def _is_abbreviation(short: str, full: str) -> bool:
    """組干 abbreviates 组织干部: same first character, the others in order."""
    if len(short) < 2 or len(short) >= len(full) or short[0] != full[0]:
        return False
    rest = iter(full[1:])
    return all(ch in rest for ch in short[1:])


@dataclass
class UnitMatch:
    """One unit name as written, and what it resolves to."""

    name: str
    how: str = UNKNOWN
    department_id: int | None = None
    department_name: str = ""
    candidates: list[tuple[int, str]] = field(default_factory=list)  # (id, name) to offer
    count: int = 0  # how many items name it

    @property
    def sure(self) -> bool:
        return self.how in SURE


def match_unit(name: str, departments: list[dict]) -> UnitMatch:
    """The best match of one written name among directory rows (``id``, ``name``, ``short_name``)."""
    written = normalise(name)
    result = UnitMatch(name=name)
    for how, key in ((EXACT, lambda d: normalise(d["name"])), (SHORT, lambda d: normalise(d.get("short_name") or ""))):
        hit = next((d for d in departments if key(d) and key(d) == written), None)
        if hit is not None:
            result.how, result.department_id, result.department_name = how, hit["id"], hit["name"]
            return result
    if _COLLECTIVE.search(written):
        result.how = COLLECTIVE
        return result
    wanted = core(name)
    same = [d for d in departments if wanted and wanted in (core(d["name"]), core(d.get("short_name") or ""))]
    if len(same) == 1:
        hit = same[0]
        result.how, result.department_id, result.department_name = NORMALISED, hit["id"], hit["name"]
        return result
    similar = same or [
        d
        for d in departments
        if wanted
        and (
            _is_abbreviation(wanted, core(d["name"]))
            or _is_abbreviation(core(d["name"]), wanted)
            or (len(wanted) >= 3 and wanted in core(d["name"]))
        )
    ]
    result.candidates = [(d["id"], d["name"]) for d in similar]
    if similar:
        result.how = SIMILAR
        result.department_id, result.department_name = similar[0]["id"], similar[0]["name"]
    return result


def plan_unit_names(parsed: ParsedPlan) -> dict[str, int]:
    """Every unit named by an item (lead and co), in first-seen order, with its use count."""
    counts: dict[str, int] = {}
    for item in parsed.items:
        for name in [item.lead, *item.co_units]:
            if name:
                counts[name] = counts.get(name, 0) + 1
    return counts


def match_plan_units(parsed: ParsedPlan, departments: list[dict]) -> list[UnitMatch]:
    """A match per unit named in the plan — what the wizard lists for 添加 / 对应到…."""
    out = []
    for name, count in plan_unit_names(parsed).items():
        match = match_unit(name, departments)
        match.count = count
        out.append(match)
    return out
