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
from typing import TYPE_CHECKING

from PySide6 import QtWidgets  # the error window's classes, looked up when an error comes
from PySide6.QtCore import QCoreApplication, QObject, QtMsgType, Signal, qInstallMessageHandler

from desktop_app import APP_NAME
from desktop_app.logs import error_details
from desktop_app.storage.errors import NotARegisterError, StorageError, os_error_text

if TYPE_CHECKING:
    from desktop_app.ui.shell.error_window import ErrorDialog

log = logging.getLogger("desktop_app.errors")


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
        self.dialog: ErrorDialog | None = None  # made when the first error comes
        self.raised.connect(self.show_dialog)
        self.fault.connect(self.show_fault)

    def show_fault(self, message: str) -> None:
        """An environment fault is said plainly, without the unexpected-error dialog."""
        QtWidgets.QMessageBox.warning(QtWidgets.QApplication.activeWindow(), APP_NAME, message)

    def show_dialog(self, details: str) -> None:
        if self.dialog is not None and self.dialog.isVisible():
            return  # one dialog is enough; everything is in the log
        from desktop_app.ui.shell.error_window import ErrorDialog

        parent = QtWidgets.QApplication.activeWindow()
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
