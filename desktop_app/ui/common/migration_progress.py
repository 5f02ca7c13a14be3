"""A progress dialog for the long steps of opening an older register (building its search
index): the plain ``progress(fraction, text)`` callable that ``open_register`` reports to.

The dialog appears on the first report only, so a register that needs no such step opens
without any window flashing by.
"""

from __future__ import annotations

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QWidget

from desktop_app import APP_NAME

STEPS = 1000


class MigrationProgress:
    """Call with (fraction 0..1, text); close with :meth:`close` (or let it reach 1)."""

    def __init__(self, parent: QWidget | None) -> None:
        self._parent = parent
        self._dialog: QtWidgets.QProgressDialog | None = None

    def __call__(self, fraction: float, text: str) -> None:
        if self._dialog is None:
            dialog = QtWidgets.QProgressDialog(text, "", 0, STEPS, self._parent)
            dialog.setObjectName("migration_progress")
            dialog.setWindowTitle(APP_NAME)
            dialog.setCancelButton(None)  # a step runs in one transaction: it finishes or is undone
            dialog.setWindowModality(Qt.WindowModality.ApplicationModal)
            dialog.setMinimumDuration(0)
            dialog.setAutoClose(False)
            dialog.setAutoReset(False)
            self._dialog = dialog
        self._dialog.setLabelText(text)
        self._dialog.setValue(round(fraction * STEPS))
        QCoreApplication.processEvents()

    @property
    def shown(self) -> bool:
        return self._dialog is not None

    def close(self) -> None:
        if self._dialog is not None:
            self._dialog.close()
            self._dialog.deleteLater()
            self._dialog = None
