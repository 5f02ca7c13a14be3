"""工作总结（初稿）: every figure recomputed from the register with plain SQL, every quoted
sentence found in the progress records, the .docx read back with python-docx."""

from __future__ import annotations

import re
from datetime import date
from pathlib import Path

import pytest
from docx import Document
from docx.oxml.ns import qn
from docx.shared import Mm

from desktop_app.cli import main
from desktop_app.reports.gongwen import write_summary_docx
from desktop_app.reports.summary import build_summary, ordinal, parse_period
from desktop_app.storage import indicators, progress, tasks
from desktop_app.storage.db import open_register
from desktop_app.storage.errors import ValidationError
from tests.conftest import DEMO_TODAY

from .conftest import ON, WEEK


def recount(reg, start: str, end: str, as_of: str, year: int) -> dict[str, int]:
    """The statistics of a period straight from the tables: live leaf tasks, active or
    finished, whose original deadline (before any extension) falls in the period, or —
    without a deadline — whose plan is of that year."""
    rows = reg.query(
        """
        SELECT t.status, t.deadline, t.finished_date, p.year AS plan_year,
               coalesce((SELECT e.old_deadline FROM extensions e WHERE e.task_id = t.id
                         ORDER BY e.id LIMIT 1), t.deadline) AS original
        FROM tasks t JOIN plans p ON p.id = t.plan_id
        WHERE t.deleted_at IS NULL AND t.status IN ('active', 'finished')
          AND NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id AND c.deleted_at IS NULL)
        """
    )
    out = dict.fromkeys(("tasks", "finished", "on_time", "late", "overdue"), 0)
    for r in rows:
        if r["original"]:
            if not start <= r["original"] <= end:
                continue
        elif r["plan_year"] != year:
            continue
        out["tasks"] += 1
        done = r["status"] == "finished" and r["finished_date"] <= end
        if done:
            out["finished"] += 1
            if r["original"] and r["finished_date"] > r["original"]:
                out["late"] += 1
            else:
                out["on_time"] += 1
        elif r["deadline"] and r["deadline"] < as_of:
            out["overdue"] += 1
    return out


def opening_numbers(text: str) -> list[str]:
    return re.findall(r"\d+(?:\.\d+)?%?", text)


@pytest.fixture
def richer(reg, office):
    """The office plus indicators on the finished budget, a problem on the overdue duty
    task, a second finished (late) task and a lagging one with its next-week plan."""
    ids = office.ids
    indicators.add_indicators(reg, [(ids["预算"], "预算编制完成率达到100%", 100, "%", ">="),
                                    (ids["预算"], "压减一般性支出5%", 5, "%", "")])
    reg.execute("UPDATE indicators SET actual = 100 WHERE text LIKE '预算编制%'")
    progress.save_progress(reg, ids["预算"], "2026-W46", done="预算草案已报县财政局审核", percent=90)
    progress.save_progress(reg, ids["预算"], WEEK, done="", next="", percent=100)
    progress.save_progress(reg, ids["值班"], "2026-W31", problems="值班人员不足\n需协调人事科", percent=25)
    parent = reg.scalar("SELECT parent_id FROM tasks WHERE id = ?", (ids["值班"],))
    late = tasks.add_task(reg, office.plan_id, "修订公文处理办法", parent_id=parent, deadline="2026-03-31",
                          deadline_kind="date", start_date="2026-01-01", status="finished",
                          finished_date="2026-04-10")
    tasks.set_departments(reg, late, reg.scalar("SELECT id FROM departments WHERE name='办公室'"), [])
    progress.save_progress(reg, ids["宣传月"], WEEK, done="印发宣传月活动方案", next="组织开放日", percent=10)
    ids["公文"] = late
    return office


def test_figures_match_the_register(reg, richer):
    summary = build_summary(reg, "2026", today=ON)
    expected = recount(reg, "2026-01-01", "2026-12-31", ON.isoformat(), 2026)
    f = summary.figures
    assert (f.tasks, f.finished, f.on_time, f.late, f.overdue) == tuple(expected.values())
    assert f.unfinished == f.tasks - f.finished
    assert (f.tasks, f.finished, f.on_time, f.late) == (6, 2, 1, 1)  # the fixture's story, by hand
    rate = f"{100 * expected['finished'] / expected['tasks']:.1f}%"
    on_time_rate = f"{100 * expected['on_time'] / expected['tasks']:.1f}%"
    opening = summary.blocks[0].text
    assert opening_numbers(opening) == [
        "2026", "2026", str(expected["tasks"]), "2026", "11", "18", str(expected["finished"]),
        str(expected["on_time"]), str(expected["late"]), str(expected["tasks"] - expected["finished"]),
        str(expected["overdue"]), rate, on_time_rate,
    ]


def test_the_draft_quotes_only_the_records(reg, richer, tmp_path: Path):
    summary = build_summary(reg, "2026", today=ON)
    texts = [b.text for b in summary.blocks]
    levels = [b.level for b in summary.blocks]
    heads = [t for t, lv in zip(texts, levels, strict=True) if lv == 1]
    assert heads == ["一、主要工作完成情况", "二、存在的问题", "三、下一步工作打算"]
    part1 = texts[texts.index(heads[0]):texts.index(heads[1])]
    part2 = texts[texts.index(heads[1]):texts.index(heads[2])]
    part3 = texts[texts.index(heads[2]):]
    # sections in plan order, finished tasks with their last words and indicators
    assert "（一）加强机关党的建设和作风建设" in part1 and "（二）推进学前教育普及普惠发展" in part1
    budget = next(t for t in part1 if "编制年度教育经费预算" in t)
    assert budget.startswith("1．编制年度教育经费预算（计划财务科，11月17日完成）。预算草案已报县财政局审核。")
    assert "预算编制完成率达到100%（目标不低于100%，实际100%）" in budget
    assert "压减一般性支出5%（目标5%，实际值未填报）" in budget
    assert any(t.startswith("2．修订公文处理办法（办公室，4月10日完成，逾期完成）。") for t in part1)
    # problems grouped by what was reported
    assert "（一）逾期未完成的任务1项" in part2
    assert "1．反映“值班人员不足；需协调人事科”的1项：完善机关值班值守制度（办公室）。" in part2
    lagging = [t for t in part2 if "进度滞后的任务" in t]
    assert lagging and "开展学前教育宣传月活动（基础教育科）" in "".join(part2)
    # next steps: the unfinished tasks with their latest 下周计划
    assert "2．开展学前教育宣传月活动（基础教育科，完成时限：12月31日）：组织开放日。" in part3
    assert "1．完善机关值班值守制度（办公室，完成时限：6月30日）：尚未报送下一步计划。" in part3
    assert "室内装修" in "".join(part3)  # 幼儿园's next-week plan
    assert not any("编制年度教育经费预算" in t for t in part3)
    # nothing beyond the records: every quoted report text is in the progress table
    said = {r["done"] for r in reg.query("SELECT done FROM progress")} | {
        r["next"] for r in reg.query("SELECT next FROM progress")}
    for t in part1 + part3:
        m = re.match(r"\d+．.+?）[。：](.+?)。(?:指标|$)", t)
        if m and m.group(1) != "尚未报送下一步计划":
            assert m.group(1) in said, t
    titles = {r["title"] for r in reg.query("SELECT title FROM tasks")}
    for t in part1 + part3:
        m = re.match(r"\d+．(.+?)（", t)
        if m:
            assert m.group(1) in titles


def test_summary_docx(reg, richer, tmp_path: Path):
    summary = build_summary(reg, "2026H2", today=ON)
    path = write_summary_docx(summary, tmp_path / "总结.docx")
    doc = Document(str(path))
    section = doc.sections[0]
    assert round(section.page_width / Mm(1)) == 210 and round(section.top_margin / Mm(1)) == 37
    paragraphs = doc.paragraphs
    assert paragraphs[0].text == "示范县教育局2026年下半年工作总结（初稿）"
    assert paragraphs[0].style.name == "总结标题"
    by_style = {p.text: p.style.name for p in paragraphs}
    assert by_style["一、主要工作完成情况"] == "一级标题"
    assert by_style["（一）加强机关党的建设和作风建设"] == "二级标题"
    fonts = {name: doc.styles[name].element.rPr.find(qn("w:rFonts")).get(qn("w:eastAsia"))
             for name in ("总结标题", "一级标题", "二级标题", "总结正文")}
    assert fonts == {"总结标题": "方正小标宋简体", "一级标题": "黑体", "二级标题": "楷体_GB2312",
                     "总结正文": "仿宋_GB2312"}
    body = [b.text for b in summary.blocks]
    assert [p.text for p in paragraphs[3:]] == body
    assert [el.text.strip() for el in section.footer._element.iter(qn("w:instrText"))] == ["PAGE"]
    # H2: only the tasks due from July on; the duty task (due 6-30) is not counted
    expected = recount(reg, "2026-07-01", "2026-12-31", ON.isoformat(), 2026)
    assert summary.figures.tasks == expected["tasks"] == 3


def test_figures_of_the_demo_register(demo_path, tmp_path: Path, capsys):
    out = tmp_path / "年度总结.docx"
    assert main(["summary", "--db", str(demo_path), "--period", "2026", "--out", str(out),
                 "--date", DEMO_TODAY.isoformat()]) == 0
    assert "已生成" in capsys.readouterr().out
    with open_register(demo_path, readonly=True) as reg:
        expected = recount(reg, "2026-01-01", "2026-12-31", DEMO_TODAY.isoformat(), 2026)
        summary = build_summary(reg, "2026", today=DEMO_TODAY)
    f = summary.figures
    assert (f.tasks, f.finished, f.on_time, f.late, f.overdue) == tuple(expected.values())
    opening = Document(str(out)).paragraphs[3].text
    assert f"共{expected['tasks']}项" in opening and f"已完成{expected['finished']}项" in opening
    assert f"按时完成{expected['on_time']}项" in opening and f"已逾期{expected['overdue']}项" in opening


@pytest.mark.parametrize(
    ("args", "message"),
    [
        (["--period", "2026Q1"], "期间“2026Q1”不正确"),
        (["--period", "2026", "--plan", "99"], "没有编号为 99 的计划"),
        (["--period", "2026", "--date", "2026/6/30"], "日期“2026/6/30”格式不正确"),
    ],
)
def test_cli_mistakes(demo_path, tmp_path: Path, capsys, args, message):
    out = tmp_path / "x.docx"
    assert main(["summary", "--db", str(demo_path), "--out", str(out), *args]) == 2
    err = capsys.readouterr().err
    assert message in err and "Traceback" not in err
    assert not out.exists()
    assert main(["summary", "--db", str(demo_path), "--out", str(tmp_path / "x.pdf"), "--period", "2026"]) == 2
    assert "只生成 Word 文件" in capsys.readouterr().err


def test_periods_and_ordinals():
    assert parse_period("2026") == (2026, None)
    assert parse_period("2026H1") == (2026, 1) and parse_period("2026h2") == (2026, 2)
    assert parse_period("2026年上半年") == (2026, 1)
    with pytest.raises(ValidationError):
        parse_period("26H1")
    assert [ordinal(n) for n in (1, 10, 11, 20, 23)] == ["一", "十", "十一", "二十", "二十三"]


def test_an_empty_period_says_so(reg, office):
    summary = build_summary(reg, "2025", today=date(2026, 3, 1))
    texts = [b.text for b in summary.blocks]
    assert summary.figures.tasks == 0 and "完成率—" in texts[0]
    assert "本期没有原定完成的工作任务。" in texts


def test_dates_of_another_year_carry_their_year(reg, richer):
    parent = reg.scalar("SELECT parent_id FROM tasks WHERE id = ?", (richer.ids["宣传月"],))
    later = tasks.add_task(reg, richer.plan_id, "建成县幼教资源中心", parent_id=parent, deadline="2027-03-31",
                           deadline_kind="date", start_date="2026-01-01")
    tasks.set_departments(reg, later, reg.scalar("SELECT id FROM departments WHERE name='基础教育科'"), [])
    texts = [b.text for b in build_summary(reg, "2026", today=ON).blocks]
    assert any(t.startswith("4．建成县幼教资源中心（基础教育科，完成时限：2027年3月31日）") for t in texts), texts
