"""The full-text search finds exactly the tasks a plain substring search finds, on random
registers, and the index follows every write; older files get it built with progress."""

from __future__ import annotations

import random
import shutil
import string
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given
from hypothesis import settings as settings_
from hypothesis import strategies as st

from desktop_app.storage import plans, progress, search, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.search import TaskFilter, matching_ids

FIXTURES = Path(__file__).resolve().parent / "fixtures"
# Few distinct characters, so random words are found often: Chinese, both cases of
# letters, digits, and what the full-text query language treats specially.
ALPHABET = list("学校教育建设幼儿园推进完成") + list("aAbB19") + list('"*^:()-+.%\'') + [" ", "\n"]


def substring_ids(reg, plan_id: int, words: list[str]) -> set[int]:
    """The reference: every word found by ``instr`` in the title, the description or any
    report of a live task of the plan, read task by task."""
    found = set()
    for tid, title, description in reg.execute(
        "SELECT id, title, description FROM tasks WHERE plan_id = ? AND deleted_at IS NULL",
        (plan_id,),
    ).fetchall():
        texts = [title, description]
        for done, nxt, problems in reg.execute(
            "SELECT done, next, problems FROM progress WHERE task_id = ?", (tid,)
        ).fetchall():
            texts += [done, nxt, problems]
        if all(any(word in text for text in texts) for word in words):
            found.add(tid)
    return found


def random_text(rng: random.Random, longest: int) -> str:
    return "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, longest)))


def random_words(rng: random.Random, reg) -> list[str]:
    """One to three words: pieces of stored text (1 to 6 characters) or made up."""
    texts = [r[0] for r in reg.execute(
        "SELECT title || description FROM tasks UNION ALL SELECT done || next || problems "
        "FROM progress").fetchall()]
    words = []
    for _ in range(rng.randint(1, 3)):
        text = rng.choice(texts) if texts and rng.random() < 0.8 else random_text(rng, 6)
        start = rng.randrange(max(len(text), 1))
        word = "".join(text[start:start + rng.randint(1, 6)].split())
        words.append(word or rng.choice(string.ascii_letters))
    return words


def fill(reg, rng: random.Random, count: int) -> int:
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    other = plans.create_plan(reg, "另一计划", 2026)
    for n in range(count):
        tid = tasks.add_task(reg, other if n % 7 == 0 else plan, random_text(rng, 12).strip() or "任务",
                             description=random_text(rng, 20))
        for week in rng.sample(range(1, 53), rng.randint(0, 3)):
            progress.save_progress(reg, tid, f"2026-W{week:02d}", done=random_text(rng, 15),
                                   next=random_text(rng, 8), problems=random_text(rng, 8))
    return plan


def live_ids(reg, plan: int) -> set[int]:
    return {r[0] for r in reg.execute(
        "SELECT id FROM tasks WHERE plan_id = ? AND deleted_at IS NULL", (plan,))}


def check_queries(reg, plan: int, rng: random.Random, queries: int) -> None:
    """Each search as is, and told the plan's tasks (a common word is then answered by the
    tasks without it)."""
    universe = live_ids(reg, plan)
    for _ in range(queries):
        words = random_words(rng, reg)
        flt = TaskFilter(text=" ".join(words))
        expected = substring_ids(reg, plan, flt.text.split())
        assert matching_ids(reg, plan, flt) == expected, words
        assert matching_ids(reg, plan, flt, universe=universe) == expected, words


@settings_(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture])
@given(seed=st.integers(0, 10**9), most_pieces=st.sampled_from([0, 2, search.MOST_PIECES]))
def test_same_tasks_as_a_substring_search_on_random_registers(tmp_path_factory, seed, most_pieces):
    """Short words through the index's pieces, or (too many pieces) through the text."""
    rng = random.Random(seed)
    with pytest.MonkeyPatch.context() as patch, \
            open_register(tmp_path_factory.mktemp("search") / "台账.db") as reg:
        patch.setattr(search, "MOST_PIECES", most_pieces)
        plan = fill(reg, rng, 25)
        check_queries(reg, plan, rng, 15)
        # The index follows edits, removals and the recycle bin.
        ids = [r[0] for r in reg.execute("SELECT id FROM tasks WHERE plan_id = ?", (plan,))]
        for tid in rng.sample(ids, min(6, len(ids))):
            tasks.update_task(reg, tid, title=random_text(rng, 10).strip() or "改名",
                              description=random_text(rng, 10))
        for week, task_id in reg.execute("SELECT week, task_id FROM progress").fetchall()[:8]:
            progress.save_progress(reg, task_id, week, done=random_text(rng, 10),
                                   problems=random_text(rng, 5))
        reg.execute("DELETE FROM progress WHERE id IN (SELECT id FROM progress LIMIT 3)")
        tasks.soft_delete(reg, ids[:2])
        check_queries(reg, plan, rng, 15)


@pytest.mark.parametrize("within_in_sql", [0, search.WITHIN_IN_SQL])
@pytest.mark.parametrize("most_pieces", [0, search.MOST_PIECES])
def test_narrowing_within_earlier_matches_agrees(file_reg, monkeypatch, most_pieces, within_in_sql):
    """Earlier matches narrow the search in SQL (a few) or are intersected with its answer."""
    monkeypatch.setattr(search, "MOST_PIECES", most_pieces)
    monkeypatch.setattr(search, "WITHIN_IN_SQL", within_in_sql)
    rng = random.Random(5)
    plan = fill(file_reg, rng, 60)
    universe = live_ids(file_reg, plan)
    for _ in range(20):
        words = random_words(rng, file_reg)
        first = matching_ids(file_reg, plan, TaskFilter(text=words[0][:1]))
        longer = TaskFilter(text=words[0])
        expected = matching_ids(file_reg, plan, longer)
        assert matching_ids(file_reg, plan, longer, within=first) == expected
        assert matching_ids(file_reg, plan, longer, within=first, universe=universe) == expected


def test_short_words_on_a_demo_register_find_what_a_plain_search_finds(demo_path):
    """Words of one and two characters — the common ones (完成, 推进) and every character
    and pair of a sample of the register's own text — through the per-task index, through
    its text when they begin too many pieces, and for tasks written outside a transaction,
    against the plain substring search over titles, descriptions and every report."""
    rng = random.Random(3)
    with open_register(demo_path) as reg:
        plan = reg.scalar("SELECT min(id) FROM plans")
        texts = [r[0] for r in reg.execute(
            "SELECT title || description FROM tasks UNION ALL "
            "SELECT done || next || problems FROM progress").fetchall()]
        words = {"完成", "推进", "完", "推", "鹅", "xy"}
        for text in rng.sample(texts, 40):
            start = rng.randrange(max(len(text) - 1, 1))
            words |= {text[start:start + 1], text[start:start + 2]}
        words = sorted(w for w in words if w.strip() == w and w)

        def agree() -> None:
            universe = live_ids(reg, plan)
            for word in words:
                expected = substring_ids(reg, plan, [word])
                flt = TaskFilter(text=word)
                assert matching_ids(reg, plan, flt) == expected, word
                assert matching_ids(reg, plan, flt, universe=universe) == expected, word
                assert matching_ids(reg, plan, flt, universe=universe, within=expected) == expected
                with pytest.MonkeyPatch.context() as patch:
                    patch.setattr(search, "MOST_PIECES", 0)
                    assert matching_ids(reg, plan, flt) == expected, word
                    assert matching_ids(reg, plan, flt, universe=universe) == expected, word
            common = [w for w in words if 2 * len(substring_ids(reg, plan, [w])) > len(universe)]
            assert {"完", "推"} <= set(common)  # the way of answering by the tasks without them

        assert reg.scalar("SELECT count(*) FROM task_words_stale") == 0
        agree()
        # Written outside a transaction: the tasks wait in task_words_stale, read from text.
        task = reg.scalar("SELECT min(task_id) FROM progress")
        reg.execute("UPDATE progress SET done = '鹅xy' WHERE task_id = ?", (task,))
        reg.execute("UPDATE tasks SET title = '完' WHERE id = (SELECT max(id) FROM tasks)")
        assert reg.scalar("SELECT count(*) FROM task_words_stale") == 2
        agree()
        # The next transaction rewrites their rows.
        with reg.atomic():
            reg.execute("UPDATE tasks SET description = description || '推' WHERE id = ?", (task,))
        assert reg.scalar("SELECT count(*) FROM task_words_stale") == 0
        agree()


def test_a_deleted_plan_leaves_nothing_in_the_index(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    tid = tasks.add_task(file_reg, plan, "新建幼儿园", description="选址论证")
    progress.save_progress(file_reg, tid, "2026-W10", done="完成征地")
    assert matching_ids(file_reg, plan, TaskFilter(text="完成征地")) == {tid}
    plans.delete_plan(file_reg, plan)
    rows = file_reg.execute(
        "SELECT count(*) FROM search_index WHERE search_index MATCH '\"幼儿园\" OR \"完成征地\"'"
    ).fetchone()[0]
    assert rows == 0


def test_short_words_and_mixed_words(file_reg):
    plan = plans.create_plan(file_reg, "2026年工作要点", 2026)
    a = tasks.add_task(file_reg, plan, "新建幼儿园")
    b = tasks.add_task(file_reg, plan, "教师培训", description="Q3 全覆盖")
    progress.save_progress(file_reg, b, "2026-W10", done="完成 2 期")
    assert matching_ids(file_reg, plan, TaskFilter(text="园")) == {a}
    assert matching_ids(file_reg, plan, TaskFilter(text="Q3")) == {b}
    assert matching_ids(file_reg, plan, TaskFilter(text="q3")) == set()  # exact case
    assert matching_ids(file_reg, plan, TaskFilter(text="2 全覆盖")) == {b}
    assert matching_ids(file_reg, plan, TaskFilter(text='"全覆')) == set()
    assert matching_ids(file_reg, plan, TaskFilter(text="园 鹅")) == set()  # 鹅: nowhere


@pytest.mark.parametrize("version", [1, 2, 3, 4])
def test_an_older_file_gets_the_index_built_with_progress(version, tmp_path):
    copy = tmp_path / "台账.db"
    shutil.copyfile(FIXTURES / f"schema_v{version}.db", copy)
    seen: list[tuple[float, str]] = []
    with open_register(copy, progress=lambda fraction, text: seen.append((fraction, text))) as reg:
        plan = reg.scalar("SELECT min(id) FROM plans")
        for word in ("推进学校", "已完成部分", "继续推进", "任务1", "学校建设 第2周"):
            expected = substring_ids(reg, plan, word.split())
            assert expected
            assert matching_ids(reg, plan, TaskFilter(text=word)) == expected
    assert seen and seen[-1][0] == 1.0 and all(text for _, text in seen)
    assert [f for f, _ in seen] == sorted(f for f, _ in seen)
    calls: list[tuple] = []
    with open_register(copy, progress=lambda *a: calls.append(a)):
        pass
    assert calls == []  # nothing left to build: no dialog


def test_index_shift_leaves_room_for_every_week():
    assert 9999 * 100 + 99 < 1 << search.SEARCH_SHIFT
