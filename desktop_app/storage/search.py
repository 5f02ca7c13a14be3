"""Search and filters of the task tree, done in SQL: they return matching task ids.

A search word finds the tasks whose title, description or any progress report contains
it, exactly as written. A word of three characters or more is looked up in the trigram
full-text index of tasks and reports (``search_index``, kept in step by triggers). A
shorter word is looked up in the index of each task's whole text (``task_words``, one row
per task, see migration m009) as every three-character piece that begins with it (the
indexed text ends in two line breaks, so each character begins one); should that be very
many pieces, it is sought with ``instr`` in those rows. A task written outside a
transaction, whose row is not rewritten yet (``task_words_stale``), is read from its text.
Warning lights are computed (``storage.status``), not stored, so the light filter is
applied by the caller on the ids returned here.
"""

from __future__ import annotations

import json
from typing import NamedTuple

from desktop_app.storage.db import Register
from desktop_app.storage.migrations import SEARCH_SHIFT

# The trigram index answers words of at least this many characters.
INDEXED_LENGTH = 3
# A shorter word beginning more pieces than this is sought in the text instead.
MOST_PIECES = 3000
_TOP = "\U0010ffff"  # sorts after every character
# Earlier matches (``within``) up to this many narrow the search in SQL.
WITHIN_IN_SQL = 2000


def _phrase(text: str) -> str:
    """``text`` as one literal phrase of the full-text query language."""
    return '"' + text.replace('"', '""') + '"'


def _index_query(reg: Register, word: str) -> tuple[str | None, int]:
    """The full-text query finding ``word``: itself (in ``search_index``), or for a word
    shorter than a piece the pieces it begins (in ``task_words``; "" when there are none);
    None: too many, read the text. With it, how many tasks at least hold the word, as far
    as the index tells at once (0 for a longer word)."""
    if len(word) >= INDEXED_LENGTH:
        return _phrase(word), 0
    pieces = reg.execute(
        f"SELECT term, doc FROM task_words_terms WHERE term >= ? AND term < ? LIMIT {MOST_PIECES + 1}",
        (word, word + _TOP),
    ).fetchall()
    most = max((doc for _, doc in pieces), default=0)
    if len(pieces) > MOST_PIECES:
        return None, most
    return " OR ".join(_phrase(p[0]) for p in pieces), most


class TaskFilter(NamedTuple):  # a frozen value, defined without compiling methods at start-up
    """The filter bar's choices: words, department, people, state, deadline range, flags."""

    text: str = ""  # words (space separated), each found in title, description or progress (exact case)
    department_id: int | None = None  # as lead or co-operating department
    owner_id: int | None = None
    leader_id: int | None = None
    deadline_from: str | None = None  # ISO dates, inclusive
    deadline_to: str | None = None
    key_only: bool = False
    unclear_only: bool = False  # 待确认: deadline_kind 'unclear'
    unassigned_only: bool = False  # leaves still without a lead department or an owner

    def is_empty(self) -> bool:
        return self == TaskFilter()


_IN_PROGRESS = "instr(g.done, :w{n}) OR instr(g.next, :w{n}) OR instr(g.problems, :w{n})"


def _in_text(n: int) -> str:
    """Word ``n`` in a task's title, description or progress reports, read from the text."""
    return (f"(instr(t.title, :w{n}) OR instr(t.description, :w{n}) OR EXISTS ("
            f"SELECT 1 FROM progress g WHERE g.task_id = t.id AND "
            f"({_IN_PROGRESS.format(n=n)})))")


def matching_ids(
    reg: Register,
    plan_id: int,
    flt: TaskFilter,
    *,
    within: set[int] | None = None,
    universe: set[int] | None = None,
) -> set[int]:
    """Ids of the live tasks of a plan that meet every condition of ``flt``.

    ``within`` narrows the search to earlier matches (a search term that grew by a
    keystroke). ``universe``: the ids of the plan's live tasks, when the caller holds them
    (the task tree does); a search whose every word is short and in most of them (完成)
    is then answered as ``universe`` less the few tasks that do not meet it, rather than
    by reading out tens of thousands of matching ids.
    """
    sql = ["SELECT t.id FROM tasks t WHERE t.plan_id = :plan AND t.deleted_at IS NULL"]
    params: dict = {"plan": plan_id}
    # A few earlier matches are handed to SQL, which then reads only their text; many are
    # intersected with the answer here (the indexes answer for all tasks as fast).
    narrow = within is not None and len(within) <= WITHIN_IN_SQL
    if narrow:
        sql.append("AND t.id IN (SELECT value FROM json_each(:within))")
        params["within"] = json.dumps(sorted(within))
    # Words found through an index first: each narrows the tasks by one lookup, before
    # any text is read.
    looked_up = [(word, *_index_query(reg, word)) for word in flt.text.split()]
    looked_up.sort(key=lambda found: found[1] is None)
    stale = any(len(word) < INDEXED_LENGTH for word, *_ in looked_up) and reg.execute(
        "SELECT 1 FROM task_words_stale LIMIT 1").fetchone() is not None
    common = universe is not None and bool(looked_up) and all(
        len(word) < INDEXED_LENGTH and 2 * most >= len(universe) for word, _, most in looked_up)
    base = len(sql)
    for n, (word, query, _most) in enumerate(looked_up):
        params[f"w{n}"] = word
        if len(word) >= INDEXED_LENGTH:
            sql.append(
                f"AND t.id IN (SELECT rowid >> {SEARCH_SHIFT} FROM search_index "
                f"WHERE search_index MATCH :q{n})"
            )
            params[f"q{n}"] = query
            continue
        if query == "" and not stale:
            return set()  # a character the register does not hold (never common)
        if query == "":
            indexed = "0"
        elif query is None and narrow:
            indexed = f"instr((SELECT body FROM task_words WHERE rowid = t.id), :w{n})"
        elif query is None:
            indexed = f"t.id IN (SELECT rowid FROM task_words WHERE instr(body, :w{n}))"
        else:
            indexed = f"t.id IN (SELECT rowid FROM task_words WHERE task_words MATCH :q{n})"
            params[f"q{n}"] = query
        if stale:
            indexed = (f"CASE WHEN t.id IN (SELECT task_id FROM task_words_stale) "
                       f"THEN {_in_text(n)} ELSE {indexed} END")
        sql.append(f"AND {indexed}")
    conditions = (
        (flt.department_id, "t.id IN (SELECT task_id FROM task_departments WHERE department_id = :department)", "department"),
        (flt.owner_id, "t.owner_id = :owner", "owner"),
        (flt.leader_id, "t.leader_id = :leader", "leader"),
        (flt.deadline_from or None, "t.deadline >= :from", "from"),
        (flt.deadline_to or None, "t.deadline <= :to", "to"),
    )
    for value, condition, name in conditions:
        if value is not None:
            sql.append(f"AND {condition}")
            params[name] = value
    if flt.key_only:
        sql.append("AND t.is_key = 1")
    if flt.unclear_only:
        sql.append("AND t.deadline_kind = 'unclear'")
    if flt.unassigned_only:
        sql.append(
            "AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL) "
            "AND (t.owner_id IS NULL OR NOT EXISTS ("
            "SELECT 1 FROM task_departments d WHERE d.task_id = t.id AND d.role = 'lead'))"
        )
    if common and universe is not None:
        # The tasks that fail a condition: every condition after the plan's (and ``within``'s).
        conditions = " ".join(sql[base:]).removeprefix("AND ")
        failing = {r[0] for r in reg.execute(
            " ".join(sql[:base]) + f" AND NOT ifnull(({conditions}), 0)", params)}
        pool = universe if within is None else universe & within
        return pool - failing
    found = {r[0] for r in reg.execute(" ".join(sql), params)}
    return found if within is None or narrow else found & within
