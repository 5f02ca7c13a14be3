"""Unit names of a plan matched to the department directory of a real register."""

from __future__ import annotations

import pytest

from desktop_app.importing.matching import (
    COLLECTIVE,
    EXACT,
    NORMALISED,
    SHORT,
    SIMILAR,
    UNKNOWN,
    core,
    match_plan_units,
    match_unit,
)
from desktop_app.importing.model import ImportItem, ParsedPlan
from desktop_app.storage import directory
from desktop_app.storage.db import open_register


@pytest.fixture
def departments(tmp_path):
    with open_register(tmp_path / "台账.db") as reg:
        directory.add_department(reg, "组织干部科", short_name="组干科")
        directory.add_department(reg, "办公室")
        directory.add_department(reg, "基础教育科")
        directory.add_department(reg, "安全稳定科")
        directory.add_department(reg, "教育技术装备中心")
        yield directory.list_departments(reg)


@pytest.mark.parametrize(
    ("written", "how", "expected"),
    [
        ("办公室", EXACT, "办公室"),
        ("组干科", SHORT, "组织干部科"),
        ("局组干科", NORMALISED, "组织干部科"),
        ("局办公室", NORMALISED, "办公室"),
        ("基础 教育科", EXACT, "基础教育科"),
        ("基础教育股", NORMALISED, "基础教育科"),
        ("安稳科", SIMILAR, "安全稳定科"),
        ("教育技术装备", NORMALISED, "教育技术装备中心"),
    ],
)
def test_variants_are_matched(departments, written: str, how: str, expected: str) -> None:
    match = match_unit(written, departments)
    assert (match.how, match.department_name) == (how, expected)
    assert match.sure == (how != SIMILAR)


@pytest.mark.parametrize("written", ["各学校", "局属各单位", "相关股室", "各乡镇中心校"])
def test_collective_names_match_no_department(departments, written: str) -> None:
    match = match_unit(written, departments)
    assert (match.how, match.department_id, match.candidates) == (COLLECTIVE, None, [])


def test_unknown_names_are_offered(departments) -> None:
    match = match_unit("机关党委", departments)
    assert match.how == UNKNOWN
    assert match.department_id is None and match.candidates == []
    assert not match.sure


def test_core_strips_prefix_and_suffix_but_keeps_short_names() -> None:
    assert core("县教育局组干科") == "组干"
    assert core("办公室") == "办公室"
    assert core("ＡＢ科") == "AB"


def test_plan_units_listed_once_with_counts(departments) -> None:
    items = [
        ImportItem("1", None, 1, "一、", "甲", lead="组干科", co_units=["办公室", "机关党委"]),
        ImportItem("2", "1", 2, "1.", "乙", lead="组干科"),
        ImportItem("3", "1", 2, "2.", "丙", lead="机关党委"),
    ]
    matches = match_plan_units(ParsedPlan("计划", 2026, items), departments)
    assert [(m.name, m.count, m.how) for m in matches] == [
        ("组干科", 2, SHORT),
        ("办公室", 1, EXACT),
        ("机关党委", 2, UNKNOWN),
    ]
