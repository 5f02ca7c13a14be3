"""The bar chart of 年终考核统计 and 月汇总, drawn with QPainter: on the PDF page, and as a
PNG for the .docx (the Word writer is Qt-free and is handed the picture).

Readable in black and white: every series has its own fill pattern (solid, diagonal lines,
cross-hatching) besides its colour, and every bar carries its number.
"""

from __future__ import annotations

from PySide6.QtCore import QBuffer, QByteArray, QIODevice, QPointF, QRectF, Qt
from PySide6.QtGui import QBrush, QColor, QFontMetricsF, QImage, QPaintDevice, QPainter, QPen

from desktop_app.printing import fonts
from desktop_app.reports.model import Chart

SERIES_STYLE = [
    (QColor("#2f5597"), Qt.BrushStyle.SolidPattern),
    (QColor("#548235"), Qt.BrushStyle.BDiagPattern),
    (QColor("#c00000"), Qt.BrushStyle.DiagCrossPattern),
    (QColor("#7f6000"), Qt.BrushStyle.Dense4Pattern),
]
PNG_DPI = 200
PNG_SIZE_MM = (250.0, 95.0)


def _nice_step(top: int) -> int:
    """A round tick step giving about five grid lines up to ``top``."""
    for step in (1, 2, 5, 10, 20, 25, 50, 100, 200, 250, 500, 1000, 2000, 5000, 10000):
        if top / step <= 6:
            return step
    return max(1, top // 5)


def _fill_bar(painter: QPainter, rect: QRectF, index: int, px: float) -> None:
    colour, pattern = SERIES_STYLE[index % len(SERIES_STYLE)]
    painter.fillRect(rect, Qt.GlobalColor.white)
    brush = QBrush(colour, pattern)
    if pattern != Qt.BrushStyle.SolidPattern:
        # patterns are drawn in device pixels: scale them so that the hatching shows on paper
        scale = max(1.0, px / 8.0)
        transform = brush.transform()
        transform.scale(scale, scale)
        brush.setTransform(transform)
    painter.fillRect(rect, brush)
    painter.setPen(QPen(Qt.GlobalColor.black, max(1.0, 0.15 * px)))
    painter.setBrush(Qt.BrushStyle.NoBrush)
    painter.drawRect(rect)


def paint_chart(painter: QPainter, rect: QRectF, chart: Chart, px: float) -> None:
    """Draw ``chart`` into ``rect``; ``px`` is device pixels per millimetre."""
    painter.save()
    try:
        title_font = fonts.font("heading", 11, bold=True)
        label_font = fonts.font("body", 8.5)
        value_font = fonts.font("body", 7.5)
        device = painter.device()
        label_fm = QFontMetricsF(label_font, device)
        value_fm = QFontMetricsF(value_font, device)
        title_h = QFontMetricsF(title_font, device).lineSpacing() * 1.4
        painter.setFont(title_font)
        painter.setPen(Qt.GlobalColor.black)
        painter.drawText(QRectF(rect.left(), rect.top(), rect.width(), title_h),
                         int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignVCenter), chart.title)
        # legend, centred under the title
        painter.setFont(label_font)
        swatch = 4 * px
        gap = 2 * px
        entries = [(name, label_fm.horizontalAdvance(name)) for name, _ in chart.series]
        legend_w = sum(swatch + gap + w + 4 * px for _, w in entries)
        x = rect.left() + (rect.width() - legend_w) / 2
        legend_y = rect.top() + title_h
        legend_h = max(swatch, label_fm.lineSpacing()) + 1.5 * px
        for index, (name, width) in enumerate(entries):
            _fill_bar(painter, QRectF(x, legend_y + (legend_h - swatch) / 2 - 0.75 * px, swatch, swatch), index, px)
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(x + swatch + gap, legend_y, width + px, legend_h - 1.5 * px),
                             int(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignVCenter), name)
            x += swatch + gap + width + 4 * px
        # plot area: y axis on the left, two lines of category names below
        top_value = max([v for _, values in chart.series for v in values] + [1])
        step = _nice_step(top_value)
        axis_top = -(-top_value // step) * step
        axis_w = value_fm.horizontalAdvance(str(axis_top)) + 2 * px
        labels_h = 2 * label_fm.lineSpacing() + 1.5 * px
        plot = QRectF(rect.left() + axis_w, legend_y + legend_h + value_fm.lineSpacing(),
                      rect.width() - axis_w - px, 0)
        plot.setBottom(rect.bottom() - labels_h)
        if plot.height() <= 0 or not chart.categories:
            return
        painter.setFont(value_font)
        grid_pen = QPen(QColor(170, 170, 170), max(1.0, 0.1 * px), Qt.PenStyle.DashLine)
        for tick in range(0, axis_top + 1, step):
            y = plot.bottom() - plot.height() * tick / axis_top
            painter.setPen(grid_pen if tick else QPen(Qt.GlobalColor.black, max(1.0, 0.2 * px)))
            painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y))
            painter.setPen(Qt.GlobalColor.black)
            painter.drawText(QRectF(rect.left(), y - value_fm.lineSpacing() / 2, axis_w - px, value_fm.lineSpacing()),
                             int(Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignVCenter), str(tick))
        n_series = max(1, len(chart.series))
        slot = plot.width() / len(chart.categories)
        bar_w = slot * 0.8 / n_series
        for c, name in enumerate(chart.categories):
            left = plot.left() + c * slot + slot * 0.1
            for s, (_series, values) in enumerate(chart.series):
                value = values[c] if c < len(values) else 0
                h = plot.height() * value / axis_top
                bar = QRectF(left + s * bar_w, plot.bottom() - h, bar_w, h)
                if h > 0:
                    _fill_bar(painter, bar, s, px)
                painter.setPen(Qt.GlobalColor.black)
                painter.setFont(value_font)
                painter.drawText(QRectF(bar.left() - px, bar.top() - value_fm.lineSpacing(), bar_w + 2 * px,
                                        value_fm.lineSpacing()),
                                 int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignBottom), str(value))
            painter.setFont(label_font)
            painter.drawText(
                QRectF(plot.left() + c * slot, plot.bottom() + px, slot, labels_h - px),
                int(Qt.AlignmentFlag.AlignHCenter | Qt.AlignmentFlag.AlignTop | Qt.TextFlag.TextWordWrap),
                name,
            )
    finally:
        painter.restore()


def _render(chart: Chart, device: QPaintDevice, width: float, height: float, px: float) -> None:
    painter = QPainter(device)
    try:
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setRenderHint(QPainter.RenderHint.TextAntialiasing)
        paint_chart(painter, QRectF(2 * px, 2 * px, width - 4 * px, height - 4 * px), chart, px)
    finally:
        painter.end()


def chart_image(chart: Chart, *, dpi: int = PNG_DPI, size_mm: tuple[float, float] = PNG_SIZE_MM) -> QImage:
    px = dpi / 25.4
    image = QImage(round(size_mm[0] * px), round(size_mm[1] * px), QImage.Format.Format_RGB32)
    dots_per_metre = round(dpi / 0.0254)
    image.setDotsPerMeterX(dots_per_metre)
    image.setDotsPerMeterY(dots_per_metre)
    image.fill(Qt.GlobalColor.white)
    _render(chart, image, image.width(), image.height(), px)
    return image


def chart_png(chart: Chart, *, dpi: int = PNG_DPI, size_mm: tuple[float, float] = PNG_SIZE_MM) -> bytes:
    """``chart`` as PNG bytes of ``size_mm`` at ``dpi`` (needs a QGuiApplication)."""
    data = QByteArray()
    buffer = QBuffer(data)
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    chart_image(chart, dpi=dpi, size_mm=size_mm).save(buffer, "PNG")
    buffer.close()
    return bytes(data.data())
