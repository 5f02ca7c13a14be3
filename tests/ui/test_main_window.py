from pathlib import Path

from PySide6.QtWidgets import QPushButton

from desktop_app.storage.db import open_register
from desktop_app.ui.shell.main_window import MainWindow


def test_main_window_opens_on_demo_register(qtbot, demo_path):
    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    assert "督办台账" in window.windowTitle()
    assert window.stack.currentWidget() is window.pages
    model = window.tree.model()
    assert model.rowCount() > 0
    first = model.index(0, 0)
    assert model.data(first) == "1"
    assert model.rowCount(first) > 0
    titles = {a.objectName() for a in window.menu_file.actions()}
    assert {"action_new", "action_open", "action_import", "action_quit"} <= titles
    window.close()


def test_empty_register_shows_welcome_and_demo_stays_apart(qtbot, tmp_path):
    own = tmp_path / "mine.db"
    window = MainWindow(open_register(own))
    qtbot.addWidget(window)
    window.show()
    assert window.stack.currentWidget() is window.welcome
    buttons = {b.objectName() for b in window.welcome.findChildren(QPushButton)}
    assert {"welcome_import", "welcome_new", "welcome_demo"} <= buttons
    window.welcome.findChild(QPushButton, "welcome_demo").click()
    assert window.is_demo and window.reg.path != own
    assert Path(window.reg.path).exists()
    assert window.stack.currentWidget() is window.pages
    with open_register(own) as reg:
        assert reg.scalar("SELECT count(*) FROM tasks") == 0
    window.close()


def test_recent_files_remembered(qtbot, tmp_path, demo_path):
    window = MainWindow(open_register(tmp_path / "a.db"))
    qtbot.addWidget(window)
    assert window.switch_register(demo_path)
    assert str(demo_path) in window.recent_files()
    window.close()
