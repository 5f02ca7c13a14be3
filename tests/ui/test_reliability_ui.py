"""GUI side of reliability: lock questions, damaged files, backups, unexpected errors."""

from __future__ import annotations

import logging
import subprocess
import sys
import textwrap
import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLineEdit, QMessageBox

from desktop_app.logs import setup_logging
from desktop_app.storage import backup, plans, tasks
from desktop_app.storage.db import open_register
from desktop_app.ui.shell import backup_dialog, error_dialog, open_prompt
from desktop_app.ui.shell.main_window import MainWindow

HOLD = textwrap.dedent(
    """
    import sys, time
    from desktop_app.storage.db import open_register
    reg = open_register(sys.argv[1])
    print("open", flush=True)
    time.sleep(float(sys.argv[2]))
    reg.close()
    """
)


def _hold(db: Path, seconds: float) -> subprocess.Popen:
    proc = subprocess.Popen([sys.executable, "-c", HOLD, str(db), str(seconds)], stdout=subprocess.PIPE, text=True)
    assert proc.stdout is not None and proc.stdout.readline().strip() == "open"
    return proc


@pytest.fixture
def no_message_boxes(monkeypatch):
    """Record QMessageBox calls instead of blocking on them."""
    shown: list[tuple[str, str]] = []
    for kind in ("information", "warning", "critical"):
        monkeypatch.setattr(QMessageBox, kind, lambda _p, _t, text, *a, _k=kind, **kw: shown.append((_k, text)))
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **kw: QMessageBox.StandardButton.Yes)
    return shown


@pytest.mark.parametrize("choice", list(open_prompt.LockedChoice))
def test_locked_register_asks_and_opens_read_only_or_waits(qtbot, db_path, monkeypatch, no_message_boxes, choice):
    open_register(db_path).close()
    holder = _hold(db_path, 1.5 if choice is open_prompt.LockedChoice.WAIT else 30)
    asked: list[str] = []

    def ask(_parent, error):
        asked.append(str(error))
        return choice

    monkeypatch.setattr(open_prompt, "ask_when_locked", ask)
    try:
        reg = open_prompt.open_register_gui(None, db_path)
        assert asked and "正由" in asked[0]
        if choice is open_prompt.LockedChoice.CANCEL:
            assert reg is None
        else:
            assert reg is not None
            assert reg.readonly == (choice is open_prompt.LockedChoice.READ_ONLY)
            reg.close()
    finally:
        holder.kill()
        holder.wait()


def test_damaged_register_offers_the_latest_backup(qtbot, demo_path, monkeypatch, no_message_boxes):
    with open_register(demo_path) as reg:
        expected = reg.scalar("SELECT count(*) FROM tasks")
        made = backup.backup_register(reg)
    demo_path.write_bytes(b"\x00garbage" * 512)
    offered: list[Path] = []
    monkeypatch.setattr(open_prompt, "offer_restore", lambda _p, message, latest: offered.append(latest) or True)
    reg = open_prompt.open_register_gui(None, demo_path)
    assert offered == [made]
    assert reg is not None and reg.scalar("SELECT count(*) FROM tasks") == expected
    reg.close()
    assert any("损坏" in p.name for p in (demo_path.parent / "备份").iterdir())


def test_damaged_register_without_backup_is_explained(qtbot, db_path, no_message_boxes):
    db_path.write_text("not a register")
    assert open_prompt.open_register_gui(None, db_path) is None
    assert no_message_boxes and "没有找到它的备份" in no_message_boxes[0][1]


def test_another_programs_file_is_refused_and_never_replaced_by_a_backup(
    qtbot, db_path, monkeypatch, no_message_boxes
):
    import sqlite3

    with open_register(db_path) as reg:
        backup.backup_register(reg)
    db_path.unlink()
    conn = sqlite3.connect(db_path)
    conn.execute("CREATE TABLE photos (name TEXT)")
    conn.commit()
    conn.close()
    before = db_path.read_bytes()
    monkeypatch.setattr(open_prompt, "offer_restore", lambda *_a: pytest.fail("offered to replace it"))
    assert open_prompt.open_register_gui(None, db_path) is None
    assert "不是督办台账文件" in no_message_boxes[0][1]
    assert db_path.read_bytes() == before


def test_first_open_of_the_day_makes_a_backup_in_the_background(qtbot, db_path, no_message_boxes):
    reg = open_prompt.open_register_gui(None, db_path)
    assert reg is not None
    runner = open_prompt._running[-1]
    runner.thread.join(30)
    reg.close()
    assert len(backup.list_backups(db_path)) == 1
    again = open_prompt.open_register_gui(None, db_path)
    assert open_prompt.daily_backup(None, again) is None
    again.close()
    assert len(backup.list_backups(db_path)) == 1


def test_failed_daily_backup_is_told_not_fatal(qtbot, db_path, no_message_boxes):
    from desktop_app.storage import settings

    with open_register(db_path) as reg:
        blocker = db_path.parent / "不是文件夹"
        blocker.write_text("x")
        settings.set_value(reg, "backup.folder", str(blocker / "备份"))
        runner = open_prompt.daily_backup(None, reg)
        runner.thread.join(30)
        qtbot.waitUntil(lambda: bool(no_message_boxes), timeout=5000)
    assert "自动备份没有完成" in no_message_boxes[0][1]


def test_backup_dialog_lists_backs_up_and_restores(qtbot, demo_path, no_message_boxes):
    reg = open_register(demo_path)
    window = MainWindow(reg)
    qtbot.addWidget(window)
    before = reg.scalar("SELECT count(*) FROM tasks")
    backup.backup_register(reg)
    tasks.add_task(reg, plans.create_plan(reg, "之后的计划", 2026), "备份之后新增")
    actions = {a.objectName(): a for a in window.menu_file.actions()}
    assert "action_backup" in actions

    def drive():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "backup_dialog" and w.isVisible())
        assert dialog.table.rowCount() == 1
        assert dialog.table.item(0, 2).text() == str(before)
        dialog.backup_now()
        assert dialog.table.rowCount() == 2
        dialog.table.selectRow(1)  # the older one
        dialog.restore_selected()

    QTimer.singleShot(0, drive)
    actions["action_backup"].trigger()
    assert window.reg is not reg and not window.reg.readonly
    assert window.reg.scalar("SELECT count(*) FROM tasks") == before
    assert any("已从" in text for _kind, text in no_message_boxes)
    assert len(backup.list_backups(demo_path)) == 3  # the two, plus the copy made before restoring
    window.close()
    window.reg.close()


@pytest.fixture
def error_handlers(tmp_path, monkeypatch):
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    monkeypatch.setattr(threading, "excepthook", threading.excepthook)
    log_file = setup_logging(tmp_path / "日志")
    reporter = error_dialog.install_error_handlers(log_file)
    yield reporter, log_file
    if reporter.dialog is not None:
        reporter.dialog.close()
    logger = logging.getLogger("desktop_app")
    for handler in list(logger.handlers):
        if getattr(handler, "baseFilename", None) == str(log_file):
            logger.removeHandler(handler)
            handler.close()


def test_unexpected_error_shows_dialog_keeps_the_edit_and_saves_the_log(qtbot, tmp_path, error_handlers):
    reporter, log_file = error_handlers
    edit = QLineEdit()
    qtbot.addWidget(edit)
    edit.show()
    edit.setText("本周已完成校舍改造方案初稿")

    def broken_slot():
        raise ZeroDivisionError("测试用的意外错误")

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    dialog = reporter.dialog
    assert "ZeroDivisionError" in dialog.details and "测试用的意外错误" in dialog.details
    assert edit.text() == "本周已完成校舍改造方案初稿" and edit.isVisible()
    dialog.copy_details()
    assert "ZeroDivisionError" in QGuiApplication.clipboard().text()
    saved = dialog.save_log(str(tmp_path / "日志副本.txt"))
    text = saved.read_text(encoding="utf-8")
    assert "意外错误" in text and "Traceback" in text and "启动" in text
    assert log_file.exists()
    dialog.close()


def test_error_in_a_worker_thread_reaches_the_dialog(qtbot, error_handlers):
    reporter, log_file = error_handlers

    def work():
        raise RuntimeError("后台线程出错")

    thread = threading.Thread(target=work)
    thread.start()
    thread.join()
    qtbot.waitUntil(lambda: reporter.dialog is not None and reporter.dialog.isVisible(), timeout=5000)
    assert "后台线程出错" in reporter.dialog.details
    assert "后台线程出错" in log_file.read_text(encoding="utf-8")


def test_restoring_keeps_the_weeks_unsaved_entries_in_the_safety_copy(qtbot, db_path, no_message_boxes):
    from desktop_app.storage import progress
    from desktop_app.ui.week.week_model import COL
    from tests.week_cycle_data import make_week_register

    with open_register(db_path) as reg:
        make_week_register(reg)
    window = MainWindow(open_register(db_path))
    qtbot.addWidget(window)
    copy = backup.backup_register(window.reg)
    week = window.weekly.week_view
    window.weekly.open_week()
    tid = week.model.task_id(0)
    week.model.setData(week.model.index(0, COL["next"]), "恢复前正在填写的计划")

    def drive():
        dialog = next(w for w in QApplication.topLevelWidgets()
                      if w.objectName() == "backup_dialog" and w.isVisible())
        dialog.table.selectRow(0)
        dialog.restore_selected()

    QTimer.singleShot(0, drive)
    backup_dialog.show_backup_dialog(window)
    safety = next(b.path for b in backup.list_backups(db_path) if b.path != copy)
    with open_register(safety, readonly=True) as kept:
        assert progress.get_progress(kept, tid, week.week)["next"] == "恢复前正在填写的计划"
    window.close()
    window.reg.close()


@pytest.mark.parametrize(
    ("raise_it", "expected"),
    [
        (lambda: _sqlite_error(13, "SQLITE_FULL", "database or disk is full"), "磁盘空间已满"),
        (lambda: _sqlite_error(11, "SQLITE_CORRUPT", "database disk image is malformed"), "备份"),
        (lambda: (_ for _ in ()).throw(OSError(28, "No space left on device", "x.xlsx")), "磁盘空间已满"),
    ],
)
def test_a_fault_of_the_machine_is_told_in_chinese_not_as_an_unexpected_error(
    qtbot, error_handlers, monkeypatch, raise_it, expected
):
    reporter, _log_file = error_handlers
    shown: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _parent, _title, text: shown.append(text))

    def broken_slot():
        raise_it()

    QTimer.singleShot(0, broken_slot)
    qtbot.waitUntil(lambda: bool(shown), timeout=5000)
    assert expected in shown[0]
    assert not any(e in shown[0] for e in ("database", "disk", "No space", "malformed"))
    assert reporter.dialog is None


def _sqlite_error(code: int, name: str, text: str):
    import sqlite3

    exc = sqlite3.OperationalError(text)
    exc.sqlite_errorcode, exc.sqlite_errorname = code, name
    raise exc


def test_an_older_register_shows_progress_while_its_search_index_is_built(
    qtbot, tmp_path, monkeypatch, no_message_boxes
):
    import shutil

    from desktop_app.storage.search import TaskFilter, matching_ids
    from desktop_app.ui.common import migration_progress

    path = tmp_path / "台账.db"
    fixtures = Path(__file__).resolve().parents[1] / "storage" / "fixtures"
    shutil.copyfile(fixtures / "schema_v4.db", path)  # written before the search index
    seen: list[tuple[int, str, bool]] = []
    original = migration_progress.MigrationProgress.__call__

    def spy(self, fraction, text):
        original(self, fraction, text)
        seen.append((self._dialog.value(), self._dialog.labelText(), self._dialog.isVisible()))

    monkeypatch.setattr(migration_progress.MigrationProgress, "__call__", spy)
    monkeypatch.setattr(open_prompt, "daily_backup", lambda *a: None)
    reg = open_prompt.open_register_gui(None, path)
    assert reg is not None
    assert seen and seen[-1][0] == migration_progress.STEPS and all(v for *_, v in seen)
    assert "检索" in seen[-1][1]
    assert not [w for w in QApplication.topLevelWidgets()
                if w.objectName() == "migration_progress" and w.isVisible()]
    assert matching_ids(reg, 1, TaskFilter(text="推进学校")) == set(range(2, 14))
    reg.close()
    seen.clear()
    reg = open_prompt.open_register_gui(None, path)  # up to date: no dialog at all
    assert reg is not None and seen == []
    reg.close()


def test_who_holds_the_register_is_said_as_storage_says_it(qapp):
    """The wait dialog names the holder in the interface language; in Chinese exactly as
    ``LockOwner.describe`` (the command line's words)."""
    from desktop_app.storage import locking

    for owner in (locking.LockOwner("张三", "OFFICE-PC", 1, "2026-11-18T09:00:00"),
                  locking.LockOwner("", locking.this_host(), 1, "not a time")):
        assert open_prompt.owner_text(owner) == owner.describe()
    box = open_prompt.locked_question(None, "台账正由张三打开。")
    assert {"以只读方式打开", "等待", "取消"} <= {b.text() for b in box.buttons()}
    box.deleteLater()
