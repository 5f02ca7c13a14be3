"""The first page of an empty register: 新建 / 导入工作要点 / 打开示例."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QPushButton, QVBoxLayout, QWidget


class WelcomePage(QWidget):
    new_plan_requested = Signal()
    import_requested = Signal()
    demo_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QVBoxLayout(self)
        layout.addStretch(2)
        title = QLabel(self.tr("欢迎使用督办台账"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "把年度工作要点分解为任务，责任到人，每周跟踪进展、亮灯督办、打印周报表。\n"
                "这个台账还没有计划，请选择开始方式："
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(16)
        for text, signal, name in (
            (self.tr("导入工作要点…"), self.import_requested, "import"),
            (self.tr("新建空白计划"), self.new_plan_requested, "new"),
            (self.tr("打开示例台账（不影响您的数据）"), self.demo_requested, "demo"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{name}")
            button.setMinimumWidth(320)
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
