"""``desktop-app-cli lights``: counts by light, the warned list, Chinese errors with exit 2."""

from __future__ import annotations

from datetime import date

from desktop_app.cli import main
from desktop_app.storage import plans, progress, tasks
from desktop_app.storage.db import open_register


def make_register(path):
    with open_register(path) as reg:
        plan = plans.create_plan(reg, "2026年工作要点", 2026)
        section = tasks.add_task(reg, plan, "一、学前教育")
        late = tasks.add_task(reg, plan, "新建城区幼儿园", parent_id=section, start_date="2026-01-01",
                              deadline="2026-06-30", deadline_kind="date")
        fine = tasks.add_task(reg, plan, "保教质量提升", parent_id=section, start_date="2026-01-01",
                              deadline="2026-12-31", deadline_kind="date")
        progress.save_progress(reg, fine, "2026-W27", percent=60)
        return plan, late


def test_counts_and_list(db_path, capsys):
    plan, _late = make_register(db_path)
    assert main(["lights", "--db", str(db_path), "--date", "2026-07-01", "--list"]) == 0
    out = capsys.readouterr().out
    assert "亮灯情况：2026年7月1日，第27周（6月29日—7月5日），共 2 项具体任务" in out
    assert "■ 逾期 1" in out and "● 正常 1" in out
    assert "■ 逾期  1.1  新建城区幼儿园（未分工）：已超过完成时限（6月30日）1天" in out
    assert "按周一至周五计算工作日" in out
    assert main(["lights", "--db", str(db_path), "--date", "2026-01-05", "--plan", str(plan),
                 "--list"]) == 0
    assert "没有红灯、黄灯事项。" in capsys.readouterr().out


def test_limit_says_how_many_are_left_out(db_path, capsys):
    plan, _ = make_register(db_path)
    with open_register(db_path) as reg:
        for n in range(3):
            tasks.add_task(reg, plan, f"逾期事项{n}", start_date="2026-01-01", deadline="2026-02-27",
                           deadline_kind="date")
    assert main(["lights", "--db", str(db_path), "--date", str(date(2026, 7, 1)), "--list",
                 "--limit", "2"]) == 0
    assert "……另有 2 项未列出" in capsys.readouterr().out


def test_mistakes_are_reported_in_chinese(db_path, tmp_path, capsys):
    make_register(db_path)
    assert main(["lights", "--db", str(db_path), "--date", "2026-02-30"]) == 2
    assert "日期“2026-02-30”格式不正确" in capsys.readouterr().err
    assert main(["lights", "--db", str(db_path), "--plan", "99"]) == 2
    assert "找不到编号为 99 的计划" in capsys.readouterr().err
    assert main(["lights", "--db", str(tmp_path / "无此文件.db")]) == 2
    assert "找不到台账文件" in capsys.readouterr().err
