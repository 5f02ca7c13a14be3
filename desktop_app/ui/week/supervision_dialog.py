"""催办 / 督办 / 约谈 on a task or a department: earlier actions with 办结, and a new one.

Numbers (督办〔2026〕12号) are drawn by :mod:`desktop_app.storage.supervision` inside the
insert; the dialog only previews the next free one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QInputDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextEdit,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.lights import short_date
from desktop_app.storage import directory, supervision, tasks
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.ui.common.words import date_edit_format, day_text, light_text
from desktop_app.ui.week.extension_dialog import qdate

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1
# supervision.KINDS (stored and printed in Chinese) → the word the interface shows.
KIND_WORDS = {
    "催办": QT_TRANSLATE_NOOP("SupervisionDialog", "Reminder"),
    "督办": QT_TRANSLATE_NOOP("SupervisionDialog", "Supervision"),
    "约谈": QT_TRANSLATE_NOOP("SupervisionDialog", "Interview"),
}


class SupervisionDialog(QDialog):
    """Issue an action on ``task_id`` (or, without one, on a chosen department)."""

    def __init__(
        self,
        reg: Register,
        *,
        task_id: int | None = None,
        department_id: int | None = None,
        today: date,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.reg, self.task_id, self.today = reg, task_id, today
        self.issued_ids: list[int] = []
        self.task = tasks.get_task(reg, task_id) if task_id is not None else None
        self.light, self.reason = (supervision.task_reason(reg, task_id, today) if task_id is not None
                                   else (None, ""))
        self.setWindowTitle(self.tr("Reminder / supervision / interview"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        head = QFormLayout()
        if self.task is not None:
            title = QLabel(self.task["title"])
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
            head.addRow(self.tr("Task:"), title)
            head.addRow(self.tr("Lead department:"), QLabel(self.task.get("lead_name") or "—"))
        self.department = QComboBox()
        self.department.setObjectName("department")
        for dep in directory.list_departments(reg, active_only=True):
            self.department.addItem(dep["name"], dep["id"])
        chosen = department_id if department_id is not None else (self.task or {}).get("lead_id")
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
        if task_id is None:
            self.department.currentIndexChanged.connect(self._load_history)
        head.addRow(self.tr("Department:"), self.department)
        layout.addLayout(head)

        history_box = QGroupBox(self.tr("Earlier actions"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("Kind"), self.tr("Number"), self.tr("Issued"),
                                      self.tr("Reply by"), self.tr("Resolved"), self.tr("Text")])
        self.history.setMinimumHeight(110)
        history_layout.addWidget(self.history)
        resolve_row = QHBoxLayout()
        resolve_row.addStretch(1)
        self.resolve_button = QPushButton(self.tr("Mark resolved…"))
        self.resolve_button.setObjectName("resolve")
        self.resolve_button.clicked.connect(self.resolve_selected)
        resolve_row.addWidget(self.resolve_button)
        history_layout.addLayout(resolve_row)
        layout.addWidget(history_box)

        new_box = QGroupBox(self.tr("New action"))
        form = QFormLayout(new_box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        for kind in supervision.KINDS:
            self.kind.addItem(self._kind_word(kind), kind)
        self.kind.setCurrentIndex(self.kind.findData("督办"))
        self.kind.currentIndexChanged.connect(self._update_number)
        form.addRow(self.tr("Kind:"), self.kind)
        self.number_label = QLabel()
        self.number_label.setObjectName("number_preview")
        form.addRow(self.tr("Number:"), self.number_label)
        self.issued = QDateEdit(qdate(today))
        self.issued.setObjectName("issued")
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat(date_edit_format())
        self.issued.dateChanged.connect(self._update_number)
        form.addRow(self.tr("Issued on:"), self.issued)
        self.reply_by = QDateEdit(qdate(supervision.default_reply_by(reg, today)))
        self.reply_by.setObjectName("reply_by")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat(date_edit_format())
        form.addRow(self.tr("Reply by:"), self.reply_by)
        self.text = QTextEdit()
        self.text.setObjectName("text")
        self.text.setAcceptRichText(False)
        self.text.setFixedHeight(96)
        self.text.setPlainText(self._default_text())
        form.addRow(self.tr("Text:"), self.text)
        self.error = QLabel()
        self.error.setObjectName("supervision_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        layout.addWidget(new_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = buttons.addButton(self.tr("Issue"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._update_number()
        self._load_history()

    def _default_text(self) -> str:
        """The notice's wording: it is issued and printed in Chinese whatever the interface
        language (as the reason it quotes, from storage), so it is not translated."""
        if self.task is None:
            return "请你科室对牵头的逾期、滞后事项逐项说明原因，提出整改措施，按期报送局办公室。"
        deadline = self.task.get("deadline_text") or (
            short_date(date.fromisoformat(self.task["deadline"]), self.today) if self.task.get("deadline")
            else "未设定")
        reason = self.reason or "需加快推进"
        return (f"“{self.task['title']}”（完成时限：{deadline}）{reason}。根据局督查督办工作要求，"
                "现将该事项转你科室办理，请按反馈期限将办理结果报送局办公室。")

    def _kind_word(self, kind: str) -> str:
        return self.tr(KIND_WORDS[kind]) if kind in KIND_WORDS else kind

    def is_late(self) -> bool:
        """Red or yellow: a task a numbered 督办 is meant for."""
        return self.light is not None and self.light.colour in ("red", "yellow")

    def confirm_not_late(self) -> bool:
        """Before a numbered 督办 on a task that is neither red nor yellow: ask."""
        if self.task is None or self.kind.currentData() != "督办" or self.is_late():
            return True
        shown = light_text(self.light) if self.light is not None else self.tr("No light")
        answer = QMessageBox.question(
            self, self.tr("Issue a supervision notice"),
            self.tr("“{0}” is now “{1}”: it is neither overdue nor behind.\n"
                    "Issue a numbered supervision notice anyway?").format(self.task["title"], shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _update_number(self, *_args) -> None:
        if self.kind.currentData() != "督办":
            self.number_label.setText(self.tr("(reminders and interviews are not numbered)"))
            return
        year = self.issued.date().year()
        number = supervision.next_number(self.reg, year)
        self.number_label.setText(self.tr("{0} (numbered when issued)").format(
            supervision.format_number(year, number, supervision.number_prefix(self.reg))))

    def _load_history(self, *_args) -> None:
        self.history.clear()
        if self.task_id is not None:
            rows = supervision.list_actions(self.reg, task_id=self.task_id)
        else:
            rows = supervision.list_actions(self.reg, department_id=self.department.currentData())
        for row in rows:
            resolved = (day_text(date.fromisoformat(row["resolved"]), self.today) if row["resolved"]
                        else self.tr("Open"))
            reply = day_text(date.fromisoformat(row["reply_by"]), self.today) if row["reply_by"] else ""
            item = QTreeWidgetItem([self._kind_word(row["kind"]), row["number_text"],
                                    day_text(date.fromisoformat(row["issued"]), self.today), reply, resolved,
                                    row["text"].replace("\n", " ")])
            item.setData(0, ACTION_ID_ROLE, row["id"])
            resolution = "\n" + self.tr("Resolution: {0}").format(row["resolution"]) if row["resolution"] else ""
            item.setToolTip(5, row["text"] + resolution)
            self.history.addTopLevelItem(item)
        self.resolve_button.setEnabled(bool(rows))
        self.history.resizeColumnToContents(1)

    def issue(self) -> int | None:
        """Record the action; returns its id, or None with the refusal shown."""
        if not self.confirm_not_late():
            return None
        try:
            action_id = supervision.issue_action(
                self.reg,
                self.kind.currentData(),
                task_id=self.task_id,
                department_id=self.department.currentData(),
                text=self.text.toPlainText(),
                issued=self.issued.date().toPython(),
                reply_by=self.reply_by.date().toPython(),
            )
        except StorageError as exc:
            self.error.setStyleSheet("color: #c62828;")
            self.error.setText(str(exc))
            return None
        self.issued_ids.append(action_id)
        action = supervision.get_action(self.reg, action_id) or {}
        self.error.setStyleSheet("color: #2e7d32;")
        self.error.setText(self.tr("Issued: {0}").format(
            action.get("number_text") or self._kind_word(action.get("kind", ""))))
        self._update_number()
        self._load_history()
        return action_id

    def resolve_selected(self) -> None:
        item = self.history.currentItem() or self.history.topLevelItem(0)
        if item is None:
            return
        resolution, ok = QInputDialog.getText(self, self.tr("Resolved"), self.tr("Resolution ({0}):").format(
            day_text(self.today, self.today)))
        if ok:
            self.resolve(int(item.data(0, ACTION_ID_ROLE)), self.today, resolution)

    def resolve(self, action_id: int, resolved: date, resolution: str) -> bool:
        try:
            supervision.resolve_action(self.reg, action_id, resolved=resolved, resolution=resolution)
        except StorageError as exc:
            self.error.setText(str(exc))
            return False
        self._load_history()
        return True
