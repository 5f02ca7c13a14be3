"""文件 ▸ 导入工作要点…: pick a document (or paste text) → preview and correct → import.

Reading runs on a worker thread behind a cancellable progress dialog (a 10,000-item
plan takes a moment); the import itself is one transaction through
:func:`desktop_app.importing.writer.write_plan`, so an error or a cancel leaves the
register untouched and the clerk stays on the preview with their corrections.
"""

from __future__ import annotations

from pathlib import Path
from typing import cast

from PySide6.QtCore import QT_TRANSLATE_NOOP, QEvent, QObject, Qt, QTimer
from PySide6.QtGui import QDragEnterEvent, QDropEvent, QKeyEvent
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QCheckBox,
    QComboBox,
    QDialog,
    QFileDialog,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMessageBox,
    QPlainTextEdit,
    QProgressDialog,
    QPushButton,
    QRadioButton,
    QSpinBox,
    QSplitter,
    QTableWidget,
    QTableWidgetItem,
    QTreeView,
    QVBoxLayout,
    QWidget,
    QWizard,
    QWizardPage,
)

from desktop_app import APP_NAME
from desktop_app.importing.errors import ImportCancelled, ImportFailed
from desktop_app.importing.matching import COLLECTIVE, EXACT, SHORT, UnitMatch, match_plan_units
from desktop_app.importing.model import ParsedPlan
from desktop_app.storage import directory
from desktop_app.storage import plans as plan_store
from desktop_app.storage import settings as register_settings
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError, os_error_text
from desktop_app.ui.common import user_settings
from desktop_app.ui.common.background import run_in_background
from desktop_app.ui.common.helpers import fit_to_screen
from desktop_app.ui.importing.import_preview_model import (
    COL_CO,
    COL_DEADLINE,
    COL_INDICATORS,
    COL_KIND,
    COL_LEAD,
    COL_MARKER,
    COL_NOTES,
    COL_TICK,
    COL_TITLE,
    ImportPreviewModel,
)

FILE_FILTER = QT_TRANSLATE_NOOP("SourcePage", "Work plans (*.docx *.txt *.md *.xlsx *.csv);;All files (*)")
AUTO_YEAR = 1999  # the year spin box's "Detect" value

# Choices for a unit name in the 科室对应 table (item data of the combo box).
ADD, UNASSIGNED = "add", "none"


def show_error(parent: QWidget | None, text: str) -> None:
    """Every import error reaches the clerk here (tests replace it to read the message)."""
    QMessageBox.warning(parent, APP_NAME, text)


def ask(parent: QWidget | None, text: str) -> bool:
    """A yes/no question before importing (tests replace it to answer)."""
    answer = QMessageBox.question(parent, APP_NAME, text)
    return answer == QMessageBox.StandardButton.Yes


class SourcePage(QWizardPage):
    """Page 1: where the plan comes from, its year and organisation."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.setTitle(self.tr("Choose the work plan"))
        self.setSubTitle(self.tr("Word documents (.docx), text files (.txt/.md) and task breakdown tables (.xlsx/.csv), "
                                 "or paste the text."))
        self.from_file = QRadioButton(self.tr("From a file"))
        self.from_paste = QRadioButton(self.tr("Paste the text"))
        self.from_file.setChecked(True)
        self.path_edit = QLineEdit()
        self.path_edit.setPlaceholderText(self.tr("Choose or drop a file…"))
        browse = QPushButton(self.tr("Browse…"))
        browse.clicked.connect(self.browse)
        self.paste_edit = QPlainTextEdit()
        self.paste_edit.setPlaceholderText(self.tr("Paste the work plan's text here (copied from a web page or a PDF will do)…"))
        from_clipboard = QPushButton(self.tr("Paste from the clipboard"))
        from_clipboard.clicked.connect(self.paste_clipboard)
        self.setAcceptDrops(True)
        self.year_spin = QSpinBox()
        self.year_spin.setRange(AUTO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("Detect"))
        self.year_spin.setValue(AUTO_YEAR)
        self.year_spin.setMinimumWidth(140)
        self.organisation_edit = QLineEdit(str(register_settings.get(wizard.reg, "organisation")))
        self.organisation_edit.setPlaceholderText(self.tr("e.g. the county education bureau (optional: taken from the title)"))
        self.organisation_edit.setMinimumWidth(420)
        self.simplified_box = QCheckBox(self.tr("Traditional to simplified"))
        self.simplified_box.setToolTip(self.tr("Tick when the text is in traditional characters: they are converted to simplified on import."))

        file_row = QHBoxLayout()
        file_row.addWidget(self.path_edit, 1)
        file_row.addWidget(browse)
        form = QFormLayout()
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Plan year:"), self.year_spin)
        form.addRow(self.tr("Organisation:"), self.organisation_edit)
        form.addRow("", self.simplified_box)
        layout = QVBoxLayout(self)
        layout.addWidget(self.from_file)
        layout.addLayout(file_row)
        paste_row = QHBoxLayout()
        paste_row.addWidget(self.from_paste)
        paste_row.addStretch(1)
        paste_row.addWidget(from_clipboard)
        layout.addLayout(paste_row)
        layout.addWidget(self.paste_edit, 1)
        layout.addLayout(form)
        self.path_edit.textChanged.connect(lambda: self.from_file.setChecked(True))
        self.paste_edit.textChanged.connect(lambda: self.from_paste.setChecked(True))

    def browse(self) -> None:
        start = user_settings.get(user_settings.IMPORT_LAST_DIR)
        path, _ = QFileDialog.getOpenFileName(self, self.tr("Choose the work plan"), start, self.tr(FILE_FILTER))
        if path:
            user_settings.put(user_settings.IMPORT_LAST_DIR, str(Path(path).parent))
            self.path_edit.setText(path)

    def paste_clipboard(self) -> None:
        text = QApplication.clipboard().text()
        if text.strip():
            self.paste_edit.setPlainText(text)
        else:
            show_error(self, self.tr("The clipboard holds no text. Copy the work plan's text from a web page, PDF or document first."))

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802 - Qt override
        if event.mimeData().hasUrls():
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802 - Qt override
        local = [url.toLocalFile() for url in event.mimeData().urls() if url.isLocalFile()]
        if local:
            self.path_edit.setText(local[0])
            event.acceptProposedAction()

    def year(self) -> int | None:
        value = self.year_spin.value()
        return None if value == AUTO_YEAR else value

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        year, simplified = self.year(), self.simplified_box.isChecked()
        units = [n for d in directory.list_departments(self.wizard().reg) for n in (d["name"], d.get("short_name"))]
        if self.from_file.isChecked():
            path = self.path_edit.text().strip().strip('"')
            if not path:
                show_error(self, self.tr("Choose the file to import, or paste the text instead."))
                return False

            def job(progress, cancelled) -> ParsedPlan:
                from desktop_app.importing.parse import parse_file

                return parse_file(path, year=year, to_simplified=simplified, progress=progress,
                                  cancelled=cancelled, units=units)

        else:
            text = self.paste_edit.toPlainText()
            if not text.strip():
                show_error(self, self.tr("Paste the work plan's text first."))
                return False

            def job(progress, cancelled) -> ParsedPlan:
                from desktop_app.importing.parse import parse_text

                return parse_text(text, year=year, to_simplified=simplified, progress=progress,
                                  cancelled=cancelled, units=units)

        try:
            plan = run_in_background(self, self.tr("Reading the work plan…"), job)
        except ImportCancelled:
            return False  # the clerk pressed 取消: stay here, nothing to explain
        except ImportFailed as exc:
            show_error(self, str(exc))
            return False
        except (OSError, MemoryError) as exc:
            show_error(self, self.tr("Could not read it: {0}").format(os_error_text(exc) if isinstance(exc, OSError) else exc))
            return False
        plan.organisation = self.organisation_edit.text().strip() or plan.organisation
        self._wizard.set_plan(plan)
        return True


class PreviewPage(QWizardPage):
    """Page 2: the proposed tree, to tick, re-level and correct; units to match."""

    def __init__(self, wizard: ImportWizard) -> None:
        super().__init__()
        self._wizard = wizard
        self.model: ImportPreviewModel | None = None
        self.matches: list[UnitMatch] = []
        self.setTitle(self.tr("Check the tasks"))
        self.setSubTitle(self.tr("Tick the tasks to import; levels, titles and deadlines can be corrected (yellow: to confirm)."))
        self.title_edit = QLineEdit()
        self.year_spin = QSpinBox()
        self.year_spin.setRange(AUTO_YEAR, 2100)
        self.year_spin.setSpecialValueText(self.tr("Not set"))
        self.summary = QLabel()
        self.warnings = QLabel()
        self.warnings.setWordWrap(True)
        self.warnings.setStyleSheet("color: #a8071a")

        self.tree = QTreeView()
        self.tree.setAlternatingRowColors(True)
        self.tree.setUniformRowHeights(True)
        self.tree.setIndentation(14)
        self.tree.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.tree.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.SelectedClicked
        )
        self.promote_button = QPushButton(self.tr("Promote (Ctrl+←)"))
        self.demote_button = QPushButton(self.tr("Demote (Ctrl+→)"))
        tick_all = QPushButton(self.tr("Tick all"))
        untick_all = QPushButton(self.tr("Untick all"))
        expand = QPushButton(self.tr("Expand all"))
        self.promote_button.clicked.connect(self.promote)
        self.demote_button.clicked.connect(self.demote)
        tick_all.clicked.connect(lambda: self.model and self.model.set_all_ticked(True))
        untick_all.clicked.connect(lambda: self.model and self.model.set_all_ticked(False))
        expand.clicked.connect(self.tree.expandAll)
        self.tree.installEventFilter(self)

        self.units = QTableWidget(0, 3)
        self.units.setHorizontalHeaderLabels([self.tr("Unit in the text"), self.tr("Times"), self.tr("Action")])
        self.units.verticalHeader().setVisible(False)
        self.units.horizontalHeader().setSectionResizeMode(0, QHeaderView.ResizeMode.ResizeToContents)
        self.units.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.units.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.units_box = units_box = QGroupBox(self.tr("Departments (units not in the directory or written differently)"))
        QVBoxLayout(units_box).addWidget(self.units)

        head = QHBoxLayout()
        head.addWidget(QLabel(self.tr("Plan title:")))
        head.addWidget(self.title_edit, 1)
        head.addWidget(QLabel(self.tr("Year:")))
        head.addWidget(self.year_spin)
        buttons = QHBoxLayout()
        for button in (self.promote_button, self.demote_button, tick_all, untick_all, expand):
            buttons.addWidget(button)
        buttons.addStretch(1)
        buttons.addWidget(self.summary)
        top = QWidget()
        top_layout = QVBoxLayout(top)
        top_layout.setContentsMargins(0, 0, 0, 0)
        top_layout.addLayout(buttons)
        top_layout.addWidget(self.tree, 1)
        splitter = QSplitter(Qt.Orientation.Vertical)
        splitter.addWidget(top)
        splitter.addWidget(units_box)
        splitter.setStretchFactor(0, 3)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([460, 200])
        layout = QVBoxLayout(self)
        layout.addLayout(head)
        layout.addWidget(self.warnings)
        layout.addWidget(splitter, 1)
        self.year_spin.valueChanged.connect(self._year_changed)
        # Ticking a section changes many rows at once: recount once, after the burst.
        self._recount = QTimer(self)
        self._recount.setSingleShot(True)
        self._recount.setInterval(0)
        self._recount.timeout.connect(self._refresh_counts)

    # -- filling -------------------------------------------------------------
    def initializePage(self) -> None:  # noqa: N802 - Qt override
        plan = self._wizard.plan
        if plan is None:
            return
        self.model = ImportPreviewModel(plan, self)
        self.tree.setModel(self.model)
        self.tree.selectionModel().currentChanged.connect(self._update_buttons)
        self.model.dataChanged.connect(self._recount.start)
        self.model.modelReset.connect(self._refresh)
        self.title_edit.setText(plan.title)
        self.year_spin.blockSignals(True)
        self.year_spin.setValue(plan.year or AUTO_YEAR)
        self.year_spin.blockSignals(False)
        self.warnings.setText("\n".join(plan.warnings))
        self.warnings.setVisible(bool(plan.warnings))
        header = self.tree.header()
        widths = {COL_MARKER: 70, COL_TITLE: 320, COL_DEADLINE: 170, COL_KIND: 100,
                  COL_LEAD: 100, COL_CO: 120, COL_INDICATORS: 140, COL_NOTES: 200}
        metrics = self.tree.fontMetrics()  # 时限类型 whole in either language: 周期（每季度）
        kind_width = max(metrics.horizontalAdvance(text) for text in self.model.kind_texts()) + 24
        widths[COL_KIND] = max(widths[COL_KIND], kind_width)
        for col, width in widths.items():
            header.resizeSection(col, width)
        self.tree.expandAll()
        self._refresh()

    def _refresh(self) -> None:
        self.tree.expandAll()
        self._fit_tick_column()
        self._refresh_counts()
        self._update_buttons()

    def _fit_tick_column(self) -> None:
        """The tree indents the first column: make room for the deepest checkbox."""
        if self.model is None:
            return
        depth = max((item.level for item in self.model.plan.items), default=1)
        self.tree.header().resizeSection(COL_TICK, 44 + self.tree.indentation() * depth)

    def _refresh_counts(self) -> None:
        self._update_summary()
        self._update_units()

    def _update_summary(self) -> None:
        if self.model is None:
            return
        total, ticked, unclear = self.model.counts()
        text = self.tr("{0} items, {1} ticked").format(total, ticked)
        if unclear:
            text += self.tr(", {0} deadlines to confirm").format(unclear)
        self.summary.setText(text)

    def _update_units(self) -> None:
        """List the unit names that are not plainly in the directory, keeping earlier choices."""
        if self.model is None:
            return
        previous = self.choices()
        plan = self.model.plan
        ticked = ParsedPlan(plan.title, plan.year, [i for i in plan.items if i.is_task])
        departments = directory.list_departments(self._wizard.reg)
        self.matches = [m for m in match_plan_units(ticked, departments) if m.how not in (EXACT, SHORT)]
        self.units.setRowCount(len(self.matches))
        for row, match in enumerate(self.matches):
            self.units.setItem(row, 0, QTableWidgetItem(match.name))
            self.units.setItem(row, 1, QTableWidgetItem(str(match.count)))
            combo = QComboBox()
            combo.addItem(self.tr("Add as new department “{0}”").format(match.name), ADD)
            proposals = match.candidates or (
                [(match.department_id, match.department_name)] if match.department_id else []
            )
            others = [(d["id"], d["name"]) for d in departments if d["id"] not in {p[0] for p in proposals}]
            for dep_id, name in proposals + others:
                combo.addItem(self.tr("Match to “{0}”").format(name), dep_id)
            combo.addItem(self.tr("Leave unassigned"), UNASSIGNED)
            if match.name in previous:
                combo.setCurrentIndex(max(0, combo.findData(previous[match.name])))
            elif match.department_id is not None:
                combo.setCurrentIndex(combo.findData(match.department_id))
            elif match.how == COLLECTIVE:
                combo.setCurrentIndex(combo.findData(UNASSIGNED))
            self.units.setCellWidget(row, 2, combo)
        self.units.resizeRowsToContents()
        self.units_box.setVisible(bool(self.matches))

    def choices(self) -> dict[str, int | str]:
        """Combo data per listed unit name: a department id, ADD or UNASSIGNED."""
        out: dict[str, int | str] = {}
        for row in range(self.units.rowCount()):
            name_item = self.units.item(row, 0)
            combo = self.units.cellWidget(row, 2)
            if name_item is not None and isinstance(combo, QComboBox):
                out[name_item.text()] = combo.currentData()
        return out

    def department_map(self) -> dict[str, int | str | None]:
        mapping: dict[str, int | str | None] = {}
        for name, choice in self.choices().items():
            mapping[name] = name if choice == ADD else None if choice == UNASSIGNED else int(choice)
        return mapping

    # -- actions -------------------------------------------------------------
    def _current_id(self) -> str | None:
        if self.model is None:
            return None
        item = self.model.item(self.tree.currentIndex())
        return None if item is None else item.id

    def _update_buttons(self, *_args) -> None:
        item_id = self._current_id()
        self.promote_button.setEnabled(bool(item_id and self.model and self.model.can_promote(item_id)))
        self.demote_button.setEnabled(bool(item_id and self.model and self.model.can_demote(item_id)))

    def _relevel(self, promote: bool) -> None:
        item_id = self._current_id()
        if item_id is None or self.model is None:
            return
        changed = self.model.promote(item_id) if promote else self.model.demote(item_id)
        if changed:
            self.tree.setCurrentIndex(self.model.index_of(item_id, COL_TITLE))

    def promote(self) -> None:
        self._relevel(True)

    def demote(self) -> None:
        self._relevel(False)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:  # noqa: N802 - Qt override
        """Ctrl+← / Ctrl+→ in the tree re-level the current item (before the tree scrolls)."""
        if watched is self.tree and event.type() == QEvent.Type.KeyPress:
            key_event = cast(QKeyEvent, event)
            if key_event.modifiers() == Qt.KeyboardModifier.ControlModifier:
                if key_event.key() == Qt.Key.Key_Left:
                    self.promote()
                    return True
                if key_event.key() == Qt.Key.Key_Right:
                    self.demote()
                    return True
        return super().eventFilter(watched, event)

    def _year_changed(self, value: int) -> None:
        if self.model is not None:
            self.model.set_year(None if value == AUTO_YEAR else value)

    def validatePage(self) -> bool:  # noqa: N802 - Qt override
        if self.model is None:
            return False
        plan = self.model.plan
        plan.title = self.title_edit.text().strip() or plan.title
        if plan.year is None and not ask(
            self,
            self.tr("The plan year is not set: deadlines such as “by the end of March” cannot become dates "
                    "and must be filled in one by one after the import.\n"
                    "Better choose the year at the top right first. Import anyway?"),
        ):
            return False
        same = [p for p in plan_store.list_plans(self._wizard.reg) if p["title"] == plan.title and p["year"] == plan.year]
        if same and not ask(
            self,
            self.tr("The register already has a plan named “{0}” ({1} tasks). Import another copy?").format(plan.title, same[0]["task_count"]),
        ):
            return False
        return self._wizard.write(self.department_map())


class ImportWizard(QWizard):
    def __init__(self, reg: Register, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.plan: ParsedPlan | None = None
        self.plan_id: int | None = None
        self.setWindowTitle(self.tr("Import a work plan"))
        self.setWizardStyle(QWizard.WizardStyle.ClassicStyle)
        self.setButtonText(QWizard.WizardButton.NextButton, self.tr("Next >"))
        self.setButtonText(QWizard.WizardButton.BackButton, self.tr("< Back"))
        self.setButtonText(QWizard.WizardButton.FinishButton, self.tr("Import"))
        self.setButtonText(QWizard.WizardButton.CancelButton, self.tr("Cancel"))
        self.source_page = SourcePage(self)
        self.preview_page = PreviewPage(self)
        self.addPage(self.source_page)
        self.addPage(self.preview_page)
        fit_to_screen(self, 1200, 760)

    def set_plan(self, plan: ParsedPlan) -> None:
        self.plan = plan

    def write(self, department_map: dict[str, int | str | None]) -> bool:
        """Write the corrected plan in one transaction; on failure say why and stay here."""
        from desktop_app.importing.writer import write_plan

        if self.plan is None:
            return False
        dialog = QProgressDialog(self.tr("Importing…"), self.tr("Cancel"), 0, 1000, self)
        dialog.setWindowTitle(APP_NAME)
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)

        def progress(fraction: float, text: str) -> None:
            dialog.setValue(int(fraction * 1000))
            dialog.setLabelText(text)
            QApplication.processEvents()

        organisation = self.source_page.organisation_edit.text().strip() or self.plan.organisation
        try:
            self.plan_id = write_plan(
                self.reg,
                self.plan,
                organisation=organisation,
                department_map=department_map,
                progress=progress,
                cancelled=dialog.wasCanceled,
            )
            if organisation and not register_settings.get(self.reg, "organisation"):
                # The first plan names the office: reports print it under their titles.
                register_settings.set_value(self.reg, "organisation", organisation)
        except ImportCancelled:
            dialog.close()
            return False
        except (ImportFailed, StorageError) as exc:
            dialog.close()
            show_error(self, str(exc))
            return False
        dialog.close()
        return True


def run_import_wizard(parent: QWidget | None, reg: Register, *, from_clipboard: bool = False) -> int | None:
    """Show the wizard (with the clipboard's text already pasted, when asked); the new
    plan's id, or None when the clerk cancelled."""
    wizard = ImportWizard(reg, parent)
    if from_clipboard:
        wizard.source_page.paste_clipboard()
    try:
        if wizard.exec() == QDialog.DialogCode.Accepted:
            return wizard.plan_id
        return None
    finally:
        wizard.deleteLater()
