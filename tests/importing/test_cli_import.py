"""``desktop-app-cli import``: JSON contract, tree summary, writing, and refusals with exit 2."""

from __future__ import annotations

import json
import subprocess
import sys
from pathlib import Path

import pytest

from desktop_app.cli import main
from desktop_app.importing import reading
from desktop_app.storage.db import open_register

FIXTURES = Path(__file__).resolve().parent / "fixtures"
COUNTY = FIXTURES / "plan_county_2024.txt"

ITEM_KEYS = {"id", "parent", "level", "marker", "title", "text", "is_task", "deadline", "lead",
             "co_units", "owner", "leader", "indicators", "milestones"}


def counts(db: Path) -> tuple[int, int]:
    with open_register(db, create=False) as reg:
        return reg.scalar("SELECT count(*) FROM plans"), reg.scalar("SELECT count(*) FROM tasks")


def test_json_follows_the_contract(capsys) -> None:
    assert main(["import", str(COUNTY), "--json"]) == 0
    out = capsys.readouterr().out
    assert "青山县" in out  # ensure_ascii=False: Chinese as written
    data = json.loads(out)
    assert set(data) == {"title", "year", "items"}
    assert (data["title"], data["year"]) == ("青山县教育体育局2024年工作要点", 2024)
    ids = [item["id"] for item in data["items"]]
    for item in data["items"]:
        assert set(item) == ITEM_KEYS
        assert item["parent"] is None or item["parent"] in ids[: ids.index(item["id"])]
        if item["deadline"] is not None:
            assert set(item["deadline"]) == {"text", "due", "start", "kind"}
        for indicator in item["indicators"]:
            assert set(indicator) == {"text", "value", "unit", "comparator"}
        for milestone in item["milestones"]:
            assert set(milestone) == {"text", "due"}
    build = next(i for i in data["items"] if i["title"] == "实施城区学校扩容工程")
    assert build["deadline"] == {"text": "8月10日-8月20日", "due": "2024-08-20", "start": "2024-08-10", "kind": "date"}
    assert build["lead"] == "计划财务科" and build["co_units"] == ["基础教育科", "安全办"]
    assert {"text": "完成校舍加固2.3万平方米", "value": 2.3, "unit": "万平方米", "comparator": "="} in build["indicators"]


def test_summary_shows_the_tree(capsys) -> None:
    assert main(["import", str(COUNTY)]) == 0
    out = capsys.readouterr().out
    assert "《青山县教育体育局2024年工作要点》 2024 年" in out
    assert "      1.深化理论学习 【全年→2024-12-31】 【牵头：组干科；配合：机关党委】" in out
    assert "一、指导思想 （非任务）" in out


def test_import_writes_the_plan(tmp_path: Path, capsys) -> None:
    db = tmp_path / "台账.db"
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "已导入计划" in out
    plans, tasks = counts(db)
    assert plans == 1 and tasks >= 20


def test_dry_run_writes_nothing(tmp_path: Path, capsys) -> None:
    db = tmp_path / "台账.db"
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    before = counts(db)
    assert main(["import", str(COUNTY), "--db", str(db), "--dry-run"]) == 0
    assert counts(db) == before


def test_gbk_file_with_year_and_simplified_options(tmp_path: Path, capsys) -> None:
    path = tmp_path / "要点.txt"
    path.write_bytes("一、職業教育工作\n1.3月底前完成協議簽訂。\n2.落實責任。\n".encode("gbk"))
    assert main(["import", str(path), "--year", "2026", "--simplified", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["year"] == 2026
    assert [i["title"] for i in data["items"]] == ["职业教育工作", "3月底前完成协议签订", "落实责任"]
    assert data["items"][1]["deadline"]["due"] == "2026-03-31"


def bad_files(tmp_path: Path) -> dict[str, tuple[Path, str]]:
    empty = tmp_path / "空.txt"
    empty.write_bytes(b"")
    doc = tmp_path / "旧版.doc"
    doc.write_bytes(reading.OLE_MAGIC + b"\x00" * 1024)
    binary = tmp_path / "图.txt"
    binary.write_bytes(bytes(range(256)) * 64)
    prose = tmp_path / "散文.txt"
    prose.write_text("今天天气很好。我们去公园散步，看到很多花。\n晚上回家吃饭。", encoding="utf-8")
    pdf = tmp_path / "要点.pdf"
    pdf.write_bytes(b"%PDF-1.7\n")
    huge = tmp_path / "巨大.txt"
    with huge.open("wb") as fh:
        fh.truncate(reading.MAX_BYTES + 1)
    broken = tmp_path / "损坏.docx"
    broken.write_bytes(b"PK\x03\x04 not really a zip")
    return {
        "empty": (empty, "空文件"),
        "doc": (doc, "另存为 .docx"),
        "binary": (binary, "不是文字文档"),
        "no outline": (prose, "没有找到任何编号的条目"),
        "pdf": (pdf, "PDF"),
        "huge": (huge, "200 MB"),
        "corrupt docx": (broken, "docx"),
        "missing": (tmp_path / "没有.txt", "找不到文件"),
    }


@pytest.mark.parametrize("case", ["empty", "doc", "binary", "no outline", "pdf", "huge", "corrupt docx", "missing"])
def test_bad_input_exits_2_in_chinese_and_leaves_the_register_alone(tmp_path: Path, capsys, case: str) -> None:
    db = tmp_path / "台账.db"
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    before = counts(db)
    capsys.readouterr()
    path, phrase = bad_files(tmp_path)[case]
    assert main(["import", str(path), "--db", str(db)]) == 2
    err = capsys.readouterr().err
    assert err.startswith("错误：") and phrase in err, err
    assert counts(db) == before


def test_unknown_year_refuses_to_write(tmp_path: Path, capsys) -> None:
    path = tmp_path / "无年度.txt"
    path.write_text("某局工作要点\n一、加强党建\n1.3月底前完成。\n2.落实责任。\n", encoding="utf-8")
    db = tmp_path / "台账.db"
    assert main(["import", str(path), "--db", str(db)]) == 2
    assert "--year" in capsys.readouterr().err
    assert not db.exists() or counts(db) == (0, 0)


def test_bad_year_option(capsys) -> None:
    assert main(["import", str(COUNTY), "--year", "24"]) == 2
    assert "--year" in capsys.readouterr().err


def test_text_piped_in(tmp_path: Path) -> None:
    text = "某局2024年工作要点\n一、安全工作\n1.3月底前完成排查。\n2.建立台账。\n"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "import", "-", "--json"],
        input=text.encode("gbk"), capture_output=True,
    )
    assert proc.returncode == 0, proc.stderr.decode("utf-8")
    data = json.loads(proc.stdout.decode("utf-8"))
    assert [i["title"] for i in data["items"]] == ["安全工作", "3月底前完成排查", "建立台账"]
    assert data["items"][1]["deadline"]["due"] == "2024-03-31"


def test_no_traceback_from_the_command_line(tmp_path: Path) -> None:
    path = tmp_path / "旧版.doc"
    path.write_bytes(reading.OLE_MAGIC + b"\x00" * 1024)
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "import", str(path)],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 2
    assert "Word/WPS" in proc.stderr and "Traceback" not in proc.stderr


def test_an_import_from_the_command_line_is_backed_up_once_a_day(tmp_path: Path, capsys) -> None:
    from desktop_app.storage.backup import list_backups

    db = tmp_path / "台账.db"
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    assert len(list_backups(db)) == 1  # the day's work is in a backup before tomorrow
    assert "已备份" in capsys.readouterr().err
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    assert main(["import", str(COUNTY), "--db", str(db)]) == 0
    assert len(list_backups(db)) == 2  # at most one extra a day beyond the first
