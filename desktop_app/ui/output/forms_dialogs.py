"""周报 ▸ 生成填报表… and 周报 ▸ 导入填报表…: department forms out, and all returns back in.

The dialogs only gather choices and show results; the work is done by
``desktop_app.forms`` (Qt-free), reading files on a worker thread.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QDate, Qt, QUrl
from PySide6.QtGui import QBrush, QColor, QDesktopServices
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app import APP_NAME, clock
from desktop_app.domain.weeks import shift_week, week_id
from desktop_app.forms.export import default_return_by, export_forms
from desktop_app.forms.layout import FormError
from desktop_app.forms.reading import ReturnedForm, read_form
from desktop_app.forms.returns import (
    Change,
    FilePreview,
    ImportPreview,
    apply_preview,
    build_preview,
    show_value,
)
from desktop_app.storage import directory
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.helpers import busy_cursor
from desktop_app.ui.importing.import_wizard import run_in_background, show_error
from desktop_app.ui.output.names import week_folder, week_name, week_text

ERROR_BRUSH = QBrush(QColor("#B00020"))
WARN_BRUSH = QBrush(QColor("#8A6100"))
MUTED_BRUSH = QBrush(QColor("#777777"))
CONFLICT_BACKGROUND = QBrush(QColor("#FFF4CE"))
WEEKS_BACK = 12


def _week_choices(combo: QComboBox, today: date) -> None:
    current = week_id(today)
    for offset in range(1, -WEEKS_BACK - 1, -1):
        week = shift_week(current, offset)
        combo.addItem(week_text(week), week)
    combo.setCurrentIndex(combo.findData(current))


def _attention_order(fp: FilePreview) -> tuple[int, str]:
    """Refused files first, then the ones that will change something, then the rest."""
    return (0 if fp.refused else 1 if fp.rows and not fp.superseded_by else 2, fp.name)


class ExportFormsDialog(QDialog):
    """Week, departments, co-operating tasks, return date and folder → one .xlsx per department."""

    def __init__(self, reg: Register, parent: QWidget | None = None, *,
                 plan_id: int | None = None, today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.plan_id = plan_id
        self.results: list = []
        self.setWindowTitle(self.tr("Make the department forms"))
        self.resize(560, 560)
        form = QFormLayout()
        self.week_combo = QComboBox()
        _week_choices(self.week_combo, today or clock.today())
        self.week_combo.currentIndexChanged.connect(self._week_changed)
        form.addRow(self.tr("Week:"), self.week_combo)
        self.return_by = QDateEdit()
        self.return_by.setCalendarPopup(True)
        self.return_by.setDisplayFormat(self.tr("d MMM yyyy"))
        form.addRow(self.tr("Return by:"), self.return_by)
        self.departments = QListWidget()
        for dep in directory.list_departments(reg, active_only=True):
            item = QListWidgetItem(dep["name"])
            item.setData(Qt.ItemDataRole.UserRole, dep["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.departments.addItem(item)
        ticks = QHBoxLayout()
        for text, state in ((self.tr("Select all"), Qt.CheckState.Checked), (self.tr("Select none"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._tick_all(s))
            ticks.addWidget(button)
        ticks.addStretch(1)
        self.include_co = QCheckBox(self.tr("Also list co-operating tasks (for reference; the lead department reports them)"))
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Make"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("Cancel"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("Departments:")))
        layout.addWidget(self.departments, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.include_co)
        layout.addWidget(QLabel(self.tr("Save to folder:")))
        layout.addLayout(folder_row)
        layout.addWidget(buttons)
        self._week_changed()

    def week(self) -> str:
        return str(self.week_combo.currentData())

    def _week_changed(self, *_args) -> None:
        due = default_return_by(self.reg, self.week())
        self.return_by.setDate(QDate(due.year, due.month, due.day))
        base = user_settings.get(user_settings.FORMS_EXPORT_DIR)
        self.folder_edit.setText(str(Path(str(base)) / week_folder(self.week())))

    def _tick_all(self, state: Qt.CheckState) -> None:
        for i in range(self.departments.count()):
            self.departments.item(i).setCheckState(state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the forms"), self.folder_edit.text())
        if folder:
            self.folder_edit.setText(folder)

    def chosen_departments(self) -> list[int]:
        return [
            int(self.departments.item(i).data(Qt.ItemDataRole.UserRole))
            for i in range(self.departments.count())
            if self.departments.item(i).checkState() == Qt.CheckState.Checked
        ]

    def export(self) -> None:
        deps = self.chosen_departments()
        folder = self.folder_edit.text().strip()
        if not deps:
            show_error(self, self.tr("Choose at least one department."))
            return
        if not folder:
            show_error(self, self.tr("Choose the folder to save the forms in."))
            return
        picked = self.return_by.date()
        due = date(picked.year(), picked.month(), picked.day())
        try:
            self.results = run_in_background(
                self, self.tr("Making the forms…"),
                lambda progress, _cancelled: export_forms(
                    self.reg, self.week(), folder, department_ids=deps, plan_id=self.plan_id,
                    include_co=self.include_co.isChecked(), return_by=due, progress_cb=progress),
            )
        except (FormError, StorageError) as exc:
            show_error(self, str(exc))
            return
        user_settings.put(user_settings.FORMS_EXPORT_DIR, str(Path(folder).parent))
        written = [r for r in self.results if r.path]
        empty = [r.department for r in self.results if not r.path]
        text = self.tr("{0} forms made.").format(len(written))
        if empty:
            text += self.tr("\nNo tasks to report, none made: {0}").format("、".join(empty))
        QMessageBox.information(self, APP_NAME, text)
        open_folder(Path(folder))
        self.accept()


def open_folder(folder: Path) -> None:
    """Show the folder in Explorer so the clerk can attach the files to the office's mail."""
    QDesktopServices.openUrl(QUrl.fromLocalFile(str(folder)))


class ImportFormsDialog(QDialog):
    """Pick returns (files or a folder) → preview per file and row → 应用."""

    def __init__(self, reg: Register, parent: QWidget | None = None, *, today: date | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.today = today or clock.today()
        self.paths: list[Path] = []
        self.preview: ImportPreview | None = None
        self._read_cache: dict[tuple[Path, int, int], ReturnedForm | FormError] = {}
        self.applied_any = False
        self.setWindowTitle(self.tr("Import returned forms"))
        self.resize(1100, 680)
        self.setAcceptDrops(True)
        add_files = QPushButton(self.tr("Add files…"))
        add_files.clicked.connect(self._pick_files)
        add_folder = QPushButton(self.tr("Add folder…"))
        add_folder.clicked.connect(self._pick_folder)
        clear = QPushButton(self.tr("Clear"))
        clear.clicked.connect(lambda: self.set_paths([]))
        self.week_combo = QComboBox()
        self.week_combo.addItem(self.tr("The week on the form"), None)
        _week_choices(self.week_combo, self.today)
        self.week_combo.setCurrentIndex(0)
        self.week_combo.currentIndexChanged.connect(self.refresh_preview)
        self.take_newest = QCheckBox(self.tr("When a department returned several, take the newest"))
        self.take_newest.toggled.connect(self.refresh_preview)
        top = QHBoxLayout()
        for w in (add_files, add_folder, clear):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("Import into week:")))
        top.addWidget(self.week_combo)
        top.addWidget(self.take_newest)
        top.addStretch(1)
        self.summary = QLabel(self.tr("Add the forms the departments returned (several files or a whole folder at once, or drag them here)."))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("forms_preview")
        self.tree.setHeaderLabels([self.tr("File / row"), self.tr("Department / task"), self.tr("Changes and problems")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 260)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        hint = QLabel(self.tr("Red is an error: a file with errors is not imported at all; the department corrects "
                              "it and sends it again. Untick a file to leave it out this time. "
                              "Yellow is a conflict: ticked takes the form's text, unticked keeps the register's."))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("Close"))
        self.apply_button = buttons.addButton(self.tr("Apply"), QDialogButtonBox.ButtonRole.ApplyRole)
        self.apply_button.setEnabled(False)
        self.apply_button.clicked.connect(self.apply)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.summary)
        layout.addWidget(self.tree, 1)
        layout.addWidget(hint)
        layout.addWidget(buttons)

    # -- choosing files ------------------------------------------------------
    def _pick_files(self) -> None:
        start = user_settings.get(user_settings.FORMS_IMPORT_DIR)
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("Choose returned forms"), start,
                                                self.tr("Returned forms (*.xlsx *.xlsm);;All files (*)"))
        if files:
            user_settings.put(user_settings.FORMS_IMPORT_DIR, str(Path(files[0]).parent))
            self.set_paths(self.paths + [Path(f) for f in files])

    def _pick_folder(self) -> None:
        start = user_settings.get(user_settings.FORMS_IMPORT_DIR)
        folder = QFileDialog.getExistingDirectory(self, self.tr("Choose the folder holding the forms"), start)
        if folder:
            user_settings.put(user_settings.FORMS_IMPORT_DIR, folder)
            self.set_paths(self.paths + [Path(folder)])

    def set_paths(self, paths: list[Path]) -> None:
        self.paths = list(dict.fromkeys(paths))
        self.refresh_preview()

    # -- preview ---------------------------------------------------------------
    def refresh_preview(self, *_args) -> None:
        if not self.paths:
            self.preview = None
            self._fill_tree()
            return
        week = self.week_combo.currentData()
        take_newest = self.take_newest.isChecked()
        try:
            self.preview = run_in_background(
                self, self.tr("Reading the forms…"),
                lambda _progress, _cancelled: build_preview(
                    self.reg, self.paths, week=week, take_newest=take_newest, today=self.today,
                    reader=self._read),
            )
        except (FormError, StorageError) as exc:
            show_error(self, str(exc))
            self.preview = None
        self._fill_tree()

    def _read(self, path: Path) -> ReturnedForm:
        """Read a file once: changing the week or the newest-wins choice re-reads nothing
        unless the file itself changed on disk."""
        try:
            stat = path.stat()
        except OSError:
            return read_form(path)
        key = (path, stat.st_mtime_ns, stat.st_size)
        if key not in self._read_cache:
            try:
                self._read_cache[key] = read_form(path)
            except FormError as exc:
                self._read_cache[key] = exc
        found = self._read_cache[key]
        if isinstance(found, FormError):
            raise found
        return found

    def _fill_tree(self) -> None:
        self.tree.blockSignals(True)
        self.tree.clear()
        preview = self.preview
        if preview is None:
            self.summary.setText(self.tr("Add the forms the departments returned (several files or a whole folder at once, or drag them here)."))
            self.apply_button.setEnabled(False)
            self.tree.blockSignals(False)
            return
        for fp in sorted(preview.files, key=_attention_order):
            self.tree.addTopLevelItem(self._file_item(fp))
        self.tree.expandAll()
        self.tree.blockSignals(False)
        self._update_summary()

    def _update_summary(self) -> None:
        if self.preview is None:
            return
        ready = [f for f in self.preview.files if f.applicable]
        week = week_name(self.preview.week) if self.preview.week else self.tr("(could not tell)")
        text = self.tr("Import into week: {0}. {1} files: {2} to import, {3} refused, the rest left out.").format(
            week, len(self.preview.files), len(ready), len(self.preview.refused))
        if self.preview.missing:
            text += self.tr("\nNot yet returned ({0} departments): {1}").format(
                len(self.preview.missing), "、".join(self.preview.missing))
        self.summary.setText(text)
        self.apply_button.setEnabled(bool(ready))

    def _file_item(self, fp: FilePreview) -> QTreeWidgetItem:
        item = QTreeWidgetItem([fp.name, fp.department, fp.summary()])
        item.setToolTip(0, str(fp.path))
        font = item.font(0)
        font.setBold(True)
        item.setFont(0, font)
        if fp.refused:
            item.setForeground(2, ERROR_BRUSH)
        elif fp.superseded_by or not fp.rows:
            for col in range(3):
                item.setForeground(col, MUTED_BRUSH)
        else:
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(0, Qt.CheckState.Checked if fp.chosen else Qt.CheckState.Unchecked)
            item.setData(0, Qt.ItemDataRole.UserRole, fp)
        for problem in fp.problems:
            child = QTreeWidgetItem([
                self.tr("Row {0}").format(problem.row) if problem.row else self.tr("Whole file"),
                self.tr("Error") if problem.error else self.tr("Note"),
                problem.message,
            ])
            brush = ERROR_BRUSH if problem.error else WARN_BRUSH
            for col in range(3):
                child.setForeground(col, brush)
            item.addChild(child)
        if fp.refused or fp.superseded_by:
            return item
        for row in fp.rows:
            row_item = QTreeWidgetItem([self.tr("Row {0} {1}").format(row.row, row.number), show_value("title", row.title), ""])
            for change in row.changes:
                row_item.addChild(self._change_item(change))
            item.addChild(row_item)
        return item

    def _change_item(self, change: Change) -> QTreeWidgetItem:
        old, new = show_value(change.field, change.old), show_value(change.field, change.new)
        if not change.conflict:
            return QTreeWidgetItem(["", change.label, f"{old} → {new}"])
        item = QTreeWidgetItem([self.tr("Conflict: take the form's text"), change.label,
                                self.tr("Register: “{0}”; form: “{1}”").format(old, new)])
        item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
        item.setCheckState(0, Qt.CheckState.Checked if change.take_form else Qt.CheckState.Unchecked)
        item.setData(0, Qt.ItemDataRole.UserRole, change)
        for col in range(3):
            item.setBackground(col, CONFLICT_BACKGROUND)
        return item

    def _item_changed(self, item: QTreeWidgetItem, column: int) -> None:
        target = item.data(0, Qt.ItemDataRole.UserRole)
        checked = item.checkState(0) == Qt.CheckState.Checked
        if column == 0 and isinstance(target, Change):
            target.take_form = checked
        elif column == 0 and isinstance(target, FilePreview):
            target.chosen = checked
            self._update_summary()

    # -- drag and drop: returned forms straight from the mail client or Explorer --
    def dragEnterEvent(self, event) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event) -> None:  # noqa: N802 - Qt override
        dropped = [Path(u.toLocalFile()) for u in event.mimeData().urls() if u.isLocalFile()]
        if dropped:
            event.acceptProposedAction()
            self.set_paths(self.paths + dropped)

    # -- apply -------------------------------------------------------------------
    def apply(self) -> None:
        if self.preview is None:
            return
        with busy_cursor():
            result = apply_preview(self.reg, self.preview)
        self.applied_any = self.applied_any or bool(result.applied)
        lines = [self.tr("Imported {0}: {1} rows").format(name, rows) for name, rows in result.applied]
        lines += [self.tr("Not imported {0}: {1}").format(name, message) for name, message in result.failed]
        QMessageBox.information(self, APP_NAME, "\n".join(lines) or self.tr("Nothing to import."))
        self.refresh_preview()


def open_export_dialog(window) -> None:
    ExportFormsDialog(window.reg, window, plan_id=window.current_plan_id()).exec()


def open_import_dialog(window) -> None:
    dialog = ImportFormsDialog(window.reg, window)
    dialog.exec()
    window.hub.flush()  # the returns written reach every page now
    if dialog.applied_any:
        from desktop_app.ui.shell.open_prompt import backup_after_large_write

        backup_after_large_write(window, window.reg)
