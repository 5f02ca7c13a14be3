"""The unexpected-error window: what happened, with 保存日志… and 复制详细信息. Made when
the first error comes (``error_dialog.ErrorReporter``), not with the main window."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QT_TRANSLATE_NOOP
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QPlainTextEdit,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, clock
from desktop_app.logs import collected_log
from desktop_app.storage.errors import os_error_text

MESSAGE = QT_TRANSLATE_NOOP(
    "ErrorDialog",
    "The program met an unexpected error; this step may not have been completed.\n\n"
    "What you were editing is still in the window and is not lost: close this message, carry "
    "on working and check the step you just took. If the problem comes back, click "
    "“Save log…” and send the log file to whoever looks after the program."
)


class ErrorDialog(QDialog):
    """Shows an unexpected error with 保存日志… and 复制详细信息."""

    def __init__(self, details: str, log_file: Path | None, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("error_dialog")
        self.setWindowTitle(self.tr("Unexpected error — {0}").format(APP_NAME))
        self.details = details
        self.log_file = log_file
        layout = QVBoxLayout(self)
        text = QLabel(self.tr(MESSAGE))
        text.setWordWrap(True)
        layout.addWidget(text)
        self.details_view = QPlainTextEdit(details)
        self.details_view.setReadOnly(True)
        self.details_view.setVisible(False)
        layout.addWidget(self.details_view)
        buttons = QDialogButtonBox()
        self.save_button = QPushButton(self.tr("Save log…"))
        self.copy_button = QPushButton(self.tr("Copy details"))
        self.toggle_button = QPushButton(self.tr("Show details"))
        close = QPushButton(self.tr("Carry on working"))
        for button, role in ((self.save_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.copy_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (self.toggle_button, QDialogButtonBox.ButtonRole.ActionRole),
                             (close, QDialogButtonBox.ButtonRole.RejectRole)):
            buttons.addButton(button, role)
        self.save_button.clicked.connect(self.save_log)
        self.copy_button.clicked.connect(self.copy_details)
        self.toggle_button.clicked.connect(self._toggle_details)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(560, 240)

    def _toggle_details(self) -> None:
        self.details_view.setVisible(not self.details_view.isVisible())
        self.adjustSize()

    def copy_details(self) -> None:
        QGuiApplication.clipboard().setText(self.details)

    def log_text(self) -> str:
        """The whole log followed by this error's details."""
        logged = collected_log(self.log_file) if self.log_file is not None else ""
        return f"{logged}\n==== 本次错误 ====\n{self.details}\n"

    def save_log(self, target: str | None = None) -> Path | None:
        if not target:
            default = f"督办台账日志_{clock.now():%Y%m%d-%H%M%S}.txt"
            target, _ = QFileDialog.getSaveFileName(self, self.tr("Save log"), default, self.tr("Text files (*.txt)"))
        if not target:
            return None
        try:
            Path(target).write_text(self.log_text(), encoding="utf-8")
        except OSError as exc:
            QMessageBox.warning(self, APP_NAME, self.tr("Could not save the log: {0}").format(os_error_text(exc)))
            return None
        return Path(target)
