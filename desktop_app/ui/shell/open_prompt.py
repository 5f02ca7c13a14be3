"""Opening a register from the GUI: the questions a clerk may have to answer.

- Someone else has it open → 以只读方式打开 / 等待 / 取消 (waiting polls the lock
  until they close it).
- The file is damaged → 从最近的备份恢复 (the damaged file is kept aside).
- Otherwise a clear message. After the first writable open of the day, the
  automatic backup runs in the background.
"""

from __future__ import annotations

import logging
import threading
from enum import Enum
from pathlib import Path

from PySide6.QtCore import QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QProgressDialog, QWidget

from desktop_app import APP_NAME
from desktop_app.storage import backup, locking
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.errors import (
    NotARegisterError,
    NotOursError,
    ReadOnlyRegisterError,
    StorageError,
)
from desktop_app.ui.common.migration_progress import MigrationProgress

log = logging.getLogger("desktop_app.open")


class LockedChoice(Enum):
    READ_ONLY = "readonly"
    WAIT = "wait"
    CANCEL = "cancel"


def ask_when_locked(parent: QWidget | None, error: locking.RegisterLockedError) -> LockedChoice:
    box = QMessageBox(QMessageBox.Icon.Information, APP_NAME, str(error), parent=parent)
    box.setObjectName("locked_question")
    read_only = box.addButton("以只读方式打开", QMessageBox.ButtonRole.AcceptRole)
    wait = box.addButton("等待", QMessageBox.ButtonRole.ActionRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    box.exec()
    clicked = box.clickedButton()
    if clicked is read_only:
        return LockedChoice.READ_ONLY
    if clicked is wait:
        return LockedChoice.WAIT
    return LockedChoice.CANCEL


def wait_for_unlock(parent: QWidget | None, path: Path, owner: locking.LockOwner, poll_ms: int = 1000) -> bool:
    """Wait (with a cancellable progress dialog) until nobody holds the lock."""
    dialog = QProgressDialog(
        f"正在等待{owner.describe()}打开的台账被关闭……\n对方关闭后将自动打开。", "取消", 0, 0, parent
    )
    dialog.setObjectName("lock_wait")
    dialog.setWindowTitle(APP_NAME)
    dialog.setMinimumDuration(0)
    loop = QEventLoop()
    timer = QTimer()
    timer.setInterval(poll_ms)
    freed = False

    def poll() -> None:
        nonlocal freed
        if locking.current_owner(path) is None:
            freed = True
            loop.quit()

    timer.timeout.connect(poll)
    dialog.canceled.connect(loop.quit)
    timer.start()
    dialog.show()
    poll()
    if not freed:
        loop.exec()
    timer.stop()
    dialog.close()
    return freed


def offer_restore(parent: QWidget | None, message: str, latest: Path) -> bool:
    box = QMessageBox(QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
    box.setObjectName("damaged_question")
    restore = box.addButton("从最近的备份恢复", QMessageBox.ButtonRole.AcceptRole)
    box.addButton("取消", QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    box.exec()
    return box.clickedButton() is restore


def open_register_gui(parent: QWidget | None, path: Path) -> Register | None:
    """Open ``path`` for the GUI, asking the clerk what to do when it cannot be; None: not opened."""
    while True:
        progress = MigrationProgress(parent)  # shown only while an older file is brought up to date
        try:
            reg = open_register(path, progress=progress)
            break
        except locking.RegisterLockedError as exc:
            choice = ask_when_locked(parent, exc)
            if choice is LockedChoice.CANCEL:
                return None
            if choice is LockedChoice.WAIT:
                if not wait_for_unlock(parent, path, exc.owner):
                    return None
                continue
            try:
                return open_register(path, create=False, readonly=True)
            except StorageError as ro_exc:
                QMessageBox.warning(parent, APP_NAME, str(ro_exc))
                return None
        except NotOursError as exc:  # another program's file: said, never replaced
            QMessageBox.warning(parent, APP_NAME, str(exc))
            return None
        except ReadOnlyRegisterError as exc:
            answer = QMessageBox.question(
                parent, APP_NAME, f"{exc}\n\n以只读方式打开（可以查看、打印和备份，不能修改）？",
            )
            if answer != QMessageBox.StandardButton.Yes:
                return None
            try:
                return open_register(path, create=False, readonly=True)
            except StorageError as ro_exc:
                QMessageBox.warning(parent, APP_NAME, str(ro_exc))
                return None
        except NotARegisterError as exc:
            latest = backup.latest_backup(path)
            if latest is None:
                QMessageBox.warning(parent, APP_NAME, str(exc))
                return None
            if not offer_restore(parent, str(exc), latest):
                return None
            try:
                kept = backup.restore_backup(path, latest)
            except StorageError as restore_exc:
                QMessageBox.warning(parent, APP_NAME, str(restore_exc))
                return None
            log.warning("已从备份 %s 恢复 %s；原文件保存为 %s", latest, path, kept)
            QMessageBox.information(
                parent, APP_NAME, f"已从“{latest.name}”恢复台账。损坏的原文件保存为“{kept}”。"
            )
        except StorageError as exc:
            QMessageBox.warning(parent, APP_NAME, str(exc))
            return None
        finally:
            progress.close()
    daily_backup(parent, reg)
    return reg


class DailyBackupRunner(QObject):
    """Runs the day's backup in a worker thread (a 20,000-task register takes seconds)
    and tells the clerk on the GUI thread if it failed; never fatal."""

    failed = Signal(str)
    finished = Signal(object)

    def __init__(self, parent: QWidget | None, job: backup.DailyBackup) -> None:
        super().__init__()
        self.parent_widget = parent
        self.job = job
        self.failed.connect(self._tell)
        self.thread = threading.Thread(target=self._run, name="daily-backup", daemon=True)

    def _run(self) -> None:
        try:
            made = self.job.run()
        except StorageError as exc:
            log.error("自动备份失败：%s", exc)
            self.failed.emit(str(exc))
            return
        log.info("自动备份：%s", made)
        self.finished.emit(made)

    def _tell(self, message: str) -> None:
        QMessageBox.warning(self.parent_widget, APP_NAME, f"今天的自动备份没有完成：{message}")


_running: list[DailyBackupRunner] = []


def daily_backup(parent: QWidget | None, reg: Register) -> DailyBackupRunner | None:
    """The first open of the day starts a backup in the background; returns its runner."""
    return _start(parent, backup.daily_backup_due(reg))


def backup_after_large_write(parent: QWidget | None, reg: Register) -> DailyBackupRunner | None:
    """After a plan import, forms import or rollover: the day's extra backup (at most one
    a day, see ``storage.backup.after_write_backup_due``) in the background."""
    try:
        job = backup.after_write_backup_due(reg)
    except StorageError as exc:
        log.error("自动备份失败：%s", exc)
        return None
    return _start(parent, job)


def _start(parent: QWidget | None, job: backup.DailyBackup | None) -> DailyBackupRunner | None:
    if job is None:
        return None
    runner = DailyBackupRunner(parent, job)
    _running[:] = [r for r in _running if r.thread.is_alive()] + [runner]  # keep it alive
    runner.thread.start()
    return runner
