"""督办通知单的格式: 发文机关标志, 机关代字, 落款 and the body template, with a live preview.

The values are register settings (``notice.*``, checked by ``storage.settings``); the
preview is an example notice written with them, drawn roughly as the 公文 will look.
"""

from __future__ import annotations

import html
from datetime import date

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, clock
from desktop_app.reports.overdue import sample_notice
from desktop_app.storage import settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError, ValidationError
from desktop_app.ui.output.names import notice_field_name

KEYS = ("notice.organ", "notice.prefix", "notice.signature", "notice.template")


def notice_html(values: dict[str, str], on: date, organisation: str = "") -> str:
    """The example notice as HTML, or the reason the values would be refused (in red)."""
    try:
        n = sample_notice(values, on, organisation=organisation)
    except ValidationError as exc:
        return f"<p style='color:#c00000'>{html.escape(str(exc))}</p>"
    e = html.escape
    body = "".join(f"<p style='text-indent:2em; margin:0'>{e(p)}</p>"
                   for p in [*n.paragraphs, *n.items, *n.closing.split("\n")] if p.strip())
    return (
        f"<p align='center' style='color:#ff0000; font-size:22pt; margin:0'>{e(n.organ)}</p>"
        f"<p align='center' style='margin-top:12px'>{e(n.number)}</p>"
        "<hr style='color:#ff0000; background-color:#ff0000; height:2px; border:0'>"
        f"<p align='center' style='font-size:16pt; margin:12px'>{e(n.title)}</p>"
        f"<p style='margin:0'>{e(n.addressee)}</p>{body}"
        f"<p align='right' style='margin-top:18px; margin-right:4em'>{e(n.issuer)}<br>{e(n.issued)}</p>"
    )


class NoticeSettingsDialog(QDialog):
    def __init__(self, reg: Register, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.today = today or clock.today()
        self.setWindowTitle(self.tr("Notice format"))
        self.organ = QLineEdit(settings.get(reg, "notice.organ"))
        self.organ.setPlaceholderText(settings.get(reg, "organisation") or self.tr("Name of the issuing office"))
        self.prefix = QLineEdit(settings.get(reg, "notice.prefix"))
        self.signature = QLineEdit(settings.get(reg, "notice.signature"))
        self.template = QPlainTextEdit(settings.get(reg, "notice.template"))
        fields = ""
        for k, v in settings.NOTICE_FIELDS.items():
            field = self.tr("{{{0}}}: {1}").format(k, notice_field_name(k, v))
            fields = self.tr("{0}; {1}").format(fields, field) if fields else field
        help_text = QLabel(self.tr("Fields the text may use — {0}").format(fields))
        help_text.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Issuing office:"), self.organ)
        form.addRow(self.tr("Office code:"), self.prefix)
        form.addRow(self.tr("Signed by:"), self.signature)
        form.addRow(self.tr("Text template:"), self.template)
        form.addRow("", help_text)
        self.preview = QTextBrowser()
        self.preview.setMinimumWidth(420)
        buttons = QDialogButtonBox()
        buttons.addButton(self.tr("Save"), QDialogButtonBox.ButtonRole.AcceptRole)
        buttons.addButton(self.tr("Defaults"), QDialogButtonBox.ButtonRole.ResetRole).clicked.connect(self.reset)
        buttons.addButton(self.tr("Cancel"), QDialogButtonBox.ButtonRole.RejectRole)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        left = QWidget()
        left.setLayout(form)
        top = QHBoxLayout()
        top.addWidget(left, 1)
        top.addWidget(self.preview, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(buttons)
        for edit in (self.organ, self.prefix, self.signature):
            edit.textChanged.connect(self.refresh)
        self.template.textChanged.connect(self.refresh)
        self.resize(960, 520)
        self.refresh()

    def values(self) -> dict[str, str]:
        return {
            "notice.organ": self.organ.text().strip(),
            "notice.prefix": self.prefix.text().strip(),
            "notice.signature": self.signature.text().strip(),
            "notice.template": self.template.toPlainText().strip(),
        }

    def refresh(self) -> None:
        self.preview.setHtml(notice_html(self.values(), self.today, settings.get(self.reg, "organisation")))

    def reset(self) -> None:
        self.organ.setText(settings.DEFAULTS["notice.organ"])
        self.prefix.setText(settings.DEFAULTS["notice.prefix"])
        self.signature.setText(settings.DEFAULTS["notice.signature"])
        self.template.setPlainText(settings.DEFAULTS["notice.template"])

    def accept(self) -> None:
        try:
            settings.set_values(self.reg, self.values())
        except StorageError as exc:  # nothing was saved
            QMessageBox.warning(self, APP_NAME, str(exc))
            return
        super().accept()


def open_notice_settings(parent: QWidget | None, reg: Register) -> NoticeSettingsDialog:
    dialog = NoticeSettingsDialog(reg, parent)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.show()
    return dialog
