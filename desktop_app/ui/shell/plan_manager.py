"""文件 ▸ 计划管理: the plans of the register by year with their counts; rename, set 单位名称,
close / reopen (audited, with a reason), delete an empty plan, and start 新年度 from one."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QHBoxLayout,
    QHeaderView,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage import plans
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

COLUMNS = [
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Year"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Plan"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Organisation"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Tasks"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Leaf tasks"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Finished"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Unfinished"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Carried over"),
    QT_TRANSLATE_NOOP("PlanManagerDialog", "Status"),
]


class PlanManagerDialog(QDialog):
    """``changed`` carries the Changes of every write; ``new_year_requested`` a plan id."""

    changed = Signal(object)
    new_year_requested = Signal(int)

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.setWindowTitle(self.tr("Plans"))
        self.resize(980, 420)
        layout = QVBoxLayout(self)
        self.table = QTableWidget(0, len(COLUMNS))
        self.table.setObjectName("plan_table")
        self.table.setHorizontalHeaderLabels([self.tr(c) for c in COLUMNS])
        self.table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.table.horizontalHeader().setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        self.table.verticalHeader().hide()
        self.table.itemSelectionChanged.connect(self._update_buttons)
        layout.addWidget(self.table, 1)
        self.message = QLabel()
        self.message.setObjectName("plan_message")
        self.message.setWordWrap(True)
        layout.addWidget(self.message)
        buttons = QHBoxLayout()
        self.rename_button = self._button(self.tr("Rename…"), self.rename, "plan_rename")
        self.org_button = self._button(self.tr("Organisation…"), self.set_organisation, "plan_org")
        self.close_button = self._button(self.tr("Close plan"), self.close_plan, "plan_close")
        self.reopen_button = self._button(self.tr("Reopen…"), self.reopen_plan, "plan_reopen")
        self.delete_button = self._button(self.tr("Delete empty plan"), self.delete_plan, "plan_delete")
        self.new_year_button = self._button(self.tr("New year…"), self._new_year, "plan_new_year")
        for b in (self.rename_button, self.org_button, self.close_button, self.reopen_button,
                  self.delete_button, self.new_year_button):
            buttons.addWidget(b)
        buttons.addStretch(1)
        done = QPushButton(self.tr("Close window"))
        done.clicked.connect(self.accept)
        buttons.addWidget(done)
        layout.addLayout(buttons)
        self.load()

    def _button(self, text: str, slot, name: str) -> QPushButton:
        button = QPushButton(text)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def load(self, select: int | None = None) -> None:
        select = select if select is not None else self.current_id()
        self.rows = plans.plan_summaries(self.reg)
        self.table.setRowCount(len(self.rows))
        for r, plan in enumerate(self.rows):
            values = [
                str(plan["year"] or ""), plan["title"], plan["organisation"],
                str(plan["task_count"] or 0), str(plan["leaf_count"] or 0),
                str(plan["finished_count"] or 0), str(plan["open_count"] or 0),
                str(plan["carried_in_count"] or 0),
                self.tr("Closed (read-only)") if plan["closed_at"] else self.tr("In progress"),
            ]
            for c, value in enumerate(values):
                item = QTableWidgetItem(value)
                if c not in (1, 2):
                    item.setTextAlignment(Qt.AlignmentFlag.AlignCenter)
                item.setData(Qt.ItemDataRole.UserRole, plan["id"])
                self.table.setItem(r, c, item)
            if plan["id"] == select:
                self.table.selectRow(r)
        if self.table.currentRow() < 0 and self.rows:
            self.table.selectRow(0)
        self._update_buttons()

    def current(self) -> dict | None:
        row = self.table.currentRow()
        return self.rows[row] if 0 <= row < len(self.rows) else None

    def current_id(self) -> int | None:
        plan = self.current() if hasattr(self, "rows") else None
        return plan["id"] if plan else None

    def _update_buttons(self) -> None:
        plan = self.current()
        has = plan is not None
        closed = bool(has and plan["closed_at"])
        self.rename_button.setEnabled(has)
        self.org_button.setEnabled(has)
        self.close_button.setEnabled(has and not closed)
        self.reopen_button.setEnabled(closed)
        self.delete_button.setEnabled(has and not plan["stored_count"])
        self.new_year_button.setEnabled(has and not closed)

    def _write(self, action) -> bool:
        try:
            changes = action()
        except StorageError as exc:
            self.message.setText(str(exc))
            return False
        self.message.clear()
        self.load()
        if changes:
            self.changed.emit(changes)
        return True

    def rename(self) -> None:
        plan = self.current()
        if plan is None:
            return
        title, ok = QInputDialog.getText(self, self.tr("Rename plan"), self.tr("Plan title:"), text=plan["title"])
        if ok:
            self._write(lambda: plans.update_plan(self.reg, plan["id"], title=title))

    def set_organisation(self) -> None:
        plan = self.current()
        if plan is None:
            return
        org, ok = QInputDialog.getText(self, self.tr("Organisation"), self.tr("Organisation name (printed on reports):"),
                                       text=plan["organisation"])
        if ok:
            self._write(lambda: plans.update_plan(self.reg, plan["id"], organisation=org))

    def close_plan(self) -> None:
        plan = self.current()
        if plan is None:
            return
        answer = QMessageBox.question(
            self, self.tr("Close plan"),
            self.tr("Once “{0}” is closed, its tasks, progress and extensions can no longer be "
                    "changed and reports print its data as they stood when it was closed. It can "
                    "be reopened when needed. Close it?").format(plan["title"]))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: plans.close_plan(self.reg, plan["id"]))

    def reopen_plan(self) -> None:
        plan = self.current()
        if plan is None:
            return
        reason, ok = QInputDialog.getText(
            self, self.tr("Reopen plan"),
            self.tr("Why “{0}” is reopened (kept in the history):").format(plan["title"]))
        if not ok:
            return
        if not reason.strip():
            self.message.setText(self.tr("Please give the reason for reopening."))
            return
        self._write(lambda: plans.reopen_plan(self.reg, plan["id"], reason))

    def delete_plan(self) -> None:
        plan = self.current()
        if plan is None:
            return
        answer = QMessageBox.question(self, self.tr("Delete empty plan"),
                                      self.tr("Delete the empty plan “{0}”?").format(plan["title"]))
        if answer == QMessageBox.StandardButton.Yes:
            self._write(lambda: plans.delete_empty_plan(self.reg, plan["id"]))

    def _new_year(self) -> None:
        plan_id = self.current_id()
        if plan_id is not None:
            self.new_year_requested.emit(plan_id)
