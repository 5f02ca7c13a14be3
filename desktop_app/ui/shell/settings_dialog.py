"""工具 ▸ 设置: the one place for every setting a user may change.

Pages on the left, one per group of ``storage.settings.PAGES`` (单位与签署, 亮灯规则,
填报与督办, 督办通知单, 备份 — the register's settings, built from their declarations),
plus 界面 (the interface language, a per-user setting of ``ui/common/user_settings``).
Saving writes the changed register settings in one transaction through the change hub,
so every page re-judges its lights at once; a refused value leaves everything as it was
and says why in Chinese.
"""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QStackedWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.storage import holidays, settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common import user_settings
from desktop_app.ui.shell import setting_texts as texts
from desktop_app.ui.shell.translations import DEFAULT_LANGUAGE, LANGUAGES, chosen_language  # noqa: F401

LANGUAGE_KEY = user_settings.LANGUAGE.key
LIGHTS_PAGE = "亮灯规则"  # the pages are named by storage.settings.PAGES (shown translated)
NOTICE_PAGE = "督办通知单"
INTERFACE_PAGE = "interface"


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None, *, reg: Register | None = None,
                 page: str | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        self.reg = reg if reg is not None else getattr(parent, "reg", None)
        self.hub = getattr(parent, "hub", None)
        self.editors: dict[str, QWidget] = {}
        self.pages = QListWidget()
        self.pages.setObjectName("settings_pages")
        self.stack = QStackedWidget()
        readonly = self.reg is None or bool(getattr(self.reg, "readonly", False))
        names = [*(settings.PAGES if self.reg is not None else ()), INTERFACE_PAGE]
        for name in names:
            self.pages.addItem(self.tr("Interface") if name == INTERFACE_PAGE else texts.page_name(name))
            self.stack.addWidget(self._interface_page() if name == INTERFACE_PAGE else self._register_page(name))
            if name != INTERFACE_PAGE:
                self.stack.widget(self.stack.count() - 1).setEnabled(not readonly)
        self.pages.setFixedWidth(max(self.pages.sizeHintForColumn(0) + 24, 120))
        self.pages.currentRowChanged.connect(self.stack.setCurrentIndex)
        self.pages.setCurrentRow(names.index(page) if page in names else 0)

        self.error = QLabel()
        self.error.setObjectName("settings_error")
        self.error.setStyleSheet("color: #c62828;")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        top = QHBoxLayout()
        top.addWidget(self.pages)
        top.addWidget(self.stack, 1)
        layout = QVBoxLayout(self)
        layout.addLayout(top, 1)
        if readonly and self.reg is not None:
            layout.addWidget(QLabel(self.tr("The register is open read-only: its settings can only be viewed.")))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.resize(760, 520)

    # -- pages -----------------------------------------------------------------
    def _register_page(self, page: str) -> QWidget:
        assert self.reg is not None
        widget = QWidget()
        form = QFormLayout(widget)
        form.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapLongRows)
        for key, setting in settings.DECLARED.items():
            if setting.page != page:
                continue
            editor = self._editor(setting, settings.get(self.reg, key))
            editor.setObjectName(key)
            self.editors[key] = editor
            if setting.kind == "bool":
                form.addRow(editor)
            else:
                form.addRow(self.tr("{0}:").format(texts.label(key)), self._with_browse(key, editor))
            if setting.about:
                about = QLabel(texts.about(key))
                about.setWordWrap(True)
                about.setStyleSheet("color: #666;")
                form.addRow("", about)
        if page == LIGHTS_PAGE:
            note = QLabel()
            note.setObjectName("calendar_note")
            note.setWordWrap(True)
            self.calendar_note = note
            self._show_calendar_note()
            holidays_button = QPushButton(self.tr("Enter holiday arrangements…"))
            holidays_button.setObjectName("open_holidays")
            holidays_button.clicked.connect(self.open_holidays)
            self.holidays_button = holidays_button
            box = QWidget()
            column = QVBoxLayout(box)
            column.setContentsMargins(0, 0, 0, 0)
            column.addWidget(note)
            column.addWidget(holidays_button, 0, Qt.AlignmentFlag.AlignLeft)
            form.addRow(self.tr("Working-day calendar:"), box)
        if page == NOTICE_PAGE:
            fields = ""
            for k in settings.NOTICE_FIELDS:
                field = self.tr("{0}: {1}").format(f"{{{k}}}", texts.notice_field(k))
                fields = self.tr("{0} · {1}", "fields of a notice").format(fields, field) if fields else field
            help_text = QLabel(self.tr("Fields the body may use — ") + fields)
            help_text.setWordWrap(True)
            form.addRow("", help_text)
        return widget

    def _missing_years(self) -> list[int]:
        assert self.reg is not None
        return holidays.missing_years(self.reg)

    def _show_calendar_note(self) -> None:
        assert self.reg is not None
        note = texts.coverage_note(holidays.register_calendar(self.reg))
        missing = texts.missing_note(self._missing_years())
        self.calendar_note.setText(note + ("\n" + missing if missing else ""))

    def open_holidays(self) -> None:
        from desktop_app.ui.week.holiday_dialog import HolidayDialog

        assert self.reg is not None
        missing = self._missing_years()
        HolidayDialog(self.reg, missing[0] if missing else clock.today().year, self).exec()
        self._show_calendar_note()

    def _editor(self, setting: settings.Setting, value: Any) -> QWidget:
        if setting.kind == "bool":
            box = QCheckBox(texts.label(setting.key))
            box.setChecked(bool(value))
            return box
        if setting.choices:
            combo = QComboBox()
            for number in setting.choices:
                combo.addItem(texts.weekday(number), number)
            combo.setCurrentIndex(max(0, combo.findData(value)))
            return combo
        if setting.kind == "int":
            spin = QSpinBox()
            spin.setRange(setting.low if setting.low is not None else 0,
                          setting.high if setting.high is not None else 1_000_000)
            if setting.suffix:
                spin.setSuffix(" " + texts.suffix(setting.suffix))
            spin.setValue(int(value))
            return spin
        if setting.multiline:
            edit = QPlainTextEdit(str(value))
            edit.setMinimumHeight(110)
            return edit
        return QLineEdit(str(value))

    def _with_browse(self, key: str, editor: QWidget) -> QWidget:
        if key != "backup.folder":
            return editor
        row = QWidget()
        line = QHBoxLayout(row)
        line.setContentsMargins(0, 0, 0, 0)
        line.addWidget(editor, 1)
        browse = QPushButton(self.tr("Browse…"))
        browse.setObjectName("browse_backup_folder")
        browse.clicked.connect(lambda: self._browse(editor))
        line.addWidget(browse)
        return row

    def _browse(self, editor: QWidget) -> None:
        assert isinstance(editor, QLineEdit)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Backup folder"), editor.text())
        if folder:
            editor.setText(folder)

    def _interface_page(self) -> QWidget:
        widget = QWidget()
        form = QFormLayout(widget)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settings_language")
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen_language()), 0))
        form.addRow(self.tr("Interface language:"), self.language_combo)
        note = QLabel(self.tr("A new language takes effect when the program is started again."))
        note.setWordWrap(True)
        form.addRow("", note)
        return widget

    # -- values ----------------------------------------------------------------
    def value_of(self, key: str) -> Any:
        editor = self.editors[key]
        if isinstance(editor, QCheckBox):
            return editor.isChecked()
        if isinstance(editor, QComboBox):
            return editor.currentData()
        if isinstance(editor, QSpinBox):
            return editor.value()
        if isinstance(editor, QPlainTextEdit):
            return editor.toPlainText().strip()
        assert isinstance(editor, QLineEdit)
        return editor.text().strip()

    def changed_values(self) -> dict[str, Any]:
        if self.reg is None:
            return {}
        return {key: self.value_of(key) for key in self.editors
                if self.value_of(key) != settings.get(self.reg, key)}

    def save(self) -> bool:
        """Write the changed settings in one transaction, or none; False with the reason."""
        values = self.changed_values()
        if values and self.reg is not None:
            try:
                if self.hub is not None:
                    self.hub.perform(settings.set_values, self.reg, values, source=self)
                else:
                    settings.set_values(self.reg, values)
            except StorageError as exc:
                self.error.setText(str(exc))
                return False
        user_settings.put(user_settings.LANGUAGE, self.language_combo.currentData())
        return True

    def accept(self) -> None:
        if self.save():
            super().accept()
