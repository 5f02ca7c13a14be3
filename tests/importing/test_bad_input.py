"""Bad input everywhere: broken, hostile and huge files, and random field values.

Every importer (plan documents, returned department forms, people lists) meets
the corpus of ``bad_files``: it may refuse a file only with its own user-facing
error (``ImportFailed``/``FormError``/``StorageError``, a Chinese sentence), never
with another exception, and a refused file writes nothing (row counts of every
table unchanged). Hypothesis adds random texts, plans and field values.
"""

from __future__ import annotations

import string
from datetime import date
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from desktop_app.importing.errors import ImportFailed
from desktop_app.importing.model import Deadline, ImportItem, ParsedPlan
from desktop_app.importing.parse import parse_file, parse_text
from desktop_app.importing.reading import decode_bytes
from desktop_app.importing.writer import write_plan
from desktop_app.storage import directory, plans, progress, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import StorageError, ValidationError
from tests.importing.bad_files import corpus

CASES = corpus(seed=1, mutants=12)
XLSX_CASES = [case for case in CASES if case[0].endswith(".xlsx")]
TABLES = ("plans", "tasks", "departments", "people", "task_departments", "indicators", "progress", "audit")


def counts(reg) -> dict[str, int]:
    return {t: reg.scalar(f"SELECT count(*) FROM {t}") for t in TABLES}


def _case_ids(cases):
    return [name for name, _w in cases]


@pytest.fixture(scope="module")
def demo_file(tmp_path_factory) -> Path:
    from desktop_app.storage.demo import generate

    path = tmp_path_factory.mktemp("fuzz") / "台账.db"
    with open_register(path) as reg:
        generate(reg, tasks=60, weeks=3, seed=2, today=date(2026, 11, 18))
    return path


def _check_plan_file(path: Path) -> None:
    try:
        plan = parse_file(path)
    except ImportFailed as exc:
        assert str(exc).strip()
        return
    assert isinstance(plan, ParsedPlan)


@pytest.mark.parametrize(("name", "write"), CASES, ids=_case_ids(CASES))
def test_plan_importer_refuses_broken_files_cleanly(tmp_path, name, write):
    path = tmp_path / name
    write(path)
    _check_plan_file(path)


def _check_people_file(path: Path) -> None:
    from desktop_app.importing.directory_list import read_directory_xlsx

    try:
        people = read_directory_xlsx(path)
    except ImportFailed as exc:
        assert str(exc).strip()
        return
    assert all(isinstance(p.get("name"), str) for p in people)


@pytest.mark.parametrize(("name", "write"), XLSX_CASES, ids=_case_ids(XLSX_CASES))
def test_people_list_refuses_broken_files_cleanly(tmp_path, name, write):
    path = tmp_path / name
    write(path)
    _check_people_file(path)


def _check_form_file(reg, path: Path) -> None:
    returns = pytest.importorskip("desktop_app.forms.returns")
    from desktop_app.forms.layout import FormError

    before = counts(reg)
    try:
        preview = returns.build_preview(reg, [path])
        result = returns.apply_preview(reg, preview)
    except (FormError, StorageError) as exc:
        assert str(exc).strip()
    else:
        assert not result.applied
    assert counts(reg) == before


@pytest.mark.parametrize(("name", "write"), XLSX_CASES, ids=_case_ids(XLSX_CASES))
def test_forms_import_refuses_broken_files_without_writing(tmp_path, demo_file, name, write):
    path = tmp_path / name
    write(path)
    with open_register(demo_file) as reg:
        _check_form_file(reg, path)


# -- hypothesis: random texts, plans and field values ---------------------------------

TEXT = st.text(alphabet=st.characters(codec="utf-8", exclude_categories=("Cs",)), max_size=400)
CJK_LINES = st.lists(
    st.one_of(
        st.sampled_from(["一、", "（一）", "1.", "(1)", "①", "一是", "第一，", "⒈", "1、", "（责任科室：", "）", "\n",
                         "3月底前", "每月", "长期坚持", "达到97%以上", "牵头单位：", "配合单位：", "2026年工作要点"]),
        st.text(alphabet="教育局办公室推进完成加强落实，。；：、" + string.ascii_letters + string.digits, max_size=30),
    ),
    max_size=60,
).map("".join)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.binary(max_size=3000))
def test_random_bytes_decode_or_are_refused(data):
    try:
        decoded = decode_bytes(data, name="x.txt")
    except ImportFailed:
        return
    assert isinstance(decoded.text, str)


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(st.one_of(TEXT, CJK_LINES))
def test_random_text_parses_or_is_refused(text):
    try:
        plan = parse_text(text)
    except ImportFailed:
        return
    ids = {item.id for item in plan.items}
    assert all(item.parent is None or item.parent in ids for item in plan.items)


DATES = st.one_of(st.none(), st.dates().map(date.isoformat), st.text(max_size=12))
ITEMS = st.lists(
    st.builds(
        lambda n, title, due, start, kind, lead, owner, is_task: (title, due, start, kind, lead, owner, is_task),
        st.integers(), st.one_of(TEXT, st.just("")), DATES, DATES,
        st.sampled_from(["date", "period", "recurring", "ongoing", "unclear", "bogus"]),
        st.one_of(st.none(), TEXT), st.one_of(st.none(), TEXT), st.booleans(),
    ),
    min_size=1, max_size=12,
)


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow, HealthCheck.function_scoped_fixture])
@given(ITEMS)
def test_random_plans_write_whole_or_not_at_all(reg, raw):
    items = []
    for n, (title, due, start, kind, lead, owner, is_task) in enumerate(raw):
        parent = items[n // 3 - 1].id if n >= 3 and n % 3 else None
        items.append(ImportItem(
            id=f"i{n}", parent=parent, level=2 if parent else 1, marker=f"{n + 1}.", title=title,
            text=title, is_task=is_task, deadline=Deadline(text=str(due), due=due, start=start, kind=kind),
            lead=lead, owner=owner,
        ))
    before = counts(reg)
    try:
        plan_id = write_plan(reg, ParsedPlan(title="随机计划", year=2026, items=items))
    except ImportFailed as exc:
        assert str(exc).strip()
        assert counts(reg) == before
        return
    assert reg.scalar("SELECT count(*) FROM plans WHERE id = ?", (plan_id,)) == 1


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(title=TEXT, start=DATES, deadline=DATES, percent=st.one_of(st.integers(-5, 120), st.floats(), TEXT, st.none()),
       week=st.one_of(st.just("2026-W47"), TEXT), name=TEXT)
def test_entry_fields_are_validated_with_a_message(reg, title, start, deadline, percent, week, name):
    """Every value a clerk can type either lands or is refused with a ValidationError."""
    plan = plans.create_plan(reg, "计划", 2026)
    before = counts(reg)
    try:
        tasks.add_task(reg, plan, title, start_date=start, deadline=deadline)
    except ValidationError as exc:
        assert str(exc).strip() and counts(reg) == before
    task = tasks.add_task(reg, plan, "固定任务")
    before = counts(reg)
    try:
        progress.save_progress(reg, task, week, done=title, percent=percent)
    except ValidationError as exc:
        assert str(exc).strip() and counts(reg) == before
    before = counts(reg)
    try:
        directory.add_department(reg, name)
    except ValidationError as exc:
        assert str(exc).strip() and counts(reg) == before
