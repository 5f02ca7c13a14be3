"""``desktop-app-cli report``: every kind to PDF and xlsx; mistakes give a Chinese message and exit 2."""

from __future__ import annotations

from pathlib import Path

import openpyxl
import pytest
from pypdf import PdfReader

from desktop_app.cli import main
from desktop_app.storage import supervision
from desktop_app.storage.db import open_register

DAY = ["--date", "2026-11-18"]


@pytest.mark.parametrize(
    ("kind", "extra", "title"),
    [
        ("weekly", ["--week", "2026-W47", "--only", "red"], "重点工作推进情况周报表（第47周：11月16日—11月22日）"),
        ("weekly", ["--group", "section", "--department", "办公室"], "重点工作推进情况周报表"),
        ("breakdown", ["--plan", "1"], "任务分解表"),
        ("monthly", ["--month", "2026-11"], "2026年11月重点工作推进情况月汇总"),
        ("overdue", [], "逾期及滞后工作任务督办清单"),
        ("notices", ["--per", "task"], "督办通知单"),
        ("yearly", ["--year", "2026", "--half", "2"], "2026年下半年重点工作任务完成情况考核统计表"),
    ],
)
def test_every_report_to_pdf_and_xlsx(qapp, demo_path, tmp_path: Path, capsys, kind, extra, title):
    pdf, xlsx = tmp_path / f"{kind}.pdf", tmp_path / f"{kind}.xlsx"
    assert main(["report", kind, "--db", str(demo_path), "--out", str(pdf), *DAY, *extra]) == 0
    assert main(["report", kind, "--db", str(demo_path), "--out", str(xlsx), *DAY, *extra]) == 0
    out = capsys.readouterr().out
    assert "已生成" in out and "页" in out
    texts = [p.extract_text().replace("\n", "") for p in PdfReader(str(pdf)).pages]
    assert title in texts[0]
    assert f"共{len(texts)}页" in texts[-1].replace("　", "").replace(" ", "")
    ws = openpyxl.load_workbook(xlsx).active
    column_a = [c.value for c in ws["A"] if c.value]
    assert any(title in v for v in column_a)


def test_issue_records_the_notices(qapp, demo_path, tmp_path: Path):
    out = tmp_path / "通知单.pdf"
    assert main(["report", "notices", "--db", str(demo_path), "--out", str(out), "--issue", *DAY]) == 0
    with open_register(demo_path) as reg:
        numbers = [a["number_text"] for a in supervision.list_actions(reg, kind="督办")]
    text = "".join(p.extract_text() for p in PdfReader(str(out)).pages).replace(" ", "")
    assert numbers and all(n in text for n in numbers)


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["weekly", "--week", "2026-W60"], "没有第 60 周"),
        (["weekly", "--department", "宣传科"], "找不到科室“宣传科”"),
        (["monthly", "--month", "十一月"], "月份“十一月”格式不正确"),
        (["breakdown", "--plan", "99"], "没有编号为 99 的计划"),
        (["weekly", "--issue"], "--issue 只用于督办通知单"),
        (["weekly", "--date", "2026/11/18"], "日期“2026/11/18”格式不正确"),
    ],
)
def test_mistakes_are_explained(demo_path, tmp_path: Path, capsys, args, message):
    out = tmp_path / "x.pdf"
    assert main(["report", *args, "--db", str(demo_path), "--out", str(out)]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()


def test_unknown_format_and_missing_register(tmp_path: Path, capsys):
    assert main(["report", "weekly", "--db", str(tmp_path / "无.db"), "--out", str(tmp_path / "x.doc")]) == 2
    assert "--format pdf|xlsx|docx" in capsys.readouterr().err
    assert main(["report", "weekly", "--db", str(tmp_path / "无.db"), "--out", str(tmp_path / "x.pdf")]) == 2
    assert "找不到台账文件" in capsys.readouterr().err
    assert not (tmp_path / "无.db").exists()
    with pytest.raises(SystemExit) as exit_info:
        main(["report", "yearly", "--db", "x.db", "--out", "x.pdf", "--out-format"])
    assert exit_info.value.code == 2 and "无法识别的参数" in capsys.readouterr().err
