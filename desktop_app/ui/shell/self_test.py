"""``desktop-app --self-test``: prove an installed (or frozen) program works, without a screen.

Opens a small demo register in a temporary folder, shows the main window offscreen,
renders the weekly sheet (周报表) to PDF through the same path as
``desktop-app-cli report weekly --format pdf``, checks the data files the program
needs (own translations, Qt's Chinese catalogue, OpenCC's dictionaries) and exits 0.
On failure it exits 1 with the reason. Nothing is left in the user's profile: settings
go to the temporary folder too.

A windowed Windows program has no console, so with ``--self-test-out FILE.pdf`` the PDF
is kept there and the result is also written as ``FILE.json`` beside it.
"""

from __future__ import annotations

import json
import os
import re
import sys
import tempfile
import time
import traceback
from pathlib import Path
from typing import TYPE_CHECKING

from desktop_app import clock

if TYPE_CHECKING:
    from PySide6.QtWidgets import QApplication

OFFSCREEN = "offscreen"


class SelfTestError(Exception):
    """A check of the self-test failed; the message says which."""


def _check(condition: bool, message: str) -> None:
    if not condition:
        raise SelfTestError(message)


def _pdf_pages(path: Path) -> int:
    """Page count of a PDF written by Qt (its page tree root carries ``/Count``)."""
    data = path.read_bytes()
    _check(data.startswith(b"%PDF-"), f"{path.name} 不是 PDF 文件")
    _check(b"%%EOF" in data[-1024:], f"{path.name} 不完整（缺少 %%EOF）")
    counts = [int(m) for m in re.findall(rb"/Type\s*/Pages\b[^>]*?/Count\s+(\d+)", data)]
    counts += [int(m) for m in re.findall(rb"/Count\s+(\d+)[^>]*?/Type\s*/Pages\b", data)]
    return max(counts, default=0)


def _run_checks(app: QApplication, work: Path, pdf: Path, timings: dict[str, float], started: float) -> int:
    """The checks proper; returns the number of PDF pages."""
    from PySide6.QtCore import QSettings
    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(work / "设置"))

    from desktop_app.resources import resource_path
    from desktop_app.ui.shell.translations import CATALOGUES, install

    expected = 1 + len(list(resource_path("translations").glob(CATALOGUES)))
    translators = install(app, "zh_CN")
    _check(len(translators) == expected and expected > 1,
           f"翻译文件不全（找到 {len(translators)} 个，应有 qtbase 和本程序的 {expected - 1} 个）")

    from desktop_app.importing.cleaning import to_simplified_chinese

    _check(to_simplified_chinese(["工作要點"]) == ["工作要点"], "OpenCC 繁简转换不可用")

    from desktop_app.storage.db import open_register
    from desktop_app.storage.demo import generate
    from desktop_app.ui.shell.main_window import MainWindow

    db = work / "示例 台账.db"
    with open_register(db) as reg:
        generate(reg, tasks=60, weeks=8, today=clock.today())
    reg = open_register(db)
    try:
        window = MainWindow(reg, is_demo=True)
        window.show()
        app.processEvents()
        _check(window.isVisible(), "主窗口没有显示")
        _check(window.tree.model().rowCount() > 0, "主窗口没有显示任务")
        timings["window_seconds"] = time.perf_counter() - started
        timings["window_shown_at"] = time.time()  # for timing the whole start from outside
        window.close()
        window.deleteLater()
        app.processEvents()

        from desktop_app.printing import fonts
        from desktop_app.printing.output import write_pdf
        from desktop_app.reports.catalog import ReportParams, build_report

        _check(fonts.has_chinese_font(), fonts.NO_CHINESE_FONT)

        report = build_report(reg, "weekly", ReportParams())
        _check(report.row_count > 0, "周报表没有任何行")
        written = write_pdf(report, pdf)
    finally:
        reg.close()
    _check(pdf.is_file() and pdf.stat().st_size > 0, f"没有生成 PDF：{pdf}")
    pages = _pdf_pages(pdf)
    _check(pages == written and pages > 0, f"PDF 页数不对：写入 {written} 页，文件中 {pages} 页")
    timings["pdf_seconds"] = time.perf_counter() - started
    return pages


def run(out: str | None = None) -> int:
    """Run the self-test; 0 when every check passed. ``out``: where to keep the PDF."""
    started = time.perf_counter()
    if OFFSCREEN not in os.environ.get("QT_QPA_PLATFORM", ""):
        os.environ["QT_QPA_PLATFORM"] = OFFSCREEN
    timings: dict[str, float] = {}
    result: dict[str, object] = {"ok": False}
    # A file Windows still holds open must not turn a passed test into a crash.
    with tempfile.TemporaryDirectory(prefix="dubantaizhang-selftest-", ignore_cleanup_errors=True) as tmp:
        work = Path(tmp)
        pdf = Path(out).resolve() if out else work / "周报表.pdf"
        try:
            pdf.parent.mkdir(parents=True, exist_ok=True)
            from PySide6.QtWidgets import QApplication

            app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else "desktop-app"])
            _check(isinstance(app, QApplication), "无法启动 Qt 窗口程序")
            pages = _run_checks(app, work, pdf, timings, started)
        except Exception as exc:  # every failure becomes a message, never a dialog
            detail = str(exc) if isinstance(exc, SelfTestError) else traceback.format_exc()
            message = f"自检失败 / self-test failed: {detail}"
            result.update(message=message)
        else:
            message = (
                f"自检通过 / self-test passed: 主窗口 {timings['window_seconds']:.2f} 秒，"
                f"周报表 PDF {pages} 页 {timings['pdf_seconds']:.2f} 秒"
            )
            result.update(ok=True, message=message, pages=pages, pdf=str(pdf), **timings)
    if out:
        try:
            Path(out).with_suffix(".json").write_text(
                json.dumps(result, ensure_ascii=False, indent=1), encoding="utf-8"
            )
        except OSError as exc:
            result["ok"] = False
            message = f"自检失败 / self-test failed: 无法写入结果文件：{exc}"
    stream = sys.stdout if result["ok"] else sys.stderr
    if stream is not None:  # a windowed Windows program has no console
        print(message, file=stream, flush=True)
    return 0 if result["ok"] else 1
