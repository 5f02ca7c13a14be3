"""文件 ▸ 新年度…: the year turn in three steps.

1. the new year's plan — empty, imported (the import wizard runs first), or an existing one;
2. the old plan's unfinished tasks with their light, owners and last progress: tick which go
   on, where each goes (default: a section 上年结转任务) and confirm their new deadlines
   (default: the same day one year on, flagged 待确认);
3. close the old plan.

Everything is written by ``storage.rollover.rollover`` in one transaction and is one step of
撤销 (``RolloverCommand`` reverts it with ``undo_rollover``).
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtGui import QUndoCommand
from PySide6.QtWidgets import (
    QAbstractItemView,
    QButtonGroup,
    QCheckBox,
    QComboBox,
    QFormLayout,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import clock
from desktop_app.storage import plans, rollover
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.helpers import carried_note, shown_date
from desktop_app.ui.common.words import light_detail, light_text

# (key, header): the keys name the columns in code, the headers are translated.
COLUMNS = [
    ("编号", QT_TRANSLATE_NOOP("TasksPage", "No.")),
    ("工作任务", QT_TRANSLATE_NOOP("TasksPage", "Task")),
    ("状态", QT_TRANSLATE_NOOP("TasksPage", "Status")),
    ("牵头科室", QT_TRANSLATE_NOOP("TasksPage", "Lead department")),
    ("责任人", QT_TRANSLATE_NOOP("TasksPage", "Owner")),
    ("最新进展", QT_TRANSLATE_NOOP("TasksPage", "Latest report")),
    ("进度", QT_TRANSLATE_NOOP("TasksPage", "Progress")),
    ("原时限", QT_TRANSLATE_NOOP("TasksPage", "Old deadline")),
    ("新时限", QT_TRANSLATE_NOOP("TasksPage", "New deadline")),
    ("去向", QT_TRANSLATE_NOOP("TasksPage", "Goes to")),
]
COL = {name: i for i, (name, _header) in enumerate(COLUMNS)}
SECTION_CHOICE = -1   # the destination “a new section 上年结转任务”


class RolloverCommand(QUndoCommand):
    """One undo step for a whole rollover; redo runs it again with the same choices."""

    def __init__(self, reg: Register, result: rollover.RolloverResult, request: dict,
                 after: Callable[[object], None], failed: Callable[[str], None]) -> None:
        super().__init__(QCoreApplication.translate("RolloverCommand", "New year ({0})").format(result.year))
        self.reg, self.result, self.request = reg, result, request
        self._after, self._failed = after, failed
        self._first = True

    def redo(self) -> None:
        if self._first:
            self._first = False
            return
        try:
            self.result = rollover.rollover(self.reg, **self.request)
        except StorageError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
            return
        self._after(self.result.changes)

    def undo(self) -> None:
        try:
            changes = rollover.undo_rollover(self.reg, self.result)
        except StorageError as exc:
            self.setObsolete(True)
            self._failed(str(exc))
            return
        if not self.result.created_plan:
            self.request["new_plan_id"] = self.result.new_plan_id
        self._after(changes)


class PlanPage(QWizardPage):
    def __init__(self, wizard: NewYearWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Step 1: the new year's plan"))
        old = wizard.old_plan
        self.setSubTitle(self.tr("Current plan: {0}").format(old["title"]))
        form = QFormLayout(self)
        self.year = QSpinBox()
        self.year.setObjectName("new_year_year")
        self.year.setRange(2000, 2100)
        self.year.setValue((old["year"] or clock.today().year) + 1)
        form.addRow(self.tr("New year:"), self.year)
        self.empty = QRadioButton(self.tr("Create an empty plan"))
        self.empty.setChecked(True)
        self.title = QLineEdit()
        self.title.setObjectName("new_year_title")
        self.imported = QRadioButton(self.tr("Import the new year's work plan (the import wizard opens before this one finishes)"))
        self.existing = QRadioButton(self.tr("Use an existing plan"))
        self.existing_combo = QComboBox()
        self.existing_combo.setObjectName("new_year_existing")
        for plan in plans.list_plans(wizard.reg):
            if plan["id"] != old["id"] and not plan.get("closed_at"):
                self.existing_combo.addItem(plan["title"], plan["id"])
        self.existing.setEnabled(self.existing_combo.count() > 0)
        group = QButtonGroup(self)
        for b in (self.empty, self.imported, self.existing):
            group.addButton(b)
        form.addRow(self.empty)
        form.addRow(self.tr("Plan title:"), self.title)
        form.addRow(self.imported)
        form.addRow(self.existing)
        form.addRow(self.tr("Existing plan:"), self.existing_combo)
        self.year.valueChanged.connect(self._year_changed)
        self._year_changed(self.year.value())

    def _year_changed(self, year: int) -> None:
        self.title.setText(self.tr("{0} work plan").format(year))


class TasksPage(QWizardPage):
    def __init__(self, wizard: NewYearWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Step 2: carry over the unfinished tasks"))
        self.setSubTitle(self.tr("Tick the tasks to carry over, choose where each goes and confirm its new "
                                 "deadline (double-click “New deadline” to change it; one left "
                                 "unchanged is marked to be confirmed)."))
        layout = QVBoxLayout(self)
        self.tree = QTreeWidget()
        self.tree.setObjectName("new_year_tasks")
        self.tree.setColumnCount(len(COLUMNS))
        self.tree.setHeaderLabels([self.tr(header) for _key, header in COLUMNS])
        self.tree.setRootIsDecorated(False)
        self.tree.setUniformRowHeights(True)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.ExtendedSelection)
        self.tree.header().setSectionResizeMode(COL["工作任务"], QHeaderView.ResizeMode.Stretch)
        self.tree.itemChanged.connect(self._item_changed)
        layout.addWidget(self.tree, 1)
        row = QHBoxLayout()
        all_button = QPushButton(self.tr("Tick all"))
        all_button.clicked.connect(lambda: self.tick_all(True))
        none_button = QPushButton(self.tr("Untick all"))
        none_button.clicked.connect(lambda: self.tick_all(False))
        row.addWidget(all_button)
        row.addWidget(none_button)
        row.addSpacing(20)
        row.addWidget(QLabel(self.tr("Selected rows go to:")))
        self.destination = QComboBox()
        self.destination.setObjectName("new_year_destination")
        row.addWidget(self.destination, 1)
        apply_button = QPushButton(self.tr("Apply to selected rows"))
        apply_button.clicked.connect(self.apply_destination)
        row.addWidget(apply_button)
        layout.addLayout(row)
        self.count = QLabel()
        self.count.setObjectName("new_year_count")
        layout.addWidget(self.count)
        self.confirmed: dict[int, date] = {}
        self._filling = False

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        self.fill(self.w.plan_page.year.value())

    def fill(self, year: int) -> None:
        self._filling = True
        self.tree.clear()
        self.confirmed.clear()
        self.destination.clear()
        self.destination.addItem(self.tr("{0} (new section)").format(rollover.SECTION_TITLE), SECTION_CHOICE)
        target = self.w.target_plan_id()
        if target is not None:
            for t in self.w.reg.query(
                "SELECT id, title FROM tasks WHERE plan_id = ? AND parent_id IS NULL "
                "AND deleted_at IS NULL ORDER BY position", (target,)):
                self.destination.addItem(t["title"], t["id"])
        old_year = self.w.old_plan["year"]
        items = []
        for c in self.w.candidates:
            light = c["light"]
            moved = rollover.default_deadline(c["deadline"], year)
            percent = "" if c["last_percent"] is None else f"{c['last_percent']}%"
            status = light_text(light)
            if c["carried_to"]:
                status = carried_note(c["carried_to"])
            new_text = (c["deadline_text"] if c["deadline_kind"] in ("recurring", "ongoing")
                        else (self.unconfirmed(shown_date(moved)) if moved else self.tr("to be confirmed")))
            item = QTreeWidgetItem([
                c["number"], c["title"], status, c["lead_name"], c["owner_name"],
                c["last_done"], percent, shown_date(c["deadline"], old_year) or c["deadline_text"],
                new_text, rollover.SECTION_TITLE,
            ])
            item.setData(0, Qt.ItemDataRole.UserRole, c["id"])
            item.setData(COL["去向"], Qt.ItemDataRole.UserRole, SECTION_CHOICE)
            flags = item.flags() | Qt.ItemFlag.ItemIsUserCheckable
            if c["deadline_kind"] not in ("recurring", "ongoing"):
                flags |= Qt.ItemFlag.ItemIsEditable
            item.setFlags(flags)
            item.setCheckState(0, Qt.CheckState.Unchecked if c["carried_to"] else Qt.CheckState.Checked)
            item.setToolTip(COL["状态"], light_detail(light))
            items.append(item)
        self.tree.addTopLevelItems(items)
        for col in (0, 2, 3, 4, 6, 7, 8):
            self.tree.resizeColumnToContents(col)
        self._filling = False
        self._count()

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        if self._filling:
            return
        if column == COL["新时限"]:
            tid = int(item.data(0, Qt.ItemDataRole.UserRole))
            text = item.text(column).strip().replace(self.unconfirmed(""), "")
            try:
                day = date.fromisoformat(text)
            except ValueError:
                day = _parse_cn(text, self.w.plan_page.year.value())
            self._filling = True
            if day is None:
                self.confirmed.pop(tid, None)
                item.setText(column, self.tr("Date not understood; write it as 2027-06-30"))
            else:
                self.confirmed[tid] = day
                item.setText(column, shown_date(day))   # with its year: it sits beside last year's
            self._filling = False
        self._count()

    def unconfirmed(self, deadline: str) -> str:
        """A proposed new deadline, flagged as still to be confirmed."""
        return self.tr("{0} (to be confirmed)").format(deadline)

    def _count(self) -> None:
        ticked = len(self.ticked())
        self.count.setText(self.tr("{0} unfinished leaf tasks, {1} ticked.").format(
            self.tree.topLevelItemCount(), ticked))

    def tick_all(self, on: bool) -> None:
        state = Qt.CheckState.Checked if on else Qt.CheckState.Unchecked
        self.tree.blockSignals(True)
        for i in range(self.tree.topLevelItemCount()):
            self.tree.topLevelItem(i).setCheckState(0, state)
        self.tree.blockSignals(False)
        self._count()

    def apply_destination(self) -> None:
        value = self.destination.currentData()
        text = self.destination.currentText()
        for item in self.tree.selectedItems():
            item.setData(COL["去向"], Qt.ItemDataRole.UserRole, value)
            item.setText(COL["去向"], text)

    def ticked(self) -> list[int]:
        out = []
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            if item.checkState(0) == Qt.CheckState.Checked:
                out.append(int(item.data(0, Qt.ItemDataRole.UserRole)))
        return out

    def destinations(self) -> dict[int, int | None]:
        out = {}
        for i in range(self.tree.topLevelItemCount()):
            item = self.tree.topLevelItem(i)
            value = item.data(COL["去向"], Qt.ItemDataRole.UserRole)
            out[int(item.data(0, Qt.ItemDataRole.UserRole))] = None if value in (None, SECTION_CHOICE) else int(value)
        return out


def _parse_cn(text: str, year: int) -> date | None:
    import re

    m = re.fullmatch(r"(?:(\d{4})年)?(\d{1,2})月(\d{1,2})日", text)
    if not m:
        return None
    try:
        return date(int(m.group(1) or year), int(m.group(2)), int(m.group(3)))
    except ValueError:
        return None


class ClosePage(QWizardPage):
    def __init__(self, wizard: NewYearWizard) -> None:
        super().__init__()
        self.w = wizard
        self.setTitle(self.tr("Step 3: close the current plan"))
        layout = QVBoxLayout(self)
        self.close_old = QCheckBox(self.tr("Close the current plan “{0}” (read-only; its reports and year-end figures "
                                           "stay as they are; it can be reopened in File ▸ Plans)").format(wizard.old_plan["title"]))
        self.close_old.setObjectName("new_year_close")
        self.close_old.setChecked(True)
        layout.addWidget(self.close_old)
        self.summary = QLabel()
        self.summary.setObjectName("new_year_summary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.error = QLabel()
        self.error.setObjectName("new_year_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        layout.addWidget(self.error)
        layout.addStretch(1)

    def initializePage(self) -> None:  # noqa: N802 - Qt override
        n = len(self.w.tasks_page.ticked())
        year = self.w.plan_page.year.value()
        unconfirmed = n - len(set(self.w.tasks_page.confirmed) & set(self.w.tasks_page.ticked()))
        self.summary.setText(self.tr(
            "The plan of {0} is created or used and {1} tasks are carried over ({2} of them with "
            "a new deadline to be confirmed). All of it is one step, taken back whole by "
            "Edit ▸ Undo.").format(year, n, unconfirmed))

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        return self.w.run_rollover() is not None


class NewYearWizard(QWizard):
    def __init__(self, reg: Register, plan_id: int, parent: QWidget | None = None, *,
                 import_plan: Callable[[], int | None] | None = None, on: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.old_plan = plans.get_plan(reg, plan_id)
        if self.old_plan is None:
            raise StorageError(self.tr("There is no plan number {0}.").format(plan_id))
        self.import_plan = import_plan
        self.result: rollover.RolloverResult | None = None
        self.request: dict | None = None
        self._imported_id: int | None = None
        self.setWindowTitle(self.tr("New year"))
        self.resize(1200, 720)
        on = on or clock.today()
        self.candidates = rollover.candidates(reg, plan_id, on=on)
        self.plan_page = PlanPage(self)
        self.tasks_page = TasksPage(self)
        self.close_page = ClosePage(self)
        for page in (self.plan_page, self.tasks_page, self.close_page):
            self.addPage(page)

    def target_plan_id(self) -> int | None:
        if self.plan_page.existing.isChecked():
            return self.plan_page.existing_combo.currentData()
        return self._imported_id

    def run_rollover(self) -> rollover.RolloverResult | None:
        """Write the rollover as chosen; None (with the message shown) when refused."""
        page = self.plan_page
        request: dict = {"plan_id": self.old_plan["id"], "year": page.year.value(),
                         "carry": self.tasks_page.ticked(),
                         "destinations": self.tasks_page.destinations(),
                         "deadlines": dict(self.tasks_page.confirmed),
                         "close": self.close_page.close_old.isChecked()}
        if page.existing.isChecked():
            request["new_plan_id"] = page.existing_combo.currentData()
        elif page.imported.isChecked():
            if self._imported_id is None:
                if self.import_plan is None:
                    self.close_page.error.setText(self.tr("Importing is not available."))
                    return None
                self._imported_id = self.import_plan()
                if self._imported_id is None:
                    self.close_page.error.setText(self.tr("No work plan of the new year was imported; nothing was changed."))
                    return None
            request["new_plan_id"] = self._imported_id
        else:
            request["title"] = page.title.text()
        try:
            self.result = rollover.rollover(self.reg, **request)
        except StorageError as exc:
            self.close_page.error.setText(str(exc))
            return None
        self.request = request
        return self.result
