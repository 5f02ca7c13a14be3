"""The note shown when a register is opened: what turned red or yellow since last time.

A status-bar line always; a small non-modal window too, unless the user turned it off
(``startup.show_summary``, also in 亮灯设置).
"""

from __future__ import annotations

import contextlib
from datetime import date

from PySide6.QtCore import QCoreApplication, Qt, Signal
from PySide6.QtGui import QCloseEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from desktop_app.domain.lights import LightResult
from desktop_app.storage import settings
from desktop_app.storage import status as status_store
from desktop_app.storage import tasks as task_store
from desktop_app.storage.db import Register
from desktop_app.storage.errors import StorageError
from desktop_app.storage.light_snapshot import (
    LightChanges,
    changes_since_last_seen,
    remember_lights,
)
from desktop_app.ui.common.words import day_text, light_detail, light_text

MAX_LISTED = 200


def leaf_lights(reg: Register, on: date) -> dict[int, LightResult]:
    """Lights of the leaf tasks only: a parent's light repeats its children's."""
    return status_store.leaf_lights(reg, on)


def current_light_counts(reg: Register, on: date) -> dict[str, int]:
    """Leaf tasks red and yellow now (what the status bar says after every change)."""
    counts = {"red": 0, "yellow": 0}
    for light in leaf_lights(reg, on).values():
        if light.colour in counts:
            counts[light.colour] += 1
    return counts


def summary_line(changes: LightChanges, on: date) -> str:
    """One sentence for the status bar and the summary, in the interface language."""
    now = QCoreApplication.translate("StartupSummaryDialog", "Now {0} red and {1} yellow.").format(
        changes.red_total, changes.yellow_total)
    if changes.previous_on is None:
        return now
    since = day_text(changes.previous_on, on)
    if not changes.red and not changes.yellow:
        return QCoreApplication.translate(
            "StartupSummaryDialog", "Nothing turned red or yellow since the last opening ({0}). {1}").format(
            since, now)
    return QCoreApplication.translate(
        "StartupSummaryDialog", "Since the last opening ({0}): {1} turned red, {2} turned yellow. {3}").format(
        since, len(changes.red), len(changes.yellow), now)


class StartupSummaryDialog(QDialog):
    """Non-modal list of the tasks that got worse; ``tasks_requested`` opens them."""

    tasks_requested = Signal(list, str)

    def __init__(self, reg: Register, changes: LightChanges, lights: dict[int, LightResult], on: date,
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.reg = reg
        self.changes = changes
        self.setObjectName("startup_summary")
        self.setWindowTitle(self.tr("On opening the register"))
        self.setModal(False)
        self.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
        # A note beside the window, not a question: the keyboard stays where the clerk works.
        self.setAttribute(Qt.WidgetAttribute.WA_ShowWithoutActivating)
        self.resize(640, 380)
        layout = QVBoxLayout(self)
        head = QLabel(summary_line(changes, on))
        head.setWordWrap(True)
        layout.addWidget(head)
        self.list = QTreeWidget()
        self.list.setObjectName("summary_list")
        self.list.setRootIsDecorated(False)
        self.list.setHeaderLabels([self.tr("Status"), self.tr("Task"), self.tr("Lead department"), self.tr("Explanation")])
        self.ids = (changes.red + changes.yellow)[:MAX_LISTED]
        for _tid in self.ids:
            self.list.addTopLevelItem(QTreeWidgetItem())
        self._fill(lights)
        header = self.list.header()
        for column, width in enumerate((80, 240, 100)):  # at least as wide as the header's words
            self.list.setColumnWidth(column, max(width, header.sectionSizeHint(column)))
        layout.addWidget(self.list, 1)
        self.dont_show = QCheckBox(self.tr("Do not show this again on opening a register (Tools ▸ Light settings brings it back)"))
        self.dont_show.setObjectName("dont_show")
        layout.addWidget(self.dont_show)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        show = buttons.addButton(self.tr("Show these tasks"), QDialogButtonBox.ButtonRole.ActionRole)
        show.clicked.connect(self._show_tasks)
        buttons.rejected.connect(self.close)
        layout.addWidget(buttons)

    def _fill(self, lights: dict[int, LightResult]) -> None:
        rows = {r["id"]: r for r in task_store.get_tasks(self.reg, self.ids)}
        for n, tid in enumerate(self.ids):
            item, light, row = self.list.topLevelItem(n), lights.get(tid), rows.get(tid)
            if row is None or row.get("deleted_at"):
                texts = [self.tr("Deleted"), (row or {}).get("title", ""), (row or {}).get("lead_name") or "", ""]
            elif light is None:
                texts = ["", row.get("title", ""), row.get("lead_name") or "", ""]
            else:
                texts = [light_text(light), row.get("title", ""), row.get("lead_name") or "",
                         light_detail(light)]
            for column, text in enumerate(texts):
                item.setText(column, text)
            item.setToolTip(3, texts[3])

    def refresh_lights(self, on: date) -> None:
        """Something was written: show the listed tasks as they stand now."""
        try:
            self._fill(status_store.lights_for(self.reg, on, task_ids=self.ids) if self.ids else {})
        except StorageError:
            return

    def _show_tasks(self) -> None:
        self.tasks_requested.emit(self.changes.red + self.changes.yellow, self.tr("Tasks that turned red or yellow"))
        self.close()

    def done(self, result: int) -> None:
        self._keep_choice()
        super().done(result)

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        self._keep_choice()
        super().closeEvent(event)

    def _keep_choice(self) -> None:
        if self.dont_show.isChecked() and settings.get(self.reg, "startup.show_summary"):
            try:
                settings.set_value(self.reg, "startup.show_summary", False)
            except StorageError:
                return  # a read-only register keeps asking; nothing else is lost


def take_summary(reg: Register, on: date) -> tuple[LightChanges, dict[int, LightResult]]:
    """Compare with the last opening and remember today's lights (unless read-only)."""
    lights = leaf_lights(reg, on)
    changes = changes_since_last_seen(reg, lights)
    if not reg.readonly:
        # A busy file keeps its older snapshot: the next opening compares with that one.
        with contextlib.suppress(StorageError), status_store.lights_kept(reg):
            remember_lights(reg, lights, on)
    return changes, lights
