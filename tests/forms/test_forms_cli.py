"""``desktop-app-cli forms export`` and ``forms import`` as a clerk runs them."""

from __future__ import annotations

from openpyxl import load_workbook

from desktop_app.cli import main
from desktop_app.storage import progress
from desktop_app.storage.db import open_register
from tests.forms.conftest import DEPARTMENT, WEEK, header_columns, task_rows


def _export(demo_path, out, *extra):
    return main(["forms", "export", "--db", str(demo_path), "--week", WEEK, "--out", str(out), *extra])


def _fill_percent(path, value):
    wb = load_workbook(path)
    ws = wb.active
    tid, row = next(iter(task_rows(ws).items()))
    ws.cell(row, header_columns(ws)["进度%"]).value = value
    wb.save(path)
    return tid


def test_export_one_department(demo_path, tmp_path, capsys):
    assert _export(demo_path, tmp_path / "out", "--department", DEPARTMENT) == 0
    out = capsys.readouterr().out
    assert "教研室：第47周_教研室_进展填报表.xlsx" in out and "共生成 1 份填报表" in out
    assert [p.name for p in (tmp_path / "out").iterdir()] == ["第47周_教研室_进展填报表.xlsx"]


def test_export_unknown_department_and_bad_week_exit_2(demo_path, tmp_path, capsys):
    assert _export(demo_path, tmp_path, "--department", "不存在科") == 2
    assert "找不到科室“不存在科”" in capsys.readouterr().err
    assert main(["forms", "export", "--db", str(demo_path), "--week", "47", "--out", str(tmp_path)]) == 2
    assert "周次“47”格式不正确" in capsys.readouterr().err
    assert _export(demo_path, tmp_path, "--plan", "999") == 2
    assert "找不到编号为 999 的计划" in capsys.readouterr().err


def test_import_dry_run_prints_the_preview_and_writes_nothing(demo_path, tmp_path, capsys):
    _export(demo_path, tmp_path / "out", "--department", DEPARTMENT)
    form = tmp_path / "out" / "第47周_教研室_进展填报表.xlsx"
    tid = _fill_percent(form, 99)
    capsys.readouterr()
    assert main(["forms", "import", "--db", str(demo_path), str(form), "--dry-run"]) == 0
    out = capsys.readouterr().out
    assert "导入周次：第47周（11月16日—11月22日）" in out
    # The demo's own entry was typed in the program: a conflict, decided for the form by
    # default because the department saw that value in its form.
    assert "冲突 进度%：台账中“" in out and "表中“99%” → 采用表中内容" in out
    assert "预览完毕（未写入）" in out
    with open_register(demo_path) as reg:
        assert (progress.get_progress(reg, tid, WEEK) or {}).get("percent") != 99


def test_import_applies_and_exit_1_when_a_file_is_refused(demo_path, tmp_path, capsys):
    _export(demo_path, tmp_path / "out", "--department", DEPARTMENT, "--department", "办公室")
    good = tmp_path / "out" / "第47周_教研室_进展填报表.xlsx"
    bad = tmp_path / "out" / "第47周_办公室_进展填报表.xlsx"
    tid = _fill_percent(good, 66)
    _fill_percent(bad, 120)
    capsys.readouterr()
    assert main(["forms", "import", "--db", str(demo_path), str(tmp_path / "out")]) == 1
    out = capsys.readouterr().out
    assert "错误 第5行：进度“120”超出 0—100 的范围。" in out
    assert "已导入 第47周_教研室_进展填报表.xlsx：1 行" in out
    assert "合计：导入 1 个文件，拒绝 1 个" in out
    assert "尚未收到（" in out and "基础教育科" in out
    with open_register(demo_path) as reg:
        assert progress.get_progress(reg, tid, WEEK)["percent"] == 66
