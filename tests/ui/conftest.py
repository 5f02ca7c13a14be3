"""What the window tests start from: the main window on the demo register (every question
answered Yes, the warnings kept in ``window.warnings``), the demo register itself, and the
messages a dialog showed."""

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


@pytest.fixture
def demo_reg(demo_path):
    reg = open_register(demo_path)
    yield reg
    reg.close()


@pytest.fixture
def messages(monkeypatch) -> list[str]:
    seen: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: seen.append(text))
    monkeypatch.setattr(QMessageBox, "information", lambda _p, _t, text, *a, **k: seen.append(text))
    return seen
