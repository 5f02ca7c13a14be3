"""Search (Ctrl+F) and filters above the task tree; the matching is done in SQL by
``storage.search`` (lights by their computed colour) and shown with its counts."""

from __future__ import annotations

from PySide6.QtCore import QT_TRANSLATE_NOOP, QTimer, Signal
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QToolButton,
    QVBoxLayout,
    QWidget,
)

from desktop_app.storage import directory
from desktop_app.storage.db import Register
from desktop_app.storage.search import TaskFilter, matching_ids
from desktop_app.ui.tasks.task_panel import OptionalDate
from desktop_app.ui.tasks.task_tree_model import TaskTreeModel

TYPING_PAUSE_MS = 250
LIGHT_CHOICES = [
    (None, QT_TRANSLATE_NOOP("FilterBar", "All lights")),
    ("red", QT_TRANSLATE_NOOP("FilterBar", "■ Red (overdue, far behind)")),
    ("yellow", QT_TRANSLATE_NOOP("FilterBar", "▲ Yellow (due soon, behind)")),
    ("green", QT_TRANSLATE_NOOP("FilterBar", "● On track")),
    ("done", QT_TRANSLATE_NOOP("FilterBar", "✓ Finished")),
]


def refines(old: str, new: str) -> bool:
    """Every task matching ``new`` matches ``old`` too: each old word is inside a new word."""
    new_words = new.split()
    return all(any(word in other for other in new_words) for word in old.split())


class FilterBar(QWidget):
    """Emits ``applied(shown, total)`` after the model was narrowed."""

    applied = Signal(int, int)

    def __init__(self, reg: Register, model: TaskTreeModel, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.model = model
        self.setObjectName("filter_bar")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(4)
        self.search_edit = QLineEdit()
        self.search_edit.setObjectName("search_edit")
        self.search_edit.setClearButtonEnabled(True)
        self.search_edit.setPlaceholderText(self.tr("Search (Ctrl+F)"))
        self.search_edit.setToolTip(self.tr("Search tasks, descriptions and progress (Ctrl+F)"))
        self.search_edit.setMinimumWidth(160)
        self.department_combo = QComboBox()
        self.department_combo.setObjectName("filter_department")
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("filter_owner")
        self.leader_combo = QComboBox()
        self.leader_combo.setObjectName("filter_leader")
        self.light_combo = QComboBox()
        self.light_combo.setObjectName("filter_light")
        for key, label in LIGHT_CHOICES:
            self.light_combo.addItem(self.tr(label), key)
        self.from_date = OptionalDate()
        self.from_date.setToolTip(self.tr("Deadline not before"))
        self.to_date = OptionalDate()
        self.to_date.setToolTip(self.tr("Deadline not after"))
        self.key_check = QCheckBox(self.tr("Key"))
        self.key_check.setObjectName("filter_key")
        self.unclear_check = QCheckBox(self.tr("Deadline unclear"))
        self.unclear_check.setObjectName("filter_unclear")
        self.unassigned_check = QCheckBox(self.tr("Not assigned"))
        self.unassigned_check.setObjectName("filter_unassigned")
        self.unassigned_check.setToolTip(self.tr("Tasks still without a lead department or an owner"))
        self.clear_button = QToolButton()
        self.clear_button.setText(self.tr("Clear filter"))
        self.clear_button.clicked.connect(self.clear)
        self.count_label = QLabel()
        self.count_label.setObjectName("filter_count")
        # Two rows, so that every text shows whole on a 1366×768 screen and at 150 % scaling:
        # what to look for, then the deadline range, the ticks and the count.
        first = QHBoxLayout()
        first.addWidget(self.search_edit, 2)
        for widget in (self.department_combo, self.owner_combo, self.leader_combo, self.light_combo):
            widget.setSizeAdjustPolicy(QComboBox.SizeAdjustPolicy.AdjustToContents)
            first.addWidget(widget, 1)
        second = QHBoxLayout()
        second.addWidget(QLabel(self.tr("Deadline")))
        second.addWidget(self.from_date)
        second.addWidget(QLabel("—"))
        second.addWidget(self.to_date)
        second.addSpacing(12)
        second.addWidget(self.key_check)
        second.addWidget(self.unclear_check)
        second.addWidget(self.unassigned_check)
        second.addWidget(self.clear_button)
        second.addStretch(1)
        second.addWidget(self.count_label)
        layout.addLayout(first)
        layout.addLayout(second)

        self._last: tuple[int, TaskFilter, set[int]] | None = None
        self._quiet = False  # while clearing, one apply at the end instead of one per widget
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(TYPING_PAUSE_MS)
        self._timer.timeout.connect(self.apply)
        self.search_edit.textChanged.connect(self._timer.start)
        for combo in (self.department_combo, self.owner_combo, self.leader_combo, self.light_combo):
            combo.currentIndexChanged.connect(self.apply)
        for check in self._checks():
            check.toggled.connect(self.apply)
        self.from_date.edit.dateChanged.connect(self.apply)
        self.to_date.edit.dateChanged.connect(self.apply)
        self.reload_choices()

    def set_source(self, reg: Register, model: TaskTreeModel) -> None:
        self.reg, self.model = reg, model
        self.forget()
        self.reload_choices()

    def reload_choices(self) -> None:
        """Fill the department/person lists from the directory (keeping the choice)."""
        people = directory.list_people(self.reg)
        lists = (
            (self.department_combo, self.tr("All departments"),
             [(d["name"], d["id"]) for d in directory.list_departments(self.reg)]),
            (self.owner_combo, self.tr("All owners"), [(p["name"], p["id"]) for p in people if not p["is_leader"]]),
            (self.leader_combo, self.tr("All leaders"), [(p["name"], p["id"]) for p in people if p["is_leader"]]),
        )
        for combo, everyone, choices in lists:
            current = combo.currentData()
            combo.blockSignals(True)
            combo.clear()
            combo.addItem(everyone, None)
            for label, value in choices:
                combo.addItem(label, value)
            combo.setCurrentIndex(max(combo.findData(current), 0))
            combo.blockSignals(False)

    def current_filter(self) -> TaskFilter:
        return TaskFilter(
            text=self.search_edit.text().strip(),
            department_id=self.department_combo.currentData(),
            owner_id=self.owner_combo.currentData(),
            leader_id=self.leader_combo.currentData(),
            deadline_from=self.from_date.value(),
            deadline_to=self.to_date.value(),
            key_only=self.key_check.isChecked(),
            unclear_only=self.unclear_check.isChecked(),
            unassigned_only=self.unassigned_check.isChecked(),
        )

    def _checks(self) -> tuple[QCheckBox, ...]:
        return (self.key_check, self.unclear_check, self.unassigned_check, self.from_date.enabled,
                self.to_date.enabled)

    def is_active(self) -> bool:
        return not self.current_filter().is_empty() or self.light_combo.currentData() is not None

    def apply(self) -> None:
        """Narrow the model now (the typing pause is skipped)."""
        self._timer.stop()
        if self._quiet:
            return
        plan = self.model.plan_id
        if plan is None or not self.is_active():
            if self.model.is_filtered():
                self.model.set_filter(None)
        else:
            matches = self._sql_matches(plan, self.current_filter())
            colour = self.light_combo.currentData()
            if colour is not None:
                lights = self.model.lights()
                matches = {t for t in matches if t in lights and lights[t].colour == colour}
            self.model.set_filter(matches)
        self.update_count()

    def _sql_matches(self, plan: int, flt: TaskFilter) -> set[int]:
        """Matching ids; a search that grew by a keystroke only re-checks the last matches."""
        within = None
        if self._last is not None:
            last_plan, last, ids = self._last
            same_rest = last._replace(text="") == flt._replace(text="")
            if last_plan == plan and same_rest and last.text and refines(last.text, flt.text):
                within = ids
        matches = matching_ids(self.reg, plan, flt, within=within, universe=self.model.task_ids())
        self._last = (plan, flt, matches)
        return matches

    def forget(self) -> None:
        """Tasks changed: the next search starts afresh."""
        self._last = None

    def update_count(self) -> None:
        total, shown = self.model.task_count(), self.model.shown_match_count()
        if self.model.is_filtered():
            self.count_label.setText(self.tr("Showing {0} / {1} tasks").format(f"{shown:,}", f"{total:,}"))
        else:
            self.count_label.setText(self.tr("{0} tasks").format(f"{total:,}"))
        self.applied.emit(shown, total)

    def clear(self) -> None:
        self._quiet = True
        self.search_edit.clear()
        for combo in (self.department_combo, self.owner_combo, self.leader_combo, self.light_combo):
            combo.setCurrentIndex(0)
        for check in self._checks():
            check.setChecked(False)
        self._quiet = False
        self.apply()
