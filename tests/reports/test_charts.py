"""The department bar chart: values from the report's own table, drawn in the PDF and as PNG,
and told apart without colour (fill patterns) — checked on the pixels."""

from __future__ import annotations

import re
from pathlib import Path

from docx import Document
from pypdf import PdfReader
from PySide6.QtGui import QColor, QImage

from desktop_app.printing.chart import PNG_DPI, chart_image, chart_png
from desktop_app.printing.output import write_pdf
from desktop_app.reports.model import Chart
from desktop_app.reports.monthly import monthly_report
from desktop_app.reports.word import CHART_NOTE, write_docx
from desktop_app.reports.yearly import yearly_report

from .conftest import ON

CHART = Chart("各科室任务完成情况", ["办公室", "基础教育科", "计划财务科"],
              [("已完成", [12, 7, 0]), ("按时完成", [10, 5, 0]), ("逾期未完成", [1, 3, 2])])


def test_yearly_and_monthly_charts_repeat_the_table(reg, office):
    yearly = yearly_report(reg, 2026, today=ON)
    rows = [r for g in yearly.groups for r in g.rows if r.text("department") != "合计"]
    chart = yearly.chart
    assert chart.categories == [r.text("department") for r in rows]
    assert dict(chart.series) == {
        "已完成": [int(r.text("finished")) for r in rows],
        "按时完成": [int(r.text("on_time")) for r in rows],
        "逾期未完成": [int(r.text("overdue")) for r in rows],
    }
    monthly = monthly_report(reg, "2026-11", today=ON)
    finished = dict(zip(monthly.chart.categories, dict(monthly.chart.series)["本月完成"], strict=True))
    overdue = dict(zip(monthly.chart.categories, dict(monthly.chart.series)["逾期"], strict=True))
    for group in monthly.groups:
        name = group.heading.split("：")[0]
        assert f"本月完成 {finished[name]} 项" in group.heading and f"逾期 {overdue[name]} 项" in group.heading
    on_time = dict(zip(monthly.chart.categories, dict(monthly.chart.series)["其中按时完成"], strict=True))
    assert on_time["计划财务科"] == finished["计划财务科"] == 1  # 预算 finished 11-17, due 12-31


def _white_share(image: QImage, colour: QColor) -> float:
    """Share of white pixels in the legend swatch of the series drawn in ``colour``: the
    first pixels of that colour from the top are the swatch (about 4 mm, 16 px at 100 dpi)."""
    x0, y0 = next((x, y) for y in range(image.height()) for x in range(image.width())
                  if image.pixelColor(x, y) == colour)
    box = [(x, y) for x in range(x0 + 2, x0 + 12) for y in range(y0 + 2, y0 + 12)]
    return sum(1 for x, y in box if image.pixelColor(x, y).lightness() > 240) / len(box)


def test_series_differ_without_colour(qapp):
    from desktop_app.printing.chart import SERIES_STYLE

    image = chart_image(CHART, dpi=100)
    shares = [_white_share(image, colour) for colour, _ in SERIES_STYLE[:3]]
    assert shares[0] < 0.05  # solid
    assert all(0.2 < s < 0.95 for s in shares[1:])  # hatched: paper shows through
    png = chart_png(CHART)
    loaded = QImage.fromData(png, "PNG")
    assert round(loaded.dotsPerMeterX() * 0.0254) == PNG_DPI and loaded.width() > 1500


def test_chart_in_pdf_and_docx(qapp, reg, office, tmp_path: Path):
    report = yearly_report(reg, 2026, today=ON)
    pdf = tmp_path / "考核.pdf"
    write_pdf(report, pdf)
    text = re.sub(r"\s+", "", "".join(p.extract_text() for p in PdfReader(str(pdf)).pages))
    assert "2026年各科室任务完成情况" in text and "逾期未完成" in text
    with_chart = Document(str(write_docx(report, tmp_path / "有图.docx", chart_png=chart_png(report.chart))))
    assert len(with_chart.inline_shapes) == 1
    assert with_chart.inline_shapes[0].width < with_chart.sections[0].page_width
    without = Document(str(write_docx(report, tmp_path / "无图.docx")))
    assert not without.inline_shapes and CHART_NOTE in [p.text for p in without.paragraphs]


def test_a_chart_on_a_page_of_its_own_has_no_empty_table_header(qapp, demo_path, tmp_path: Path):
    from desktop_app.storage.db import open_register
    from tests.conftest import DEMO_TODAY

    with open_register(demo_path, readonly=True) as reg:
        report = yearly_report(reg, 2026, today=DEMO_TODAY)
    pdf = tmp_path / "考核.pdf"
    pages = write_pdf(report, pdf)
    texts = [re.sub(r"\s+", "", p.extract_text()) for p in PdfReader(str(pdf)).pages]
    assert "按时完成率" in texts[0] and "2026年各科室任务完成情况" in texts[-1]
    assert pages == 2  # 12 departments: the table and its notes fill the first page
    assert "按时完成率" not in texts[1] and "第2页共2页" in texts[1]
