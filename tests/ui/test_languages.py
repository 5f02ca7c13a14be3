"""The interface in each language holds no text of the other: the main window (every
menu entry, tab, tool bar button, the status bar, the title) and the translated dialogs,
walked in English and in Chinese (``lang_walk``, one child process per language)."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path

import pytest

from tests.ui.lang_walk import foreign

ROOT = Path(__file__).resolve().parents[2]


@pytest.mark.parametrize("language", ["en", "zh_CN"])
def test_no_string_of_the_other_language(tmp_path: Path, language: str):
    env = dict(os.environ, FIT_LANGUAGE=language, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path),
               XDG_CONFIG_HOME=str(tmp_path / "config"))
    proc = subprocess.run([sys.executable, "-m", "tests.ui.lang_walk"], env=env, cwd=ROOT,
                          capture_output=True, text=True, encoding="utf-8", timeout=600)
    assert proc.returncode == 0, proc.stderr[-3000:]
    found = [json.loads(line) for line in proc.stdout.splitlines() if line.startswith("{")]
    assert found == [], "\n".join(f"{f['where']}: {f['text']}" for f in found)


def test_the_walk_would_see_a_foreign_string():
    assert foreign("周报(&W)", "en") and not foreign("&Week", "en")
    assert foreign("Add task", "zh_CN") and not foreign("搜索（Ctrl+F）", "zh_CN")
    assert not foreign("关于督办台账", "zh_CN") and not foreign("About 督办台账", "en")
