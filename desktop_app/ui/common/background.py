"""Long work off the GUI thread: one helper with a cancellable progress dialog.

The work itself stays Qt-free: it is called as ``job(progress, cancelled)`` with a plain
``progress(fraction, text)`` and ``cancelled() -> bool``, so the same function runs
from the command line, in tests, and here behind a dialog.
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, QObject, Qt, QThread, Signal, Slot
from PySide6.QtWidgets import QProgressDialog, QWidget

from desktop_app import APP_NAME


class _Worker(QObject):
    progressed = Signal(float, str)
    done = Signal(object, object)  # result, exception

    def __init__(self, job: Callable[..., Any], cancel: threading.Event) -> None:
        super().__init__()
        self._job = job
        self._cancel = cancel

    def run(self) -> None:
        try:
            result = self._job(lambda f, text: self.progressed.emit(f, text), self._cancel.is_set)
        except Exception as exc:  # noqa: BLE001 - handed back to the GUI thread as is
            self.done.emit(None, exc)
        else:
            self.done.emit(result, None)


class _Receiver(QObject):
    """Lives in the GUI thread, so the worker's signals reach it queued."""

    def __init__(self, dialog: QProgressDialog, loop: QEventLoop) -> None:
        super().__init__()
        self.dialog = dialog
        self.loop = loop
        self.outcome: tuple[Any, Exception | None] = (None, None)

    @Slot(float, str)
    def progress(self, fraction: float, text: str) -> None:
        self.dialog.setValue(int(max(0.0, min(fraction, 1.0)) * 1000))
        self.dialog.setLabelText(text)

    @Slot(object, object)
    def finish(self, result: Any, error: Exception | None) -> None:
        self.outcome = (result, error)
        self.loop.quit()


def run_in_background(parent: QWidget, label: str, job: Callable[..., Any]) -> Any:
    """Run ``job(progress, cancelled)`` on a worker thread with a cancellable progress
    dialog; return its result or raise its exception in the GUI thread."""
    cancel = threading.Event()
    dialog = QProgressDialog(label, QCoreApplication.translate("Background", "Cancel"), 0, 1000, parent)
    dialog.setWindowTitle(APP_NAME)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setMinimumDuration(300)
    dialog.setAutoReset(False)
    dialog.canceled.connect(cancel.set)
    loop = QEventLoop()
    receiver = _Receiver(dialog, loop)
    thread = QThread()
    worker = _Worker(job, cancel)
    worker.moveToThread(thread)
    worker.progressed.connect(receiver.progress)
    worker.done.connect(receiver.finish)
    thread.started.connect(worker.run)
    thread.start()
    loop.exec()
    thread.quit()
    thread.wait()
    dialog.close()
    dialog.deleteLater()
    result, error = receiver.outcome
    if error is not None:
        raise error
    return result
