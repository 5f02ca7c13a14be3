"""The year turn in the main window: 文件 ▸ 新年度… and 计划管理…, 工具 ▸ 节假日安排…, and the
status-bar note when the current plan needs a year without official holiday data."""

from __future__ import annotations

from PySide6 import QtWidgets  # dialogs: their classes looked up when first shown
from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QLabel, QMainWindow

from desktop_app import APP_NAME, clock
from desktop_app.storage import holidays
from desktop_app.storage.errors import StorageError
from desktop_app.ui.shell import setting_texts


class YearTurn(QObject):
    def __init__(self, window: QMainWindow) -> None:
        super().__init__(window)
        self.window = window
        w = window
        self.action_new_year = self._action(self.tr("New year…"), self.open_new_year, "action_new_year")
        self.action_plans = self._action(self.tr("Plans…"), self.open_plan_manager, "action_plan_manager")
        self.action_holidays = self._action(self.tr("Holiday calendar…"), self.open_holidays, "action_holidays")
        # The window puts them in 文件 and 工具 (shell owns those menus).
        self.calendar_note = QLabel()
        self.calendar_note.setObjectName("calendar_note_status")
        self.calendar_note.setOpenExternalLinks(False)
        self.calendar_note.linkActivated.connect(lambda _link: self.open_holidays())
        w.statusBar().addPermanentWidget(self.calendar_note)
        w.plan_combo.currentIndexChanged.connect(lambda *_: self.update_note())
        hub = getattr(w, "hub", None)
        if hub is not None:
            hub.changed.connect(self._on_changes)
        self.update_note()

    def _action(self, text: str, slot, name: str) -> QAction:
        action = QAction(text, self.window)
        action.setObjectName(name)
        action.triggered.connect(lambda *_: slot())
        return action

    # -- what the status bar says -----------------------------------------------------
    def missing_years(self) -> list[int]:
        plan_id = self.window.current_plan_id()
        if plan_id is None:
            return []
        try:
            return holidays.missing_years(self.window.reg, plan_id)
        except StorageError:
            return []

    def update_note(self) -> None:
        missing = self.missing_years()
        if not missing:
            self.calendar_note.clear()
            self.calendar_note.setToolTip("")
            return
        years = QCoreApplication.translate("CalendarNotes", ", ").join(str(y) for y in missing)
        self.calendar_note.setText(self.tr("No holiday data for {0}: Monday–Friday counted as working days "
                                           "<a href=\"holidays\">Enter the holiday arrangements</a>").format(years))
        self.calendar_note.setToolTip(setting_texts.missing_note(missing))

    # -- after a write ----------------------------------------------------------------
    def after_change(self, _changes=None) -> None:
        """Announce what a dialog wrote now (the hub tells every page), then the note."""
        hub = getattr(self.window, "hub", None)
        if hub is not None:
            hub.flush()
        self.update_note()

    def _on_changes(self, changes, _source=None) -> None:
        if changes.calendar or changes.plans or changes.structure or changes.everything:
            self.update_note()

    # -- dialogs ----------------------------------------------------------------------
    def open_holidays(self, year: int | None = None) -> None:
        from desktop_app.ui.week.holiday_dialog import HolidayDialog

        if year is None:
            missing = self.missing_years()
            year = missing[0] if missing else clock.today().year
        dialog = HolidayDialog(self.window.reg, year, self.window)
        dialog.changed.connect(self.after_change)
        dialog.exec()

    def open_plan_manager(self) -> None:
        from desktop_app.ui.shell.plan_manager import PlanManagerDialog

        dialog = PlanManagerDialog(self.window.reg, self.window)
        dialog.changed.connect(self.after_change)

        def new_year(plan_id: int) -> None:
            dialog.accept()
            self.open_new_year(plan_id)

        dialog.new_year_requested.connect(new_year)
        dialog.exec()

    def _import_plan(self) -> int | None:
        from desktop_app.ui.importing.import_wizard import run_import_wizard

        return run_import_wizard(self.window, self.window.reg)

    def open_new_year(self, plan_id: int | None = None) -> None:
        from desktop_app.ui.shell.new_year_wizard import NewYearWizard, RolloverCommand

        w = self.window
        plan_id = plan_id if plan_id is not None else w.current_plan_id()
        if plan_id is None:
            QtWidgets.QMessageBox.information(w, APP_NAME, self.tr("There is no plan yet."))
            return
        try:
            wizard = NewYearWizard(w.reg, plan_id, w, import_plan=self._import_plan)
        except StorageError as exc:
            QtWidgets.QMessageBox.warning(w, APP_NAME, str(exc))
            return
        if not wizard.exec() or wizard.result is None:
            if wizard.target_plan_id() is not None:
                self.after_change()     # a plan was imported before the wizard was left
            return
        result = wizard.result
        stack = getattr(w, "undo_stack", None)
        if stack is not None:
            stack.push(RolloverCommand(w.reg, result, wizard.request, self.after_change,
                                       lambda message: QtWidgets.QMessageBox.warning(w, APP_NAME, message)))
        self.after_change(result.changes)
        from desktop_app.ui.shell.open_prompt import backup_after_large_write

        backup_after_large_write(w, w.reg)
        index = w.plan_combo.findData(result.new_plan_id)
        if index >= 0:
            w.plan_combo.setCurrentIndex(index)
        w.statusBar().showMessage(self.tr("{0} tasks carried over to {1}.").format(
            len(result.carried), result.year), 8000)


def install(window: QMainWindow) -> YearTurn:
    return YearTurn(window)
