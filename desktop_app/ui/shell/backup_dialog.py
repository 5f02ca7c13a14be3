"""文件 ▸ 备份与恢复…: the register's backups, a backup now, and restoring one."""

from __future__ import annotations

import logging
from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QHeaderView,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.storage import backup, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

log = logging.getLogger("desktop_app.backup")
HEADERS = (
    QT_TRANSLATE_NOOP("BackupDialog", "Taken at"),
    QT_TRANSLATE_NOOP("BackupDialog", "Size"),
    QT_TRANSLATE_NOOP("BackupDialog", "Task count"),
    QT_TRANSLATE_NOOP("BackupDialog", "File"),
)


class BackupDialog(QDialog):
    """Lists backups; ``chosen`` is the one to restore when accepted."""

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("backup_dialog")
        self.setWindowTitle(self.tr("Backups and restore"))
        self.reg = reg
        self.folder = settings.get(reg, "backup.folder") or None
        self.chosen: Path | None = None
        assert reg.path is not None
        where = backup.backup_dir(reg.path, self.folder)
        layout = QVBoxLayout(self)
        intro = QLabel(self.tr(
            "The register is backed up when it is first opened each day; the latest {0} backups "
            "are kept. Backup folder: {1}\n"
            "Restoring first saves the current register as one more backup, then replaces it "
            "with the chosen one."
        ).format(settings.get(reg, "backup.keep"), where))
        intro.setWordWrap(True)
        layout.addWidget(intro)
        self.table = QTableWidget(0, len(HEADERS))
        self.table.setObjectName("backup_table")
        self.table.setHorizontalHeaderLabels([self.tr(h) for h in HEADERS])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.horizontalHeader().setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.table.doubleClicked.connect(self.restore_selected)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.backup_button = QPushButton(self.tr("Back up now"))
        self.restore_button = QPushButton(self.tr("Restore selected backup…"))
        self.folder_button = QPushButton(self.tr("Open backup folder"))
        for button in (self.backup_button, self.restore_button, self.folder_button):
            buttons.addButton(button, QDialogButtonBox.ButtonRole.ActionRole)
        self.backup_button.setEnabled(not reg.readonly)
        self.restore_button.setEnabled(not reg.readonly)
        self.backup_button.clicked.connect(self.backup_now)
        self.restore_button.clicked.connect(self.restore_selected)
        self.folder_button.clicked.connect(
            lambda: QDesktopServices.openUrl(QUrl.fromLocalFile(str(where)))
        )
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        assert self.reg.path is not None
        found = backup.list_backups(self.reg.path, self.folder)
        self.table.setRowCount(len(found))
        for row, info in enumerate(found):
            count = info.task_count()
            cells = (
                f"{info.taken:%Y-%m-%d %H:%M:%S}",
                f"{info.size / 1024 / 1024:.1f} MB",
                self.tr("Unreadable") if count is None else str(count),
                info.path.name,
            )
            for col, text in enumerate(cells):
                item = QTableWidgetItem(text)
                item.setData(Qt.ItemDataRole.UserRole, str(info.path))
                if col in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter)
                self.table.setItem(row, col, item)
        if found:
            self.table.selectRow(0)
        self.restore_button.setEnabled(bool(found) and not self.reg.readonly)

    def backup_now(self) -> None:
        try:
            made = backup.backup_register(self.reg, folder=self.folder)
        except StorageError as exc:
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        log.info("手动备份：%s", made)
        self.reload()

    def selected_backup(self) -> Path | None:
        items = self.table.selectedItems()
        return Path(items[0].data(Qt.ItemDataRole.UserRole)) if items else None

    def restore_selected(self, *_args) -> None:
        chosen = self.selected_backup()
        if chosen is None or self.reg.readonly:
            return
        answer = QMessageBox.question(
            self, APP_NAME,
            self.tr("Replace the current register with “{0}”?\n"
                    "The current register is first saved as a new backup and can still be restored later.").format(chosen.name),
        )
        if answer == QMessageBox.StandardButton.Yes:
            self.chosen = chosen
            self.accept()


def show_backup_dialog(window) -> None:
    """Run the dialog for the main window's register; restore and reopen if asked."""
    reg: Register = window.reg
    if reg.path is None:
        QMessageBox.information(window, APP_NAME, QCoreApplication.translate(
            "BackupDialog", "A register held in memory has no backups."))
        return
    dialog = BackupDialog(reg, window)
    if dialog.exec() != QDialog.DialogCode.Accepted or dialog.chosen is None:
        return
    restore_into(window, dialog.chosen, dialog.folder)


def restore_into(window, chosen: Path, folder: str | None = None) -> bool:
    """Replace the window's register with the backup ``chosen`` and reopen it (every page
    then shows the restored file). False when nothing was restored."""
    reg: Register = window.reg
    # The week's unsaved entries go into the current file first, so the safety copy has them.
    if not window.weekly.before_register_change():
        return False
    path = reg.path
    reg.close()
    try:
        kept = backup.restore_backup(path, chosen, folder=folder)
    except StorageError as exc:
        QMessageBox.warning(window, APP_NAME, str(exc))
        kept = None
    else:
        log.warning("已从备份 %s 恢复 %s；恢复前的文件备份为 %s", chosen, path, kept)
    window.switch_register(path)
    if kept is not None:
        QMessageBox.information(
            window, APP_NAME, QCoreApplication.translate(
                "BackupDialog", "The register was restored from “{0}”. The register as it was "
                "before is kept as the backup “{1}”.").format(chosen.name, kept.name)
        )
    return kept is not None
