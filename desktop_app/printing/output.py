"""Where a laid-out report goes: a PDF file (QPdfWriter) or a printer (QPrinter)."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from PySide6.QtGui import QGuiApplication, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from desktop_app.printing import fonts
from desktop_app.printing.engine import page_layout, paint
from desktop_app.reports.model import Report
from desktop_app.storage.tempfiles import replace_via_temp

PDF_DPI = 600


def ensure_gui_application() -> QGuiApplication:
    """Fonts and painting need a Gui application; the CLI runs one offscreen if needed."""
    app = QGuiApplication.instance()
    if app is None:
        if not os.environ.get("DISPLAY") and sys.platform.startswith("linux"):
            os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
        app = QGuiApplication(["desktop-app-cli"])
    return app  # type: ignore[return-value]


def write_pdf(report: Report, path: str | os.PathLike[str], *, first_page: int = 1, last_page: int = 0) -> int:
    """Write pages ``first_page..last_page`` (0 = all) of ``report`` as a PDF; returns pages written."""
    fonts.require_chinese_font()
    pages = [0]

    def write(into: Path) -> None:
        writer = QPdfWriter(str(into))
        writer.setResolution(PDF_DPI)
        writer.setPageLayout(page_layout(report.orientation))
        writer.setTitle(report.title)
        writer.setCreator("督办台账")
        try:
            pages[0] = paint(report, writer, first_page=first_page, last_page=last_page)
        finally:
            del writer  # closes the file

    replace_via_temp(Path(path), write)  # written beside it, then renamed into place
    return pages[0]


def prepare_printer(printer: QPrinter, report: Report) -> None:
    """A4 in the report's orientation; the engine keeps its own margins on the full sheet."""
    printer.setFullPage(True)
    printer.setPageLayout(page_layout(report.orientation))
    printer.setDocName(report.title)


def print_report(report: Report, printer: QPrinter) -> int:
    """Paint on ``printer``, honouring the page range chosen in its dialog."""
    fonts.require_chinese_font()
    first, last = 1, 0
    if printer.printRange() == QPrinter.PrintRange.PageRange:
        first, last = printer.fromPage(), printer.toPage()
    return paint(report, printer, first_page=first, last_page=last)
