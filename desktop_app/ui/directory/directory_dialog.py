"""工具 ▸ 科室与人员: the department and people directory, edited in place (every change
audited), imported from an .xlsx list, and two spellings of a department merged."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QHBoxLayout,
    QInputDialog,
    QMessageBox,
    QPushButton,
    QTableWidget,
    QTableWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME
from desktop_app.importing.directory_list import read_directory_xlsx
from desktop_app.importing.errors import ImportFailed
from desktop_app.storage import directory
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError

DEPARTMENT_COLUMNS = [
    QT_TRANSLATE_NOOP("DirectoryDialog", "Name"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Short name"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Order"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Active"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Tasks"),
]
PEOPLE_COLUMNS = [
    QT_TRANSLATE_NOOP("DirectoryDialog", "Full name"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Title"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Department"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Phone"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "Leader"),
    QT_TRANSLATE_NOOP("DirectoryDialog", "In post"),
]
ID_ROLE = Qt.ItemDataRole.UserRole
# Puts an edit already made on the undo stack: (text, redo, undo).
Recorder = Callable[[str, Callable[[], object], Callable[[], object]], None]


def _item(value: object, *, editable: bool = True, check: bool | None = None) -> QTableWidgetItem:
    item = QTableWidgetItem("" if check is not None else str(value))
    flags = Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable
    if check is not None:
        flags |= Qt.ItemFlag.ItemIsUserCheckable
        item.setCheckState(Qt.CheckState.Checked if check else Qt.CheckState.Unchecked)
    elif editable:
        flags |= Qt.ItemFlag.ItemIsEditable
    item.setFlags(flags)
    return item


class DirectoryDialog(QDialog):
    def __init__(self, reg: Register, parent: QWidget | None = None, *, record: Recorder | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.record = record
        self.changed = False
        self.setObjectName("directory_dialog")
        self.setWindowTitle(self.tr("Departments and people"))
        layout = QVBoxLayout(self)
        self.tabs = QTabWidget()
        layout.addWidget(self.tabs)
        self.departments = self._table(DEPARTMENT_COLUMNS, "directory_departments")
        self.people = self._table(PEOPLE_COLUMNS, "directory_people")
        self.departments.itemChanged.connect(self._department_edited)
        self.people.itemChanged.connect(self._person_edited)
        self.tabs.addTab(self._page(self.departments, [
            (self.tr("Add department…"), self.add_department),
            (self.tr("Delete department"), self.delete_department),
            (self.tr("Merge into…"), self.merge_department),
        ]), self.tr("Departments"))
        self.tabs.addTab(self._page(self.people, [
            (self.tr("Add person…"), self.add_person),
            (self.tr("Import list from Excel…"), self.import_list),
        ]), self.tr("People"))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout.addWidget(buttons)
        self.resize(760, 520)
        self.reload()

    def _table(self, headers: list[str], name: str) -> QTableWidget:
        table = QTableWidget(0, len(headers))
        table.setObjectName(name)
        table.setHorizontalHeaderLabels([self.tr(h) for h in headers])
        table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        table.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        table.verticalHeader().setVisible(False)
        table.horizontalHeader().setStretchLastSection(True)
        return table

    def _page(self, table: QTableWidget, buttons: list[tuple[str, Callable[[], None]]]) -> QWidget:
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.addWidget(table)
        row = QHBoxLayout()
        row.addStretch(1)
        for text, slot in buttons:
            button = QPushButton(text)
            button.clicked.connect(slot)
            row.addWidget(button)
        layout.addLayout(row)
        return page

    # -- loading -------------------------------------------------------------
    def reload(self) -> None:
        counts = directory.department_task_counts(self.reg)
        deps = directory.list_departments(self.reg)
        self.departments.blockSignals(True)
        self.departments.setRowCount(len(deps))
        for r, dep in enumerate(deps):
            cells = (_item(dep["name"]), _item(dep["short_name"]), _item(dep["position"]),
                     _item("", check=bool(dep["active"])), _item(counts.get(dep["id"], 0), editable=False))
            for c, cell in enumerate(cells):
                cell.setData(ID_ROLE, dep["id"])
                self.departments.setItem(r, c, cell)
        self.departments.blockSignals(False)
        self.departments.resizeColumnsToContents()
        people = directory.list_people(self.reg)
        self.people.blockSignals(True)
        self.people.setRowCount(len(people))
        for r, person in enumerate(people):
            cells = (_item(person["name"]), _item(person["title"]), _item(person["department"] or "", editable=False),
                     _item(person["phone"]), _item("", check=bool(person["is_leader"])),
                     _item("", check=bool(person["active"])))
            for c, cell in enumerate(cells):
                cell.setData(ID_ROLE, person["id"])
                self.people.setItem(r, c, cell)
            self.people.setCellWidget(r, 2, self._department_combo(person["id"], person["department_id"], deps))
        self.people.blockSignals(False)
        self.people.resizeColumnsToContents()

    def _department_combo(self, person_id: int, current: int | None, deps: list[dict]) -> QComboBox:
        combo = QComboBox()
        combo.addItem(self.tr("(none)"), None)
        for dep in deps:
            combo.addItem(dep["name"], dep["id"])
        combo.setCurrentIndex(max(combo.findData(current), 0))
        combo.currentIndexChanged.connect(
            lambda _i, c=combo: self._edit(directory.update_person, person_id, department_id=c.currentData()))
        return combo

    # -- writing -------------------------------------------------------------
    def warn(self, text: str) -> None:
        QMessageBox.warning(self, APP_NAME, text)

    def _write(self, func: Callable, *args, **kwargs) -> bool:
        """Every edit goes straight to the register; a refused one is shown and undone on screen."""
        try:
            func(self.reg, *args, **kwargs)
        except StorageError as exc:
            self.warn(str(exc))
            self.reload()
            return False
        self.changed = True
        return True

    def _edit(self, func: Callable[..., dict], row_id: int, **change: object) -> None:
        """A field edit, undoable when the window gave a recorder."""
        diff: dict = {}

        def first(reg: Register) -> None:
            diff.update(func(reg, row_id, **change))

        if not self._write(first) or not diff or self.record is None:
            return
        old = {field: values[0] for field, values in diff.items()}
        new = {field: values[1] for field, values in diff.items()}
        self.record(self.tr("Edit directory"), lambda: func(self.reg, row_id, **new),
                    lambda: func(self.reg, row_id, **old))

    def _department_edited(self, item: QTableWidgetItem) -> None:
        dep_id, column = item.data(ID_ROLE), item.column()
        if column == 0:
            self._edit(directory.update_department, dep_id, name=item.text())
        elif column == 1:
            self._edit(directory.update_department, dep_id, short_name=item.text().strip())
        elif column == 2:
            if not item.text().strip().isdigit():
                self.warn(self.tr("The order must be a whole number."))
                self.reload()
                return
            self._edit(directory.update_department, dep_id, position=int(item.text()))
        elif column == 3:
            self._edit(directory.update_department, dep_id, active=int(item.checkState() == Qt.CheckState.Checked))

    def _person_edited(self, item: QTableWidgetItem) -> None:
        person_id, column = item.data(ID_ROLE), item.column()
        checked = int(item.checkState() == Qt.CheckState.Checked)
        field = {0: "name", 1: "title", 3: "phone", 4: "is_leader", 5: "active"}.get(column)
        if field is None:
            return
        if field == "name" and not item.text().strip():
            self.warn(self.tr("The name must not be empty."))
            self.reload()
            return
        value = checked if field in ("is_leader", "active") else item.text().strip()
        self._edit(directory.update_person, person_id, **{field: value})

    def _selected_department(self) -> int | None:
        rows = self.departments.selectionModel().selectedRows()
        return self.departments.item(rows[0].row(), 0).data(ID_ROLE) if rows else None

    def _add(self, text: str, add: Callable[[], int], remove: Callable[[int], None]) -> None:
        """Add a row; undo removes it (a redo adds it again, under a new id)."""
        added: list[int] = []
        if not self._write(lambda _reg: added.append(add())):
            return
        self.reload()
        if self.record is not None:
            self.record(text, lambda: added.__setitem__(0, add()), lambda: remove(added[0]))

    def add_department(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add department"), self.tr("Department name:"))
        if ok:
            self._add(self.tr("Add department"), lambda: directory.add_department(self.reg, name),
                      lambda dep: directory.delete_department(self.reg, dep))

    def delete_department(self) -> None:
        dep_id = self._selected_department()
        row = next((d for d in directory.list_departments(self.reg) if d["id"] == dep_id), None)
        if row is None or not self._write(directory.delete_department, dep_id):
            return
        self.reload()
        if self.record is not None:
            self.record(self.tr("Delete department"), lambda: directory.delete_department(self.reg, dep_id),
                        lambda: directory.restore_department(self.reg, row))

    def merge_department(self) -> None:
        drop = self._selected_department()
        if drop is None:
            self.warn(self.tr("First select the department to merge away (for example a misspelling)."))
            return
        deps = {d["name"]: d["id"] for d in directory.list_departments(self.reg) if d["id"] != drop}
        drop_name = next(d["name"] for d in directory.list_departments(self.reg) if d["id"] == drop)
        name, ok = QInputDialog.getItem(
            self, self.tr("Merge departments"), self.tr("Move all tasks and people of “{0}” into:").format(drop_name), list(deps), 0, False)
        if not ok or not name:
            return
        question = self.tr("After merging, “{0}” is deleted and all its tasks and people move to “{1}”. Continue?").format(drop_name, name)
        if QMessageBox.question(self, APP_NAME, question) == QMessageBox.StandardButton.Yes:
            self.merge(deps[name], drop)

    def merge(self, keep: int, drop: int) -> None:
        """Merge ``drop`` into ``keep``; undoable (the department comes back with all it had)."""
        try:
            snapshot = directory.merge_snapshot(self.reg, keep, drop)
        except StorageError as exc:
            self.warn(str(exc))
            return
        if not self._write(directory.merge_departments, keep, drop):
            return
        self.reload()
        if self.record is not None:
            self.record(self.tr("Merge departments"), lambda: directory.merge_departments(self.reg, keep, drop),
                        lambda: directory.unmerge(self.reg, snapshot))

    def add_person(self) -> None:
        name, ok = QInputDialog.getText(self, self.tr("Add person"), self.tr("Name:"))
        department = self._selected_department()
        if ok:
            self._add(self.tr("Add person"), lambda: directory.add_person(self.reg, name, department),
                      lambda person: directory.delete_person(self.reg, person))

    def import_list(self) -> None:
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Import departments and people"), "", self.tr("Excel workbook (*.xlsx)"))
        if path:
            self.import_file(path)

    def import_file(self, path: str) -> None:
        try:
            rows = read_directory_xlsx(path)
            done = directory.import_people(self.reg, rows)
        except (ImportFailed, StorageError) as exc:
            self.warn(str(exc))
            return
        self.changed = True
        self.reload()
        if self.record is not None:
            last = [done]  # a redo imports again, with new ids that the next undo must use

            def redo() -> None:
                last[0] = directory.import_people(self.reg, rows)

            self.record(self.tr("Import people"), redo, lambda: directory.undo_people_import(self.reg, last[0]))
        deps, added, updated = done.counts()
        QMessageBox.information(self, APP_NAME, self.tr(
            "Imported: {0} new departments, {1} new people, {2} people updated.").format(deps, added, updated))
