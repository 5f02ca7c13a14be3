"""The import wizard as a clerk uses it: pick a file, correct the preview, import."""

from __future__ import annotations

from pathlib import Path

import docx
import pytest
from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QWizard,
)

from desktop_app.storage import directory, tasks
from desktop_app.storage import settings as register_settings
from desktop_app.storage.db import open_register
from desktop_app.ui.importing import import_wizard
from desktop_app.ui.importing.import_preview_model import (
    COL_DEADLINE,
    COL_KIND,
    COL_TICK,
    COL_TITLE,
    ImportPreviewModel,
)
from desktop_app.ui.importing.import_wizard import ADD, ImportWizard
from tests.importing.docx_fixtures import OUTLINE_LEVELS, abstract_num, num, numbered, set_numbering


def _plan_docx(path: Path) -> Path:
    """A plan whose 一、（一） come from Word numbering, with units, deadlines and prose."""
    d = docx.Document()
    set_numbering(d, [abstract_num(1, OUTLINE_LEVELS)], [num(1, 1)])
    d.add_paragraph("某县教育局2026年工作要点")
    numbered(d, "指导思想", 1, 0)
    d.add_paragraph("坚持立德树人，办好人民满意的教育。")
    numbered(d, "全面加强党的建设", 1, 0)
    numbered(d, "深化理论学习。3月底前制定学习计划。（责任科室：局组干科、机关党委）", 1, 1)
    numbered(d, "加强基层组织建设。年底前完成支部换届。（责任科室：组干科）", 1, 1)
    numbered(d, "推进教育优质均衡发展", 1, 0)
    numbered(d, "扩大学前教育资源。新建幼儿园3所，学前三年毛入园率达到97%以上。（责任科室：基础教育科）", 1, 1)
    numbered(d, "做好校园安全工作。春季开学前开展应急演练。（责任科室：安全稳定科）", 1, 1)
    d.save(path)
    return path


@pytest.fixture
def register(tmp_path: Path):
    with open_register(tmp_path / "台账.db") as reg:
        directory.add_department(reg, "组织干部科", short_name="组干科")
        directory.add_department(reg, "基础教育科")
        directory.add_department(reg, "安全稳定科")
        yield reg


@pytest.fixture
def errors(monkeypatch) -> list[str]:
    shown: list[str] = []
    monkeypatch.setattr(import_wizard, "show_error", lambda _parent, text: shown.append(text))
    return shown


def _find(model: ImportPreviewModel, title: str):
    item = next(i for i in model.plan.items if i.title == title)
    return model.index_of(item.id, COL_TITLE)


def test_pick_file_correct_preview_and_import(qtbot, tmp_path: Path, register, errors) -> None:
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(_plan_docx(tmp_path / "要点.docx")))
    wizard.next()
    assert errors == []
    assert wizard.currentPage() is wizard.preview_page
    page = wizard.preview_page
    model = page.model
    assert model is not None
    assert page.title_edit.text() == "某县教育局2026年工作要点"
    assert page.year_spin.value() == 2026

    # 指导思想 is proposed as not a task; the clerk also unticks the safety item.
    guide = _find(model, "指导思想")
    assert model.data(guide.siblingAtColumn(COL_TICK), Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    safety = _find(model, "做好校园安全工作")
    assert model.data(safety.siblingAtColumn(COL_KIND)) == "待确认"  # 春季开学前 is no date yet
    model.setData(safety.siblingAtColumn(COL_TICK), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)

    # Fix a deadline by typing it: it is read again against the plan year.
    study = _find(model, "深化理论学习")
    model.setData(study.siblingAtColumn(COL_DEADLINE), "4月20日前")
    assert model.data(study.siblingAtColumn(COL_DEADLINE)) == "4月20日前（2026-04-20）"

    # Promote 扩大学前教育资源 to the top level with Ctrl+← on the tree.
    preschool = _find(model, "扩大学前教育资源")
    page.tree.setCurrentIndex(preschool)
    page.tree.setFocus()
    qtbot.keyClick(page.tree, Qt.Key.Key_Left, Qt.KeyboardModifier.ControlModifier)
    assert not model.parent(_find(model, "扩大学前教育资源")).isValid()

    # Units: 局组干科 is matched to 组织干部科, 机关党委 is offered for adding.
    qtbot.waitUntil(lambda: page.units.rowCount() > 0)
    rows = {page.units.item(r, 0).text(): page.units.cellWidget(r, 2) for r in range(page.units.rowCount())}
    assert set(rows) == {"局组干科", "机关党委"}
    combo = rows["机关党委"]
    assert isinstance(combo, QComboBox) and combo.currentData() == ADD
    assert rows["局组干科"].currentData() == directory.department_id(register, "组织干部科")
    assert "待确认" not in page.summary.text()  # the only unclear deadline was unticked

    wizard.grab().save(str(tmp_path / "preview.png"))
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert errors == []
    assert wizard.result() == QWizard.DialogCode.Accepted.value
    plan_id = wizard.plan_id
    assert plan_id is not None
    rows = tasks.list_tasks(register, plan_id)
    titles = [r["title"] for r in rows]
    assert "指导思想" not in titles and "做好校园安全工作" not in titles
    by_title = {r["title"]: r for r in rows}
    assert by_title["扩大学前教育资源"]["parent_id"] is None
    assert by_title["深化理论学习"]["deadline"] == "2026-04-20"
    assert by_title["深化理论学习"]["lead_name"] == "组织干部科"
    assert by_title["深化理论学习"]["co_names"] == "机关党委"
    assert directory.department_id(register, "机关党委") is not None
    assert register_settings.get(register, "organisation") == "某县教育局"


def test_bad_file_stays_on_first_page(qtbot, tmp_path: Path, register, errors) -> None:
    bad = tmp_path / "旧文档.docx"
    bad.write_bytes(b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600)
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.path_edit.setText(str(bad))
    wizard.next()
    assert wizard.currentPage() is wizard.source_page
    assert len(errors) == 1 and ".docx" in errors[0]


def test_pasted_text_and_nothing_ticked_writes_nothing(qtbot, register, errors) -> None:
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.paste_edit.setPlainText(
        "2026年工作要点\n一、加强队伍建设\n1.开展教师培训，6月底前完成。\n2.每月开展师德检查。\n二、做好安全工作\n"
    )
    wizard.next()
    assert wizard.currentPage() is wizard.preview_page
    model = wizard.preview_page.model
    assert model is not None and model.counts()[0] == 4
    model.set_all_ticked(False)
    before = register.scalar("SELECT count(*) FROM audit")
    wizard.button(QWizard.WizardButton.FinishButton).click()
    assert errors and "没有勾选" in errors[-1]
    assert wizard.currentPage() is wizard.preview_page
    assert register.scalar("SELECT count(*) FROM plans") == 0
    assert register.scalar("SELECT count(*) FROM audit") == before


def test_paste_from_clipboard(qtbot, register, errors) -> None:
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    QApplication.clipboard().setText("")
    wizard.source_page.paste_clipboard()
    assert errors and "剪贴板" in errors[-1]
    QApplication.clipboard().setText("2026年工作要点\n一、加强学习\n二、改进作风\n")
    wizard.source_page.paste_clipboard()
    assert wizard.source_page.from_paste.isChecked()
    assert "改进作风" in wizard.source_page.paste_edit.toPlainText()


def test_file_menu_import_reaches_the_register(qtbot, tmp_path: Path, errors) -> None:
    """文件 ▸ 导入工作要点… opens the wizard; after 导入 the main window shows the new plan."""
    from desktop_app.ui.shell.main_window import MainWindow

    source = _plan_docx(tmp_path / "要点.docx")
    window = MainWindow(open_register(tmp_path / "台账.db"))
    qtbot.addWidget(window)
    window.show()
    driven: list[ImportWizard] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, ImportWizard):
            QTimer.singleShot(50, drive)
            return
        driven.append(wizard)
        wizard.source_page.path_edit.setText(str(source))
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    window.action_import.trigger()
    assert driven and errors == []
    plan_id = window.current_plan_id()
    assert plan_id is not None
    titles = [r["title"] for r in tasks.list_tasks(window.reg, plan_id)]
    assert "深化理论学习" in titles
    window.close()


def test_import_without_a_year_asks_first(qtbot, register, errors, monkeypatch) -> None:
    questions: list[str] = []
    answers = iter([False, True])
    monkeypatch.setattr(import_wizard, "ask", lambda _parent, text: questions.append(text) or next(answers))
    wizard = ImportWizard(register)
    qtbot.addWidget(wizard)
    wizard.show()
    wizard.source_page.paste_edit.setPlainText("工作要点\n一、加强队伍建设\n1.开展教师培训，6月底前完成。\n")
    wizard.next()
    page = wizard.preview_page
    assert page.year_spin.text() == "未定"
    finish = wizard.button(QWizard.WizardButton.FinishButton)
    finish.click()  # the clerk answers 否 to choose a year first
    assert len(questions) == 1 and "年度" in questions[0]
    assert register.scalar("SELECT count(*) FROM plans") == 0
    finish.click()  # 是: imported without dates
    assert register.scalar("SELECT count(*) FROM plans") == 1
    assert register.scalar("SELECT count(*) FROM tasks WHERE deadline_text = '6月底前' AND deadline IS NULL") == 1


def test_importing_the_same_plan_twice_asks(qtbot, register, errors, monkeypatch) -> None:
    questions: list[str] = []
    monkeypatch.setattr(import_wizard, "ask", lambda _parent, text: questions.append(text) or False)
    text = "2026年工作要点\n一、加强队伍建设\n1.开展教师培训，6月底前完成。\n"
    for attempt in range(2):
        wizard = ImportWizard(register)
        qtbot.addWidget(wizard)
        wizard.show()
        wizard.source_page.paste_edit.setPlainText(text)
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()
        assert len(questions) == attempt
    assert "同名计划" in questions[0]
    assert register.scalar("SELECT count(*) FROM plans") == 1


def test_file_menu_import_from_clipboard(qtbot, tmp_path: Path, errors) -> None:
    from desktop_app.ui.shell.main_window import MainWindow

    QApplication.clipboard().setText("2026年工作要点\n一、加强队伍建设\n1.开展教师培训，6月底前完成。\n")
    window = MainWindow(open_register(tmp_path / "台账.db"))
    qtbot.addWidget(window)
    window.show()
    pasted: list[str] = []

    def drive() -> None:
        wizard = QApplication.activeModalWidget()
        if not isinstance(wizard, ImportWizard):
            QTimer.singleShot(50, drive)
            return
        pasted.append(wizard.source_page.paste_edit.toPlainText())
        wizard.next()
        wizard.button(QWizard.WizardButton.FinishButton).click()

    QTimer.singleShot(0, drive)
    window.action_import_paste.trigger()
    assert pasted and "开展教师培训" in pasted[0]
    assert errors == []
    plan_id = window.current_plan_id()
    assert plan_id is not None
    assert any(r["title"].startswith("开展教师培训") for r in tasks.list_tasks(window.reg, plan_id))
    window.close()
