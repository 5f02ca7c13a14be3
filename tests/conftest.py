"""Shared fixtures: a fresh in-memory register, a register file, a small demo register."""

from __future__ import annotations

import os
from datetime import date
from pathlib import Path

import pytest

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from desktop_app import clock  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402

SAMPLES_DIR = Path(__file__).resolve().parents[1].parent / "shared" / "samples"
DEMO_TODAY = date(2026, 11, 18)


@pytest.fixture(autouse=True)
def _one_clock():
    """Every test runs on the demo data's day, whatever the real date: the program reads
    "today" only from ``desktop_app.clock`` (tests/test_any_date.py runs the date-dependent
    paths on other days, the real one included)."""
    with clock.fixed(DEMO_TODAY):
        yield


@pytest.fixture
def reg():
    """A fresh, migrated in-memory register."""
    register = open_register(None)
    yield register
    register.close()


@pytest.fixture
def db_path(tmp_path: Path) -> Path:
    return tmp_path / "台账 测试.db"


@pytest.fixture
def file_reg(db_path: Path):
    register = open_register(db_path)
    yield register
    register.close()


@pytest.fixture
def demo_path(tmp_path: Path) -> Path:
    """A small demo register file (120 tasks, 12 weeks) dated on a fixed day."""
    path = tmp_path / "demo.db"
    with open_register(path) as register:
        generate(register, tasks=120, weeks=12, seed=7, today=DEMO_TODAY)
    return path


@pytest.fixture
def samples_dir() -> Path:
    if not SAMPLES_DIR.is_dir():
        pytest.skip("../shared/samples is not present")
    return SAMPLES_DIR


@pytest.fixture(autouse=True)
def _isolated_qsettings(tmp_path_factory, monkeypatch):
    """Keep QSettings (recent files, window state) out of the real user profile."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    try:
        from PySide6.QtCore import QSettings
    except ImportError:
        return
    QSettings.setPath(QSettings.Format.NativeFormat, QSettings.Scope.UserScope, str(home / ".config"))
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(home / ".config"))


# The zh_CN translators, installed once on the QApplication for the whole run.
ZH_TRANSLATORS: list = []


@pytest.fixture(autouse=True)
def _chinese_interface(request):
    """UI tests see the interface as a user does by default: in Chinese (zh_CN). The
    sources of translated modules are English; tests/ui/test_languages.py walks both."""
    if {"qapp", "qtbot"} & set(request.fixturenames) and not ZH_TRANSLATORS:
        app = request.getfixturevalue("qapp")
        from desktop_app.ui.shell import translations

        ZH_TRANSLATORS.extend(translations.install(app, "zh_CN"))
    yield
