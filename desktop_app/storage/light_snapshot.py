"""What turned red or yellow since the register was last opened.

At every opening the red and yellow task ids are kept in the register's settings
(``startup.last_lights``), so the next opening — on any computer — can say what got
worse in between. The snapshot records what the program showed, not a change to the
register's content, so it is written without an audit row (auditing it would bury the
real changes under one row per opening).
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from datetime import date

from desktop_app.domain.lights import LightResult
from desktop_app.storage import settings
from desktop_app.storage.db import Register

SNAPSHOT_KEY = "startup.last_lights"


@dataclass
class LightChanges:
    """Tasks that turned red, and tasks that turned yellow from green (or no light)."""

    previous_on: date | None
    red: list[int] = field(default_factory=list)
    yellow: list[int] = field(default_factory=list)
    red_total: int = 0
    yellow_total: int = 0

    @property
    def first_time(self) -> bool:
        return self.previous_on is None


def changes_since_last_seen(reg: Register, lights: dict[int, LightResult]) -> LightChanges:
    """Compare ``lights`` with the snapshot of the last opening (nothing is written)."""
    snapshot = settings.get(reg, SNAPSHOT_KEY) or {}
    seen_on = snapshot.get("on")
    was_red = set(snapshot.get("red", ()))
    was_yellow = set(snapshot.get("yellow", ()))
    red = sorted(t for t, light in lights.items() if light.colour == "red")
    yellow = sorted(t for t, light in lights.items() if light.colour == "yellow")
    return LightChanges(
        previous_on=date.fromisoformat(seen_on) if seen_on else None,
        red=[t for t in red if t not in was_red] if seen_on else [],
        yellow=[t for t in yellow if t not in was_red and t not in was_yellow] if seen_on else [],
        red_total=len(red),
        yellow_total=len(yellow),
    )


def remember_lights(reg: Register, lights: dict[int, LightResult], on: date) -> None:
    """Keep today's red and yellow ids for the next opening."""
    value = {
        "on": on.isoformat(),
        "red": sorted(t for t, light in lights.items() if light.colour == "red"),
        "yellow": sorted(t for t, light in lights.items() if light.colour == "yellow"),
    }
    with reg.atomic():
        reg.execute(
            "INSERT INTO settings (key, value) VALUES (?, ?) "
            "ON CONFLICT(key) DO UPDATE SET value = excluded.value",
            (SNAPSHOT_KEY, json.dumps(value, separators=(",", ":"))),
        )
