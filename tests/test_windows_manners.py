"""What a Windows desktop expects: folders with Chinese names and spaces (我的 文档),
the fonts of Chinese Windows preferred for printing, the program's own data folder."""

from __future__ import annotations

from datetime import date

import openpyxl
from pypdf import PdfReader

from desktop_app.printing import fonts
from desktop_app.printing.output import write_pdf
from desktop_app.reports.catalog import ReportParams, build_report
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage import locking
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate


def test_register_and_reports_in_a_folder_with_chinese_and_spaces(qapp, tmp_path):
    folder = tmp_path / "我的 文档" / "2026 年 督办"
    folder.mkdir(parents=True)
    db = folder / "局 督办台账.db"
    with open_register(db) as reg:
        assert locking.current_owner(db) is not None
        assert locking.lock_path(db).parent == folder
        generate(reg, tasks=30, weeks=4, seed=3, today=date(2026, 11, 18))
    assert locking.current_owner(db) is None
    with open_register(db, create=False, readonly=True) as reg:
        report = build_report(reg, "weekly", ReportParams(week="2026-W47", today=date(2026, 11, 18)))
    pdf, xlsx = folder / "周报表 第47周.pdf", folder / "周报表 第47周.xlsx"
    pages = write_pdf(report, pdf)
    write_xlsx(report, xlsx)
    assert pages == len(PdfReader(pdf).pages) > 0
    assert openpyxl.load_workbook(xlsx).active.max_row > 1


def test_fonts_of_chinese_windows_come_before_other_systems():
    fallbacks = ("Noto Sans CJK SC", "Noto Serif CJK SC", "WenQuanYi Zen Hei", "WenQuanYi Micro Hei")
    windows = {
        "title": ("黑体", "SimHei", "微软雅黑", "Microsoft YaHei"),
        "heading": ("黑体", "SimHei", "微软雅黑", "Microsoft YaHei"),
        "body": ("仿宋", "FangSong", "宋体", "SimSun"),
    }
    lists = {"title": fonts.TITLE_FAMILIES, "heading": fonts.HEADING_FAMILIES, "body": fonts.BODY_FAMILIES}
    for role, families in lists.items():
        last_windows = max(families.index(name) for name in windows[role])
        first_fallback = min(families.index(name) for name in fallbacks if name in families)
        assert last_windows < first_fallback, role
