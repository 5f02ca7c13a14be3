import hashlib
import sqlite3

import pytest

from desktop_app.storage import directory, plans, tasks
from desktop_app.storage.db import integrity_problems, open_register
from desktop_app.storage.errors import NotARegisterError, SchemaTooNewError, StorageError
from desktop_app.storage.migrations import SCHEMA_VERSION, known_migration_names


def test_migrations_create_every_table_from_empty(file_reg):
    names = set(file_reg.db.table_names())
    assert {
        "plans", "tasks", "departments", "people", "task_departments", "indicators",
        "milestones", "progress", "extensions", "supervision", "audit", "settings",
        "_sqlite_migrations",
    } <= names
    assert file_reg.schema_version() == SCHEMA_VERSION
    applied = [r["name"] for r in file_reg.query("SELECT name FROM _sqlite_migrations")]
    assert applied == known_migration_names()


def test_file_register_uses_wal_and_foreign_keys(file_reg):
    assert file_reg.scalar("PRAGMA journal_mode") == "wal"
    assert file_reg.scalar("PRAGMA foreign_keys") == 1
    assert file_reg.scalar("PRAGMA synchronous") == 1  # NORMAL


def test_reopening_applies_nothing_twice(db_path):
    open_register(db_path).close()
    with open_register(db_path) as reg:
        assert reg.scalar("SELECT count(*) FROM _sqlite_migrations") == len(known_migration_names())


def test_foreign_keys_are_enforced(reg):
    with pytest.raises(sqlite3.IntegrityError):
        reg.execute("INSERT INTO tasks (plan_id, title) VALUES (999, 'x')")
    plan = plans.create_plan(reg, "2026年工作要点", 2026)
    task = tasks.add_task(reg, plan, "任务")
    with pytest.raises(sqlite3.IntegrityError):
        reg.execute(
            "INSERT INTO task_departments (task_id, department_id, role) VALUES (?, 4242, 'lead')",
            (task,),
        )


def test_department_in_use_cannot_be_deleted_at_sql_level(reg):
    plan = plans.create_plan(reg, "计划", 2026)
    dep = directory.add_department(reg, "教研室")
    task = tasks.add_task(reg, plan, "任务")
    tasks.set_departments(reg, task, dep)
    with pytest.raises(sqlite3.IntegrityError):
        reg.execute("DELETE FROM departments WHERE id = ?", (dep,))


def _sha(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_newer_schema_is_refused_and_file_left_alone(db_path):
    with open_register(db_path) as reg:
        reg.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 1}")
        reg.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    before = _sha(db_path)
    with pytest.raises(SchemaTooNewError) as info:
        open_register(db_path)
    assert "更新版本" in str(info.value)
    assert _sha(db_path) == before


def test_unknown_migration_name_is_refused(db_path):
    with open_register(db_path) as reg:
        reg.execute(
            "INSERT INTO _sqlite_migrations (migration_set, name, applied_at) VALUES ('dubantaizhang', 'm999_future', 'x')"
        )
    with pytest.raises(SchemaTooNewError):
        open_register(db_path)


def test_not_a_register_file_gives_chinese_message(tmp_path):
    path = tmp_path / "notes.db"
    path.write_bytes("这不是数据库".encode() * 100)
    before = _sha(path)
    with pytest.raises(NotARegisterError) as info:
        open_register(path)
    assert "不是台账文件" in str(info.value)
    assert _sha(path) == before


def test_truncated_file_is_reported(db_path, tmp_path):
    with open_register(db_path) as reg:
        plan = plans.create_plan(reg, "计划", 2026)
        for i in range(300):
            tasks.add_task(reg, plan, f"任务{i}" * 20)
        reg.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    damaged = tmp_path / "damaged.db"
    data = db_path.read_bytes()
    damaged.write_bytes(data[: len(data) // 2])
    try:
        reg = open_register(damaged, readonly=True)
    except StorageError:
        return
    with reg:
        assert integrity_problems(reg)


def test_missing_file_without_create(tmp_path):
    with pytest.raises(StorageError) as info:
        open_register(tmp_path / "nope.db", create=False)
    assert "找不到" in str(info.value)


def test_directory_is_not_a_register(tmp_path):
    with pytest.raises(StorageError):
        open_register(tmp_path)


def test_an_up_to_date_register_is_read_and_written_without_sqlite_utils(db_path):
    """sqlite-utils is only needed to apply migrations: opening an up-to-date file (as the
    window does at start-up) and writing to it never imports it."""
    import subprocess
    import sys
    from pathlib import Path

    open_register(db_path).close()  # created and migrated here
    script = (
        "import sys\n"
        "from desktop_app.storage import plans\n"
        "from desktop_app.storage.db import open_register\n"
        f"reg = open_register({str(db_path)!r})\n"
        "plan = plans.create_plan(reg, '计划', 2026)\n"
        "reg.close()\n"
        f"reg = open_register({str(db_path)!r}, readonly=True)\n"
        "print(reg.scalar('SELECT count(*) FROM plans'), 'sqlite_utils' in sys.modules)\n"
    )
    root = Path(__file__).resolve().parents[2]
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=root,
                         check=True)
    assert out.stdout.split() == ["1", "False"]


def test_a_write_outside_a_transaction_lands_at_once_and_a_nested_block_rolls_back_alone(db_path):
    with open_register(db_path) as reg:
        reg.execute("INSERT INTO plans (title, year) VALUES ('甲', 2026)")
        assert not reg.conn.in_transaction
        with reg.atomic():
            reg.execute("INSERT INTO plans (title, year) VALUES ('乙', 2026)")
            with pytest.raises(ZeroDivisionError), reg.atomic():
                reg.execute("INSERT INTO plans (title, year) VALUES ('丙', 2026)")
                raise ZeroDivisionError
        with pytest.raises(sqlite3.IntegrityError):
            reg.execute("INSERT INTO tasks (plan_id, title) VALUES (999, 'x')")
        assert not reg.conn.in_transaction
    with open_register(db_path, readonly=True) as reg:
        assert [r[0] for r in reg.execute("SELECT title FROM plans ORDER BY id")] == ["甲", "乙"]
