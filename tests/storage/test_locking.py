"""The write lock beside a register: who has it, stale locks, and no lost update."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import textwrap
import threading
import time
from pathlib import Path

import pytest

from desktop_app.storage import locking, plans, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import RegisterBusyError
from desktop_app.storage.location import is_network_path, is_unc, mount_fs_type

HOLD = textwrap.dedent(
    """
    import sys, time
    from desktop_app.storage.db import open_register
    reg = open_register(sys.argv[1])
    print("open", flush=True)
    sys.stdin.readline()
    reg.close()
    """
)


def _hold(db: Path) -> subprocess.Popen:
    proc = subprocess.Popen(
        [sys.executable, "-c", HOLD, str(db)], stdin=subprocess.PIPE, stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


def test_second_process_is_told_who_has_it_and_can_read(db_path):
    open_register(db_path).close()
    holder = _hold(db_path)
    try:
        with pytest.raises(locking.RegisterLockedError) as info:
            open_register(db_path)
        assert info.value.owner.pid == holder.pid
        message = str(info.value)
        assert "正由" in message and "只读" in message and "本机另一个窗口" in message
        with open_register(db_path, readonly=True) as ro:
            assert ro.readonly and ro.scalar("SELECT count(*) FROM tasks") == 0
        assert locking.current_owner(db_path).pid == holder.pid
    finally:
        holder.communicate("\n", timeout=30)
    assert locking.current_owner(db_path) is None
    open_register(db_path).close()
    assert not locking.lock_path(db_path).exists()


def test_one_process_may_open_its_own_register_twice(db_path):
    first = open_register(db_path)
    second = open_register(db_path)
    second.close()
    assert locking.lock_path(db_path).exists()
    first.close()
    assert not locking.lock_path(db_path).exists()


def _write_lock(db: Path, **owner) -> Path:
    path = locking.lock_path(db)
    path.write_text(json.dumps(owner), encoding="utf-8")
    return path


def test_lock_of_a_dead_process_on_this_machine_is_taken_over(db_path):
    proc = subprocess.run([sys.executable, "-c", "import os; print(os.getpid())"], capture_output=True, text=True)
    dead_pid = int(proc.stdout)
    _write_lock(db_path, user="张三", host=locking.this_host(), pid=dead_pid, since="2026-11-20T09:00:00", token="x")
    with open_register(db_path) as reg:
        assert reg.lock is not None and reg.lock.still_held()


def test_lock_from_another_machine_counts_until_its_heartbeat_stops(db_path):
    path = _write_lock(db_path, user="李四", host="OFFICE-PC-07", pid=1, since="2026-11-20T09:00:00", token="y")
    with pytest.raises(locking.RegisterLockedError) as info:
        open_register(db_path)
    assert "李四（电脑 OFFICE-PC-07）自 2026-11-20 09:00 起" in str(info.value)
    old = path.stat().st_mtime - locking.STALE_AFTER - 60  # no heartbeat for 16 minutes
    os.utime(path, (old, old))
    with open_register(db_path) as reg:
        assert reg.lock.owner.host == locking.this_host()


@pytest.mark.parametrize("skew", [+3600.0, -3600.0])
def test_a_locks_age_is_read_by_the_clock_of_its_folder(db_path, monkeypatch, skew):
    """On a shared folder the file server stamps the heartbeat: a computer whose own clock
    runs an hour ahead still respects a live lock of another machine, one an hour behind
    still takes a dead one over."""
    path = _write_lock(db_path, user="李四", host="OFFICE-PC-07", pid=1, since="2026-11-20T09:00:00", token="y")
    real = time.time
    monkeypatch.setattr(locking.time, "time", lambda: real() + skew)
    with pytest.raises(locking.RegisterLockedError):
        open_register(db_path)  # its heartbeat is a moment old by the folder's clock
    old = path.stat().st_mtime - locking.STALE_AFTER - 60
    os.utime(path, (old, old))
    with open_register(db_path) as reg:
        assert reg.lock.owner.host == locking.this_host()


def test_the_heartbeat_is_stamped_by_the_clock_of_the_folder(db_path, monkeypatch):
    with open_register(db_path) as reg:
        path = reg.lock.path
        old = path.stat().st_mtime - 600
        os.utime(path, (old, old))
        real = time.time
        monkeypatch.setattr(locking.time, "time", lambda: real() - 3600)  # this clock an hour behind
        reg.lock.beat()
        assert abs(path.stat().st_mtime - locking.folder_now(path.parent)) < 5
        assert locking.current_owner(reg.path) is not None
    assert not [p for p in path.parent.iterdir() if "-clock-" in p.name]  # no probe left


@pytest.mark.parametrize(
    "content",
    [b"", b"\x00\xff not json", b"{", b"[]", b'{"pid": 1e300}', b'{"pid": Infinity}',
     b'{"pid": 99999999999999999999999}', b'{"pid": -5}', b'{"pid": "12"}', b"{" * 100_000,
     b" " * 70_000],
)
def test_empty_or_damaged_lock_file_does_not_block_the_register(db_path, content):
    """Left by a process killed between creating and writing it, or by a full disk: it
    protects nobody, so it is replaced at once (no OverflowError, no 'another user')."""
    locking.lock_path(db_path).write_bytes(content)
    with open_register(db_path) as reg:
        assert reg.lock.owner.pid == os.getpid()
    assert locking.current_owner(db_path) is None


def test_a_lock_being_written_is_respected(db_path):
    path = locking.lock_path(db_path)
    path.write_bytes(b"")

    def finish_writing():
        time.sleep(0.1)
        path.write_text(json.dumps({"user": "王五", "host": locking.this_host(), "pid": os.getppid(),
                                    "since": "2026-11-20T09:00:00", "token": "z"}), encoding="utf-8")

    writer = threading.Thread(target=finish_writing)
    writer.start()
    try:
        with pytest.raises(RegisterBusyError, match="王五"):
            open_register(db_path)
    finally:
        writer.join()


def test_lost_lock_is_not_removed_by_its_former_owner(db_path):
    reg = open_register(db_path)
    path = locking.lock_path(db_path)
    path.write_text(json.dumps({"user": "王五", "host": "PC-2", "pid": 3, "since": "", "token": "z"}))
    assert not reg.lock.still_held()
    reg.close()
    assert path.exists()


INCREMENT = textwrap.dedent(
    """
    import os, sys, time
    from pathlib import Path
    from desktop_app.storage import locking, tasks
    from desktop_app.storage.db import open_register
    from desktop_app.storage.errors import RegisterBusyError
    db, task_id, rounds, mode = sys.argv[1], int(sys.argv[2]), int(sys.argv[3]), sys.argv[4]

    def bump(reg):
        # read-modify-write of one field, inside one transaction
        with reg.atomic():
            current = reg.scalar("SELECT title FROM tasks WHERE id = ?", (task_id,))
            tasks.update_task(reg, task_id, title=str(int(current) + 1))

    if mode == "polite":
        # every round opens the register, waiting while the other process holds it
        for _ in range(rounds):
            while True:
                try:
                    reg = open_register(db)
                    break
                except RegisterBusyError:
                    time.sleep(0.005)
            with reg:
                bump(reg)
    else:
        # both hold the file at once (the lock file removed by hand): SQLite serialises
        while True:
            try:
                reg = open_register(db)
                break
            except RegisterBusyError:
                time.sleep(0.005)
        locking.lock_path(Path(db)).unlink(missing_ok=True)
        Path(db + "." + str(os.getpid()) + ".ready").touch()
        while len(list(Path(db).parent.glob("*.ready"))) < 2:
            time.sleep(0.005)
        for _ in range(rounds):
            bump(reg)
        reg.close()
    """
)


@pytest.mark.parametrize("mode", ["polite", "lock_removed"])
def test_two_processes_read_modify_write_lose_no_update(db_path, mode):
    with open_register(db_path) as reg:
        task = tasks.add_task(reg, plans.create_plan(reg, "计划", 2026), "0")
    rounds = 40
    procs = [
        subprocess.Popen([sys.executable, "-c", INCREMENT, str(db_path), str(task), str(rounds), mode],
                         stderr=subprocess.PIPE, text=True)
        for _ in range(2)
    ]
    for proc in procs:
        _out, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    with open_register(db_path, readonly=True) as reg:
        assert reg.scalar("SELECT title FROM tasks WHERE id = ?", (task,)) == str(2 * rounds)
        assert reg.scalar("SELECT count(*) FROM audit WHERE entity = 'tasks' AND field = 'title'") == 1 + 2 * rounds


def test_network_paths_are_recognised():
    assert is_unc(r"\\server\share\督办台账.db")
    assert is_unc("//server/share/x.db")
    assert not is_unc(r"\\?\C:\x.db")
    assert is_network_path(r"\\server\share\x.db")
    mounts = (
        "/dev/sda1 / ext4 rw 0 0\n"
        "//nas/office /mnt/office cifs rw 0 0\n"
        "nas:/export /mnt/nfs\\040share nfs4 rw 0 0\n"
    )
    assert mount_fs_type(Path("/mnt/office/台账.db"), mounts) == "cifs"
    assert mount_fs_type(Path("/mnt/nfs share/a.db"), mounts) == "nfs4"
    assert mount_fs_type(Path("/mnt/officex/a.db"), mounts) == "ext4"
    assert mount_fs_type(Path("/home/a.db"), mounts) == "ext4"


def test_local_file_uses_wal_and_network_file_uses_rollback_journal(db_path, monkeypatch):
    with open_register(db_path) as reg:
        assert reg.scalar("PRAGMA journal_mode") == "wal"
    import desktop_app.storage.db as db_module

    monkeypatch.setattr(db_module, "is_network_path", lambda _p: True)
    with open_register(db_path) as reg:
        assert reg.scalar("PRAGMA journal_mode") == "delete"
        assert reg.scalar("PRAGMA synchronous") == 2  # FULL
    assert not Path(str(db_path) + "-wal").exists()


def test_cli_writer_is_told_who_has_the_register(db_path, tmp_path):
    open_register(db_path).close()
    copy = tmp_path / "copy.db"
    holder = _hold(db_path)
    try:
        # Reading (a backup copy) works while the register is open elsewhere...
        proc = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "backup", "--db", str(db_path), "--out", str(copy)],
            capture_output=True, text=True, encoding="utf-8",
        )
        assert proc.returncode == 0, proc.stderr
        # ...writing (restoring over it) is refused, naming who has it.
        proc = subprocess.run(
            [sys.executable, "-m", "desktop_app.cli", "backup", "--db", str(db_path), "--restore", str(copy)],
            capture_output=True, text=True, encoding="utf-8",
        )
        assert proc.returncode == 2 and "Traceback" not in proc.stderr
        assert "正由" in proc.stderr and "只读" in proc.stderr
    finally:
        holder.communicate("\n", timeout=30)


def test_readonly_uri_keeps_unc_paths_openable():
    from pathlib import PureWindowsPath

    from desktop_app.storage.db import readonly_uri

    assert readonly_uri(PureWindowsPath(r"\\server\share\台账 #1.db")) == (
        "file:////server/share/%E5%8F%B0%E8%B4%A6%20%231.db?mode=ro"
    )
    assert readonly_uri(PureWindowsPath(r"C:\数据\a.db")).startswith("file:///C:/")


def test_lock_from_before_this_machine_started_is_stale(db_path):
    """The process id of a lock left by a crash before a restart may now be another program's."""
    boot = locking.booted_at()
    if boot is None:
        pytest.skip("boot time unknown on this system")
    from datetime import datetime

    before_boot = datetime.fromtimestamp(boot - 3600).isoformat(timespec="seconds")
    _write_lock(db_path, user="张三", host=locking.this_host(), pid=os.getpid(), since=before_boot, token="old")
    with open_register(db_path) as reg:
        assert reg.lock.owner.token != "old"


def test_this_machines_name_is_the_one_sockets_give():
    import socket

    assert locking.this_host() == socket.gethostname()


def test_the_folders_clock_is_this_computers_where_no_file_can_be_made(tmp_path, monkeypatch):
    """A folder that refuses new files (a read-only share, a full disk): one attempt, then
    this computer's clock; nothing raised, nothing retried."""
    tries = []

    def refuse(*args, **kwargs):
        tries.append(args)
        raise PermissionError(13, "denied")

    monkeypatch.setattr(locking.os, "open", refuse)
    before = time.time()
    now = locking.folder_now(tmp_path)
    monkeypatch.undo()
    assert before <= now <= time.time() and len(tries) == 1
    assert locking.folder_now(tmp_path / "gone") <= time.time()  # a folder that is not there
    assert list(tmp_path.iterdir()) == []
