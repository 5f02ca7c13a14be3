"""Two programs on one register: a read-only window follows what the writing one saves,
and never writes itself."""

from __future__ import annotations

import os
import subprocess
import sys
import textwrap
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.db import open_register
from desktop_app.ui.shell.main_window import MainWindow
from desktop_app.ui.tasks.task_tree_model import COLUMN_KEYS
from tests.conftest import DEMO_TODAY

ROOT = Path(__file__).resolve().parents[2]


def write_elsewhere(path: Path, task_id: int, title: str) -> None:
    """Another process (another clerk's window) saves a task edit and a week's progress."""
    script = textwrap.dedent(f"""
        from desktop_app import clock
        from desktop_app.domain.weeks import week_id
        from desktop_app.storage import progress, tasks
        from desktop_app.storage.db import open_register
        with open_register({str(path)!r}, create=False) as reg:
            tasks.update_task(reg, {task_id}, title={title!r})
            progress.save_progress(reg, {task_id}, week_id(clock.today()), done="另一窗口填写")
    """)
    subprocess.run([sys.executable, "-c", script], check=True, cwd=ROOT, timeout=60,
                   env={**os.environ, "DUBAN_TODAY": DEMO_TODAY.isoformat()})


def audit_rows(path: Path) -> int:
    with open_register(path, create=False, readonly=True) as reg:
        return reg.scalar("SELECT count(*) FROM audit")


def test_a_read_only_window_follows_the_other_and_never_writes(qtbot, demo_path, monkeypatch):
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    viewer = MainWindow(open_register(demo_path, create=False, readonly=True))
    qtbot.addWidget(viewer)
    viewer.show()
    model = viewer.tasks.model
    leaf = next(t for t in model.lights() if not model.live_children(t))
    viewer.tree.select_tasks([leaf], leaf)
    write_elsewhere(demo_path, leaf, "另一窗口改过的标题")
    # The read-only window notices the other's commit by itself (and F5 does it at once).
    # (What the window shows: the tree's row is read afresh whenever it is not held.)
    qtbot.waitUntil(lambda: viewer.tasks.panel.title_edit.text() == "另一窗口改过的标题", timeout=10000)
    assert model.row_data(leaf).get("title") == "另一窗口改过的标题"
    latest = model.index_of(leaf, COLUMN_KEYS.index("latest")).data()
    assert "另一窗口填写" in (latest or "")
    before = audit_rows(demo_path)
    viewer.tasks.panel.title_edit.setText("只读窗口里的修改")
    viewer.tasks.panel.save()
    viewer.weekly.open_week()
    week = viewer.weekly.week_view
    assert week.model.read_only
    assert audit_rows(demo_path) == before
    with open_register(demo_path, create=False, readonly=True) as reg:
        assert reg.scalar("SELECT title FROM tasks WHERE id = ?", (leaf,)) == "另一窗口改过的标题"
    assert warnings  # the refused edit said why
