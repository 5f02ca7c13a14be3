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
from datetime import datetime
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, QTimer, Signal
from PySide6.QtWidgets import QWidget

from desktop_app import APP_NAME
from desktop_app.storage import locking
from desktop_app.storage.db import Register, open_register
from desktop_app.storage.errors import (
    NotARegisterError,
    NotOursError,
    ReadOnlyRegisterError,
    StorageError,
)
from desktop_app.ui.common.migration_progress import MigrationProgress

if TYPE_CHECKING:  # the backups are made after the first paint
    from desktop_app.storage import backup

log = logging.getLogger("desktop_app.open")


class LockedChoice(Enum):
    READ_ONLY = "readonly"
    WAIT = "wait"
    CANCEL = "cancel"


def locked_question(parent: QWidget | None, message: str) -> QtWidgets.QMessageBox:
    """The question when someone else has the register open (``message`` says who)."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Information, APP_NAME, message, parent=parent)
    box.setObjectName("locked_question")
    read_only = box.addButton(QCoreApplication.translate("OpenPrompt", "Open read-only"),
                              QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    read_only.setObjectName("read_only")
    wait = box.addButton(QCoreApplication.translate("OpenPrompt", "Wait"), QtWidgets.QMessageBox.ButtonRole.ActionRole)
    wait.setObjectName("wait")
    box.addButton(QCoreApplication.translate("OpenPrompt", "Cancel"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(read_only)
    return box


def ask_when_locked(parent: QWidget | None, error: locking.RegisterLockedError) -> LockedChoice:
    box = locked_question(parent, str(error))
    box.exec()
    clicked = box.clickedButton()
    if clicked is not None and clicked.objectName() == "read_only":
        return LockedChoice.READ_ONLY
    if clicked is not None and clicked.objectName() == "wait":
        return LockedChoice.WAIT
    return LockedChoice.CANCEL


def owner_text(owner: locking.LockOwner) -> str:
    """Who holds the register and since when (``LockOwner.describe``) in the interface language."""
    try:
        since = datetime.fromisoformat(owner.since).strftime("%Y-%m-%d %H:%M")
    except (ValueError, TypeError):
        since = QCoreApplication.translate("OpenPrompt", "a moment ago")  # not written yet
    who = owner.user or QCoreApplication.translate("OpenPrompt", "another user")
    if owner.host and owner.host.lower() != locking.this_host().lower():
        return QCoreApplication.translate("OpenPrompt", "{0} (on computer {1}, open since {2})").format(
            who, owner.host, since)
    return QCoreApplication.translate("OpenPrompt", "{0} (another window on this computer, open since {1})").format(
        who, since)


def wait_for_unlock(parent: QWidget | None, path: Path, owner: locking.LockOwner, poll_ms: int = 1000) -> bool:
    """Wait (with a cancellable progress dialog) until nobody holds the lock."""
    dialog = QtWidgets.QProgressDialog(
        QCoreApplication.translate(
            "OpenPrompt", "Waiting for {0} to close the register…\n"
            "It opens by itself once they close it.").format(owner_text(owner)),
        QCoreApplication.translate("OpenPrompt", "Cancel"), 0, 0, parent
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


def damaged_question(parent: QWidget | None, message: str) -> QtWidgets.QMessageBox:
    """The question when the register is damaged and a backup exists."""
    box = QtWidgets.QMessageBox(QtWidgets.QMessageBox.Icon.Warning, APP_NAME, message, parent=parent)
    box.setObjectName("damaged_question")
    restore = box.addButton(QCoreApplication.translate("OpenPrompt", "Restore from the latest backup"),
                            QtWidgets.QMessageBox.ButtonRole.AcceptRole)
    restore.setObjectName("restore")
    box.addButton(QCoreApplication.translate("OpenPrompt", "Cancel"), QtWidgets.QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(restore)
    return box


def offer_restore(parent: QWidget | None, message: str, latest: Path) -> bool:
    box = damaged_question(parent, message)
    box.exec()
    clicked = box.clickedButton()
    return clicked is not None and clicked.objectName() == "restore"


def open_register_gui(parent: QWidget | None, path: Path, *, backup_now: bool = True) -> Register | None:
    """Open ``path`` for the GUI, asking the clerk what to do when it cannot be; None: not opened.
    The first open of the day starts the day's backup, unless ``backup_now`` is False (the
    program's start starts it once its window has painted: :func:`daily_backup`)."""
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
                QtWidgets.QMessageBox.warning(parent, APP_NAME, str(ro_exc))
                return None
        except NotOursError as exc:  # another program's file: said, never replaced
            QtWidgets.QMessageBox.warning(parent, APP_NAME, str(exc))
            return None
        except ReadOnlyRegisterError as exc:
            answer = QtWidgets.QMessageBox.question(
                parent, APP_NAME, QCoreApplication.translate(
                    "OpenPrompt", "{0}\n\nOpen it read-only (it can be viewed, printed and backed "
                    "up, not changed)?").format(exc),
            )
            if answer != QtWidgets.QMessageBox.StandardButton.Yes:
                return None
            try:
                return open_register(path, create=False, readonly=True)
            except StorageError as ro_exc:
                QtWidgets.QMessageBox.warning(parent, APP_NAME, str(ro_exc))
                return None
        except NotARegisterError as exc:
            from desktop_app.storage import backup

            latest = backup.latest_backup(path)
            if latest is None:
                QtWidgets.QMessageBox.warning(parent, APP_NAME, str(exc))
                return None
            if not offer_restore(parent, str(exc), latest):
                return None
            try:
                kept = backup.restore_backup(path, latest)
            except StorageError as restore_exc:
                QtWidgets.QMessageBox.warning(parent, APP_NAME, str(restore_exc))
                return None
            log.warning("已从备份 %s 恢复 %s；原文件保存为 %s", latest, path, kept)
            QtWidgets.QMessageBox.information(
                parent, APP_NAME, QCoreApplication.translate(
                    "OpenPrompt", "The register was restored from “{0}”. The damaged file is kept "
                    "as “{1}”.").format(latest.name, kept)
            )
        except StorageError as exc:
            QtWidgets.QMessageBox.warning(parent, APP_NAME, str(exc))
            return None
        finally:
            progress.close()
    if backup_now:
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
        QtWidgets.QMessageBox.warning(self.parent_widget, APP_NAME, QCoreApplication.translate(
            "OpenPrompt", "Today's automatic backup was not completed: {0}").format(message))


_running: list[DailyBackupRunner] = []


def daily_backup(parent: QWidget | None, reg: Register) -> DailyBackupRunner | None:
    """The first open of the day starts a backup in the background; returns its runner."""
    from desktop_app.storage import backup  # after the first paint

    return _start(parent, backup.daily_backup_due(reg))


def backup_after_large_write(parent: QWidget | None, reg: Register) -> DailyBackupRunner | None:
    """After a plan import, forms import or rollover: the day's extra backup (at most one
    a day, see ``storage.backup.after_write_backup_due``) in the background."""
    from desktop_app.storage import backup

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
