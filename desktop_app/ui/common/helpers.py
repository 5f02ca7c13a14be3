"""Small helpers every page uses: the busy cursor, messages, item roles, light colours."""

from __future__ import annotations

import contextlib
from collections.abc import Iterator

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QColor
from PySide6.QtWidgets import QApplication, QWidget

from desktop_app import APP_NAME
from desktop_app.domain.dates import _as_date as as_date
from desktop_app.ui.common.words import day_text

# The task id behind a row, in every task list of the program.
TASK_ID_ROLE = Qt.ItemDataRole.UserRole + 1

LIGHT_COLOURS = {"red": "#c62828", "yellow": "#b26a00", "green": "#2e7d32", "done": "#546e7a"}
# A list's text colours (its foreground role), given to Qt as colours: it paints a colour as
# a brush of it, and making a QBrush in Python first sets up the image and gradient classes
# it could also be made of (their Python types and enums, ~2 ms of start-up).
LIGHT_TEXT_COLOURS = {colour: QColor(code) for colour, code in LIGHT_COLOURS.items()}
DIMMED_TEXT_COLOUR = QColor("#9e9e9e")


@contextlib.contextmanager
def busy_cursor() -> Iterator[None]:
    """An hourglass while something takes a moment (a large register, a bulk edit)."""
    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        yield
    finally:
        QApplication.restoreOverrideCursor()


def fit_to_screen(window: QWidget, width: int, height: int) -> None:
    """``window.resize(width, height)``, but never larger than the screen it will show on
    (a 1366×768 office screen, or 1920×1080 at 150 % scaling: 1280×720)."""
    screen = window.screen() or QApplication.primaryScreen()
    if screen is not None:
        room = screen.availableGeometry()
        width, height = min(width, room.width() - 16), min(height, room.height() - 40)
    window.resize(width, height)


def warn(parent: QWidget | None, text: str, title: str = APP_NAME) -> None:
    QtWidgets.QMessageBox.warning(parent, title, text)


def inform(parent: QWidget | None, text: str, title: str = APP_NAME) -> None:
    QtWidgets.QMessageBox.information(parent, title, text)


def carried_note(year: int | None) -> str:
    """What a task carried into the next year says of itself (已结转至2027年)."""
    if year:
        return QCoreApplication.translate("Rollover", "carried over to {0}").format(year)
    return QCoreApplication.translate("Rollover", "carried over")


def link_note(reg, task_id: int) -> str:
    """What the detail panel says of a task's year turn (上年结转自… / 已结转至2027年); "" else."""
    from desktop_app.storage import rollover

    notes = []
    origin = rollover.carried_from(reg, task_id)
    if origin is not None:
        notes.append(QCoreApplication.translate("Rollover", "carried over from “{0}”: {1}").format(
            origin["plan_title"], origin["title"]))
    carried = rollover.carried_to(reg, [task_id])
    if task_id in carried:
        notes.append(carried_note(carried[task_id]))
    return QCoreApplication.translate("Rollover", "; ").join(notes)


def shown_date(value, ref=None) -> str:
    """domain.dates.cn_date in the interface language: 3月31日 / 3/31 inside the year of
    ``ref``, with the year otherwise; "" for nothing; a text that is no date as it is."""
    day = as_date(value)
    if day is None:
        return "" if value is None else str(value)
    return day_text(day, ref)
