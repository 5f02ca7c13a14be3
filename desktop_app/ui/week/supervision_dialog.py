"""催办 / 督办 / 约谈 on a task or a department: earlier actions with 办结, and a new one.

Numbers (督办〔2026〕12号) are drawn by :mod:`desktop_app.storage.supervision` inside the
insert; the dialog only previews the next free one.
"""

from __future__ import annotations

from datetime import date

from PySide6.QtCore import Qt
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
from desktop_app.ui.week.extension_dialog import qdate

ACTION_ID_ROLE = Qt.ItemDataRole.UserRole + 1


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
        self.setWindowTitle(self.tr("催办 / 督办 / 约谈"))
        self.setMinimumWidth(620)
        layout = QVBoxLayout(self)

        head = QFormLayout()
        if self.task is not None:
            title = QLabel(self.task["title"])
            title.setWordWrap(True)
            title.setStyleSheet("font-weight: bold;")
            head.addRow(self.tr("工作任务："), title)
            head.addRow(self.tr("牵头科室："), QLabel(self.task.get("lead_name") or "—"))
        self.department = QComboBox()
        self.department.setObjectName("department")
        for dep in directory.list_departments(reg, active_only=True):
            self.department.addItem(dep["name"], dep["id"])
        chosen = department_id if department_id is not None else (self.task or {}).get("lead_id")
        self.department.setCurrentIndex(max(0, self.department.findData(chosen)))
        if task_id is None:
            self.department.currentIndexChanged.connect(self._load_history)
        head.addRow(self.tr("督办对象（科室）："), self.department)
        layout.addLayout(head)

        history_box = QGroupBox(self.tr("已有记录"))
        history_layout = QVBoxLayout(history_box)
        self.history = QTreeWidget()
        self.history.setObjectName("history")
        self.history.setRootIsDecorated(False)
        self.history.setHeaderLabels([self.tr("方式"), self.tr("文号"), self.tr("下发日期"),
                                      self.tr("反馈期限"), self.tr("办结"), self.tr("内容")])
        self.history.setMinimumHeight(110)
        history_layout.addWidget(self.history)
        resolve_row = QHBoxLayout()
        resolve_row.addStretch(1)
        self.resolve_button = QPushButton(self.tr("标记办结…"))
        self.resolve_button.setObjectName("resolve")
        self.resolve_button.clicked.connect(self.resolve_selected)
        resolve_row.addWidget(self.resolve_button)
        history_layout.addLayout(resolve_row)
        layout.addWidget(history_box)

        new_box = QGroupBox(self.tr("新的督办"))
        form = QFormLayout(new_box)
        self.kind = QComboBox()
        self.kind.setObjectName("kind")
        self.kind.addItems(list(supervision.KINDS))
        self.kind.setCurrentText("督办")
        self.kind.currentIndexChanged.connect(self._update_number)
        form.addRow(self.tr("方式："), self.kind)
        self.number_label = QLabel()
        self.number_label.setObjectName("number_preview")
        form.addRow(self.tr("文号："), self.number_label)
        self.issued = QDateEdit(qdate(today))
        self.issued.setObjectName("issued")
        self.issued.setCalendarPopup(True)
        self.issued.setDisplayFormat("yyyy年M月d日")
        self.issued.dateChanged.connect(self._update_number)
        form.addRow(self.tr("下发日期："), self.issued)
        self.reply_by = QDateEdit(qdate(supervision.default_reply_by(reg, today)))
        self.reply_by.setObjectName("reply_by")
        self.reply_by.setCalendarPopup(True)
        self.reply_by.setDisplayFormat("yyyy年M月d日")
        form.addRow(self.tr("反馈期限："), self.reply_by)
        self.text = QTextEdit()
        self.text.setObjectName("text")
        self.text.setAcceptRichText(False)
        self.text.setFixedHeight(96)
        self.text.setPlainText(self._default_text())
        form.addRow(self.tr("督办内容："), self.text)
        self.error = QLabel()
        self.error.setObjectName("supervision_error")
        self.error.setWordWrap(True)
        self.error.setStyleSheet("color: #c62828;")
        form.addRow(self.error)
        layout.addWidget(new_box)

        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        self.issue_button = buttons.addButton(self.tr("下发"), QDialogButtonBox.ButtonRole.ActionRole)
        self.issue_button.setObjectName("issue")
        self.issue_button.clicked.connect(self.issue)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout.addWidget(buttons)
        self._update_number()
        self._load_history()

    def _default_text(self) -> str:
        if self.task is None:
            return self.tr("请你科室对牵头的逾期、滞后事项逐项说明原因，提出整改措施，按期报送局办公室。")
        deadline = self.task.get("deadline_text") or (
            short_date(date.fromisoformat(self.task["deadline"]), self.today) if self.task.get("deadline")
            else self.tr("未设定"))
        reason = self.reason or self.tr("需加快推进")
        return self.tr("“{0}”（完成时限：{1}）{2}。根据局督查督办工作要求，现将该事项转你科室办理，"
                       "请按反馈期限将办理结果报送局办公室。").format(self.task["title"], deadline, reason)

    def is_late(self) -> bool:
        """Red or yellow: a task a numbered 督办 is meant for."""
        return self.light is not None and self.light.colour in ("red", "yellow")

    def confirm_not_late(self) -> bool:
        """Before a numbered 督办 on a task that is neither red nor yellow: ask."""
        if self.task is None or self.kind.currentText() != "督办" or self.is_late():
            return True
        shown = f"{self.light.symbol} {self.light.label}".strip() if self.light is not None else self.tr("无灯")
        answer = QMessageBox.question(
            self, self.tr("下发督办"),
            self.tr("“{0}”当前为“{1}”，不是逾期或滞后事项。\n仍要下发编号督办吗？").format(self.task["title"], shown),
            QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No, QMessageBox.StandardButton.No)
        return answer == QMessageBox.StandardButton.Yes

    def _update_number(self, *_args) -> None:
        if self.kind.currentText() != "督办":
            self.number_label.setText(self.tr("（催办、约谈不编号）"))
            return
        year = self.issued.date().year()
        number = supervision.next_number(self.reg, year)
        self.number_label.setText(self.tr("{0}（下发时编号）").format(
            supervision.format_number(year, number, supervision.number_prefix(self.reg))))

    def _load_history(self, *_args) -> None:
        self.history.clear()
        if self.task_id is not None:
            rows = supervision.list_actions(self.reg, task_id=self.task_id)
        else:
            rows = supervision.list_actions(self.reg, department_id=self.department.currentData())
        for row in rows:
            resolved = short_date(date.fromisoformat(row["resolved"]), self.today) if row["resolved"] else "未办结"
            reply = short_date(date.fromisoformat(row["reply_by"]), self.today) if row["reply_by"] else ""
            item = QTreeWidgetItem([row["kind"], row["number_text"],
                                    short_date(date.fromisoformat(row["issued"]), self.today), reply, resolved,
                                    row["text"].replace("\n", " ")])
            item.setData(0, ACTION_ID_ROLE, row["id"])
            item.setToolTip(5, row["text"] + (f"\n办结情况：{row['resolution']}" if row["resolution"] else ""))
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
                self.kind.currentText(),
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
        self.error.setText(self.tr("已下发：{0}").format(action.get("number_text") or action.get("kind", "")))
        self._update_number()
        self._load_history()
        return action_id

    def resolve_selected(self) -> None:
        item = self.history.currentItem() or self.history.topLevelItem(0)
        if item is None:
            return
        resolution, ok = QInputDialog.getText(self, self.tr("办结"), self.tr("办结情况（{0}）：").format(
            short_date(self.today, self.today)))
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
