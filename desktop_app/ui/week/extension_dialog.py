"""延期申请: a new deadline with reason and approver, shown beside the original deadline.

The rules (before the deadline only, the office's 特批 override, the original deadline kept)
live in :mod:`desktop_app.storage.extensions`; this dialog collects the fields and shows
the refusal in its own words, changing nothing.
"""

from __future__ import annotations

from datetime import date, timedelta

from PySide6.QtCore import QDate
from PySide6.QtWidgets import (
    QCheckBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QWidget,
)

from desktop_app.storage import extensions, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.words import date_edit_format, day_text


def qdate(day: date) -> QDate:
    return QDate(day.year, day.month, day.day)


class ExtensionDialog(QDialog):
    """Request an extension of one task; ``extension_id`` is set once it is recorded."""

    def __init__(self, reg: Register, task_id: int, *, today: date, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg, self.task_id, self.today = reg, task_id, today
        self.extension_id: int | None = None
        self.setWindowTitle(self.tr("Extension request"))
        self.setMinimumWidth(460)
        task = tasks.get_task(reg, task_id) or {}
        current = date.fromisoformat(task["deadline"]) if task.get("deadline") else None
        original = extensions.original_deadline(reg, task_id)

        layout = QFormLayout(self)
        title = QLabel(task.get("title", ""))
        title.setWordWrap(True)
        title.setStyleSheet("font-weight: bold;")
        layout.addRow(self.tr("Task:"), title)
        layout.addRow(self.tr("Lead department:"), QLabel(task.get("lead_name") or "—"))
        self.current_label = QLabel(self._day_text(current))
        layout.addRow(self.tr("Current deadline:"), self.current_label)
        self.original_label = QLabel(self._day_text(original))
        self.original_label.setObjectName("original_deadline")
        self.original_label.setToolTip(self.tr("On-time rates are counted by the original deadline"))
        layout.addRow(self.tr("Original deadline:"), self.original_label)

        self.new_deadline = QDateEdit(qdate((current or today) + timedelta(days=30)))
        self.new_deadline.setObjectName("new_deadline")
        self.new_deadline.setCalendarPopup(True)
        self.new_deadline.setDisplayFormat(date_edit_format())
        layout.addRow(self.tr("New deadline:"), self.new_deadline)
        self.reason = QPlainTextEdit()
        self.reason.setObjectName("reason")
        self.reason.setPlaceholderText(self.tr("Why the deadline must move (required)"))
        self.reason.setFixedHeight(72)
        layout.addRow(self.tr("Reason:"), self.reason)
        self.approver = QLineEdit()
        self.approver.setObjectName("approver")
        self.approver.setText(task.get("leader_name") or "")
        self.approver.setPlaceholderText(self.tr("Who approved it (required)"))
        layout.addRow(self.tr("Approved by:"), self.approver)
        self.override = QCheckBox(self.tr("Special approval of the office (deadline passed; recorded in the log)"))
        self.override.setObjectName("override")
        passed = current is not None and today > current
        self.override.setVisible(passed)
        layout.addRow("", self.override)
        if passed:
            note = QLabel(self.tr("The deadline has passed: by the rules it can no longer be extended without the office's special approval."))
            note.setWordWrap(True)
            note.setStyleSheet("color: #c62828;")
            layout.addRow("", note)
        self.error = QLabel()
        self.error.setObjectName("extension_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addRow(self.error)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Extend"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout.addRow(buttons)

    def _day_text(self, day: date | None) -> str:
        return self.tr("Not set") if day is None else day_text(day, self.today)

    def submit(self) -> bool:
        """Record the request; on refusal the reason is shown and nothing is written."""
        try:
            self.extension_id = extensions.request_extension(
                self.reg,
                self.task_id,
                self.new_deadline.date().toPython(),
                self.reason.toPlainText(),
                self.approver.text(),
                today=self.today,
                override=self.override.isChecked(),
            )
        except StorageError as exc:
            self.error.setText(str(exc))
            return False
        self.accept()
        return True
