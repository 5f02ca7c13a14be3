from datetime import date

import pytest
from PySide6.QtCore import QDate

from desktop_app.storage import audit, extensions, settings, supervision, tasks
from desktop_app.ui.shell.settings_dialog import LIGHTS_PAGE, SettingsDialog
from desktop_app.ui.week.extension_dialog import ExtensionDialog
from desktop_app.ui.week.supervision_dialog import SupervisionDialog
from tests.week_cycle_data import TODAY, make_week_register


@pytest.fixture
def data(file_reg):
    return make_week_register(file_reg)


def test_extension_before_the_deadline_keeps_the_original(qtbot, file_reg, data):
    task = data.leaves["canteen"]
    dialog = ExtensionDialog(file_reg, task, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.original_label.text() == "12月31日"
    assert not dialog.override.isVisibleTo(dialog)
    dialog.new_deadline.setDate(QDate(2027, 3, 31))
    dialog.reason.setPlainText("受冬季施工影响")
    dialog.approver.setText("张局长")
    assert dialog.submit()
    assert tasks.get_task(file_reg, task)["deadline"] == "2027-03-31"
    assert extensions.original_deadline(file_reg, task) == date(2026, 12, 31)
    again = ExtensionDialog(file_reg, task, today=TODAY)
    qtbot.addWidget(again)
    assert again.original_label.text() == "12月31日"
    assert again.current_label.text() == "2027年3月31日"


def test_extension_after_the_deadline_is_refused_unless_the_office_overrides(qtbot, file_reg, data):
    task = data.leaves["late"]
    dialog = ExtensionDialog(file_reg, task, today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.override.isVisibleTo(dialog)
    dialog.new_deadline.setDate(QDate(2026, 12, 15))
    dialog.reason.setPlainText("上级文件推迟下发")
    dialog.approver.setText("张局长")
    assert not dialog.submit()
    assert "已过" in dialog.error.text()
    assert tasks.get_task(file_reg, task)["deadline"] == "2026-10-31"
    dialog.override.setChecked(True)
    assert dialog.submit()
    ext = extensions.extensions_for(file_reg, task)[0]
    assert ext["override"] == 1
    assert any(r["operation"] == "特批延期" for r in audit.history(file_reg, "extensions", ext["id"]))


def test_extension_without_a_reason_says_so(qtbot, file_reg, data):
    dialog = ExtensionDialog(file_reg, data.leaves["canteen"], today=TODAY)
    qtbot.addWidget(dialog)
    assert not dialog.submit()
    assert dialog.error.text() == "请填写延期理由。"


def test_duban_gets_its_number_and_is_later_resolved(qtbot, file_reg, data):
    dialog = SupervisionDialog(file_reg, task_id=data.leaves["late"], today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.department.currentData() == data.basic
    assert dialog.number_label.text().startswith("督办〔2026〕1号")
    assert "任务late" in dialog.text.toPlainText()
    action = dialog.issue()
    assert supervision.get_action(file_reg, action)["number_text"] == "督办〔2026〕1号"
    assert "督办〔2026〕1号" in dialog.error.text()
    assert dialog.number_label.text().startswith("督办〔2026〕2号")
    assert dialog.history.topLevelItemCount() == 1
    assert dialog.history.topLevelItem(0).text(4) == "未办结"
    dialog.kind.setCurrentText("催办")
    assert dialog.number_label.text() == "（催办、约谈不编号）"
    reminder = dialog.issue()
    assert supervision.get_action(file_reg, reminder)["number"] is None
    assert dialog.resolve(action, date(2026, 11, 20), "已完成整改")
    assert supervision.get_action(file_reg, action)["resolved"] == "2026-11-20"
    texts = [dialog.history.topLevelItem(i).text(4) for i in range(dialog.history.topLevelItemCount())]
    assert "11月20日" in texts


def test_supervision_of_a_department_and_refusals(qtbot, file_reg, data):
    dialog = SupervisionDialog(file_reg, department_id=data.office, today=TODAY)
    qtbot.addWidget(dialog)
    dialog.text.setPlainText("")
    assert dialog.issue() is None and dialog.error.text() == "请填写督办内容。"
    dialog.text.setPlainText("请说明滞后原因")
    dialog.reply_by.setDate(QDate(2026, 11, 1))
    assert dialog.issue() is None and "反馈期限" in dialog.error.text()
    dialog.reply_by.setDate(QDate(2026, 11, 25))
    action = dialog.issue()
    assert supervision.get_action(file_reg, action)["department_id"] == data.office


def test_light_settings_save_together_or_not_at_all(qtbot, file_reg, data):
    dialog = SettingsDialog(reg=file_reg, page=LIGHTS_PAGE)
    qtbot.addWidget(dialog)
    assert dialog.stack.currentWidget().isAncestorOf(dialog.editors["light.lag_yellow_points"])
    assert "按周一至周五计算工作日" in dialog.calendar_note.text()
    dialog.editors["light.lag_yellow_points"].setValue(40)
    assert not dialog.save()
    assert "黄灯" in dialog.error.text()
    assert settings.get(file_reg, "light.lag_yellow_points") == 10
    dialog.editors["light.lag_yellow_points"].setValue(15)
    dialog.editors["light.due_soon_working_days"].setValue(3)
    dialog.editors["startup.show_summary"].setChecked(False)
    assert dialog.save()
    assert settings.get(file_reg, "light.lag_yellow_points") == 15
    assert settings.get(file_reg, "light.due_soon_working_days") == 3
    assert settings.get(file_reg, "startup.show_summary") is False


@pytest.mark.parametrize(("leaf", "pattern"), [
    ("late", r"已逾期18天。"),                         # due 10-31, judged on 11-18
    ("survey", r"滞后序时进度(\d+)个百分点。"),           # nothing reported all year
    ("meeting", r"已连续3周未报送进展。"),                # last report in week 43, now week 47
    ("dorm", r"距完成时限仅剩2个工作日"),                  # due Friday 11-20
])
def test_the_notice_text_states_the_actual_reason(qtbot, file_reg, data, leaf, pattern):
    import re

    dialog = SupervisionDialog(file_reg, task_id=data.leaves[leaf], today=TODAY)
    qtbot.addWidget(dialog)
    text = dialog.text.toPlainText()
    assert re.search(pattern, text), text
    assert "推进滞后" not in text
    if leaf == "survey":
        assert int(re.search(pattern, text).group(1)) >= settings.get(file_reg, "light.lag_red_points")


def test_a_numbered_duban_on_a_task_on_track_asks_first(qtbot, file_reg, data, monkeypatch):
    from PySide6.QtWidgets import QMessageBox

    dialog = SupervisionDialog(file_reg, task_id=data.leaves["archive"], today=TODAY)
    qtbot.addWidget(dialog)
    assert dialog.light.colour == "green"
    text = dialog.text.toPlainText()
    assert "推进滞后" not in text and "逾期" not in text and "需加快推进" in text
    asked: list[str] = []
    answers = [QMessageBox.StandardButton.No, QMessageBox.StandardButton.Yes]

    def question(_parent, _title, message, *args, **kwargs):
        asked.append(message)
        return answers.pop(0)

    monkeypatch.setattr(QMessageBox, "question", question)
    assert dialog.issue() is None
    assert "● 正常" in asked[0] and "仍要下发编号督办" in asked[0]
    assert supervision.list_actions(file_reg, task_id=data.leaves["archive"]) == []
    action = dialog.issue()
    assert supervision.get_action(file_reg, action)["number_text"] == "督办〔2026〕1号"
    dialog.kind.setCurrentText("催办")  # unnumbered: no question
    assert dialog.issue() is not None and len(asked) == 2
    late = SupervisionDialog(file_reg, task_id=data.leaves["late"], today=TODAY)
    qtbot.addWidget(late)
    assert late.issue() is not None and len(asked) == 2  # red: no question
