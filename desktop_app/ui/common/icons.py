"""Toolbar and menu icons: simple SVGs from ``resources/icons``, one set drawn alike for
every platform. (Qt's standard icons would come from the style, whose Python types PySide
builds on first use: ~6 ms before the first paint.)"""

from __future__ import annotations

from PySide6.QtGui import QIcon

from desktop_app.resources import resource_path


def icon(name: str) -> QIcon:
    svg = resource_path("icons", f"{name}.svg")
    return QIcon(str(svg)) if svg.exists() else QIcon()
