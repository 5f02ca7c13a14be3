"""回收站: deleted tasks of the current plan, restored with their subtrees (undoable)."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage import tasks as task_store

if TYPE_CHECKING:
    from desktop_app.ui.tasks.task_actions import TaskEditor


class RecycleBinDialog(QDialog):
    def __init__(self, editor: TaskEditor, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.editor = editor
        self.setObjectName("recycle_bin")
        self.setWindowTitle(self.tr("Recycle bin"))
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Deleted tasks stay here; restoring a task brings back its sub-tasks too.")))
        self.table = QTableWidget(0, 3)
        self.table.setHorizontalHeaderLabels([self.tr("Task"), self.tr("Lead department"), self.tr("Deleted at")])
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.verticalHeader().setVisible(False)
        self.table.horizontalHeader().setStretchLastSection(True)
        layout.addWidget(self.table)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.restore_button = QPushButton(self.tr("Restore selected"))
        self.restore_button.setObjectName("bin_restore")
        buttons.addButton(self.restore_button, QDialogButtonBox.ButtonRole.ActionRole)
        self.restore_button.clicked.connect(self.restore_selected)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(720, 420)
        self.reload()

    def reload(self) -> None:
        plan = self.editor.view.task_model().plan_id
        rows = task_store.deleted_tasks(self.editor.reg, plan)
        # Only what the user deleted, not the children that went along (same stamp as parent).
        stamps = {r["id"]: r["deleted_at"] for r in rows}
        roots = [r for r in rows if stamps.get(r["parent_id"]) != r["deleted_at"]]
        self.table.setRowCount(len(roots))
        for r, row in enumerate(roots):
            for c, value in enumerate((row["title"], row["lead_name"] or "", row["deleted_at"][:16].replace("T", " "))):
                item = QTableWidgetItem(value)
                item.setData(Qt.ItemDataRole.UserRole, row["id"])
                self.table.setItem(r, c, item)
        self.table.resizeColumnToContents(0)
        header = self.table.horizontalHeader()
        self.table.setColumnWidth(1, max(self.table.columnWidth(1), header.sectionSizeFromContents(1).width()))
        self.restore_button.setEnabled(bool(roots))

    def restore_selected(self) -> None:
        rows = sorted({i.row() for i in self.table.selectedIndexes()})
        ids = [self.table.item(r, 0).data(Qt.ItemDataRole.UserRole) for r in rows]
        self.editor.restore(ids)
        self.reload()
