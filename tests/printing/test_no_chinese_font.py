"""On a machine without any Chinese font, PDF export and the self-test say so and name
the fix instead of writing blank squares. The machine is simulated for real: fontconfig
is pointed at a folder holding only Latin fonts."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.printing.fonts import NO_CHINESE_FONT

ROOT = Path(__file__).resolve().parents[2]
LATIN_ONLY = Path("/usr/share/fonts/truetype/dejavu")
pytestmark = pytest.mark.skipif(not LATIN_ONLY.is_dir() or sys.platform == "win32",
                                reason="needs fontconfig and the DejaVu fonts")


@pytest.fixture
def no_cjk_env(tmp_path: Path) -> dict[str, str]:
    conf = tmp_path / "fonts.conf"
    conf.write_text(
        '<?xml version="1.0"?><!DOCTYPE fontconfig SYSTEM "fonts.dtd"><fontconfig>'
        f"<dir>{LATIN_ONLY}</dir><cachedir>{tmp_path / 'cache'}</cachedir></fontconfig>",
        encoding="utf-8",
    )
    env = dict(os.environ, FONTCONFIG_FILE=str(conf), QT_QPA_PLATFORM="offscreen",
               PYTHONPATH=str(ROOT), HOME=str(tmp_path))
    env.pop("QT_QPA_FONTDIR", None)
    return env


def run(env: dict[str, str], *args: str) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, *args], env=env, capture_output=True, text=True,
                          encoding="utf-8", timeout=180, cwd=ROOT)


def test_pdf_export_refuses_and_names_the_fix(no_cjk_env, tmp_path: Path):
    db = tmp_path / "台账.db"
    assert run(no_cjk_env, "-m", "desktop_app.cli", "demo", "--db", str(db), "--tasks", "20",
               "--weeks", "2").returncode == 0
    out = tmp_path / "周报表.pdf"
    proc = run(no_cjk_env, "-m", "desktop_app.cli", "report", "weekly", "--db", str(db), "--out", str(out))
    assert proc.returncode == 2
    assert "没有安装中文字体" in proc.stderr and "fonts-noto-cjk" in proc.stderr
    assert "Traceback" not in proc.stderr
    assert not out.exists()
    xlsx = tmp_path / "周报表.xlsx"  # a spreadsheet needs no font here: still made
    assert run(no_cjk_env, "-m", "desktop_app.cli", "report", "weekly", "--db", str(db),
               "--out", str(xlsx)).returncode == 0


def test_self_test_fails_with_the_fix(no_cjk_env, tmp_path: Path):
    proc = run(no_cjk_env, "-m", "desktop_app", "--self-test", "--self-test-out", str(tmp_path / "x.pdf"))
    assert proc.returncode == 1
    assert "自检失败" in proc.stderr and NO_CHINESE_FONT in proc.stderr


def test_report_dialog_says_so_before_printing(qtbot, reg, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    from desktop_app.printing import fonts
    from desktop_app.ui.output.report_dialog import ReportDialog

    said: list[str] = []
    monkeypatch.setattr(QMessageBox, "warning", lambda _p, _t, text, *a, **k: said.append(text))
    monkeypatch.setattr(fonts, "_installed", lambda: (["DejaVu Sans"], []))
    dialog = ReportDialog(reg)
    qtbot.addWidget(dialog)
    built: list[bool] = []
    monkeypatch.setattr(dialog, "build", lambda **_k: built.append(True))
    dialog.preview()
    dialog.print_dialog()
    dialog.export_pdf()
    assert said == [NO_CHINESE_FONT] * 3 and built == []
