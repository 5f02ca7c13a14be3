"""The zh_CN catalogues (one per room of desktop_app/ui) are complete and their .qm files are
built from them; the language switch works."""

from __future__ import annotations

import shutil
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QSettings

from desktop_app.resources import resource_path
from desktop_app.ui.shell import translations
from desktop_app.ui.shell.settings_dialog import LANGUAGE_KEY, SettingsDialog, chosen_language

ROOT = Path(__file__).resolve().parents[2]
ROOMS = sorted(p.name for p in (ROOT / "desktop_app" / "ui").iterdir()
               if p.is_dir() and p.name != "__pycache__")


def catalogue(room: str) -> Path:
    return Path(resource_path("translations", f"desktop_app_{room}_zh_CN.ts"))


def messages(ts: Path) -> dict[tuple[str, str], ET.Element]:
    root = ET.parse(ts).getroot()
    return {
        (ctx.findtext("name"), msg.findtext("source")): msg.find("translation")
        for ctx in root.iter("context")
        for msg in ctx.iter("message")
    }


def test_every_string_is_translated():
    found = {key: tr for room in ROOMS for key, tr in messages(catalogue(room)).items()}
    assert len(found) > 150
    unfinished = [key for key, tr in found.items() if tr.get("type") or not (tr.text or "").strip()]
    assert unfinished == []


@pytest.mark.skipif(shutil.which("pyside6-lupdate") is None, reason="pyside6 tools not installed")
@pytest.mark.parametrize("room", ROOMS)
def test_catalogue_and_qm_are_current(tmp_path, room):
    """lupdate over the room's modules finds nothing new, and lrelease rebuilds the same .qm."""
    ts = catalogue(room)
    sources = sorted(str(p) for p in (ROOT / "desktop_app" / "ui" / room).glob("*.py"))
    copy = tmp_path / "copy.ts"
    shutil.copy(ts, copy)
    subprocess.run(["pyside6-lupdate", "-no-obsolete", *sources, "-ts", str(copy)],
                   check=True, capture_output=True)
    assert set(messages(copy)) == set(messages(ts)), "run resources/translations/update.sh"
    built = tmp_path / "built.qm"
    subprocess.run(["pyside6-lrelease", str(ts), "-qm", str(built)], check=True, capture_output=True)
    assert built.read_bytes() == ts.with_suffix(".qm").read_bytes(), (
        "run resources/translations/update.sh")


def test_language_switch(qtbot, qapp):
    from tests.conftest import ZH_TRANSLATORS

    for translator in ZH_TRANSLATORS:  # the run's own Chinese, put back below
        qapp.removeTranslator(translator)
    try:
        _switch(qtbot, qapp)
    finally:
        for translator in ZH_TRANSLATORS:
            qapp.installTranslator(translator)


def _switch(qtbot, qapp):
    assert chosen_language() == "zh_CN"
    installed = translations.install(qapp, "zh_CN")
    try:
        assert QCoreApplication.translate("TaskTreeModel", "Lead department") == "牵头科室"
    finally:
        for translator in installed:
            qapp.removeTranslator(translator)
    assert translations.install(qapp, "en") == []
    assert QCoreApplication.translate("TaskTreeModel", "Lead department") == "Lead department"
    dialog = SettingsDialog()
    qtbot.addWidget(dialog)
    dialog.language_combo.setCurrentIndex(dialog.language_combo.findData("en"))
    dialog.accept()
    assert QSettings().value(LANGUAGE_KEY) == "en" and chosen_language() == "en"


def test_english_needs_no_catalogue():
    """English is the source language: no entry is a numerus (%n) form, which would need an
    English catalogue to say 1 task / 2 tasks."""
    for room in ROOMS:
        root = ET.parse(catalogue(room)).getroot()
        plural = [msg.findtext("source") for msg in root.iter("message") if msg.get("numerus") == "yes"]
        assert plural == [], (room, plural)
    assert not list(Path(resource_path("translations")).glob("*_en*.qm"))
