"""Every register setting shown in 工具 ▸ 设置 has an English text in ``setting_texts`` whose
Chinese translation is exactly the wording declared in ``storage/settings.py`` (which the
command line prints): a key added there without a text here fails, and so does a
translation that drifts from the declared label."""

from __future__ import annotations

from datetime import date

import pytest
from PySide6.QtCore import QCoreApplication

from desktop_app.domain.calendar import WorkCalendar
from desktop_app.storage import holidays, settings
from desktop_app.ui.shell import setting_texts as texts
from desktop_app.ui.shell.settings_dialog import SettingsDialog

SHOWN = {key: s for key, s in settings.DECLARED.items() if s.page}


@pytest.mark.parametrize("key", sorted(SHOWN))
def test_every_shown_setting_has_its_text(qapp, key):
    setting = SHOWN[key]
    assert key in texts.LABELS, f"add an English label for {key!r} to ui/shell/setting_texts.py"
    assert texts.label(key) == setting.label
    assert (key in texts.ABOUT) == bool(setting.about)
    assert texts.about(key) == setting.about
    assert texts.suffix(setting.suffix) == setting.suffix
    for number, name in (setting.choices or {}).items():
        assert texts.weekday(number) == name
    assert setting.page in texts.PAGES


def test_pages_fields_and_no_stray_texts(qapp):
    assert [texts.page_name(p) for p in settings.PAGES] == list(settings.PAGES)
    assert set(texts.PAGES) == set(settings.PAGES)
    assert set(texts.LABELS) == set(SHOWN)
    assert set(texts.ABOUT) <= set(SHOWN)
    assert {texts.notice_field(k) for k in settings.NOTICE_FIELDS} == set(settings.NOTICE_FIELDS.values())
    assert set(texts.NOTICE_FIELDS) == set(settings.NOTICE_FIELDS)
    assert set(texts.WEEKDAYS) == set(settings.WEEKDAYS)


def test_the_sources_are_english():
    for table in (texts.PAGES, texts.LABELS, texts.ABOUT, texts.SUFFIXES, texts.WEEKDAYS,
                  texts.NOTICE_FIELDS):
        for source in table.values():
            assert not any("\u3000" <= ch <= "\u9fff" for ch in source), source


def test_calendar_notes_say_what_the_domain_says(qapp):
    """The notes of the settings page and the status bar read as the command line's."""
    for calendar in (WorkCalendar(),
                     WorkCalendar([date(2026, 1, 1)], [], covered=[2026, 2028], entered=[2028]),
                     WorkCalendar([], [], covered=[])):
        assert texts.coverage_note(calendar) == calendar.coverage_note()
    for years in ([], [2031], [2031, 2032]):
        assert texts.missing_note(years) == holidays.missing_note(years)


def test_the_dialog_shows_the_declared_chinese(qtbot, file_reg):
    dialog = SettingsDialog(reg=file_reg)
    qtbot.addWidget(dialog)
    shown = [dialog.pages.item(i).text() for i in range(dialog.pages.count())]
    assert shown[:len(settings.PAGES)] == list(settings.PAGES)
    form = dialog.editors["light.lag_red_points"].parentWidget().layout()
    label = form.labelForField(dialog.editors["light.lag_red_points"]).text()
    assert label == "落后序时进度达到（红灯）："
    assert dialog.editors["light.lag_red_points"].suffix() == " 个百分点"
    combo = dialog.editors["forms.return_weekday"]
    assert [combo.itemText(i) for i in range(combo.count())] == list(settings.WEEKDAYS.values())
    assert dialog.editors["startup.show_summary"].text() == settings.DECLARED["startup.show_summary"].label
    fields = "　".join(f"{{{k}}}：{v}" for k, v in settings.NOTICE_FIELDS.items())
    from PySide6.QtWidgets import QLabel

    assert any(label.text().endswith(fields) for label in dialog.findChildren(QLabel))


def test_english_labels_when_no_catalogue_is_installed(qtbot, qapp, file_reg):
    from tests.conftest import ZH_TRANSLATORS

    for translator in ZH_TRANSLATORS:
        qapp.removeTranslator(translator)
    try:
        assert QCoreApplication.translate("RegisterSettings", texts.LABELS["report.preparer"]) == "Prepared by"
        dialog = SettingsDialog(reg=file_reg)
        qtbot.addWidget(dialog)
        assert dialog.pages.item(0).text() == "Organisation and sign-off"
        assert dialog.editors["backup.keep"].suffix() == " copies"
    finally:
        for translator in ZH_TRANSLATORS:
            qapp.installTranslator(translator)
