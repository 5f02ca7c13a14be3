"""The detail panel of the selected task: every editable field, its indicators and
milestones, 责任到人 (owner of the lead department first, leaders first) and its 留痕.

The panel only reads; saving hands the whole new state to the editor, which writes it
in one transaction as one undo step — nothing is ever saved half.
"""

from __future__ import annotations

import json
from typing import TYPE_CHECKING, Any

from PySide6 import QtWidgets  # the editors' classes, looked up when the editors are built
from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, QDate, Qt, Signal
from PySide6.QtGui import QColor, QKeySequence, QPalette, QShortcut
from PySide6.QtWidgets import (
    QAbstractItemView,
    QCheckBox,
    QComboBox,
    QDateEdit,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import clock
from desktop_app.storage import audit, directory, task_details
from desktop_app.storage.db import Register
from desktop_app.storage.errors import ValidationError
from desktop_app.storage.tasks import SOURCES
from desktop_app.ui.common.helpers import link_note

if TYPE_CHECKING:
    from PySide6.QtWidgets import QTableWidget

DEADLINE_KINDS = [
    ("none", QT_TRANSLATE_NOOP("TaskPanel", "No deadline")),
    ("date", QT_TRANSLATE_NOOP("TaskPanel", "Date")),
    ("period", QT_TRANSLATE_NOOP("TaskPanel", "Period (first half, first quarter…)")),
    ("recurring", QT_TRANSLATE_NOOP("TaskPanel", "Recurring (monthly, quarterly…)")),
    ("ongoing", QT_TRANSLATE_NOOP("TaskPanel", "Ongoing")),
    ("unclear", QT_TRANSLATE_NOOP("TaskPanel", "To be confirmed")),
]
RECURRENCES = [
    ("", ""),
    ("weekly", QT_TRANSLATE_NOOP("TaskPanel", "Weekly")),
    ("monthly", QT_TRANSLATE_NOOP("TaskPanel", "Monthly")),
    ("quarterly", QT_TRANSLATE_NOOP("TaskPanel", "Quarterly")),
    ("yearly", QT_TRANSLATE_NOOP("TaskPanel", "Yearly")),
]
INDICATOR_HEADERS = [
    QT_TRANSLATE_NOOP("TaskPanel", "Indicator"),
    QT_TRANSLATE_NOOP("TaskPanel", "Target"),
    QT_TRANSLATE_NOOP("TaskPanel", "Unit"),
    QT_TRANSLATE_NOOP("TaskPanel", "Comparison"),
    QT_TRANSLATE_NOOP("TaskPanel", "Actual"),
]
MILESTONE_HEADERS = [
    QT_TRANSLATE_NOOP("TaskPanel", "Milestone"),
    QT_TRANSLATE_NOOP("TaskPanel", "Due"),
    QT_TRANSLATE_NOOP("TaskPanel", "Done on"),
]
HISTORY_HEADERS = [
    QT_TRANSLATE_NOOP("TaskPanel", "Time"),
    QT_TRANSLATE_NOOP("TaskPanel", "By"),
    QT_TRANSLATE_NOOP("TaskPanel", "Operation"),
    QT_TRANSLATE_NOOP("TaskPanel", "Field"),
    QT_TRANSLATE_NOOP("TaskPanel", "Old → new"),
]
FIELD_LABELS = {
    "title": QT_TRANSLATE_NOOP("TaskPanel", "Task"),
    "description": QT_TRANSLATE_NOOP("TaskPanel", "Description"),
    "source": QT_TRANSLATE_NOOP("TaskPanel", "Source"),
    "is_key": QT_TRANSLATE_NOOP("TaskPanel", "Key task"),
    "start_date": QT_TRANSLATE_NOOP("TaskPanel", "Start"),
    "deadline": QT_TRANSLATE_NOOP("TaskPanel", "Deadline"),
    "deadline_text": QT_TRANSLATE_NOOP("TaskPanel", "Deadline as written"),
    "deadline_kind": QT_TRANSLATE_NOOP("TaskPanel", "Deadline kind"),
    "recurrence": QT_TRANSLATE_NOOP("TaskPanel", "Recurrence"),
    "standard": QT_TRANSLATE_NOOP("TaskPanel", "Standard"),
    "owner_id": QT_TRANSLATE_NOOP("TaskPanel", "Owner"),
    "leader_id": QT_TRANSLATE_NOOP("TaskPanel", "Leader in charge"),
    "lead_department_id": QT_TRANSLATE_NOOP("TaskPanel", "Lead department"),
    "co_department_ids": QT_TRANSLATE_NOOP("TaskPanel", "Co-operating departments"),
    "indicators": QT_TRANSLATE_NOOP("TaskPanel", "Indicators"),
    "milestones": QT_TRANSLATE_NOOP("TaskPanel", "Milestones"),
    "parent_id": QT_TRANSLATE_NOOP("TaskPanel", "Parent task"),
    "row": QT_TRANSLATE_NOOP("TaskPanel", "Position"),
    "deleted_at": QT_TRANSLATE_NOOP("TaskPanel", "Recycle bin"),
    "status": QT_TRANSLATE_NOOP("TaskPanel", "Status"),
}


def describe_value(field: str, text: str | None, names: dict[str, dict[str, str]]) -> str:
    """An audited value as a person reads it: names for ids, the texts of indicators."""
    if not text:
        return ""
    kind = {"lead_department_id": "department", "co_department_ids": "department",
            "owner_id": "person", "leader_id": "person"}.get(field)
    if field in ("indicators", "milestones", "co_department_ids"):
        try:
            items = json.loads(text)
        except ValueError:
            return text
        if not isinstance(items, list):  # one id alone (a department merge records it so)
            items = [items]
        if field == "co_department_ids":
            return QCoreApplication.translate("TaskPanel", ", ").join(
                names["department"].get(str(i), str(i)) for i in items)
        key = "text" if field == "indicators" else "title"
        return QCoreApplication.translate("TaskPanel", "; ").join(
            str(item.get(key, "")) for item in items if isinstance(item, dict))
    if kind is not None:
        return names[kind].get(text, text)
    return text


class OptionalDate(QWidget):
    """A date that may be absent: a check box in front of a calendar date edit."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        self.enabled = QCheckBox()
        self.edit = QDateEdit()
        self.edit.setCalendarPopup(True)
        self.edit.setDisplayFormat("yyyy-MM-dd")
        self.edit.setDate(QDate(*clock.today().timetuple()[:3]))
        self.edit.setEnabled(False)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Fixed)
        self.enabled.toggled.connect(self.edit.setEnabled)
        layout.addWidget(self.enabled)
        layout.addWidget(self.edit, 1)

    def value(self) -> str | None:
        return self.edit.date().toString("yyyy-MM-dd") if self.enabled.isChecked() else None

    def set_value(self, value: str | None) -> None:
        self.enabled.setChecked(bool(value))
        self.edit.setDate(QDate.fromString(value, "yyyy-MM-dd") if value else QDate(*clock.today().timetuple()[:3]))


def _combo_data(combo: QComboBox) -> Any:
    return combo.currentData()


def _select_data(combo: QComboBox, value: Any) -> None:
    combo.setCurrentIndex(max(combo.findData(value), 0))


def _number(text: str, label: str, row: int) -> float | None:
    text = text.strip().rstrip("%")
    if not text:
        return None
    try:
        return float(text)
    except ValueError:
        message = QCoreApplication.translate("TaskPanel", "Indicator row {0}: {1} “{2}” is not a number.")
        raise ValidationError(message.format(row, QCoreApplication.translate("TaskPanel", label), text)) from None


def _cell(table: QTableWidget, row: int, col: int) -> str:
    item = table.item(row, col)
    return item.text().strip() if item else ""


def people_choices(reg: Register, first_department: int | None = None, *, leaders_first: bool = False) -> list[tuple[str, int]]:
    """(label, id) of active people: the lead department's (or leaders) first."""
    people = [p for p in directory.list_people(reg) if p["active"]]

    def rank(p: dict) -> int:
        if leaders_first:
            return 0 if p["is_leader"] else 1
        return 0 if first_department is not None and p["department_id"] == first_department else 1

    people.sort(key=rank)
    nowhere = QCoreApplication.translate("TaskPanel", "no department")
    with_title = QCoreApplication.translate("TaskPanel", "{0} ({1} · {2})", "a person, department, title")
    without = QCoreApplication.translate("TaskPanel", "{0} ({1})", "a person and department")
    return [((with_title.format(p["name"], p["department"] or nowhere, p["title"]) if p["title"]
              else without.format(p["name"], p["department"] or nowhere)), p["id"]) for p in people]


class TaskPanel(QWidget):
    """Emits ``save_requested(task_id, changed_fields, their_values_when_shown)``; the
    editor applies it. Only what the user changed is written, and only if the register
    still holds what the panel showed (no blind overwrite of a newer value)."""

    save_requested = Signal(int, dict, dict)

    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.task_id: int | None = None
        self._loaded: dict[str, Any] = {}
        self._number = ""
        self.setObjectName("task_panel")
        outer = QVBoxLayout(self)
        self.heading = QLabel()
        self.heading.setWordWrap(True)
        self.heading.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        outer.addWidget(self.heading)
        self.tabs = QTabWidget()
        outer.addWidget(self.tabs, 1)
        self._tabs_built = False  # the editors are made when the first task is shown
        buttons = QHBoxLayout()
        self.message = QLabel()
        self.message.setObjectName("panel_message")
        # Red through the palette: a style sheet would set up Qt's style-sheet machinery
        # before the first paint (~1.5 ms) for one label.
        palette = self.message.palette()
        palette.setColor(QPalette.ColorRole.WindowText, QColor("#c62828"))
        self.message.setPalette(palette)
        self.message.setWordWrap(True)
        buttons.addWidget(self.message, 1)
        self.revert_button = QPushButton(self.tr("Revert"))
        self.revert_button.clicked.connect(self.reload)
        self.save_button = QPushButton(self.tr("Save (Ctrl+S)"))
        self.save_button.setObjectName("panel_save")
        self.save_button.setDefault(True)
        self.save_button.clicked.connect(self.save)
        buttons.addWidget(self.revert_button)
        buttons.addWidget(self.save_button)
        outer.addLayout(buttons)
        shortcut = QShortcut(QKeySequence.StandardKey.Save, self)
        shortcut.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        shortcut.activated.connect(self.save)
        self.show_task(None)

    # -- building ------------------------------------------------------------
    # Made on first need, not with the window: until a task is chosen the panel shows
    # only its heading, and the editors (date fields, tables) cost the start tens of ms.
    _EDITORS = frozenset({
        "title_edit", "description_edit", "source_combo", "key_check", "start_edit",
        "kind_combo", "deadline_edit", "deadline_text_edit", "recurrence_combo",
        "standard_edit", "lead_combo", "co_list", "owner_combo", "leader_combo",
        "indicator_table", "milestone_table", "history_table",
    })

    def __getattr__(self, name: str) -> Any:
        if name in TaskPanel._EDITORS and not self.__dict__.get("_tabs_built", True):
            self._build_tabs()
            return getattr(self, name)
        raise AttributeError(name)

    def _build_tabs(self) -> None:
        self._tabs_built = True
        self._build_basic()
        self._build_tables()
        self._build_history()

    def _build_basic(self) -> None:
        page = QWidget()
        form = QtWidgets.QFormLayout(page)
        self.title_edit = QLineEdit()
        self.title_edit.setObjectName("panel_title")
        self.description_edit = QtWidgets.QPlainTextEdit()
        self.description_edit.setMaximumHeight(80)
        self.source_combo = QComboBox()
        self.source_combo.addItems(list(SOURCES))
        self.key_check = QCheckBox(self.tr("Key task"))
        self.start_edit = OptionalDate()
        self.kind_combo = QComboBox()
        self.kind_combo.setObjectName("panel_deadline_kind")
        for key, label in DEADLINE_KINDS:
            self.kind_combo.addItem(self.tr(label), key)
        self.deadline_edit = OptionalDate()
        self.deadline_edit.setObjectName("panel_deadline")
        self.deadline_text_edit = QLineEdit()
        self.deadline_text_edit.setPlaceholderText(self.tr("As the plan says, e.g. “first half”, “monthly”, “by end of March”"))
        self.recurrence_combo = QComboBox()
        for key, label in RECURRENCES:
            self.recurrence_combo.addItem(self.tr(label), key)
        self.kind_combo.currentIndexChanged.connect(self._kind_changed)
        self.standard_edit = QtWidgets.QPlainTextEdit()
        self.standard_edit.setMaximumHeight(70)
        self.lead_combo = QComboBox()
        self.lead_combo.setObjectName("panel_lead")
        self.lead_combo.currentIndexChanged.connect(self._lead_changed)
        self.co_list = QtWidgets.QListWidget()
        self.co_list.setMaximumHeight(90)
        self.owner_combo = QComboBox()
        self.owner_combo.setObjectName("panel_owner")
        self.leader_combo = QComboBox()
        form.addRow(self.tr("Task"), self.title_edit)
        form.addRow(self.tr("Description"), self.description_edit)
        source_row = QHBoxLayout()
        source_row.addWidget(self.source_combo, 1)
        source_row.addWidget(self.key_check)
        form.addRow(self.tr("Source"), source_row)
        form.addRow(self.tr("Start"), self.start_edit)
        kind_row = QHBoxLayout()
        kind_row.addWidget(self.kind_combo, 1)
        kind_row.addWidget(self.recurrence_combo)
        form.addRow(self.tr("Deadline kind"), kind_row)
        form.addRow(self.tr("Deadline"), self.deadline_edit)
        form.addRow(self.tr("Deadline as written"), self.deadline_text_edit)
        form.addRow(self.tr("Standard"), self.standard_edit)
        form.addRow(self.tr("Lead department"), self.lead_combo)
        form.addRow(self.tr("Co-operating departments"), self.co_list)
        form.addRow(self.tr("Owner"), self.owner_combo)
        form.addRow(self.tr("Leader in charge"), self.leader_combo)
        self.tabs.addTab(page, self.tr("General"))

    def _table(self, headers: list[str], name: str) -> tuple[QWidget, QTableWidget]:
        box = QWidget()
        layout = QVBoxLayout(box)
        layout.setContentsMargins(0, 0, 0, 0)
        table = QtWidgets.QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        header = table.horizontalHeader()
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        table.verticalHeader().setVisible(False)
        row = QHBoxLayout()
        add = QPushButton(self.tr("Add"))
        add.clicked.connect(lambda: table.insertRow(table.rowCount()))
        remove = QPushButton(self.tr("Remove selected"))
        remove.clicked.connect(lambda: [table.removeRow(r) for r in sorted({i.row() for i in table.selectedIndexes()}, reverse=True)])
        row.addStretch(1)
        row.addWidget(add)
        row.addWidget(remove)
        layout.addWidget(table)
        layout.addLayout(row)
        return box, table

    def _build_tables(self) -> None:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(QLabel(self.tr("Quantified indicators (e.g. enrolment ≥ 97 %)")))
        box, self.indicator_table = self._table(INDICATOR_HEADERS, "panel_indicators")
        layout.addWidget(box)
        layout.addWidget(QLabel(self.tr("Milestones (dates written as 2026-03-31)")))
        box, self.milestone_table = self._table(MILESTONE_HEADERS, "panel_milestones")
        layout.addWidget(box)
        self.tabs.addTab(page, self.tr("Indicators and milestones"))

    def _build_history(self) -> None:
        self.history_table = QtWidgets.QTableWidget(0, 5)
        self.history_table.setObjectName("panel_history")
        self.history_table.setHorizontalHeaderLabels([self.tr(h) for h in HISTORY_HEADERS])
        self.history_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.history_table.verticalHeader().setVisible(False)
        self.history_table.horizontalHeader().setStretchLastSection(True)
        self.tabs.addTab(self.history_table, self.tr("History"))

    # -- loading -------------------------------------------------------------
    def set_register(self, reg: Register) -> None:
        self.reg = reg
        self.show_task(None)

    def show_task(self, task_id: int | None, number: str = "") -> None:
        self.task_id = task_id
        self.message.clear()
        for widget in (self.tabs, self.save_button, self.revert_button):
            widget.setVisible(task_id is not None)
        if task_id is None:
            self.heading.setText(self.tr("Select a task to see and edit it."))
            self._loaded = {}
            return
        if not self._tabs_built:
            self._build_tabs()
        self._number = number
        self.reload()

    def reload(self) -> None:
        if self.task_id is None:
            return
        self.message.clear()
        state = task_details.snapshot(self.reg, [self.task_id], details=True).get(self.task_id)
        if state is None:
            self.show_task(None)
            return
        self._loaded = state
        import html  # when a task is first shown: not needed for the first paint

        link = link_note(self.reg, self.task_id)   # 上年结转自… / 已结转至2027年
        self.heading.setText(f"<b>{html.escape(self._number)}</b> {html.escape(state['title'])}"
                             + (f"<br/><small>{html.escape(link)}</small>" if link else ""))
        self.title_edit.setText(state["title"])
        self.description_edit.setPlainText(state["description"])
        index = self.source_combo.findText(state["source"])
        if index < 0:
            self.source_combo.addItem(state["source"])
            index = self.source_combo.count() - 1
        self.source_combo.setCurrentIndex(index)
        self.key_check.setChecked(bool(state["is_key"]))
        self.start_edit.set_value(state["start_date"])
        _select_data(self.kind_combo, state["deadline_kind"])
        self.deadline_edit.set_value(state["deadline"])
        self.deadline_text_edit.setText(state["deadline_text"])
        _select_data(self.recurrence_combo, state["recurrence"])
        self.standard_edit.setPlainText(state["standard"])
        self._fill_directory(state)
        self._fill_table(self.indicator_table, state["indicators"], ("text", "value", "unit", "comparator", "actual"))
        self._fill_table(self.milestone_table, state["milestones"], ("title", "due", "done_date"))
        self._fill_history()

    def _fill_directory(self, state: dict) -> None:
        self.lead_combo.blockSignals(True)
        self.lead_combo.clear()
        self.lead_combo.addItem(self.tr("(not set)"), None)
        self.co_list.clear()
        for dep in directory.list_departments(self.reg):
            if dep["active"] or dep["id"] == state["lead_id"] or dep["id"] in state["co_ids"]:
                self.lead_combo.addItem(dep["name"], dep["id"])
                item = QtWidgets.QListWidgetItem(dep["name"])
                item.setData(Qt.ItemDataRole.UserRole, dep["id"])
                item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
                item.setCheckState(Qt.CheckState.Checked if dep["id"] in state["co_ids"] else Qt.CheckState.Unchecked)
                self.co_list.addItem(item)
        _select_data(self.lead_combo, state["lead_id"])
        self.lead_combo.blockSignals(False)
        self._fill_people(state["owner_id"], state["leader_id"])

    def _fill_people(self, owner_id: int | None, leader_id: int | None) -> None:
        for combo, choices, value in (
            (self.owner_combo, people_choices(self.reg, _combo_data(self.lead_combo)), owner_id),
            (self.leader_combo, people_choices(self.reg, leaders_first=True), leader_id),
        ):
            combo.clear()
            combo.addItem(self.tr("(not set)"), None)
            for label, pid in choices:
                combo.addItem(label, pid)
            _select_data(combo, value)

    def _kind_changed(self) -> None:
        """Only a recurring deadline has a period; ongoing/none/unclear have no date."""
        kind = _combo_data(self.kind_combo)
        self.recurrence_combo.setEnabled(kind == "recurring")
        if kind in ("date", "period"):
            self.deadline_edit.enabled.setChecked(True)

    def _lead_changed(self) -> None:
        """People of the newly chosen lead department move to the top of 责任人."""
        self._fill_people(_combo_data(self.owner_combo), _combo_data(self.leader_combo))

    def _fill_table(self, table: QTableWidget, rows: list[dict], fields: tuple[str, ...]) -> None:
        table.setRowCount(0)
        for row in rows:
            r = table.rowCount()
            table.insertRow(r)
            for c, field in enumerate(fields):
                value = row[field]
                if isinstance(value, float) and value.is_integer():
                    value = int(value)
                table.setItem(r, c, QtWidgets.QTableWidgetItem("" if value is None else str(value)))

    def _fill_history(self) -> None:
        rows = audit.history(self.reg, "tasks", self.task_id or 0)
        names = {
            "department": {str(d["id"]): d["name"] for d in directory.list_departments(self.reg)},
            "person": {str(p["id"]): p["name"] for p in directory.list_people(self.reg)},
        }
        self.history_table.setRowCount(len(rows))
        for r, entry in enumerate(rows):
            old, new = (describe_value(entry["field"], entry[k], names) for k in ("old", "new"))
            empty = self.tr("(empty)")
            change = f"{old or empty} → {new or empty}"
            values = (entry["at"][:16].replace("T", " "), entry["actor"], entry["operation"],
                      self.tr(FIELD_LABELS.get(entry["field"], entry["field"])), change)
            for c, value in enumerate(values):
                item = QtWidgets.QTableWidgetItem(value)
                item.setToolTip(value)
                self.history_table.setItem(r, c, item)
        self.history_table.resizeColumnsToContents()

    # -- saving --------------------------------------------------------------
    def current_state(self) -> dict[str, Any]:
        """The state shown in the panel; ``ValidationError`` for what cannot be a value."""
        indicators = []
        for r in range(self.indicator_table.rowCount()):
            text = _cell(self.indicator_table, r, 0)
            if not any(_cell(self.indicator_table, r, c) for c in range(5)):
                continue
            indicators.append({
                "text": text,
                "value": _number(_cell(self.indicator_table, r, 1), QT_TRANSLATE_NOOP("TaskPanel", "Target"), r + 1),
                "unit": _cell(self.indicator_table, r, 2),
                "comparator": _cell(self.indicator_table, r, 3),
                "actual": _number(_cell(self.indicator_table, r, 4), QT_TRANSLATE_NOOP("TaskPanel", "Actual"), r + 1),
            })
        milestones = []
        for r in range(self.milestone_table.rowCount()):
            if not any(_cell(self.milestone_table, r, c) for c in range(3)):
                continue
            milestones.append({
                "title": _cell(self.milestone_table, r, 0),
                "due": _cell(self.milestone_table, r, 1) or None,
                "done_date": _cell(self.milestone_table, r, 2) or None,
            })
        kind = _combo_data(self.kind_combo)
        deadline = self.deadline_edit.value()
        if kind == "date" and deadline is None:
            raise ValidationError(self.tr("A deadline of kind “Date” needs its date."))
        lead = _combo_data(self.lead_combo)
        checked = [
            self.co_list.item(i).data(Qt.ItemDataRole.UserRole)
            for i in range(self.co_list.count())
            if self.co_list.item(i).checkState() == Qt.CheckState.Checked
        ]
        # Keep the order the task had (the first named co-operates first), new ones after.
        co_ids = [c for c in self._loaded.get("co_ids", []) if c in checked]
        co_ids += [c for c in checked if c not in co_ids]
        return {
            "title": self.title_edit.text().strip(),
            "description": self.description_edit.toPlainText().strip(),
            "source": self.source_combo.currentText(),
            "is_key": int(self.key_check.isChecked()),
            "start_date": self.start_edit.value(),
            "deadline": deadline,
            "deadline_text": self.deadline_text_edit.text().strip(),
            "deadline_kind": kind,
            "recurrence": _combo_data(self.recurrence_combo) or "",
            "standard": self.standard_edit.toPlainText().strip(),
            "owner_id": _combo_data(self.owner_combo),
            "leader_id": _combo_data(self.leader_combo),
            "lead_id": lead,
            "co_ids": [c for c in co_ids if c != lead],
            "indicators": indicators,
            "milestones": milestones,
        }

    def is_modified(self) -> bool:
        try:
            return self.task_id is not None and self.current_state() != self._loaded
        except ValidationError:
            return True

    def save(self) -> None:
        if self.task_id is None:
            return
        try:
            state = self.current_state()
        except ValidationError as exc:
            self.show_error(str(exc))
            return
        if state == self._loaded:
            self.message.setText("")
            return
        keys = [k for k, v in state.items() if self._loaded.get(k) != v]
        if {"lead_id", "co_ids"} & set(keys):
            keys = list(dict.fromkeys([*keys, "lead_id", "co_ids"]))
        self.save_requested.emit(self.task_id, {k: state[k] for k in keys},
                                 {k: self._loaded.get(k) for k in keys})

    def external_change(self, number: str = "") -> None:
        """Something else wrote to this task: show it, unless the user is typing (then
        saving checks that nothing they changed was changed meanwhile)."""
        if number:
            self._number = number
        if self.task_id is None:
            return
        stored = task_details.snapshot(self.reg, [self.task_id], details=True).get(self.task_id)
        try:
            shown = self.current_state()
        except ValidationError:
            shown = None
        typed = {k: v for k, v in (shown or {}).items() if self._loaded.get(k) != v}
        if stored is None or shown is not None and all(stored.get(k) == v for k, v in typed.items()):
            self.reload()  # nothing typed, or everything typed is what was just saved
        else:
            self.message.setText(self.tr(
                "This task was changed elsewhere meanwhile; saving keeps those changes "
                "unless they are in the fields you edited."))

    def show_error(self, text: str) -> None:
        self.message.setText(text)
