"""Toolbar and menu icons: Qt's standard icons (they follow the platform style), with
simple SVGs from ``resources/icons`` where Qt has none."""

from __future__ import annotations

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QStyle

from desktop_app.resources import resource_path

SP = QStyle.StandardPixmap
STANDARD = {
    "new": SP.SP_FileIcon,
    "open": SP.SP_DialogOpenButton,
    "save": SP.SP_DialogSaveButton,
    "add": SP.SP_FileDialogNewFolder,
    "indent": SP.SP_ArrowRight,
    "outdent": SP.SP_ArrowLeft,
    "up": SP.SP_ArrowUp,
    "down": SP.SP_ArrowDown,
    "delete": SP.SP_TrashIcon,
    "bin": SP.SP_DialogDiscardButton,
    "undo": SP.SP_ArrowBack,
    "redo": SP.SP_ArrowForward,
    "find": SP.SP_FileDialogContentsView,
    "about": SP.SP_MessageBoxInformation,
    "settings": SP.SP_FileDialogDetailedView,
}


def icon(name: str) -> QIcon:
    svg = resource_path("icons", f"{name}.svg")
    if svg.exists():
        return QIcon(str(svg))
    style = QApplication.style()
    return style.standardIcon(STANDARD[name]) if name in STANDARD and style else QIcon()
