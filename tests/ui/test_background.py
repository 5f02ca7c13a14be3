"""The background helper: results and errors come back, 取消 reaches the work."""

from __future__ import annotations

import time

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QProgressDialog, QPushButton, QWidget

from desktop_app.importing.errors import ImportCancelled
from desktop_app.ui.common.background import run_in_background


def test_background_reading_can_be_cancelled(qtbot) -> None:
    """The progress dialog's 取消 reaches the worker, whose ImportCancelled comes back."""
    parent = QWidget()
    qtbot.addWidget(parent)
    parent.show()
    seen: list[float] = []

    def job(progress, cancelled):
        while not cancelled():
            progress(0.5, "正在识别层级…")
            seen.append(0.5)
            time.sleep(0.01)
        raise ImportCancelled()

    def press_cancel() -> None:
        dialog = parent.findChild(QProgressDialog)
        dialog.findChild(QPushButton).click()

    QTimer.singleShot(400, press_cancel)
    with pytest.raises(ImportCancelled):
        run_in_background(parent, "正在读取…", job)
    assert seen
    assert run_in_background(parent, "正在读取…", lambda _p, _c: 42) == 42
