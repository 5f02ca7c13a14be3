"""A plan import through the window is in a backup the same day."""

import sqlite3

from desktop_app.storage import backup, plans, tasks
from desktop_app.storage.db import open_register
from desktop_app.ui.importing import import_wizard
from desktop_app.ui.shell.main_window import MainWindow


def test_plan_import_is_backed_up_once_that_day(qtbot, tmp_path, monkeypatch):
    path = tmp_path / "台账.db"
    window = MainWindow(open_register(path))
    qtbot.addWidget(window)
    first = backup.backup_register(window.reg)  # the opening copy of the empty register

    def wizard(_parent, reg, from_clipboard=False):
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        for n in range(4):
            tasks.add_task(reg, plan, f"任务{n}")
        return plan

    monkeypatch.setattr(import_wizard, "run_import_wizard", wizard)
    window.import_plan()
    qtbot.waitUntil(lambda: len(backup.list_backups(path)) == 2, timeout=10_000)
    newest = backup.list_backups(path)[0].path
    assert newest != first
    conn = sqlite3.connect(newest)
    try:
        assert conn.execute("SELECT count(*) FROM tasks").fetchone()[0] == 4
    finally:
        conn.close()
    window.import_plan()  # a second import that day: no third copy
    qtbot.wait(200)
    assert len(backup.list_backups(path)) == 2
    window.close()
