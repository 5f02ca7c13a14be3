"""Hostile and unlucky inputs, each as the report described it: foreign and damaged files,
bad backups, read-only media, a full disk, a writer that never pauses, leftovers of crashes.

Read-only media and full disks are real: a read-only bind mount and a tiny tmpfs (the test
run is root in CI, where file permissions do not bite; without mount rights they are skipped).
"""

from __future__ import annotations

import contextlib
import hashlib
import os
import random
import shutil
import sqlite3
import subprocess
import threading
import time
from pathlib import Path

import openpyxl
import pytest

from desktop_app.cli import main
from desktop_app.storage import backup, identity, locking, tempfiles
from desktop_app.storage.db import open_register, storage_error
from desktop_app.storage.errors import (
    EnvironmentFault,
    NotARegisterError,
    ReadOnlyRegisterError,
    SchemaTooNewError,
    StorageError,
    os_error_text,
)
from desktop_app.storage.migrations import SCHEMA_VERSION
from tests.conftest import DEMO_TODAY

ENGLISH = ("database or disk is full", "disk I/O error", "No space left on device", "Is a directory",
           "unable to open", "malformed", "no such table", "Traceback", "Error:", "readonly database",
           "Read-only file system", "Permission denied", "not a database")
DAY = ["--date", DEMO_TODAY.isoformat()]


def _digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def _cli(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    captured = capsys.readouterr()
    text = captured.out + captured.err
    assert not [e for e in ENGLISH if e in text], text
    return code, text


def _foreign(path: Path) -> Path:
    conn = sqlite3.connect(path)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('春游.jpg')")
    conn.commit()
    conn.close()
    return path


@contextlib.contextmanager
def _mount(*args: str, target: Path):
    target.mkdir(parents=True, exist_ok=True)
    done = subprocess.run(["mount", *args, str(target)], capture_output=True)
    if done.returncode != 0:
        pytest.skip("no rights to mount here (read-only media and full disks need a real mount)")
    try:
        yield target
    finally:
        subprocess.run(["umount", "-l", str(target)], capture_output=True)


@contextlib.contextmanager
def _read_only_copy(folder: Path, mountpoint: Path):
    """``folder`` seen through a read-only bind mount, as a CD or a write-protected stick."""
    with _mount("--bind", str(folder), target=mountpoint):
        done = subprocess.run(["mount", "-o", "remount,bind,ro", str(mountpoint)], capture_output=True)
        if done.returncode != 0:
            pytest.skip("cannot remount read-only")
        yield mountpoint


# -- 2. one place decides whether a file is a register ---------------------------------------


def test_a_new_register_carries_the_programs_mark(db_path):
    open_register(db_path).close()
    assert identity.header_application_id(db_path) == identity.APPLICATION_ID


@pytest.mark.parametrize("command", [
    ["lights"], ["check"], ["report", "breakdown", "--out", "{out}"], ["backup", "--out", "{out}"],
    ["forms", "export", "--week", "2026-W47", "--out", "{dir}"],
])
def test_another_programs_database_is_refused_untouched(tmp_path, capsys, command):
    other = _foreign(tmp_path / "other.db")
    before = _digest(other)
    argv = [a.format(out=tmp_path / "x.xlsx", dir=tmp_path / "forms") for a in command]
    code, text = _cli(capsys, *argv, "--db", str(other))
    assert code in (1, 2) and "不是督办台账文件" in text
    assert _digest(other) == before
    assert sorted(p.name for p in tmp_path.iterdir() if p.name.startswith("other")) == ["other.db"]


def test_opening_for_writing_refuses_a_foreign_file_and_one_with_another_mark(tmp_path):
    other = _foreign(tmp_path / "other.db")
    marked = tmp_path / "marked.db"
    conn = sqlite3.connect(marked)
    conn.execute("PRAGMA application_id = 1234")
    conn.execute("CREATE TABLE x (a)")
    conn.commit()
    conn.close()
    for path in (other, marked):
        before = _digest(path)
        with pytest.raises(NotARegisterError, match="不是督办台账文件"):
            open_register(path)
        assert _digest(path) == before and not Path(f"{path}-wal").exists()


def test_a_register_from_before_the_mark_is_recognised_and_marked(tmp_path):
    old = tmp_path / "旧台账.db"
    shutil.copy(Path(__file__).parent / "fixtures" / "schema_v1.db", old)
    assert identity.header_application_id(old) == 0
    with open_register(old, readonly=True) as reg:
        assert reg.scalar("SELECT count(*) FROM tasks") > 0
    with open_register(old) as reg:
        assert reg.schema_version() == SCHEMA_VERSION
    assert identity.header_application_id(old) == identity.APPLICATION_ID


def test_check_on_an_empty_file_and_a_foreign_file_says_so_in_chinese(tmp_path, capsys):
    empty = tmp_path / "空.db"
    empty.write_bytes(b"")
    code, text = _cli(capsys, "check", "--db", str(empty))
    assert code == 1 and "空文件" in text and empty.stat().st_size == 0
    code, text = _cli(capsys, "check", "--db", str(_foreign(tmp_path / "other.db")))
    assert code == 1 and "不是督办台账文件" in text


def test_unknown_upgrade_step_is_named_sensibly(db_path):
    open_register(db_path).close()
    conn = sqlite3.connect(db_path)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('dubantaizhang', 'm999_future', '2027-01-01')")
    conn.commit()
    conn.close()
    with pytest.raises(SchemaTooNewError) as info:
        open_register(db_path)
    assert "m999_future" in str(info.value) and "不认识的升级步骤" in str(info.value)
    assert f"版本 {SCHEMA_VERSION}，本程序支持 {SCHEMA_VERSION}" not in str(info.value)


# -- restore checks the backup the same way ------------------------------------------------


def _register_with_backup(db_path: Path) -> Path:
    with open_register(db_path) as reg:
        reg.execute("INSERT INTO plans (title, year) VALUES ('2026年工作要点', 2026)")
        return backup.backup_register(reg)


@pytest.mark.parametrize("bad", ["foreign", "empty", "newer", "text",
                                 *(f"damaged-{seed}" for seed in range(4))])
def test_restore_refuses_a_bad_backup_naming_the_backup(db_path, tmp_path, capsys, bad):
    good = _register_with_backup(db_path)
    candidate = tmp_path / f"坏备份_{bad}.db"
    if bad == "foreign":
        _foreign(candidate)
    elif bad == "empty":
        candidate.write_bytes(b"")
    elif bad == "text":
        candidate.write_text("不是数据库", encoding="utf-8")
    else:
        shutil.copy(good, candidate)
        conn = sqlite3.connect(candidate)
        if bad == "newer":
            conn.execute(f"PRAGMA user_version = {SCHEMA_VERSION + 5}")
        conn.commit()
        conn.close()
        if bad.startswith("damaged"):
            _damage(candidate, seed=int(bad.split("-")[1]))
    before = _digest(db_path)
    code, text = _cli(capsys, "backup", "--db", str(db_path), "--restore", str(candidate))
    assert code == 2 and candidate.name in text and "未做任何改动" in text
    assert f"“{db_path.name}”已损坏" not in text
    assert _digest(db_path) == before


def test_restore_refuses_a_backup_whose_schema_text_is_damaged(db_path, tmp_path, capsys):
    """SQLite quotes a damaged table name in its error, which Python cannot even decode."""
    good = _register_with_backup(db_path)
    candidate = tmp_path / "坏备份_schema.db"
    shutil.copy(good, candidate)
    conn = sqlite3.connect(candidate)
    conn.execute("PRAGMA writable_schema = ON")
    conn.execute("UPDATE sqlite_master SET name = CAST(X'C3FFFE41' AS TEXT), "
                 "sql = 'CREATE TABLE broken(' WHERE name = 'plans'")
    conn.commit()
    conn.close()
    before = _digest(db_path)
    code, text = _cli(capsys, "backup", "--db", str(db_path), "--restore", str(candidate))
    assert code == 2 and candidate.name in text and "已损坏" in text and "未做任何改动" in text
    assert _digest(db_path) == before


# -- 3. damaged files: the message naming the latest backup, never a traceback ----------------


def _damage(path: Path, seed: int = 0) -> None:
    """Overwrite pages in the middle of the file (the header stays, the open check passes)
    with bytes drawn from ``seed``: the same damage on every run."""
    size = path.stat().st_size
    page = 4096
    noise = random.Random(seed)
    with path.open("r+b") as fh:
        for start in range(page * 2, size - page, page * 3):
            fh.seek(start + 8)
            fh.write(noise.randbytes(page - 16))


@pytest.mark.parametrize("command", [
    ["lights", "--list", *DAY],
    ["report", "weekly", "--out", "{dir}/w.xlsx", *DAY],
    ["report", "breakdown", "--out", "{dir}/b.xlsx"],
    ["forms", "export", "--week", "2026-W47", "--out", "{dir}/forms"],
])
def test_damaged_register_gives_the_backup_message(demo_path, tmp_path, capsys, command):
    with open_register(demo_path) as reg:
        latest = backup.backup_register(reg)
        reg.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    _damage(demo_path)
    argv = [a.format(dir=tmp_path) for a in command]
    code, text = _cli(capsys, *argv, "--db", str(demo_path))
    assert code == 2, text
    assert "已损坏" in text and latest.name in text


def test_sqlite_errors_are_classified_by_code_not_by_text():
    def error(code: int, name: str, text: str = "some English words") -> sqlite3.Error:
        exc = sqlite3.OperationalError(text)
        exc.sqlite_errorcode, exc.sqlite_errorname = code, name
        return exc

    assert isinstance(storage_error(error(13, "SQLITE_FULL")), EnvironmentFault)
    assert isinstance(storage_error(error(778, "SQLITE_IOERR_WRITE")), EnvironmentFault)
    assert isinstance(storage_error(error(8, "SQLITE_READONLY")), ReadOnlyRegisterError)
    assert isinstance(storage_error(error(11, "SQLITE_CORRUPT")), NotARegisterError)
    assert isinstance(storage_error(error(26, "SQLITE_NOTADB")), NotARegisterError)
    assert storage_error(error(1, "SQLITE_ERROR", "no such table: plans")) is None  # a bug
    assert storage_error(error(1, "SQLITE_ERROR", "database or disk is full")) is None
    for code in (3, 5, 6, 7, 8, 10, 13, 14, 15, 22, 23, 266, 522, 1034):
        message = str(storage_error(error(code, "X")))
        assert message and not any(e in message for e in ENGLISH)


@pytest.mark.parametrize("errno_name", ["ENOSPC", "EISDIR", "EIO", "EROFS", "EACCES", "ENOENT", "EDQUOT"])
def test_operating_system_errors_are_told_in_chinese(errno_name):
    import errno

    exc = OSError(getattr(errno, errno_name), os.strerror(getattr(errno, errno_name)), "x.db")
    text = os_error_text(exc)
    assert text and not any(e in text for e in ENGLISH) and text.isascii() is False


def test_output_into_a_folder_says_so_in_chinese(demo_path, tmp_path, capsys):
    folder = tmp_path / "a folder.xlsx"
    folder.mkdir()
    code, text = _cli(capsys, "report", "breakdown", "--db", str(demo_path), "--out", str(folder))
    assert code == 2 and "文件夹" in text


def test_a_full_disk_is_told_in_chinese_and_leaves_the_register_whole(tmp_path, capsys):
    # Room for a new register (its schema and the write-ahead log of its migrations, which
    # peaks near 400 KB), not for much more.
    with _mount("-t", "tmpfs", "-o", "size=800k", "tmpfs", target=tmp_path / "small") as small:
        db = small / "台账.db"
        with open_register(db) as reg:
            reg.execute("INSERT INTO plans (title, year) VALUES ('计划', 2026)")
            plan = reg.scalar("SELECT id FROM plans")
        with pytest.raises(StorageError) as info:
            with open_register(db) as reg:
                for n in range(100_000):
                    with reg.atomic():
                        reg.execute("INSERT INTO tasks (plan_id, title, description) VALUES (?, ?, ?)",
                                    (plan, f"任务{n}", "很长的说明" * 200))
        assert "磁盘空间已满" in str(info.value)
        assert not any(e in str(info.value) for e in ENGLISH)
        filler = small / "filler"
        with contextlib.suppress(OSError):
            filler.write_bytes(b"x" * 800_000)
        code, text = _cli(capsys, "backup", "--db", str(db), "--out", str(small / "copy.db"))
        assert code == 2 and "磁盘空间已满" in text
        filler.unlink(missing_ok=True)
        code, text = _cli(capsys, "check", "--db", str(db))
        assert code == 0, text
        assert not [p for p in small.iterdir() if p.name.startswith(backup.TEMP_PREFIX)]


# -- 5. temporary files of crashed backups and restores are found and removed ----------------


def test_leftovers_of_crashed_backups_and_restores_are_removed(db_path):
    good = _register_with_backup(db_path)
    dead = 2**22 + 12345  # no such process
    while locking.pid_alive(dead):
        dead += 1
    left = [good.parent / f"{backup.TEMP_PREFIX}{dead}-{db_path.stem}_20260101-000000.db.tmp",
            good.parent / f"{backup.TEMP_PREFIX}{dead}-{db_path.stem}_20260101-000000.db.tmp-journal",
            db_path.parent / f"{backup.TEMP_PREFIX}{dead}-{db_path.name}.restore"]
    for path in left:
        path.write_bytes(b"x" * 1000)
    alive = good.parent / f"{backup.TEMP_PREFIX}{os.getppid()}-other.db.tmp"
    alive.write_bytes(b"in progress")
    elsewhere = good.parent / f"{backup.TEMP_PREFIX}{dead}-0badcafe-{db_path.stem}_x.db.tmp"
    elsewhere.write_bytes(b"another machine's copy in progress")
    abandoned = good.parent / f"{backup.TEMP_PREFIX}{dead}-0badcafe-{db_path.stem}_y.db.tmp"
    abandoned.write_bytes(b"another machine's copy, abandoned")
    old = abandoned.stat().st_mtime - backup.FOREIGN_TEMP_AGE - 60  # untouched for an hour
    os.utime(abandoned, (old, old))
    left.append(abandoned)
    assert backup.temp_name(db_path).name.startswith(f"{backup.TEMP_PREFIX}{os.getpid()}-")
    with open_register(db_path) as reg:
        backup.backup_register(reg)
    backup.restore_backup(db_path, good)
    assert not any(p.exists() for p in left)
    assert alive.exists()  # another running program's copy in progress is left alone
    assert elsewhere.exists()  # so is a recent one of another machine on a shared folder


# -- 6. read-only registers can be read; only writing is refused ------------------------------


def test_a_register_on_read_only_media_can_be_read(demo_path, tmp_path, capsys):
    with open_register(demo_path) as reg:
        from desktop_app.forms.export import export_forms

        export_forms(reg, "2026-W47", tmp_path / "first")  # the register's forms key exists
    source = tmp_path / "medium"
    source.mkdir()
    shutil.copy(demo_path, source / "台账.db")
    with _read_only_copy(source, tmp_path / "ro") as ro:
        db = str(ro / "台账.db")
        out = tmp_path / "out"
        assert _cli(capsys, "check", "--db", db)[0] == 0
        assert _cli(capsys, "lights", "--db", db, *DAY)[0] == 0
        assert _cli(capsys, "report", "weekly", "--db", db, "--out", str(out / "w.xlsx"), *DAY)[0] == 0
        assert _cli(capsys, "backup", "--db", db, "--out", str(out / "copy.db"))[0] == 0
        assert _cli(capsys, "forms", "export", "--db", db, "--week", "2026-W47",
                    "--out", str(out / "forms"))[0] == 0
        assert openpyxl.load_workbook(out / "w.xlsx").active.max_row > 3
        code, text = _cli(capsys, "report", "notices", "--db", db, "--out", str(out / "n.xlsx"),
                          "--issue", *DAY)
        assert code == 2 and "只读" in text
        with pytest.raises(ReadOnlyRegisterError):
            open_register(ro / "台账.db")


def test_a_register_on_read_only_media_is_read_with_its_write_ahead_log(db_path, tmp_path, monkeypatch):
    """A writer that stopped before its checkpoint left its last commits in the -wal file:
    a reader on a read-only medium sees them too, through a private copy that goes again."""
    open_register(db_path).close()
    writer = sqlite3.connect(db_path)
    writer.execute("PRAGMA wal_autocheckpoint=0")  # the log is never folded into the file
    try:
        writer.execute("INSERT INTO settings (key, value) VALUES ('probe', 'the last write')")
        writer.commit()
        wal = db_path.with_name(db_path.name + "-wal")
        assert wal.stat().st_size > 0
        medium = tmp_path / "medium"
        medium.mkdir()
        shutil.copy(db_path, medium / db_path.name)
        shutil.copy(wal, medium / wal.name)
    finally:
        writer.close()
    scratch = tmp_path / "scratch"  # the system's temporary folder, for this test
    scratch.mkdir()
    monkeypatch.setattr("tempfile.tempdir", str(scratch))
    dead = 2**22 + 4321
    while locking.pid_alive(dead):
        dead += 1
    leftover = scratch / f"{backup.TEMP_PREFIX}{dead}-{tempfiles.host_tag()}-x-台账.db"
    leftover.mkdir()
    (leftover / "台账.db").write_bytes(b"x" * 100)
    with _read_only_copy(medium, tmp_path / "ro") as ro:
        with open_register(ro / db_path.name, readonly=True) as reg:
            assert reg.scalar("SELECT value FROM settings WHERE key = 'probe'") == "the last write"
            copies = [p for p in scratch.iterdir() if p.name.startswith(backup.TEMP_PREFIX)]
            assert len(copies) == 1 and copies[0].name.startswith(f"{backup.TEMP_PREFIX}{os.getpid()}-")
        assert not list(scratch.iterdir())  # the copy went on close; a dead run's was swept
        assert sorted(p.name for p in (ro).iterdir()) == sorted([db_path.name, wal.name])


def test_reading_jobs_work_while_the_window_holds_the_register(demo_path, tmp_path, capsys):
    with open_register(demo_path) as reg:  # the window
        from desktop_app.forms.export import export_forms

        export_forms(reg, "2026-W47", tmp_path / "first")
        db = str(demo_path)
        assert _cli(capsys, "lights", "--db", db, *DAY)[0] == 0
        assert _cli(capsys, "check", "--db", db)[0] == 0
        assert _cli(capsys, "forms", "export", "--db", db, "--week", "2026-W47",
                    "--out", str(tmp_path / "forms"))[0] == 0
        assert _cli(capsys, "report", "overdue", "--db", db, "--out", str(tmp_path / "o.xlsx"), *DAY)[0] == 0
        assert _cli(capsys, "backup", "--db", db, "--out", str(tmp_path / "b.db"))[0] == 0
        code, text = _cli(capsys, "import", "-", "--db", db)
        assert code == 2


# -- 7. backup finishes beside a writer that commits all the time ------------------------------


def test_backup_is_not_starved_by_a_frequent_writer(demo_path, tmp_path):
    stop = threading.Event()
    commits = [0]

    def writer():
        with open_register(demo_path) as reg:
            tid = reg.scalar("SELECT min(id) FROM tasks")
            while not stop.is_set():
                with reg.atomic():
                    reg.execute("UPDATE tasks SET description = ? WHERE id = ?", (str(time.time()), tid))
                commits[0] += 1
                time.sleep(0.01)

    thread = threading.Thread(target=writer)
    thread.start()
    try:
        time.sleep(0.3)
        started = time.perf_counter()
        with open_register(demo_path, readonly=True) as reg:
            out = backup.backup_register(reg, tmp_path / "copy.db")
        elapsed = time.perf_counter() - started
    finally:
        stop.set()
        thread.join()
    assert elapsed < 10, elapsed
    assert commits[0] > 10
    with open_register(out, readonly=True) as copy:
        assert copy.scalar("SELECT count(*) FROM tasks") > 100


# -- 9. formula cells without saved results are told about ------------------------------------


def test_plan_table_formula_cells_without_results_are_warned_about(tmp_path):
    from desktop_app.importing.parse import parse_file

    wb = openpyxl.Workbook()
    ws = wb.active
    ws.append(["序号", "重点任务", "牵头单位", "完成时限"])
    ws.append([1, "推进课程改革", "教研室", "6月底前"])
    ws.append([2, '=CONCATENATE("推进","集团化办学")', "办公室", "年底前"])
    wb.save(tmp_path / "分解表.xlsx")
    plan = parse_file(tmp_path / "分解表.xlsx", year=2026)
    assert any("公式单元格没有保存计算结果" in w and "1 个" in w for w in plan.warnings)
