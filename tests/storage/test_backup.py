"""Backups: daily copy, pruning, restore that keeps the current file, CLI."""

from __future__ import annotations

import sqlite3
from datetime import datetime
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage import backup, plans, settings, tasks
from desktop_app.storage.db import integrity_problems, open_register
from desktop_app.storage.errors import NotARegisterError, StorageError


def _count(path: Path) -> int:
    conn = sqlite3.connect(path)
    try:
        return conn.execute("SELECT count(*) FROM tasks").fetchone()[0]
    finally:
        conn.close()


def test_backup_is_a_complete_single_file_copy(demo_path):
    with open_register(demo_path) as reg:
        out = backup.backup_register(reg)
        expected = reg.scalar("SELECT count(*) FROM tasks")
    assert out.parent == demo_path.parent / "备份" and out.name.startswith("demo_")
    assert _count(out) == expected
    assert not Path(str(out) + "-wal").exists()
    assert not list(out.parent.glob(".*tmp"))
    info = backup.list_backups(demo_path)[0]
    assert info.path == out and info.task_count() == expected - 0 and info.size > 0


def test_first_open_of_the_day_backs_up_once_and_keeps_the_last_n(db_path):
    with open_register(db_path) as reg:
        settings.set_value(reg, "backup.keep", 3)
        made = [backup.auto_backup(reg, datetime(2026, 1, day, 8, 30)) for day in range(1, 8)]
        assert all(made)
        assert backup.auto_backup(reg, datetime(2026, 1, 7, 17, 0)) is None
    assert len(backup.list_backups(db_path)) == 3


def test_auto_backup_honours_the_folder_setting(db_path, tmp_path):
    elsewhere = tmp_path / "别处"
    with open_register(db_path) as reg:
        settings.set_value(reg, "backup.folder", str(elsewhere))
        made = backup.auto_backup(reg)
    assert made is not None and made.parent == elsewhere


def test_restore_backs_up_current_then_replaces(demo_path):
    with open_register(demo_path) as reg:
        before = reg.scalar("SELECT count(*) FROM tasks")
        copy = backup.backup_register(reg)
        plan = plans.create_plan(reg, "新计划", 2026)
        tasks.add_task(reg, plan, "备份之后新增")
    safety = backup.restore_backup(demo_path, copy)
    assert safety is not None and _count(safety) == before + 1
    with open_register(demo_path) as reg:
        assert reg.scalar("SELECT count(*) FROM tasks") == before
        assert integrity_problems(reg) == []
    assert not Path(str(demo_path) + "-journal").exists()


def test_restore_over_a_damaged_file_keeps_its_bytes(demo_path):
    with open_register(demo_path) as reg:
        copy = backup.backup_register(reg)
    demo_path.write_bytes(b"garbage" * 100)
    with pytest.raises(NotARegisterError) as info:
        open_register(demo_path)
    assert str(copy) in str(info.value)
    safety = backup.restore_backup(demo_path, copy)
    assert safety is not None and "损坏" in safety.name and safety.read_bytes() == b"garbage" * 100
    open_register(demo_path).close()
    assert backup.latest_backup(demo_path) == copy


def test_restore_refuses_a_broken_backup_and_changes_nothing(demo_path, tmp_path):
    bad = tmp_path / "bad.db"
    bad.write_bytes(b"SQLite format 3\x00" + bytes(range(256)) * 20)
    before = demo_path.read_bytes()
    with pytest.raises(StorageError):
        backup.restore_backup(demo_path, bad)
    assert demo_path.read_bytes() == before
    assert not list(demo_path.parent.glob(".*restore*"))


def test_damaged_register_is_never_backed_up(demo_path):
    data = bytearray(demo_path.read_bytes())
    for i in range(len(data) // 2, len(data) // 2 + 16384):
        data[i] = 0xA5
    demo_path.write_bytes(bytes(data))
    try:
        reg = open_register(demo_path)
    except NotARegisterError:
        return
    with reg, pytest.raises(StorageError, match="损坏"):
        backup.backup_register(reg)
    assert backup.list_backups(demo_path) == []


def test_cli_backup_list_and_restore(demo_path, tmp_path, capsys):
    out = tmp_path / "copy.db"
    assert main(["backup", "--db", str(demo_path), "--out", str(out)]) == 0
    assert "已备份到" in capsys.readouterr().out and out.exists()
    assert main(["backup", "--db", str(demo_path)]) == 0
    assert main(["backup", "--db", str(demo_path), "--list"]) == 0
    listing = capsys.readouterr().out
    assert "项任务" in listing and "MB" in listing
    assert main(["backup", "--db", str(demo_path), "--restore", str(out)]) == 0
    assert "已从" in capsys.readouterr().out
    assert main(["backup", "--db", str(tmp_path / "missing.db")]) == 2
    assert "找不到" in capsys.readouterr().err


def test_backup_names_sort_by_time(db_path):
    folder = db_path.parent / "备份"
    folder.mkdir()
    for stamp in ("20260101-080000", "20261231-235959", "20260601-120000"):
        (folder / f"{db_path.stem}_{stamp}.db").write_bytes(b"x")
    (folder / "other_20270101-000000.db").write_bytes(b"x")
    (folder / f"{db_path.stem}_损坏_20270101-000000.db").write_bytes(b"x")
    found = backup.list_backups(db_path)
    assert [b.taken for b in found] == [datetime(2026, 12, 31, 23, 59, 59), datetime(2026, 6, 1, 12), datetime(2026, 1, 1, 8)]
    assert found[0].task_count() is None


def test_cli_names_the_latest_backup_of_a_damaged_register(demo_path, capsys):
    import subprocess
    import sys

    assert main(["backup", "--db", str(demo_path)]) == 0
    latest = backup.latest_backup(demo_path)
    demo_path.write_bytes(b"\x00" * 4096)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "check", "--db", str(demo_path)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 1 and "Traceback" not in proc.stderr
    assert str(latest) in proc.stdout and "可以从它恢复" in proc.stdout


def test_restore_refuses_a_register_this_program_still_has_open(demo_path):
    with open_register(demo_path) as reg:
        copy = backup.backup_register(reg)
        tasks.add_task(reg, plans.create_plan(reg, "备份之后", 2026), "备份之后新增")
        with pytest.raises(StorageError, match="先关闭"):
            backup.restore_backup(demo_path, copy)
        after = reg.scalar("SELECT count(*) FROM tasks")
    with open_register(demo_path) as reg:
        assert reg.scalar("SELECT count(*) FROM tasks") == after == _count(copy) + 1


def test_check_of_a_register_damaged_inside_names_the_latest_backup(tmp_path, capsys):
    db = tmp_path / "台账.db"
    assert main(["demo", "--db", str(db), "--tasks", "400", "--weeks", "8"]) == 0
    assert main(["backup", "--db", str(db)]) == 0
    latest = backup.latest_backup(db)
    data = bytearray(db.read_bytes())
    for i in range(len(data) // 3, len(data) // 3 + 8192):
        data[i] = (i * 7) % 256
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    out = capsys.readouterr().out
    assert "发现问题" in out and f"最近的备份：{latest}" in out and "--restore" in out


def test_the_first_large_write_of_a_day_is_backed_up_once(db_path):
    with open_register(db_path) as reg:
        opened = backup.auto_backup(reg, datetime(2026, 3, 2, 8, 30))  # before the day's work
        assert opened is not None and _count(opened) == 0
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        for n in range(5):
            tasks.add_task(reg, plan, f"任务{n}")  # the import
        after = backup.backup_after_large_write(reg, datetime(2026, 3, 2, 9, 15))
        assert after is not None and _count(after) == 5
        tasks.add_task(reg, plan, "又一项")  # a second large write the same day: no third copy
        assert backup.after_write_backup_due(reg, datetime(2026, 3, 2, 16, 0)) is None
        assert len(backup.list_backups(db_path)) == 2
        # the next day: its opening copy, then one extra again
        assert backup.auto_backup(reg, datetime(2026, 3, 3, 8, 0)) is not None
        assert backup.backup_after_large_write(reg, datetime(2026, 3, 3, 10, 0)) is not None
        assert backup.backup_after_large_write(reg, datetime(2026, 3, 3, 11, 0)) is None
    assert len(backup.list_backups(db_path)) == 4


def test_no_backup_after_writing_a_register_opened_read_only(db_path):
    with open_register(db_path):
        pass
    with open_register(db_path, create=False, readonly=True) as reg:
        assert backup.after_write_backup_due(reg) is None
