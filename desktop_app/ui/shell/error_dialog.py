"""Unexpected errors: log them and tell the clerk in Chinese, without quitting.

``sys.excepthook`` (an exception escaping a slot or event handler) and
``threading.excepthook`` end up in :func:`report_error`; Qt's own critical
messages go to the log through a message handler (and, when critical, to the
same dialog). The dialog is modeless: the window behind it keeps whatever the
clerk was typing, and they can save their work before anything else.
"""

from __future__ import annotations

import logging
import sqlite3
import sys
import threading
from pathlib import Path

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QCoreApplication,
    QObject,
    QtMsgType,
    Signal,
    qInstallMessageHandler,
)
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import (
    QApplication,
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
from desktop_app.logs import collected_log, error_details
from desktop_app.storage.errors import NotARegisterError, StorageError, os_error_text

log = logging.getLogger("desktop_app.errors")

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


def fault_message(exc: BaseException) -> str | None:
    """The Chinese sentence for an error that is the machine's fault — a full disk, an I/O or
    read-only error, a damaged file — rather than a bug; None for a bug."""
    if isinstance(exc, sqlite3.Error):
        from desktop_app.storage.db import storage_error

        error = storage_error(exc)
        exc = error if error is not None else exc
    if isinstance(exc, NotARegisterError):
        from desktop_app.storage.backup import RESTORE_HINT

        return f"{exc}{RESTORE_HINT}"
    if isinstance(exc, StorageError):
        return str(exc)
    if isinstance(exc, OSError):
        where = (QCoreApplication.translate("ErrorDialog", " ({0})").format(exc.filename)
                 if exc.filename else "")
        return QCoreApplication.translate(
            "ErrorDialog", "A file operation failed: {0}{1}. This step was not completed; "
            "please deal with it and try again.").format(os_error_text(exc), where)
    return None


class ErrorReporter(QObject):
    """Receives errors from any thread and shows them on the GUI thread, one at a time."""

    raised = Signal(str)
    fault = Signal(str)

    def __init__(self, log_file: Path | None) -> None:
        super().__init__()
        self.log_file = log_file
        self.dialog: ErrorDialog | None = None
        self.raised.connect(self.show_dialog)
        self.fault.connect(self.show_fault)

    def show_fault(self, message: str) -> None:
        """An environment fault is said plainly, without the unexpected-error dialog."""
        QMessageBox.warning(QApplication.activeWindow(), APP_NAME, message)

    def show_dialog(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; everything is in the log
        parent = QApplication.activeWindow()
        self.dialog = ErrorDialog(details, self.log_file, parent)
        self.dialog.show()


_reporter: ErrorReporter | None = None


def report_error(exc_type, exc, tb) -> None:
    """``sys.excepthook``: log the error and show the dialog (never quits)."""
    if issubclass(exc_type, KeyboardInterrupt):
        sys.__excepthook__(exc_type, exc, tb)
        return
    fault = fault_message(exc)
    if fault is not None:
        log.warning("操作未完成：%s", fault, exc_info=(exc_type, exc, tb))
        if _reporter is not None:
            _reporter.fault.emit(fault)
        return
    log.error("意外错误", exc_info=(exc_type, exc, tb))
    if _reporter is not None:
        _reporter.raised.emit(error_details(exc_type, exc, tb))


def _thread_hook(args: threading.ExceptHookArgs) -> None:
    if args.exc_type is not SystemExit:
        report_error(args.exc_type, args.exc_value or args.exc_type(), args.exc_traceback)


_LEVELS = {
    QtMsgType.QtDebugMsg: logging.DEBUG,
    QtMsgType.QtInfoMsg: logging.INFO,
    QtMsgType.QtWarningMsg: logging.WARNING,
    QtMsgType.QtCriticalMsg: logging.ERROR,
    QtMsgType.QtFatalMsg: logging.CRITICAL,
}


def install_error_handlers(log_file: Path | None) -> ErrorReporter:
    """Route unexpected errors and Qt messages to the log and the error dialog."""
    global _reporter
    _reporter = ErrorReporter(log_file)
    sys.excepthook = report_error
    threading.excepthook = _thread_hook
    previous = None

    def qt_message(mode, context, message) -> None:
        log.log(_LEVELS.get(mode, logging.WARNING), "Qt: %s", message)
        if mode in (QtMsgType.QtCriticalMsg, QtMsgType.QtFatalMsg) and _reporter is not None:
            _reporter.raised.emit(f"Qt：{message}")
        if previous is not None:
            previous(mode, context, message)

    previous = qInstallMessageHandler(qt_message)
    return _reporter
