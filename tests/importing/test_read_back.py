"""The program reads back the 任务分解表.xlsx it exports, without being told the year."""

from __future__ import annotations

import json
from pathlib import Path

import openpyxl

from desktop_app.cli import main
from desktop_app.storage.db import open_register

FIXTURES = Path(__file__).resolve().parent / "fixtures"


def test_exported_breakdown_reads_back_cleanly(tmp_path: Path, capsys) -> None:
    db, out = tmp_path / "台账.db", tmp_path / "任务分解表.xlsx"
    assert main(["import", str(FIXTURES / "plan_county_2024.txt"), "--db", str(db)]) == 0
    assert main(["report", "breakdown", "--db", str(db), "--out", str(out)]) == 0
    capsys.readouterr()
    with open_register(db, create=False) as reg:
        titles = [r["title"] for r in reg.query("SELECT title FROM tasks ORDER BY id")]
    assert main(["import", str(out), "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert (data["title"], data["year"]) == ("青山县教育体育局2024年工作要点", 2024)
    read = [i["title"] for i in data["items"]]
    assert not any(t.startswith("合计") for t in read)
    assert [t for t in read if t in titles] == [t for t in titles if t in read]
    assert len([t for t in read if t in titles]) >= len(titles) - 3
    by_title = {i["title"]: i for i in data["items"]}
    learn = by_title["深化理论学习"]
    assert learn["deadline"]["due"] == "2024-12-31" and learn["lead"] == "组干科"
    parent = next(i for i in data["items"] if i["id"] == learn["parent"])
    assert parent["title"] == "加强党的建设"

    # A title without its year: the 年度 line under it gives the year, no --year needed.
    wb = openpyxl.load_workbook(out)
    wb.active["A1"] = "青山县教育体育局工作要点任务分解表"
    wb.save(out)
    db2 = tmp_path / "另一个.db"
    assert main(["import", str(out), "--db", str(db2)]) == 0
    with open_register(db2, create=False) as reg:
        assert reg.query("SELECT title, year FROM plans") == [{"title": "青山县教育体育局工作要点", "year": 2024}]
