"""Search and filters of the task tree, done in SQL: they return matching task ids.

A search word of three characters or more is looked up in the trigram full-text index
(``search_index``, kept in step with tasks and progress by triggers): the tasks whose
title, description or any progress report contains it, exactly as written. A shorter word
is looked up as every three-character piece of the index that begins with it (the indexed
text ends in two line breaks, so each character begins one); should that be very many
pieces, it is sought with ``instr`` in the text itself.
Warning lights are computed (``storage.status``), not stored, so the light filter is
applied by the caller on the ids returned here.
"""

from __future__ import annotations

import json
from dataclasses import dataclass

from desktop_app.storage.db import Register
from desktop_app.storage.migrations import SEARCH_SHIFT

# The trigram index answers words of at least this many characters.
INDEXED_LENGTH = 3
# A shorter word beginning more pieces than this is sought in the text instead.
MOST_PIECES = 3000
_TOP = "\U0010ffff"  # sorts after every character


def _phrase(text: str) -> str:
    """``text`` as one literal phrase of the full-text query language."""
    return '"' + text.replace('"', '""') + '"'


def _index_query(reg: Register, word: str) -> str | None:
    """The full-text query finding ``word``: itself, or for a word shorter than a piece
    the pieces it begins ("" when there are none); None: too many, read the text."""
    if len(word) >= INDEXED_LENGTH:
        return _phrase(word)
    pieces = reg.execute(
        f"SELECT term FROM search_terms WHERE term >= ? AND term < ? LIMIT {MOST_PIECES + 1}",
        (word, word + _TOP),
    ).fetchall()
    if len(pieces) > MOST_PIECES:
        return None
    return " OR ".join(_phrase(p[0]) for p in pieces)


@dataclass(frozen=True)
class TaskFilter:
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


def matching_ids(reg: Register, plan_id: int, flt: TaskFilter, *, within: set[int] | None = None) -> set[int]:
    """Ids of the live tasks of a plan that meet every condition of ``flt``.

    ``within`` narrows the search to earlier matches (a search term that grew by a
    keystroke): each candidate's progress is then sought through its index instead of
    scanning every report of the register.
    """
    sql = ["SELECT t.id FROM tasks t WHERE t.plan_id = :plan AND t.deleted_at IS NULL"]
    params: dict = {"plan": plan_id}
    if within is not None:
        sql.append("AND t.id IN (SELECT value FROM json_each(:within))")
        params["within"] = json.dumps(sorted(within))
    # Words found through the index first: each narrows the tasks by one lookup, before
    # any text is read.
    looked_up = [(word, _index_query(reg, word)) for word in flt.text.split()]
    looked_up.sort(key=lambda pair: pair[1] is None)
    for n, (word, query) in enumerate(looked_up):
        if query == "":
            return set()  # a character the register does not hold
        if query is not None:
            params[f"w{n}"] = query
            sql.append(
                f"AND t.id IN (SELECT rowid >> {SEARCH_SHIFT} FROM search_index "
                f"WHERE search_index MATCH :w{n})"
            )
            continue
        params[f"w{n}"] = word
        progress = _IN_PROGRESS.format(n=n)
        if within is None:
            found = f"t.id IN (SELECT g.task_id FROM progress g WHERE {progress})"
        else:
            found = f"EXISTS (SELECT 1 FROM progress g WHERE g.task_id = t.id AND ({progress}))"
        sql.append(f"AND (instr(t.title, :w{n}) OR instr(t.description, :w{n}) OR {found})")
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
    return {r[0] for r in reg.execute(" ".join(sql), params)}
