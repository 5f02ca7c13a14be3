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
        title = QLabel(self.tr("Welcome to 督办台账"))
        font = title.font()
        font.setPointSizeF(font.pointSizeF() * 1.8)
        font.setBold(True)
        title.setFont(font)
        title.setAlignment(Qt.AlignmentFlag.AlignCenter)
        layout.addWidget(title)
        hint = QLabel(
            self.tr(
                "Break the annual work plan into tasks, assign each to people, follow the progress every "
                "week, see the warning lights and print the weekly sheet.\n"
                "This register has no plan yet. How would you like to start?"
            )
        )
        hint.setAlignment(Qt.AlignmentFlag.AlignCenter)
        hint.setWordWrap(True)
        layout.addWidget(hint)
        layout.addSpacing(16)
        for text, signal, name in (
            (self.tr("Import work plan…"), self.import_requested, "import"),
            (self.tr("New empty plan"), self.new_plan_requested, "new"),
            (self.tr("Open the demo register (your data stays untouched)"), self.demo_requested, "demo"),
        ):
            button = QPushButton(text)
            button.setObjectName(f"welcome_{name}")
            button.setMinimumWidth(320)
            button.setMinimumHeight(40)
            button.clicked.connect(signal)
            layout.addWidget(button, alignment=Qt.AlignmentFlag.AlignHCenter)
        layout.addStretch(3)
