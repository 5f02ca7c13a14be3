"""The main window on the demo register, every question answered Yes and the warnings kept
(``window.warnings``) — what most window tests start from."""

from __future__ import annotations

import pytest
from PySide6.QtWidgets import QMessageBox

from desktop_app.storage.db import open_register
from desktop_app.ui.shell.main_window import MainWindow


@pytest.fixture
def window(qtbot, demo_path, monkeypatch):
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Yes)
    warnings: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: warnings.append(text))
    win = MainWindow(open_register(demo_path))
    win.warnings = warnings
    qtbot.addWidget(win)
    win.show()
    qtbot.waitExposed(win)
    yield win
    win.close()
