"""SIGKILL a real writer process part-way through the big writes, backups and restores, many times.

Runs ``bench/stress_kill.py`` (the same harness as the benchmark, with fewer
trials): each trial copies a register, starts a writer subprocess, kills it at a
random moment and checks integrity and all-or-nothing by row counts.
"""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

SCRIPT = Path(__file__).resolve().parents[2] / "bench" / "stress_kill.py"


def _stress(trials: int, seed: int) -> dict:
    proc = subprocess.run(
        [sys.executable, str(SCRIPT), "--trials", str(trials), "--seed", str(seed), "--json"],
        capture_output=True, text=True, encoding="utf-8", timeout=1800,
    )
    assert proc.returncode in (0, 1), proc.stderr
    return json.loads(proc.stdout.strip().splitlines()[-1])


def _check(result: dict) -> None:
    assert result["corrupt"] == 0
    assert result["lost"] == 0
    assert result["survived"] == result["trials"]
    outcomes = result["per_operation"].values()
    # The kills really landed both before and after commits, and mid-transaction.
    assert sum(s["absent"] for s in outcomes) > 0
    assert sum(s["complete"] for s in outcomes) > 0
    assert result["rolled_back"] > 0
    # Killed backups and restores leave only whole copies, and their temporary files are
    # all found and removed by the next run.
    copies = result["copies"]
    assert copies["bad_backups"] == 0 and copies["temp_stuck"] == 0
    assert copies["temp_removed"] == copies["temp_left"]


def test_killed_writers_leave_each_operation_whole_or_absent():
    _check(_stress(trials=36, seed=11))


@pytest.mark.slow
def test_two_hundred_kill_trials():
    result = _stress(trials=240, seed=5)
    _check(result)
    assert all(s["trials"] == 40 for s in result["per_operation"].values())
