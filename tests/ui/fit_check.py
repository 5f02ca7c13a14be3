"""Finds texts a clerk cannot read whole: a label, button, check box, combo box, tab, group
title, placeholder or column header whose text is wider than the room it was given
(elided with … or clipped), and windows larger than the screen.

Each text's QFontMetrics width is compared with its widget's (or header section's) width,
less what the style draws around it. Used by ``fit_walk`` (every window and dialog at
office screen sizes) and its test.
"""

from __future__ import annotations

import re

from PySide6.QtCore import Qt
from PySide6.QtGui import QFontMetrics, QTextDocument
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QCheckBox,
    QComboBox,
    QGroupBox,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleOptionComboBox,
    QTabBar,
    QToolButton,
    QWidget,
)

SLACK = 1  # rounding


def _plain(text: str) -> str:
    if "<" in text and re.search(r"<(p|br|a|b|span|html|h\d)\b", text, re.I):
        doc = QTextDocument()
        doc.setHtml(text)
        return doc.toPlainText()
    return text


def _widest(metrics: QFontMetrics, text: str) -> int:
    return max((metrics.horizontalAdvance(line) for line in text.split("\n")), default=0)


def _name(widget: QWidget) -> str:
    parts = []
    w: QWidget | None = widget
    while w is not None and len(parts) < 3:
        parts.append(w.objectName() or type(w).__name__)
        w = w.parentWidget()
    return "/".join(reversed(parts))


def _shown(widget: QWidget) -> bool:
    return widget.isVisible() and widget.width() > 0 and widget.height() > 0


def _label(label: QLabel) -> str | None:
    text = _plain(label.text()).replace("&&", "\0").replace("&", "").replace("\0", "&").strip()
    if not text or label.pixmap() is not None and not label.pixmap().isNull():
        return None
    room = label.contentsRect().width() - 2 * max(label.margin(), 0) - max(label.indent(), 0)
    if label.wordWrap():
        need_height = label.heightForWidth(label.width())
        if need_height > label.height() + 2:
            return f"wrapped text cut off at the bottom ({need_height} > {label.height()} px): {text[:40]}"
        # a single word (no break opportunity) wider than the label; a line may break
        # before or after any Chinese character
        longest = max(re.findall(r"[^\s/\u3000-\u9fff\uff00-\uffef]+|[\u3000-\u9fff\uff00-\uffef]", text)
                      or [""], key=len)
        if " " in text and label.fontMetrics().horizontalAdvance(longest) > room + SLACK:
            return f"word wider than label: {longest[:40]}"
        return None
    need = _widest(label.fontMetrics(), text)
    if need > room + SLACK:
        return f"text {need} px in {room} px: {text[:50]}"
    return None


def _button(button: QAbstractButton) -> str | None:
    text = button.text().replace("&&", "&").strip()
    if not text:
        return None
    if isinstance(button, QToolButton) and button.toolButtonStyle() == Qt.ToolButtonStyle.ToolButtonIconOnly:
        return None
    hint = button.sizeHint().width()
    if isinstance(button, (QCheckBox, QRadioButton)):
        hint = button.minimumSizeHint().width()
    if hint > button.width() + SLACK:
        return f"needs {hint} px, has {button.width()} px: {text[:50]}"
    return None


def _combo(combo: QComboBox) -> str | None:
    text = combo.currentText()
    if not text or combo.isEditable():
        return None
    option = QStyleOptionComboBox()
    combo.initStyleOption(option)
    field = combo.style().subControlRect(QStyle.ComplexControl.CC_ComboBox, option,
                                         QStyle.SubControl.SC_ComboBoxEditField, combo)
    room = field.width() - 4
    if not combo.itemIcon(combo.currentIndex()).isNull():
        room -= combo.iconSize().width() + 4
    need = combo.fontMetrics().horizontalAdvance(text)
    if need > room + SLACK:
        return f"current item {need} px in {room} px: {text[:50]}"
    return None


def _line_edit(edit: QLineEdit) -> str | None:
    text = edit.placeholderText()
    if not text or edit.text():
        return None
    room = edit.width() - 14  # frame and text margins of the common styles
    if edit.isClearButtonEnabled():
        room -= 20
    for action in edit.actions():
        if action.isVisible():
            room -= 20
    need = edit.fontMetrics().horizontalAdvance(text)
    if need > room + SLACK:
        return f"placeholder {need} px in {room} px: {text[:50]}"
    return None


def _header(header: QHeaderView) -> list[str]:
    out = []
    model = header.model()
    if model is None or header.orientation() != Qt.Orientation.Horizontal:
        return out
    style = header.style()
    margin = style.pixelMetric(QStyle.PixelMetric.PM_HeaderMargin, None, header)
    metrics = QFontMetrics(header.font())
    bold = header.font()
    bold.setBold(True)
    for section in range(header.count()):
        if header.isSectionHidden(section):
            continue
        text = model.headerData(section, Qt.Orientation.Horizontal, Qt.ItemDataRole.DisplayRole)
        if text in (None, ""):
            continue
        text = str(text)
        need = _widest(metrics, text) + 2 * margin
        if header.isSortIndicatorShown() and header.sortIndicatorSection() == section:
            need += style.pixelMetric(QStyle.PixelMetric.PM_HeaderMarkSize, None, header) + margin
        size = header.sectionSize(section)
        if need > size + SLACK:
            out.append(f"header section {section} needs {need} px, has {size} px: {text[:40]}")
    return out


def _tabs(bar: QTabBar) -> list[str]:
    out = []
    for i in range(bar.count()):
        if not bar.isTabVisible(i):
            continue
        if bar.tabSizeHint(i).width() > bar.tabRect(i).width() + SLACK:
            out.append(f"tab {i} needs {bar.tabSizeHint(i).width()} px, has {bar.tabRect(i).width()}: {bar.tabText(i)}")
    return out


def _group(box: QGroupBox) -> str | None:
    title = box.title().replace("&", "")
    if not title:
        return None
    need = box.fontMetrics().horizontalAdvance(title) + 16
    if need > box.width() + SLACK:
        return f"group title {need} px in {box.width()} px: {title}"
    return None


def clipped_texts(top: QWidget) -> list[str]:
    """Every text under ``top`` (itself included) that is elided or clipped."""
    found: list[str] = []
    screen = (top.screen() or QApplication.primaryScreen()).availableGeometry()
    frame = top.frameGeometry() if top.isWindow() else None
    if frame is not None and (top.width() > screen.width() or top.height() > screen.height()):
        found.append(f"{_name(top)}: window {top.width()}×{top.height()} larger than the screen "
                     f"{screen.width()}×{screen.height()}")
    for widget in [top, *top.findChildren(QWidget)]:
        if not _shown(widget):
            continue
        problems: list[str | None] = []
        if isinstance(widget, QLabel):
            problems.append(_label(widget))
        elif isinstance(widget, (QPushButton, QToolButton, QCheckBox, QRadioButton)):
            problems.append(_button(widget))
        elif isinstance(widget, QComboBox):
            problems.append(_combo(widget))
        elif isinstance(widget, QLineEdit) and not isinstance(widget.parentWidget(), QComboBox):
            problems.append(_line_edit(widget))
        elif isinstance(widget, QHeaderView):
            problems.extend(_header(widget))
        elif isinstance(widget, QTabBar):
            problems.extend(_tabs(widget))
        elif isinstance(widget, QGroupBox):
            problems.append(_group(widget))
        found.extend(f"{_name(widget)}: {p}" for p in problems if p)
    return found


