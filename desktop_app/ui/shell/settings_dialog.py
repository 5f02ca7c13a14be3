"""工具 ▸ 设置: per-user preferences (the interface language; see ui/common/user_settings)."""

from __future__ import annotations

from PySide6.QtWidgets import QComboBox, QDialog, QDialogButtonBox, QFormLayout, QLabel, QWidget

from desktop_app.ui.common import user_settings

LANGUAGE_KEY = user_settings.LANGUAGE.key
LANGUAGES = [("zh_CN", "中文（简体）"), ("en", "English")]
DEFAULT_LANGUAGE = user_settings.LANGUAGE.default


def chosen_language() -> str:
    value = user_settings.get(user_settings.LANGUAGE)
    return value if value in dict(LANGUAGES) else DEFAULT_LANGUAGE


class SettingsDialog(QDialog):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settings_dialog")
        self.setWindowTitle(self.tr("Settings"))
        form = QFormLayout(self)
        self.language_combo = QComboBox()
        self.language_combo.setObjectName("settings_language")
        for code, label in LANGUAGES:
            self.language_combo.addItem(label, code)
        self.language_combo.setCurrentIndex(max(self.language_combo.findData(chosen_language()), 0))
        form.addRow(self.tr("Language"), self.language_combo)
        form.addRow(QLabel(self.tr("A new language takes effect when the program is started again.")))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        form.addRow(buttons)

    def accept(self) -> None:
        user_settings.put(user_settings.LANGUAGE, self.language_combo.currentData())
        super().accept()
