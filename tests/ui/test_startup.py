"""Start-up: what the first screen does not show is neither imported nor built before the
window's first paint, and appears unchanged when it is first asked for."""

from __future__ import annotations

import gc
import json
import os
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMainWindow

from desktop_app.app import after_first_paint, resume_collector
from desktop_app.storage import backup
from desktop_app.storage.db import open_register
from desktop_app.ui.shell.main_window import MainWindow

ROOT = Path(__file__).resolve().parents[2]

# The program started as the desktop-app entry point; at the window's first paint it prints
# which of these modules were loaded, whether the cycle collector was on and how many
# backups had been started.
CHILD = r"""
import json, sys
from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow
WATCHED = json.loads(sys.argv[2])

class FirstPaint(QObject):
    def eventFilter(self, obj, event):
        if event.type() == QEvent.Type.Paint and isinstance(obj, QMainWindow):
            QApplication.instance().removeEventFilter(self)
            import gc
            from desktop_app.ui.shell import open_prompt
            print(json.dumps({"loaded": [m for m in WATCHED if m in sys.modules],
                              "collector": gc.isenabled(), "backups": len(open_prompt._running)}),
                  flush=True)
            self.timer = QTimer(interval=50)
            self.timer.timeout.connect(self.later)
            self.timer.start()
        return False

    def later(self):  # the day's backup, started a little after the first paint
        import gc
        from desktop_app.ui.shell import open_prompt
        if open_prompt._running:
            open_prompt._running[-1].thread.join(30)
            print(json.dumps({"collector": gc.isenabled(), "backups": len(open_prompt._running)}),
                  flush=True)
            QApplication.instance().quit()

app = QApplication([sys.argv[0]])
spy = FirstPaint()
app.installEventFilter(spy)
from desktop_app.app import main
main([sys.argv[1]])
"""

NOT_BEFORE_FIRST_PAINT = [
    "sqlite_utils",  # only migrations need it
    "desktop_app.ui.week.week_view", "desktop_app.ui.week.week_model",
    "desktop_app.ui.week.dashboard", "desktop_app.storage.overview",
    "desktop_app.ui.week.startup_summary",  # after the first paint
    "desktop_app.ui.week.extension_dialog", "desktop_app.ui.week.supervision_dialog",
    "desktop_app.ui.shell.settings_dialog", "desktop_app.storage.demo",
    "logging.handlers", "uuid",  # the log file is opened a little after the first paint
    "desktop_app.domain.holiday_notice",  # read when a holiday notice is pasted
    "desktop_app.storage.backup", "desktop_app.storage.light_snapshot",
    "html",  # the task panel's heading, once a task is shown
    "socket",  # the lock's host name comes from its C part
]


def test_nothing_the_first_screen_does_not_show_is_imported_before_the_first_paint(demo_path, tmp_path):
    open_register(demo_path).close()  # brought up to date here: the start itself migrates nothing
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=str(tmp_path), XDG_CONFIG_HOME=str(tmp_path))
    out = subprocess.run([sys.executable, "-c", CHILD, str(demo_path), json.dumps(NOT_BEFORE_FIRST_PAINT)],
                         capture_output=True, text=True, env=env, cwd=ROOT, timeout=120)
    lines = [json.loads(line) for line in out.stdout.splitlines() if line.startswith("{")]
    assert len(lines) == 2, out.stdout + out.stderr
    at_paint, later = lines
    assert at_paint["loaded"] == []
    assert at_paint["collector"] is False  # back on right after the first paint
    assert at_paint["backups"] == 0  # the day's backup starts after it
    assert later == {"collector": True, "backups": 1}
    assert backup.list_backups(demo_path)  # and was made


def test_the_week_and_overview_pages_are_built_when_first_shown(qtbot, demo_path):
    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    weekly = window.weekly
    assert weekly._week_view is None and weekly._dashboard is None
    titles = [window.pages.tabText(i) for i in range(window.pages.count())]
    menu_before = [(a.text(), a.shortcut().toString(), a.isEnabled()) for a in window.menu_week.actions()]
    window.pages.setCurrentIndex(titles.index("本周进展"))  # as a click on the tab does
    week = weekly._week_view
    assert week is not None and window.pages.currentWidget() is week
    assert week.model.rowCount() > 0  # loaded as it is shown
    assert [window.pages.tabText(i) for i in range(window.pages.count())] == titles
    window.pages.setCurrentWidget(window.task_page)
    menu_after = [(a.text(), a.shortcut().toString(), a.isEnabled()) for a in window.menu_week.actions()]
    assert menu_after == menu_before  # the stand-ins looked and behaved as the page's own
    assert weekly.week_view.save_action in window.menu_week.actions()
    board = weekly.dashboard  # asked for: built, in its tab, not shown
    assert window.pages.indexOf(board) == titles.index("总览")
    assert window.pages.currentWidget() is window.task_page
    window.close()


def test_the_cycle_collector_comes_back_after_the_first_paint(qtbot):
    window = QMainWindow()
    qtbot.addWidget(window)
    gc.disable()
    try:
        after_first_paint(window, resume_collector)
        window.show()
        qtbot.waitUntil(gc.isenabled, timeout=5000)
    finally:
        gc.enable()


def test_the_qt_free_layers_the_window_uses_are_imported_before_pyside(tmp_path):
    """Every Qt-free module of the program that the first window loads is among those
    imported before PySide (which looks at the source of each module imported after it)."""
    script = (
        "import json, sys\n"
        "from desktop_app.app import import_core\n"
        "import_core()\n"
        "assert 'PySide6' not in sys.modules\n"
        "before = set(sys.modules)\n"
        "from desktop_app.ui.shell import error_dialog, main_window, open_prompt, translations\n"
        "from desktop_app.ui.common import icons, paths\n"
        "print(json.dumps(sorted(set(sys.modules) - before)))\n"
    )
    out = subprocess.run([sys.executable, "-c", script], capture_output=True, text=True, cwd=ROOT, timeout=120)
    assert out.returncode == 0, out.stderr
    later = [m for m in json.loads(out.stdout) if m.startswith("desktop_app.")
             and m != "desktop_app.ui" and not m.startswith(("desktop_app.ui.", "desktop_app.printing."))]
    assert later == []


def test_pyside_reads_no_source_of_the_modules_the_first_window_names(tmp_path):
    """PySide reads the source of each module an import statement names after it is loaded
    (to see whether it mentions PySide6), unless told beforehand: the start tells it of
    every module already loaded and of the program's Qt modules."""
    script = (
        "import json, sys\n"
        "from desktop_app import app\n"
        "app.import_core()\n"
        "from PySide6.QtCore import Qt\n"
        "feature = sys.modules['PySide6.support.feature']\n"
        "read = []\n"
        "check = feature._mod_uses_pyside\n"
        "feature._mod_uses_pyside = lambda module: read.append(module.__name__) or check(module)\n"
        "if sys.argv[1] == 'told':\n"
        "    app.spare_feature_checks()\n"
        "from desktop_app.ui.shell import error_dialog, main_window, open_prompt, translations\n"
        "from desktop_app.ui.common import icons, paths\n"
        "print(json.dumps(read))\n"
    )

    def sources_read(mode: str) -> list[str]:
        out = subprocess.run([sys.executable, "-c", script, mode], capture_output=True, text=True,
                             cwd=ROOT, timeout=120)
        assert out.returncode == 0, out.stderr
        return json.loads(out.stdout)

    untold = sources_read("untold")
    assert "logging" in untold  # what it costs: a standard module, the program's own ones
    assert any(m.startswith("desktop_app.ui.") for m in untold)
    told = sources_read("told")
    assert [m for m in told if not m.startswith("PySide6.")] == []


def test_the_marks_given_to_pyside_are_those_it_gives_such_modules(monkeypatch):
    import types

    from desktop_app.app import spare_feature_checks

    feature = sys.modules["PySide6.support.feature"]
    marks = dict(feature.pyside_feature_dict)
    monkeypatch.setattr(feature, "pyside_feature_dict", marks)
    probe = types.ModuleType("desktop_app_feature_probe")
    monkeypatch.setitem(sys.modules, probe.__name__, probe)
    for name in ("desktop_app.ui.week.dashboard", "desktop_app.printing.chart"):
        marks.pop(name, None)
    spare_feature_checks()
    assert marks[probe.__name__] == -1  # loaded before: PySide's mark for a module without PySide6
    # The program's Qt modules: PySide's mark for a module that mentions PySide6.
    assert marks["desktop_app.ui.week.dashboard"] == 0
    assert marks["desktop_app.printing.chart"] == 0
    assert "PySide6" in (ROOT / "desktop_app/ui/week/dashboard.py").read_text(encoding="utf-8")
