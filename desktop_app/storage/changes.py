"""What a write changed: every write operation returns one of these.

The GUI announces it once (``ui.common.hub``), and every page decides from it
whether, and what, to refresh — no page refreshes another by hand.
"""

from __future__ import annotations

from typing import NamedTuple

NONE: frozenset = frozenset()


# A named tuple: an immutable value like a frozen dataclass, defined without generating and
# compiling methods before the window can paint, and made and merged quickly (a week's save
# merges one per row).
class Changes(NamedTuple):
    """What one write changed, as the change hub announces it to every page."""

    tasks: frozenset[int] = NONE   # task ids whose stored fields changed
    structure: bool = False        # tasks added, deleted, restored or moved; plan imported
    progress_weeks: frozenset[str] = NONE   # ISO weeks "2026-W47"
    progress_tasks: frozenset[int] = NONE   # tasks whose progress changed
    directory: bool = False        # departments or people
    settings: bool = False         # register settings a user sees (thresholds, names, backup...)
    setting_keys: frozenset[str] = NONE   # which keys
    plans: bool = False            # plans added, renamed, closed, reopened, deleted
    calendar: bool = False         # the holiday calendar
    supervision: bool = False      # 催办/督办 records
    everything: bool = False       # the whole register was replaced (restore from backup, other file)

    def __or__(self, other: Changes) -> Changes:  # type: ignore[override]  # not tuple joining
        return Changes(*[(a | b) if isinstance(a, frozenset) else (a or b)
                         for a, b in zip(self, other, strict=True)])

    def __bool__(self) -> bool:
        return any(self)

    @property
    def lights(self) -> bool:
        """Could any light have changed?"""
        return bool(self.everything or self.tasks or self.structure or self.progress_tasks
                    or self.progress_weeks or self.calendar
                    or any(k.startswith("light.") for k in self.setting_keys))

    @staticmethod
    def of_tasks(ids, *, structure: bool = False) -> Changes:
        return Changes(tasks=frozenset(int(i) for i in ids), structure=structure)

    @staticmethod
    def of_progress(task_ids, weeks) -> Changes:
        return Changes(progress_tasks=frozenset(int(i) for i in task_ids),
                       progress_weeks=frozenset(str(w) for w in weeks))


EVERYTHING = Changes(everything=True, structure=True, directory=True, settings=True, plans=True,
                     calendar=True, supervision=True)

# Settings the program keeps for itself (what was red at the last opening, the
# register's identity): writing them changes nothing a page shows.
BOOKKEEPING_SETTINGS = frozenset({"startup.last_lights", "register.id"})

# Task fields whose change moves a task in (or out of) the tree.
_STRUCTURE_FIELDS = frozenset({"parent_id", "position", "row", "deleted_at", "plan_id"})


def from_audit(rows) -> Changes:
    """What audit rows ``(entity, entity_id, field, old, new)`` say was changed.

    Every write of the register leaves audit rows, so deriving the changes from them
    covers every write path, including ones added later."""
    tasks: set[int] = set()
    weeks: set[str] = set()
    keys: set[str] = set()
    flags: dict[str, bool] = {}
    for entity, entity_id, field_name, old, new in rows:
        if entity == "tasks":
            if entity_id is not None:
                tasks.add(int(entity_id))
            if field_name in _STRUCTURE_FIELDS or (field_name == "title" and old is None):
                flags["structure"] = True
        elif entity == "progress":
            if field_name and "." in field_name:
                weeks.add(field_name.split(".", 1)[0])
        elif entity in ("departments", "people"):
            flags["directory"] = True
        elif entity == "settings":
            keys.add(str(field_name))
            if field_name not in BOOKKEEPING_SETTINGS:
                flags["settings"] = True
        elif entity in ("plans", "rollover"):
            flags["plans"] = flags["structure"] = True
        elif entity in ("holidays", "calendar"):
            flags["calendar"] = True
        elif entity in ("supervision", "extensions"):
            if entity == "supervision":
                flags["supervision"] = True
            task_id = new.get("task_id") if isinstance(new, dict) else None
            if task_id is not None:
                tasks.add(int(task_id))
    return Changes(tasks=frozenset(tasks), progress_weeks=frozenset(weeks),
                   setting_keys=frozenset(keys), **flags)
