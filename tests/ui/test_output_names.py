"""The names the output dialogs give to things of the Qt-free layers (report kinds, column
headers, weeks, notice template fields): every one has an English source, and with the
Chinese catalogues installed (as in every UI test) each reads exactly as the layer below
words it."""

from __future__ import annotations

from desktop_app.domain.weeks import shift_week, week_label
from desktop_app.reports.kinds import KINDS
from desktop_app.storage import settings
from desktop_app.ui.output import names
from desktop_app.ui.output.report_dialog import KIND_COLUMNS


def test_every_report_and_column_has_its_chinese_name(qapp):
    assert set(KINDS) == set(names.KIND_NAMES)
    for kind, chinese in KINDS.items():
        assert names.kind_name(kind) == chinese
    headers = {column.header for columns in KIND_COLUMNS.values() for column in columns}
    assert headers <= set(names.COLUMN_NAMES)
    for header in headers:
        assert names.column_name(header) == header
    for english in [*names.KIND_NAMES.values(), *names.COLUMN_NAMES.values()]:
        assert english.isascii()


def test_notice_fields_read_as_the_register_describes_them(qapp):
    assert set(settings.NOTICE_FIELDS) == set(names.NOTICE_FIELD_NAMES)
    for field, meaning in settings.NOTICE_FIELDS.items():
        assert names.notice_field_name(field, meaning) == meaning
        assert names.NOTICE_FIELD_NAMES[field].isascii()


def test_week_names_as_before_across_year_ends(qapp):
    week = "2025-W50"
    for _ in range(60):  # into 2027: 2026-W53 does not exist, 2026-W01 starts in 2025
        assert names.week_text(week) == f"{week[:4]}年{week_label(week)}"
        assert names.week_name(week) == week_label(week)
        assert names.week_folder(week) == f"{week[:4]}年第{week[-2:]}周"
        week = shift_week(week, 1)
    assert names.week_text("2026-W01") == "2026年第1周（2025年12月29日—1月4日）"
