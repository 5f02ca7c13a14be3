"""Every register setting declared once; reachable from the CLI and from 工具 ▸ 设置."""

import re
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.storage import settings
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import ValidationError

ROOT = Path(__file__).resolve().parents[1] / "desktop_app"


def test_every_key_the_program_reads_is_declared_with_a_chinese_label():
    used = set()
    for path in ROOT.rglob("*.py"):
        used |= set(re.findall(r'settings\.(?:get|set_value)\(\s*[\w.]+,\s*"([\w.]+)"', path.read_text("utf-8")))
    assert used, "the scan found no setting"
    assert used <= set(settings.DECLARED), used - set(settings.DECLARED)
    for key, setting in settings.DECLARED.items():
        assert re.search(r"[\u4e00-\u9fff]", setting.label), key
        assert setting.page in (*settings.PAGES, "")
        assert settings.DEFAULTS[key] == setting.default
        if setting.kind == "int" and setting.page:
            assert setting.low is not None and setting.low <= setting.default <= setting.high, key
    for key in ("organisation", "report.preparer", "report.reviewer", "backup.folder", "backup.keep",
                "forms.return_weekday", "light.lag_red_points", "notice.prefix"):
        assert settings.DECLARED[key].page, key


def test_values_are_checked_alone_and_together(file_reg):
    with pytest.raises(ValidationError, match="保留备份份数"):
        settings.set_values(file_reg, {"backup.keep": 0})
    with pytest.raises(ValidationError, match="黄灯"):
        settings.set_value(file_reg, "light.lag_yellow_points", 30)  # red is 30
    with pytest.raises(ValidationError, match="制表人"):
        settings.set_value(file_reg, "report.preparer", "张" * 21)
    assert settings.get(file_reg, "light.lag_yellow_points") == 10
    changes = settings.set_values(file_reg, {"light.lag_red_points": 50, "light.lag_yellow_points": 40})
    assert changes.settings and changes.lights
    assert settings.get(file_reg, "light.lag_yellow_points") == 40
    assert not settings.set_values(file_reg, {"light.lag_red_points": 50})  # nothing changed


@pytest.fixture
def db(tmp_path):
    path = tmp_path / "台账.db"
    assert main(["demo", "--db", str(path), "--tasks", "20", "--weeks", "2"]) == 0
    return path


def test_cli_lists_shows_and_sets(db, capsys):
    capsys.readouterr()
    assert main(["settings", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    for key, setting in settings.DECLARED.items():
        if setting.page:
            assert key in out and setting.label in out
    assert "startup.last_lights" not in out
    assert main(["settings", "--db", str(db), "report.preparer", "王五"]) == 0
    assert "已设置 制表人：王五" in capsys.readouterr().out
    assert main(["settings", "--db", str(db), "report.preparer"]) == 0
    assert "制表人（report.preparer）：王五" in capsys.readouterr().out
    assert main(["settings", "--db", str(db), "forms.return_weekday", "星期四"]) == 0
    assert main(["settings", "--db", str(db), "startup.show_summary", "否"]) == 0
    with open_register(db, create=False) as reg:
        assert settings.get(reg, "report.preparer") == "王五"
        assert settings.get(reg, "forms.return_weekday") == 4
        assert settings.get(reg, "startup.show_summary") is False


@pytest.mark.parametrize(("args", "message"), [
    (["backup.keep", "很多"], "不是整数"),
    (["backup.keep", "0"], "1 到 1000"),
    (["light.lag_yellow_points", "90"], "黄灯"),
    (["startup.show_summary", "也许"], "是”或“否"),
    (["no.such"], "没有设置项"),
    (["startup.last_lights", "{}"], "不能"),
])
def test_cli_refuses_bad_values_in_chinese_with_exit_code_2(db, capsys, args, message):
    capsys.readouterr()
    with open_register(db, create=False) as reg:
        before = settings.all_values(reg)
    assert main(["settings", "--db", str(db), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    with open_register(db, create=False) as reg:
        assert settings.all_values(reg) == before


def test_settings_dialog_writes_through_the_hub_and_the_week_rejudges(qtbot, demo_path):
    from desktop_app.ui.shell.main_window import MainWindow
    from desktop_app.ui.shell.settings_dialog import SettingsDialog

    window = MainWindow(open_register(demo_path))
    qtbot.addWidget(window)
    heard = []
    window.hub.changed.connect(lambda changes, source: heard.append(changes))
    dialog = SettingsDialog(window)
    qtbot.addWidget(dialog)
    pages = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert pages[:-1] == list(settings.PAGES) and pages[-1] in ("界面", "Interface")
    for key, setting in settings.DECLARED.items():
        assert (key in dialog.editors) == bool(setting.page)
    dialog.editors["organisation"].setText("示范县教育局")
    dialog.editors["report.preparer"].setText("李四")
    dialog.editors["report.reviewer"].setText("赵六")
    dialog.editors["light.lag_red_points"].setValue(20)
    dialog.editors["forms.return_weekday"].setCurrentIndex(3)
    assert dialog.save()
    assert heard and heard[-1].lights and heard[-1].settings
    reg = window.reg
    assert settings.get(reg, "organisation") == "示范县教育局"
    assert (settings.get(reg, "report.preparer"), settings.get(reg, "report.reviewer")) == ("李四", "赵六")
    assert settings.get(reg, "light.lag_red_points") == 20
    assert settings.get(reg, "forms.return_weekday") == 4
    # a refused value: nothing saved, the reason shown
    dialog.editors["report.preparer"].setText("另一人")
    dialog.editors["backup.keep"].setValue(1)
    dialog.editors["light.stale_yellow_weeks"].setValue(10)  # red is 4
    assert not dialog.save()
    assert "未报送周数" in dialog.error.text()
    assert settings.get(reg, "report.preparer") == "李四"
    window.close()
