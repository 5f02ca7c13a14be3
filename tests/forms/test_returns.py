"""Returned forms, filled in as departments do, through preview and apply."""

from __future__ import annotations

import re
import zipfile
from datetime import date, datetime
from pathlib import Path

import pytest
from openpyxl import Workbook
from openpyxl.styles import Font, PatternFill

from desktop_app.forms import returns
from desktop_app.forms.export import export_forms
from desktop_app.forms.reading import parse_day, parse_percent
from desktop_app.forms.returns import apply_preview, build_preview
from desktop_app.storage import directory, progress, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate
from desktop_app.storage.errors import StorageError
from tests.forms.conftest import DEPARTMENT, TODAY, WEEK, header_columns, lead_task_ids


def preview(reg, *paths, **kw):
    return build_preview(reg, list(paths), today=TODAY, **kw)


def entry(reg, tid):
    return progress.get_progress(reg, tid, WEEK) or {}


def problems(fp):
    return [p.text() for p in fp.problems if p.error]


@pytest.mark.parametrize(
    ("value", "fmt", "expected"),
    [(80, "General", 80), ("80", "General", 80), ("80%", "General", 80), (0.8, "General", 80),
     (0.8, "0%", 80), (1.0, "0.00%", 100), ("８０％", "General", 80), (0, "General", 0),
     (100, "0", 100), (None, "General", None), ("  ", "General", None), (66.6, "General", 67)],
)
def test_percent_as_people_type_it(value, fmt, expected):
    assert parse_percent(value, fmt) == expected


@pytest.mark.parametrize("value", [120, -5, "八十", "120%", 1.5, True])
def test_percent_refused(value):
    fmt = "0%" if value == 1.5 else "General"
    with pytest.raises(ValueError, match="进度"):
        parse_percent(value, fmt)


@pytest.mark.parametrize(
    ("value", "expected"),
    [(datetime(2026, 11, 17), date(2026, 11, 17)), ("2026-11-17", date(2026, 11, 17)),
     ("2026/11/7", date(2026, 11, 7)), ("2026年11月17日", date(2026, 11, 17)),
     ("11月17日", date(2026, 11, 17)), (46343, date(2026, 11, 17)), (None, None)],
)
def test_completion_dates_as_typed(value, expected):
    assert parse_day(value, 2026) == expected


def test_round_trip_shows_old_to_new_and_applies(demo_reg, form_path, fill):
    a, b, c = lead_task_ids(form_path)[:3]
    old_a = entry(demo_reg, a)
    returned = fill(form_path, {
        a: {"本周完成情况": "完成全县调研，形成报告", "进度%": "80%"},
        b: {"下周工作计划": "=组织验收", "进度%": 0.8},
        c: {"存在问题及需协调事项": "需计财科协调经费", "进度%": "80"},
    })
    pv = preview(demo_reg, returned)
    [fp] = pv.files
    assert pv.week == WEEK and not fp.refused and fp.department == DEPARTMENT
    changes = {(r.task_id, ch.field): (ch.old, ch.new) for r in fp.rows for ch in r.changes}
    assert changes[(a, "done")] == (old_a.get("done", ""), "完成全县调研，形成报告")
    assert changes[(b, "next")][1] == "=组织验收"
    assert {changes.get((t, "percent"), (None, 80))[1] for t in (a, b, c)} == {80}
    result = apply_preview(demo_reg, pv)
    assert result.applied == [("返回.xlsx", 3)] and result.failed == []
    assert entry(demo_reg, a)["done"] == "完成全县调研，形成报告"
    assert entry(demo_reg, b)["next"] == "=组织验收"
    assert [entry(demo_reg, t)["percent"] for t in (a, b, c)] == [80, 80, 80]
    assert entry(demo_reg, a)["source"] == "填报表:返回.xlsx"
    assert entry(demo_reg, a)["reporter"] == DEPARTMENT
    ops = {r["operation"] for r in demo_reg.query("SELECT operation FROM audit WHERE entity = 'progress'")}
    assert "导入填报表 返回.xlsx" in ops


def test_untouched_and_empty_rows_change_nothing(demo_reg, form_path, fill):
    ids = lead_task_ids(form_path)
    returned = fill(form_path, {})
    [fp] = preview(demo_reg, returned).files
    assert fp.rows == [] and fp.unchanged + fp.unfilled == len(ids)
    assert not fp.applicable and fp.summary().startswith("无需导入")


def test_clearing_a_prefilled_cell_is_a_change(demo_reg, form_path, fill):
    tid = next(t for t in lead_task_ids(form_path) if entry(demo_reg, t).get("problems"))
    [fp] = preview(demo_reg, fill(form_path, {tid: {"存在问题及需协调事项": None}})).files
    [row] = fp.rows
    assert [(c.field, c.new) for c in row.changes] == [("problems", "")]


def test_resaved_form_with_sorted_rows_renamed_sheet_and_new_styles(demo_reg, form_path, fill):
    ids = lead_task_ids(form_path)

    def resave(ws):
        ws.protection.sheet = False
        ws.title = "Sheet1"
        first, last = 5, ws.max_row
        rows = [[ws.cell(r, c).value for c in range(1, ws.max_column + 1)] for r in range(first, last + 1)]
        for offset, values in enumerate(reversed(rows)):
            for c, v in enumerate(values, start=1):
                cell = ws.cell(first + offset, c)
                cell.value = v
                cell.font = Font(name="宋体", size=12)
                cell.fill = PatternFill("solid", fgColor="DDEBF7")
        for letter in "ABCDEFGHIJKL":
            ws.column_dimensions[letter].width = 40

    returned = fill(form_path, {ids[0]: {"进度%": 90}, ids[-1]: {"本周完成情况": "排序后仍对得上"}}, edit=resave)
    [fp] = preview(demo_reg, returned).files
    assert problems(fp) == []
    apply_preview(demo_reg, preview(demo_reg, returned))
    assert entry(demo_reg, ids[0])["percent"] == 90
    assert entry(demo_reg, ids[-1])["done"] == "排序后仍对得上"


def test_moved_columns_are_found_by_header(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]

    def move_percent_first(ws):
        ws.protection.sheet = False
        ws.insert_cols(1)
        cols = header_columns(ws)
        for r in range(4, ws.max_row + 1):
            ws.cell(r, 1).value = ws.cell(r, cols["进度%"]).value
            ws.cell(r, cols["进度%"]).value = None
        ws.cell(4, cols["进度%"]).value = "备用"

    returned = fill(form_path, {tid: {"进度%": 95}}, edit=move_percent_first)
    [fp] = preview(demo_reg, returned).files
    assert problems(fp) == []
    assert [(c.field, c.new) for r in fp.rows for c in r.changes if r.task_id == tid] == [("percent", 95)]


@pytest.mark.parametrize("bad", [120, -5, "八十"])
def test_percent_out_of_range_refuses_the_file(demo_reg, form_path, fill, bad):
    a, b = lead_task_ids(form_path)[:2]
    returned = fill(form_path, {a: {"本周完成情况": "好的一行"}, b: {"进度%": bad}})
    [fp] = preview(demo_reg, returned).files
    assert fp.refused and not fp.applicable
    [message] = problems(fp)
    assert message.startswith("第6行：") and "进度" in message
    before = entry(demo_reg, a)
    assert apply_preview(demo_reg, preview(demo_reg, returned)).applied == []
    assert entry(demo_reg, a) == before


def test_edited_locked_cell_is_found_even_without_protection(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[1]

    def tamper(ws):
        ws.protection.sheet = False
        ws.cell(6, header_columns(ws)["工作任务"]).value = "改过的任务名称"

    [fp] = preview(demo_reg, fill(form_path, {tid: {"进度%": 50}}, edit=tamper)).files
    assert problems(fp) == ["第6行：锁定的“工作任务”被修改（这些内容只能在台账中修改）。"]


def test_form_of_another_week_is_refused(demo_reg, form_path, fill, tmp_path):
    dep = directory.department_id(demo_reg, "办公室")
    [other] = export_forms(demo_reg, "2026-W46", tmp_path / "w46", department_ids=[dep])
    pv = preview(demo_reg, form_path, other.path, week=WEEK)
    assert problems(pv.files[1]) == ["这是第46周（11月9日—11月15日）的填报表，不是本次导入的第47周（11月16日—11月22日）。"]
    assert not pv.files[0].refused


def test_form_from_another_register_is_refused(form_path, tmp_path):
    with open_register(tmp_path / "other.db") as other:
        generate(other, tasks=120, weeks=12, seed=7, today=TODAY)
        export_forms(other, WEEK, tmp_path / "x", department_ids=[1])
        [fp] = preview(other, form_path).files
    assert problems(fp) == ["这份填报表不是由本台账生成的（来自另一个台账文件），不能导入。"]


def test_deleted_task_and_task_moved_to_another_department(demo_reg, form_path, fill):
    a, b = lead_task_ids(form_path)[:2]
    tasks.soft_delete(demo_reg, [a])
    tasks.set_departments(demo_reg, b, directory.department_id(demo_reg, "办公室"))
    [fp] = preview(demo_reg, fill(form_path, {a: {"进度%": 10}, b: {"进度%": 20}})).files
    texts = problems(fp)
    assert texts[0].startswith("第5行：任务“") and texts[0].endswith("已在台账中删除。")
    assert texts[1].startswith("第6行：任务“") and "已改由“办公室”牵头" in texts[1]


def test_completion_date_marks_the_task_finished(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    returned = fill(form_path, {tid: {"完成日期": datetime(2026, 11, 17), "进度%": 100}},
                    formats={(tid, "完成日期"): "yyyy-mm-dd"})
    pv = preview(demo_reg, returned)
    assert {c.field for r in pv.files[0].rows for c in r.changes} >= {"finished"}
    apply_preview(demo_reg, pv)
    task = tasks.get_task(demo_reg, tid)
    assert (task["status"], task["finished_date"]) == ("finished", "2026-11-17")
    ops = demo_reg.query("SELECT field, operation FROM audit WHERE entity = 'tasks' AND entity_id = ?", (tid,))
    assert ("status", "导入填报表 返回.xlsx") in {(r["field"], r["operation"]) for r in ops}


def test_completion_date_in_the_future_is_refused(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    [fp] = preview(demo_reg, fill(form_path, {tid: {"完成日期": "2026-12-01"}})).files
    assert problems(fp) == ["第5行：完成日期 2026-12-01 晚于今天，请填写实际完成的日期。"]


def test_files_that_are_not_forms(demo_reg, tmp_path):
    plain = tmp_path / "别的表.xlsx"
    wb = Workbook()
    wb.active["A1"] = "序号"
    wb.save(plain)
    text = tmp_path / "说明.txt"
    text.write_text("不是表格", encoding="utf-8")
    broken = tmp_path / "坏的.xlsx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    old_excel = tmp_path / "老格式.xls"
    old_excel.write_bytes(b"\xd0\xcf\x11\xe0")
    pv = preview(demo_reg, plain, text, broken, old_excel, tmp_path / "不存在.xlsx")
    assert [problems(fp)[0] for fp in pv.files] == [
        "不是本程序生成的填报表（找不到填报表标识），无法导入。",
        "不是 .xlsx 文件（.txt），请在 WPS 或 Excel 中另存为“Excel 工作簿(.xlsx)”后再导入。",
        "文件已损坏或不是 Excel 工作簿，无法读取。",
        "不是 .xlsx 文件（.xls），请在 WPS 或 Excel 中另存为“Excel 工作簿(.xlsx)”后再导入。",
        "文件不存在（可能已被移动或删除）。",
    ]


def _saved_at(path: Path, when: str) -> None:
    """Set the time the spreadsheet program records on saving (docProps/core.xml)."""
    with zipfile.ZipFile(path) as zin:
        parts = {name: zin.read(name) for name in zin.namelist()}
    core = parts["docProps/core.xml"].decode("utf-8")
    core = re.sub(r"(<dcterms:modified[^>]*>)[^<]*(</dcterms:modified>)", rf"\g<1>{when}\g<2>", core)
    parts["docProps/core.xml"] = core.encode("utf-8")
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zout:
        for name, data in parts.items():
            zout.writestr(name, data)


def test_same_department_twice_needs_a_decision(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    newer = fill(form_path, {tid: {"进度%": 40}}, name="A-更正.xlsx")
    older = fill(form_path, {tid: {"进度%": 30}}, name="B-初稿.xlsx")
    _saved_at(newer, "2026-11-18T08:30:00Z")
    _saved_at(older, "2026-11-17T16:00:00Z")
    pv = preview(demo_reg, older, newer)
    assert all(fp.refused for fp in pv.files)
    assert "教研室交了 2 份填报表" in problems(pv.files[0])[0]
    pv = preview(demo_reg, older, newer, take_newest=True)
    assert [fp.superseded_by for fp in pv.files] == ["A-更正.xlsx", ""]
    assert apply_preview(demo_reg, pv).applied == [("A-更正.xlsx", 1)]
    assert entry(demo_reg, tid)["percent"] == 40


def test_clerks_own_entry_is_a_conflict_never_overwritten(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    progress.save_progress(demo_reg, tid, WEEK, done="办公室电话核实：已完成初稿")
    returned = fill(form_path, {tid: {"本周完成情况": "科室填写：完成初稿并报分管领导"}})
    [fp] = preview(demo_reg, returned).files
    [change] = fp.rows[0].changes
    assert change.conflict and not change.take_form
    assert (change.old, change.new) == ("办公室电话核实：已完成初稿", "科室填写：完成初稿并报分管领导")
    apply_preview(demo_reg, preview(demo_reg, returned))
    assert entry(demo_reg, tid)["done"] == "办公室电话核实：已完成初稿"
    pv = preview(demo_reg, returned)
    pv.files[0].rows[0].changes[0].take_form = True
    assert apply_preview(demo_reg, pv).applied == [("返回.xlsx", 1)]
    assert entry(demo_reg, tid)["done"] == "科室填写：完成初稿并报分管领导"


def test_prefer_form_takes_the_forms_side(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    progress.save_progress(demo_reg, tid, WEEK, percent=33)
    returned = fill(form_path, {tid: {"进度%": 44}})
    [change] = preview(demo_reg, returned, prefer_form=True).files[0].rows[0].changes
    assert change.conflict and change.take_form


def test_clerks_later_edit_stands_when_department_left_the_cell(demo_reg, form_path, fill):
    a, b = lead_task_ids(form_path)[:2]
    progress.save_progress(demo_reg, a, WEEK, next="台账中改过的计划")
    [fp] = preview(demo_reg, fill(form_path, {b: {"进度%": 12}})).files
    assert [r.task_id for r in fp.rows] == [b]


def test_a_failing_file_lands_nothing_and_others_still_apply(demo_reg, form_path, fill, tmp_path, monkeypatch):
    ids = lead_task_ids(form_path)
    bad = fill(form_path, {t: {"本周完成情况": f"第{n}行内容"} for n, t in enumerate(ids)}, name="会失败.xlsx")
    dep = directory.department_id(demo_reg, "办公室")
    [office] = export_forms(demo_reg, WEEK, tmp_path / "office", department_ids=[dep])
    office_id = lead_task_ids(office.path)[0]
    good = fill(office.path, {office_id: {"进度%": 77}}, name="办公室.xlsx")
    before = {t: entry(demo_reg, t) for t in ids}
    audit_before = demo_reg.scalar("SELECT count(*) FROM audit")
    real = progress.save_progress
    calls = []

    def flaky(reg, task_id, *args, **kwargs):
        calls.append(task_id)
        if len(calls) == 2:
            raise StorageError("磁盘空间不足，数据未能保存。")
        return real(reg, task_id, *args, **kwargs)

    monkeypatch.setattr(progress, "save_progress", flaky)
    pv = preview(demo_reg, bad, good)
    result = apply_preview(demo_reg, pv)
    assert result.failed == [("会失败.xlsx", "磁盘空间不足，数据未能保存。")]
    assert result.applied == [("办公室.xlsx", 1)]
    assert {t: entry(demo_reg, t) for t in ids} == before
    assert entry(demo_reg, office_id)["percent"] == 77
    new_audit = demo_reg.query("SELECT operation FROM audit WHERE id > ?", (audit_before,))
    assert {r["operation"] for r in new_audit} == {"导入填报表 办公室.xlsx"}


def test_change_in_the_program_after_preview_refuses_that_file(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    pv = preview(demo_reg, fill(form_path, {tid: {"进度%": 61}}))
    progress.save_progress(demo_reg, tid, WEEK, percent=5)
    result = apply_preview(demo_reg, pv)
    assert result.failed and "预览之后" in result.failed[0][1]
    assert entry(demo_reg, tid)["percent"] == 5


def test_folder_added_rows_and_deleted_rows(demo_reg, form_path, fill):
    ids = lead_task_ids(form_path)

    def edit(ws):
        ws.protection.sheet = False
        cols = header_columns(ws)
        ws.cell(ws.max_row + 1, cols["本周完成情况"]).value = "科室自己加的一行"
        ws.delete_rows(6)

    returned = fill(form_path, {ids[0]: {"进度%": 70}}, edit=edit)
    (returned.parent / "~$返回.xlsx").write_bytes(b"lock")
    pv = build_preview(demo_reg, [returned.parent], today=TODAY)
    [fp] = pv.files
    warnings = [p.text() for p in fp.problems if not p.error]
    assert any("没有任务标识" in w for w in warnings)
    assert any("1 项任务的行被删除" in w for w in warnings)
    assert fp.applicable


def test_unknown_week_argument_is_a_clear_error(demo_reg, form_path):
    with pytest.raises(returns.FormError, match="格式不正确"):
        build_preview(demo_reg, [form_path], week="第47周")


def test_expand_paths_keeps_order_without_repeats(tmp_path: Path):
    a = tmp_path / "a.xlsx"
    a.write_bytes(b"")
    assert returns.expand_paths([a, tmp_path, a]) == [a.resolve()]


def test_a_deleted_column_or_a_damaged_identity_refuses_the_file(demo_reg, form_path, fill):
    def drop_percent(ws):
        ws.protection.sheet = False
        ws.delete_cols(header_columns(ws)["进度%"])

    def damage_week(ws):
        ws.parent["_填报表标识"]["B4"] = "下周"

    no_column = fill(form_path, {}, name="少一列.xlsx", edit=drop_percent)
    damaged = fill(form_path, {}, name="标识坏了.xlsx", edit=damage_week)
    pv = preview(demo_reg, no_column, damaged)
    assert [problems(fp) for fp in pv.files] == [
        ["找不到“进度%”列（表头被修改或删除），无法导入。"],
        ["填报表的隐藏标识已损坏（周次或科室不可识别），无法导入。"],
    ]


def test_finished_without_full_progress_is_a_warning(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    [fp] = preview(demo_reg, fill(form_path, {tid: {"完成日期": "2026-11-16", "进度%": 90}})).files
    assert not fp.refused
    assert [p.text() for p in fp.problems] == ["第5行：填写了完成日期，但进度是 90%（不是 100%），请核实。"]


def test_preview_names_the_departments_still_missing(demo_reg, form_path, fill):
    pv = preview(demo_reg, fill(form_path, {}))
    assert DEPARTMENT not in pv.missing
    assert "办公室" in pv.missing and len(pv.missing) >= 5


def test_a_value_typed_in_the_program_is_a_conflict_even_when_the_form_showed_it(demo_reg, form_path, fill):
    tid = lead_task_ids(form_path)[0]
    typed = entry(demo_reg, tid)
    assert typed["source"] == "demo" and typed["percent"] is not None
    [change] = preview(demo_reg, fill(form_path, {tid: {"进度%": 3}})).files[0].rows[0].changes
    assert change.conflict and change.take_form
    assert (change.old, change.new) == (typed["percent"], 3)


def test_a_department_may_correct_its_own_earlier_return(demo_reg, tmp_path, fill):
    dep = directory.department_id(demo_reg, DEPARTMENT)
    [first] = export_forms(demo_reg, WEEK, tmp_path / "w1", department_ids=[dep])
    tid = lead_task_ids(first.path)[0]
    apply_preview(demo_reg, preview(demo_reg, fill(first.path, {tid: {"进度%": 30}}, name="初次.xlsx"),
                                     prefer_form=True))
    assert entry(demo_reg, tid)["source"] == "填报表:初次.xlsx"
    [second] = export_forms(demo_reg, WEEK, tmp_path / "w2", department_ids=[dep])
    [change] = preview(demo_reg, fill(second.path, {tid: {"进度%": 35}}, name="更正.xlsx")).files[0].rows[0].changes
    assert not change.conflict and (change.old, change.new) == (30, 35)


def _rewrite_meta(form: Path, target: Path, *, version: int, key: bytes | None) -> Path:
    """The form with every row's checksum recomputed the way someone without the register's
    key (or an older program) would: the values the form itself holds, hashed."""
    import json

    from openpyxl import load_workbook

    from desktop_app.forms.layout import META_SHEET, row_checksum

    wb = load_workbook(form)
    meta = wb[META_SHEET]
    pairs = {r[0].value: r[1] for r in meta.iter_rows(max_row=8)}
    pairs["version"].value = version
    register, week, dep = pairs["register_id"].value, pairs["week"].value, pairs["department_id"].value
    for row in meta.iter_rows(min_row=11):
        if isinstance(row[0].value, int):
            locked, baseline = json.loads(row[3].value), json.loads(row[4].value)
            if version >= 2:
                baseline["percent"] = 99  # the forger's change, re-signed with a guessed key
                row[4].value = json.dumps(baseline, ensure_ascii=False)
            row[2].value = row_checksum(register, week, dep, row[0].value, row[1].value, locked, baseline,
                                        key=key, version=version)
    wb.save(target)
    return target


def test_a_return_signed_without_the_registers_key_is_refused(demo_reg, form_path, tmp_path):
    forged = _rewrite_meta(form_path, tmp_path / "仿造.xlsx", version=2, key=b"guessed-key" * 3)
    [fp] = preview(demo_reg, forged).files
    assert fp.rows == []
    assert any("隐藏的校验信息被改动" in p for p in problems(fp))


def test_a_form_of_the_old_unkeyed_format_is_still_read_with_a_warning(demo_reg, form_path, fill, tmp_path):
    a = lead_task_ids(form_path)[0]
    old = _rewrite_meta(form_path, tmp_path / "旧版.xlsx", version=1, key=None)
    returned = fill(old, {a: {"进度%": 55}}, name="旧版返回.xlsx")
    [fp] = preview(demo_reg, returned).files
    assert not fp.refused and not problems(fp)
    assert any("旧版本程序生成" in p.text() for p in fp.problems if not p.error)
    assert [(r.task_id, c.field, c.new) for r in fp.rows for c in r.changes] == [(a, "percent", 55)]


def test_a_register_that_never_signed_forms_refuses_signed_ones(demo_path, form_path, tmp_path):
    """A copy of the register made before its first export has the same id but no key."""
    import shutil

    copy = tmp_path / "副本.db"
    shutil.copy(demo_path, copy)
    with open_register(copy) as other:
        other.execute("DELETE FROM settings WHERE key = 'forms.key'")
        [fp] = preview(other, form_path).files
    assert fp.refused and any("不是由本台账生成" in p for p in problems(fp))
