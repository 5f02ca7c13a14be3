"""Forms and reports are written beside their target under a name the temp-file sweep knows,
then renamed: what a killed run left behind is removed by the next write into the folder,
while a temporary file of a program still running is left alone."""

from __future__ import annotations

import os
from datetime import datetime
from pathlib import Path

import openpyxl
import pytest

from desktop_app.forms.export import export_forms
from desktop_app.reports.model import Column, Group, Report, Row
from desktop_app.reports.word import write_docx
from desktop_app.reports.xlsx import write_xlsx
from desktop_app.storage import directory, locking, tempfiles
from desktop_app.storage.db import open_register


def _dead_pid() -> int:
    pid = 2**22 + 777
    while locking.pid_alive(pid):
        pid += 1
    return pid


def _leftovers(folder: Path) -> tuple[list[Path], Path]:
    """A crashed run's temporary files (a file and a folder), and one of a live process."""
    folder.mkdir(parents=True, exist_ok=True)
    dead = f"{tempfiles.TEMP_PREFIX}{_dead_pid()}-{tempfiles.host_tag()}-"
    crashed = folder / f"{dead}周报表.xlsx.tmp.xlsx"
    crashed.write_bytes(b"half a workbook")
    crashed_dir = folder / f"{dead}abc-台账.db"
    crashed_dir.mkdir()
    (crashed_dir / "台账.db").write_bytes(b"a copy")
    live = folder / f"{tempfiles.TEMP_PREFIX}{os.getppid()}-{tempfiles.host_tag()}-报表.docx.tmp.docx"
    live.write_bytes(b"being written by a program still running")
    return [crashed, crashed_dir], live


def _temporary(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir() if p.name.startswith(tempfiles.TEMP_PREFIX))


def _report() -> Report:
    columns = [Column("seq", "序号", 0.5, "center", wrap=False), Column("title", "工作任务", 2.0)]
    return Report("weekly", "重点工作推进情况周报表", "填报单位：示范县教育局", columns,
                  [Group("办公室", [Row({"seq": "1", "title": "完善学校食堂管理制度"})])])


@pytest.mark.parametrize("writer", [write_xlsx, write_docx])
def test_a_report_sweeps_what_a_crash_left_and_leaves_a_live_write_alone(tmp_path, writer):
    out = tmp_path / "报表"
    crashed, live = _leftovers(out)
    target = out / ("周报表.xlsx" if writer is write_xlsx else "周报表.docx")
    assert writer(_report(), target) == target
    assert not any(p.exists() for p in crashed)
    assert _temporary(out) == [live.name]  # nothing of its own left, the live one kept
    if writer is write_xlsx:
        assert openpyxl.load_workbook(target).active["A1"].value == "重点工作推进情况周报表"


def test_a_failed_report_leaves_neither_a_half_file_nor_a_temporary_one(tmp_path, monkeypatch):
    out = tmp_path / "报表"
    out.mkdir()
    target = out / "周报表.xlsx"
    target.write_bytes(b"last week's report")

    def locked(src, dst):  # the old report is open in Excel: the rename is refused
        raise PermissionError(13, "Permission denied", str(dst))

    monkeypatch.setattr(tempfiles.os, "replace", locked)
    with pytest.raises(PermissionError):
        write_xlsx(_report(), target)
    assert target.read_bytes() == b"last week's report"
    assert _temporary(out) == []


def test_a_forms_export_sweeps_what_a_crash_left_and_leaves_a_live_write_alone(demo_path, tmp_path):
    out = tmp_path / "填报表"
    crashed, live = _leftovers(out)
    with open_register(demo_path) as reg:
        dep = directory.department_id(reg, "教研室")
        [result] = export_forms(reg, "2026-W47", out, department_ids=[dep], now=datetime(2026, 11, 18, 9, 0))
    assert result.path is not None and result.path.exists()
    assert openpyxl.load_workbook(result.path).sheetnames
    assert not any(p.exists() for p in crashed)
    assert _temporary(out) == [live.name]


def test_temporary_names_carry_the_process_and_the_machine(tmp_path):
    name = tempfiles.temp_name(tmp_path / "周报表.xlsx", ".tmp.xlsx").name
    assert name == f"{tempfiles.TEMP_PREFIX}{os.getpid()}-{tempfiles.host_tag()}-周报表.xlsx.tmp.xlsx"
    folder = tempfiles.temp_folder(tmp_path, "台账.db")
    assert folder.is_dir() and folder.name.startswith(f"{tempfiles.TEMP_PREFIX}{os.getpid()}-")
    assert tempfiles.sweep_temp_files(tmp_path) == []  # this process's own: kept


@pytest.mark.parametrize("skew", [+7200.0, -7200.0])
def test_another_machines_temporary_file_is_aged_by_the_clock_of_its_folder(tmp_path, monkeypatch, skew):
    """A copy another computer is writing into a shared folder is left alone while the
    folder's clock says it is recent, whatever this computer's clock says; one untouched
    for over an hour by that clock is swept."""
    recent = tmp_path / f"{tempfiles.TEMP_PREFIX}{_dead_pid()}-0badcafe-台账_x.db.tmp"
    recent.write_bytes(b"another machine's copy in progress")
    abandoned = tmp_path / f"{tempfiles.TEMP_PREFIX}{_dead_pid()}-0badcafe-台账_y.db.tmp"
    abandoned.write_bytes(b"another machine's copy, abandoned")
    old = abandoned.stat().st_mtime - tempfiles.FOREIGN_TEMP_AGE - 60
    os.utime(abandoned, (old, old))
    real = locking.time.time
    monkeypatch.setattr(locking.time, "time", lambda: real() + skew)
    assert tempfiles.sweep_temp_files(tmp_path) == [abandoned]
    assert recent.exists()
