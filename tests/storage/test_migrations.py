"""Every earlier schema opens and migrates; newer and damaged files are refused clearly."""

from __future__ import annotations

import hashlib
import importlib.util
import os
import random
import shutil
from pathlib import Path

import pytest

from desktop_app.storage import backup, plans, progress, tasks
from desktop_app.storage.db import integrity_problems, open_register
from desktop_app.storage.errors import NotARegisterError, SchemaTooNewError
from desktop_app.storage.migrations import SCHEMA_VERSION, known_migration_names

FIXTURES = Path(__file__).resolve().parent / "fixtures"
_spec = importlib.util.spec_from_file_location("make_fixtures", FIXTURES / "make_fixtures.py")
make_fixtures = importlib.util.module_from_spec(_spec)
_spec.loader.exec_module(make_fixtures)

STORED = sorted(FIXTURES.glob("schema_v*.db"), key=lambda p: int(p.stem.removeprefix("schema_v")))


def _sha(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _check_migrated(path: Path) -> None:
    with open_register(path) as reg:
        assert reg.schema_version() == SCHEMA_VERSION
        applied = [r["name"] for r in reg.query("SELECT name FROM _sqlite_migrations ORDER BY rowid")]
        assert applied == known_migration_names()
        assert integrity_problems(reg) == []
        assert reg.scalar("SELECT count(*) FROM tasks") == make_fixtures.TASKS + 1
        assert reg.scalar("SELECT count(*) FROM progress") == make_fixtures.TASKS * len(make_fixtures.WEEKS)
        assert reg.scalar("SELECT count(*) FROM task_departments WHERE role = 'lead'") == make_fixtures.TASKS
        # The migrated register is fully usable.
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        task = tasks.add_task(reg, plan, "新任务", deadline="2026-06-30", deadline_kind="date")
        assert progress.save_progress(reg, task, "2026-W02", done="已启动", percent=5)
        assert reg.query("SELECT title FROM tasks WHERE id = 2")[0]["title"] == "任务1：推进学校建设"


def test_there_is_a_stored_fixture_of_the_first_schema():
    assert STORED and STORED[0].name == "schema_v1.db"


@pytest.mark.parametrize("fixture", STORED, ids=[p.stem for p in STORED])
def test_stored_fixture_migrates_to_the_current_schema(fixture, tmp_path):
    copy = tmp_path / "台账.db"
    shutil.copyfile(fixture, copy)
    before = _sha(fixture)
    _check_migrated(copy)
    assert _sha(fixture) == before


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION + 1))
def test_every_schema_version_migrates(version, tmp_path):
    """Built from the migration list itself, so a new migration is covered at once."""
    path = tmp_path / f"v{version}.db"
    make_fixtures.build_schema(path, version)
    import sqlite3

    conn = sqlite3.connect(path)
    assert conn.execute("PRAGMA user_version").fetchone()[0] == version  # the fixture is that old
    conn.close()
    _check_migrated(path)


def test_newer_fixture_is_refused_untouched(tmp_path):
    copy = tmp_path / "new.db"
    shutil.copyfile(STORED[-1], copy)
    import sqlite3

    conn = sqlite3.connect(copy)
    conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 3}")
    conn.close()
    before = _sha(copy)
    with pytest.raises(SchemaTooNewError, match="升级程序"):
        open_register(copy)
    assert _sha(copy) == before


def test_truncated_file_is_refused_with_the_latest_backup_named(tmp_path):
    path = tmp_path / "台账.db"
    shutil.copyfile(STORED[0], path)
    with open_register(path) as reg:
        made = backup.backup_register(reg)
    data = path.read_bytes()
    path.write_bytes(data[: len(data) // 2])
    with pytest.raises(NotARegisterError) as info:
        open_register(path)
    assert "不完整" in str(info.value) and str(made) in str(info.value)
    assert path.stat().st_size == len(data) // 2


@pytest.mark.parametrize("content", [
    b"hello, this is a text file\n",
    bytes(random.Random(3).randrange(256) for _ in range(50_000)),
    b"PK\x03\x04" + b"\x00" * 200,
    b"SQLite format 3\x00" + bytes(random.Random(4).randrange(256) for _ in range(8192)),
], ids=["text", "random", "zip", "sqlite-header-then-garbage"])
def test_not_a_register_is_refused_with_a_clear_message(tmp_path, content):
    path = tmp_path / "x.db"
    path.write_bytes(content)
    with pytest.raises(NotARegisterError) as info:
        open_register(path)
    assert "未做任何改动" in str(info.value) and "没有找到它的备份" in str(info.value)
    assert path.read_bytes() == content
    assert not Path(f"{path}.lock").exists()


def test_zero_length_file_becomes_a_new_empty_register(tmp_path):
    path = tmp_path / "empty.db"
    path.touch()
    with open_register(path) as reg:
        assert reg.schema_version() == SCHEMA_VERSION
        assert reg.scalar("SELECT count(*) FROM tasks") == 0


def test_truncation_check_ignores_a_file_with_its_wal(tmp_path):
    path = tmp_path / "live.db"
    with open_register(path) as reg:
        plans.create_plan(reg, "计划", 2026)
        assert Path(f"{path}-wal").exists()
        with open_register(path, readonly=True) as ro:
            assert ro.scalar("SELECT count(*) FROM plans") == 1
    assert os.path.getsize(path) > 0


@pytest.mark.parametrize("version", range(1, SCHEMA_VERSION))
def test_an_older_file_opened_read_only_is_read_through_an_upgraded_copy(tmp_path, version):
    from desktop_app import clock
    from desktop_app.storage.errors import StorageError
    from desktop_app.storage.status import lights_for

    source = FIXTURES / f"schema_v{version}.db"
    path = tmp_path / source.name
    shutil.copy(source, path)
    before = hashlib.sha256(path.read_bytes()).hexdigest()
    with open_register(path, create=False, readonly=True) as reg:
        assert reg.readonly
        lights_for(reg, clock.today())  # reads what later versions added (holidays, search…)
        with pytest.raises(StorageError):
            tasks.add_task(reg, 1, "不应写入")
    assert hashlib.sha256(path.read_bytes()).hexdigest() == before
