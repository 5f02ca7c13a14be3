"""责任到人 in bulk: one dialog sets the lead department, co-operating departments, owner,
leader and/or deadline of every selected task; only the ticked fields change."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QGridLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.storage import directory
from desktop_app.storage.db import Register
from desktop_app.ui.tasks.task_panel import people_choices


class BulkAssignDialog(QDialog):
    """``count`` tasks are selected, ``headings`` of them grouping headings (tasks with
    sub-tasks): those are left alone unless 包括分组标题 is ticked."""

    def __init__(self, reg: Register, count: int, parent: QWidget | None = None, *, headings: int = 0) -> None:
        super().__init__(parent)
        self.reg = reg
        self.selected = count
        self.headings = headings
        self.setObjectName("bulk_assign")
        layout = QVBoxLayout(self)
        layout.addWidget(QLabel(self.tr("Tick what to change; unticked fields stay as they are on each task.")))
        self.include_headings = QCheckBox(self.tr("Include grouping headings ({0})").format(headings))
        self.include_headings.setObjectName("bulk_include_headings")
        self.include_headings.setToolTip(self.tr("Tasks with sub-tasks only group them; they are skipped "
                                                 "unless this is ticked."))
        self.include_headings.setVisible(headings > 0)
        self.include_headings.toggled.connect(self._show_count)
        layout.addWidget(self.include_headings)
        self.count_label = QLabel()
        self.count_label.setObjectName("bulk_count")
        layout.addWidget(self.count_label)
        grid = QGridLayout()
        self.lead_combo = QComboBox()
        self.co_list = QListWidget()
        self.co_list.setMaximumHeight(110)
        self.owner_combo = QComboBox()
        self.leader_combo = QComboBox()
        self.deadline_edit = QDateEdit(QDate(*clock.today().timetuple()[:3]))
        self.deadline_edit.setCalendarPopup(True)
        self.deadline_edit.setDisplayFormat("yyyy-MM-dd")
        self.lead_combo.addItem(self.tr("(clear)"), None)
        for dep in directory.list_departments(reg, active_only=True):
            self.lead_combo.addItem(dep["name"], dep["id"])
            item = QListWidgetItem(dep["name"])
            item.setData(Qt.ItemDataRole.UserRole, dep["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            self.co_list.addItem(item)
        self.lead_combo.currentIndexChanged.connect(self._fill_owners)
        self._fill_owners()
        self.leader_combo.addItem(self.tr("(clear)"), None)
        for label, pid in people_choices(reg, leaders_first=True):
            self.leader_combo.addItem(label, pid)
        self.checks: dict[str, QCheckBox] = {}
        rows = (
            ("lead", self.tr("Lead department"), self.lead_combo),
            ("co", self.tr("Co-operating departments"), self.co_list),
            ("owner", self.tr("Owner"), self.owner_combo),
            ("leader", self.tr("Leader in charge"), self.leader_combo),
            ("deadline", self.tr("Deadline"), self.deadline_edit),
        )
        for r, (key, label, widget) in enumerate(rows):
            check = QCheckBox(label)
            check.setObjectName(f"bulk_{key}_check")
            widget.setObjectName(f"bulk_{key}")
            widget.setEnabled(False)
            check.toggled.connect(widget.setEnabled)
            # Choosing a value ticks its box: the clerk need not do both.
            if isinstance(widget, QComboBox):
                widget.activated.connect(lambda _i, c=check: c.setChecked(True))
            self.checks[key] = check
            grid.addWidget(check, r, 0, Qt.AlignmentFlag.AlignTop)
            grid.addWidget(widget, r, 1)
        layout.addLayout(grid)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        self.ok_button = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout.addWidget(buttons)
        self._show_count()
        self.resize(520, self.sizeHint().height())

    def change_count(self) -> int:
        """How many tasks OK will change."""
        return self.selected if self.include_headings.isChecked() else self.selected - self.headings

    def _show_count(self, *_args: object) -> None:
        count = self.change_count()
        self.setWindowTitle(self.tr("Assign in bulk ({0} tasks)").format(count))
        if self.headings and not self.include_headings.isChecked():
            text = self.tr("{0} tasks will change; {1} grouping headings are skipped.").format(count, self.headings)
        else:
            text = self.tr("{0} tasks will change.").format(count)
        self.count_label.setText(text)
        self.ok_button.setEnabled(count > 0)

    def _fill_owners(self) -> None:
        current = self.owner_combo.currentData()
        self.owner_combo.clear()
        self.owner_combo.addItem(self.tr("(clear)"), None)
        for label, pid in people_choices(self.reg, self.lead_combo.currentData()):
            self.owner_combo.addItem(label, pid)
        self.owner_combo.setCurrentIndex(max(self.owner_combo.findData(current), 0))

    def changes(self) -> dict[str, Any]:
        """The partial task state to give every selected task."""
        out: dict[str, Any] = {}
        if self.checks["lead"].isChecked():
            out["lead_id"] = self.lead_combo.currentData()
        if self.checks["co"].isChecked():
            out["co_ids"] = [
                self.co_list.item(i).data(Qt.ItemDataRole.UserRole)
                for i in range(self.co_list.count())
                if self.co_list.item(i).checkState() == Qt.CheckState.Checked
            ]
        if self.checks["owner"].isChecked():
            out["owner_id"] = self.owner_combo.currentData()
        if self.checks["leader"].isChecked():
            out["leader_id"] = self.leader_combo.currentData()
        if self.checks["deadline"].isChecked():
            out.update(deadline=self.deadline_edit.date().toString("yyyy-MM-dd"), deadline_kind="date", deadline_text="")
        return out
