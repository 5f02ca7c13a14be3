"""Interface language: zh_CN (the default) loads Qt's own ``qtbase`` catalogue, so that
standard dialogs speak Chinese, and the program's catalogues, one per room of the interface
(``desktop_app_<room>_zh_CN.qm``); English uses the English source strings as they are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from desktop_app.resources import resource_path
from desktop_app.ui.common import user_settings

CATALOGUES = "desktop_app_*_zh_CN.qm"
LANGUAGES = [("zh_CN", "中文（简体）"), ("en", "English")]
DEFAULT_LANGUAGE = user_settings.LANGUAGE.default


def chosen_language() -> str:
    """The interface language chosen in 工具 ▸ 设置 (zh_CN unless English was chosen)."""
    value = user_settings.get(user_settings.LANGUAGE)
    return value if value in dict(LANGUAGES) else DEFAULT_LANGUAGE


def install(app: QCoreApplication, language: str | None = None) -> list[QTranslator]:
    """Install the translators of ``language`` (the user's choice when None)."""
    language = language or chosen_language()
    installed: list[QTranslator] = []
    if language != "zh_CN":
        return installed
    qt = QTranslator(app)
    qt_path = QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath)
    if qt.load(QLocale(QLocale.Language.Chinese, QLocale.Country.China), "qtbase", "_", qt_path):
        installed.append(qt)
    for catalogue in sorted(resource_path("translations").glob(CATALOGUES)):
        own = QTranslator(app)
        if own.load(str(catalogue)):
            installed.append(own)
    for translator in installed:
        app.installTranslator(translator)
    return installed
