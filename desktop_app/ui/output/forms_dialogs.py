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
from desktop_app.domain.weeks import shift_week, week_id, week_label
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

ERROR_BRUSH = QBrush(QColor("#B00020"))
WARN_BRUSH = QBrush(QColor("#8A6100"))
MUTED_BRUSH = QBrush(QColor("#777777"))
CONFLICT_BACKGROUND = QBrush(QColor("#FFF4CE"))
WEEKS_BACK = 12


def _week_choices(combo: QComboBox, today: date) -> None:
    current = week_id(today)
    for offset in range(1, -WEEKS_BACK - 1, -1):
        week = shift_week(current, offset)
        combo.addItem(f"{week[:4]}年{week_label(week)}", week)
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
        self.setWindowTitle(self.tr("生成填报表"))
        self.resize(560, 560)
        form = QFormLayout()
        self.week_combo = QComboBox()
        _week_choices(self.week_combo, today or clock.today())
        self.week_combo.currentIndexChanged.connect(self._week_changed)
        form.addRow(self.tr("周次："), self.week_combo)
        self.return_by = QDateEdit()
        self.return_by.setCalendarPopup(True)
        self.return_by.setDisplayFormat("yyyy年M月d日")
        form.addRow(self.tr("报送截止："), self.return_by)
        self.departments = QListWidget()
        for dep in directory.list_departments(reg, active_only=True):
            item = QListWidgetItem(dep["name"])
            item.setData(Qt.ItemDataRole.UserRole, dep["id"])
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Checked)
            self.departments.addItem(item)
        ticks = QHBoxLayout()
        for text, state in ((self.tr("全选"), Qt.CheckState.Checked), (self.tr("全不选"), Qt.CheckState.Unchecked)):
            button = QPushButton(text)
            button.clicked.connect(lambda _=False, s=state: self._tick_all(s))
            ticks.addWidget(button)
        ticks.addStretch(1)
        self.include_co = QCheckBox(self.tr("同时列出配合的任务（仅供参考，由牵头科室填报）"))
        self.folder_edit = QLineEdit()
        browse = QPushButton(self.tr("浏览…"))
        browse.clicked.connect(self._browse)
        folder_row = QHBoxLayout()
        folder_row.addWidget(self.folder_edit, 1)
        folder_row.addWidget(browse)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("生成"))
        buttons.button(QDialogButtonBox.StandardButton.Cancel).setText(self.tr("取消"))
        buttons.accepted.connect(self.export)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("科室：")))
        layout.addWidget(self.departments, 1)
        layout.addLayout(ticks)
        layout.addWidget(self.include_co)
        layout.addWidget(QLabel(self.tr("保存到文件夹：")))
        layout.addLayout(folder_row)
        layout.addWidget(buttons)
        self._week_changed()

    def week(self) -> str:
        return str(self.week_combo.currentData())

    def _week_changed(self, *_args) -> None:
        due = default_return_by(self.reg, self.week())
        self.return_by.setDate(QDate(due.year, due.month, due.day))
        base = user_settings.get(user_settings.FORMS_EXPORT_DIR)
        self.folder_edit.setText(str(Path(str(base)) / f"{self.week()[:4]}年第{self.week()[-2:]}周"))

    def _tick_all(self, state: Qt.CheckState) -> None:
        for i in range(self.departments.count()):
            self.departments.item(i).setCheckState(state)

    def _browse(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("保存填报表的文件夹"), self.folder_edit.text())
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
            show_error(self, self.tr("请至少选择一个科室。"))
            return
        if not folder:
            show_error(self, self.tr("请选择保存填报表的文件夹。"))
            return
        picked = self.return_by.date()
        due = date(picked.year(), picked.month(), picked.day())
        try:
            self.results = run_in_background(
                self, self.tr("正在生成填报表…"),
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
        text = self.tr("已生成 {0} 份填报表。").format(len(written))
        if empty:
            text += self.tr("\n没有待填报任务、未生成：{0}").format("、".join(empty))
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
        self.setWindowTitle(self.tr("导入填报表"))
        self.resize(1100, 680)
        self.setAcceptDrops(True)
        add_files = QPushButton(self.tr("添加文件…"))
        add_files.clicked.connect(self._pick_files)
        add_folder = QPushButton(self.tr("添加文件夹…"))
        add_folder.clicked.connect(self._pick_folder)
        clear = QPushButton(self.tr("清空"))
        clear.clicked.connect(lambda: self.set_paths([]))
        self.week_combo = QComboBox()
        self.week_combo.addItem(self.tr("按填报表的周次"), None)
        _week_choices(self.week_combo, self.today)
        self.week_combo.setCurrentIndex(0)
        self.week_combo.currentIndexChanged.connect(self.refresh_preview)
        self.take_newest = QCheckBox(self.tr("同一科室交了多份时，以最新的一份为准"))
        self.take_newest.toggled.connect(self.refresh_preview)
        top = QHBoxLayout()
        for w in (add_files, add_folder, clear):
            top.addWidget(w)
        top.addSpacing(16)
        top.addWidget(QLabel(self.tr("导入周次：")))
        top.addWidget(self.week_combo)
        top.addWidget(self.take_newest)
        top.addStretch(1)
        self.summary = QLabel(self.tr("请添加各科室交回的填报表（可一次选择多个文件、整个文件夹，或直接拖到这里）。"))
        self.summary.setWordWrap(True)
        self.tree = QTreeWidget()
        self.tree.setObjectName("forms_preview")
        self.tree.setHeaderLabels([self.tr("文件 / 行"), self.tr("科室 / 任务"), self.tr("变更与问题")])
        self.tree.setColumnWidth(0, 300)
        self.tree.setColumnWidth(1, 260)
        self.tree.setAlternatingRowColors(True)
        self.tree.itemChanged.connect(self._item_changed)
        hint = QLabel(self.tr("红色为错误：有错误的文件整份不导入，请科室改正后重新报送。"
                              "取消勾选文件则本次不导入该文件。"
                              "黄色底纹为冲突：勾选则采用表中内容，不勾选则保留台账中的内容。"))
        hint.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.button(QDialogButtonBox.StandardButton.Close).setText(self.tr("关闭"))
        self.apply_button = buttons.addButton(self.tr("应用"), QDialogButtonBox.ButtonRole.ApplyRole)
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
        files, _ = QFileDialog.getOpenFileNames(self, self.tr("选择填报表"), start,
                                                self.tr("填报表 (*.xlsx *.xlsm);;所有文件 (*)"))
        if files:
            user_settings.put(user_settings.FORMS_IMPORT_DIR, str(Path(files[0]).parent))
            self.set_paths(self.paths + [Path(f) for f in files])

    def _pick_folder(self) -> None:
        start = user_settings.get(user_settings.FORMS_IMPORT_DIR)
        folder = QFileDialog.getExistingDirectory(self, self.tr("选择存放填报表的文件夹"), start)
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
                self, self.tr("正在读取填报表…"),
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
            self.summary.setText(self.tr("请添加各科室交回的填报表（可一次选择多个文件、整个文件夹，或直接拖到这里）。"))
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
        week = week_label(self.preview.week) if self.preview.week else self.tr("（未能确定）")
        text = self.tr("导入周次：{0}。共 {1} 个文件：将导入 {2} 个，拒绝 {3} 个，其余不导入。").format(
            week, len(self.preview.files), len(ready), len(self.preview.refused))
        if self.preview.missing:
            text += self.tr("\n尚未收到（{0} 个科室）：{1}").format(
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
                self.tr("第{0}行").format(problem.row) if problem.row else self.tr("整个文件"),
                self.tr("错误") if problem.error else self.tr("提示"),
                problem.message,
            ])
            brush = ERROR_BRUSH if problem.error else WARN_BRUSH
            for col in range(3):
                child.setForeground(col, brush)
            item.addChild(child)
        if fp.refused or fp.superseded_by:
            return item
        for row in fp.rows:
            row_item = QTreeWidgetItem([self.tr("第{0}行 {1}").format(row.row, row.number), show_value("title", row.title), ""])
            for change in row.changes:
                row_item.addChild(self._change_item(change))
            item.addChild(row_item)
        return item

    def _change_item(self, change: Change) -> QTreeWidgetItem:
        old, new = show_value(change.field, change.old), show_value(change.field, change.new)
        if not change.conflict:
            return QTreeWidgetItem(["", change.label, f"{old} → {new}"])
        item = QTreeWidgetItem([self.tr("冲突：采用表中内容"), change.label,
                                self.tr("台账中“{0}”；表中“{1}”").format(old, new)])
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
        lines = [self.tr("已导入 {0}：{1} 行").format(name, rows) for name, rows in result.applied]
        lines += [self.tr("未导入 {0}：{1}").format(name, message) for name, message in result.failed]
        QMessageBox.information(self, APP_NAME, "\n".join(lines) or self.tr("没有可导入的内容。"))
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
