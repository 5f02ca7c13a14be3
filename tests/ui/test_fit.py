"""Every window and dialog fits an office screen with every text whole: 1366×768 at 100 %,
1920×1080 at 125 % and 150 % (QT_SCALE_FACTOR) in Chinese, and in English (longer words) at
1366×768 and 150 %. Each runs in a child process, since the scale factor must be set before
Qt starts; ``fit_walk`` prints one line per text that is elided or clipped, or window larger
than the screen, and the test shows them all."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.fit_walk import screen_platform

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize(("scale", "screen", "language"), [
    ("1", "1366x768", "zh_CN"),
    ("1.25", "1920x1080", "zh_CN"),
    ("1.5", "1920x1080", "zh_CN"),
    ("1", "1366x768", "en"),   # English words are longer
    ("1.5", "1920x1080", "en"),
])
def test_every_text_fits_at_office_screen_sizes(tmp_path: Path, scale: str, screen: str, language: str):
    env = dict(os.environ, QT_SCALE_FACTOR=scale, QT_QPA_PLATFORM=screen_platform(screen, tmp_path),
               HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path / "config"), FIT_LANGUAGE=language)
    shots = tmp_path / "shots"
    proc = subprocess.run([sys.executable, "-m", "tests.ui.fit_walk", screen, "--shots", str(shots)],
                          env=env, cwd=ROOT, capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    problems = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert problems == [], "\n".join(f"{p['window']}: {p['problem']}" for p in problems)
    taken = sorted(p.stem for p in shots.glob("*.png"))
    assert {"main_tasks", "main_week", "main_overview", "settings_unit", "report_weekly",
            "holidays", "import_wizard", "supervision"} <= set(taken)


def test_the_checker_finds_a_clipped_label_header_and_button(qtbot):
    from PySide6.QtGui import QStandardItemModel
    from PySide6.QtWidgets import QLabel, QPushButton, QTableView, QVBoxLayout, QWidget

    from tests.ui.fit_check import clipped_texts

    top = QWidget()
    qtbot.addWidget(top)
    layout = QVBoxLayout(top)
    label = QLabel("存在问题及需协调事项")
    label.setFixedWidth(40)
    button = QPushButton("导出为 Excel 工作簿")
    button.setFixedWidth(50)
    table = QTableView()
    model = QStandardItemModel(1, 2)
    model.setHorizontalHeaderLabels(["编号", "存在问题及需协调事项"])
    table.setModel(model)
    table.setColumnWidth(1, 40)
    for w in (label, button, table):
        layout.addWidget(w)
    top.show()
    qtbot.waitExposed(top)
    found = "\n".join(clipped_texts(top))
    assert "存在问题及需协调事项" in found and "导出为 Excel" in found and "header section 1" in found
    label.setFixedWidth(label.fontMetrics().horizontalAdvance(label.text()) + 4)
    button.setFixedWidth(button.sizeHint().width())
    table.setColumnWidth(1, 300)
    assert clipped_texts(top) == [], clipped_texts(top)


def test_a_wrapped_label_breaks_between_chinese_characters_not_inside_a_word(qtbot):
    from PySide6.QtWidgets import QLabel

    from tests.ui.fit_check import clipped_texts

    chinese = QLabel("台账“台账.db”正由张三（电脑 OFFICE-PC）自 2026-11-18 起打开并可能正在修改。为防止两处同时修改")
    english = QLabel("Backup folder: Supercalifragilisticexpialidocious_folder_name_without_breaks here")
    for label in (chinese, english):
        qtbot.addWidget(label)
        label.setWordWrap(True)
        label.setFixedSize(140, 400)
        label.show()
    assert clipped_texts(chinese) == []
    assert "word wider than label" in "\n".join(clipped_texts(english))
