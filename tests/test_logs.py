"""The program's log: start-up's lines held until the file is opened, errors written at
once, every line in the file in order, rotation as before."""

from __future__ import annotations

import logging
import weakref

import pytest

from desktop_app import logs


@pytest.fixture
def log_file(tmp_path):
    path = logs.setup_logging(tmp_path / "日志")
    yield path
    for handler in list(logs.log.handlers):
        if isinstance(handler, logs.RotatingLog):
            logs.log.removeHandler(handler)
            handler.close()


def test_start_up_lines_wait_for_the_file_and_arrive_in_order(log_file):
    logs.log.info("第一行")
    assert not log_file.exists()  # nothing opened before the window has painted
    logs.open_log_file()
    logs.log.info("第二行")
    text = logs.collected_log(log_file)
    assert text.index("启动") < text.index("第一行") < text.index("第二行")


def test_an_error_is_written_at_once_after_what_was_held(log_file):
    logs.log.info("打开台账")
    logs.log.warning("Qt: 平台提示")
    assert not log_file.exists()
    logs.log.error("备份失败")
    lines = log_file.read_text(encoding="utf-8").splitlines()
    assert [line.split(": ", 1)[1] for line in lines[1:]] == ["打开台账", "Qt: 平台提示", "备份失败"]
    assert "启动" in lines[0]


def test_reading_the_log_or_ending_the_program_writes_what_is_held(log_file):
    logs.log.info("只在内存里")
    assert "只在内存里" in logs.collected_log(log_file)  # reading it flushes
    logs.log.info("结束前")
    ours = [weakref.ref(h) for h in logs.log.handlers if isinstance(h, logs.RotatingLog)]
    logging.shutdown(ours)  # what the interpreter does with every handler at exit
    assert "结束前" in log_file.read_text(encoding="utf-8")


def test_the_file_still_rotates(log_file, monkeypatch):
    monkeypatch.setattr(logs, "MAX_BYTES", 2000)
    logs.open_log_file()
    for n in range(200):
        logs.log.info("第%d行：%s", n, "进展" * 20)
    rotated = logs.log_files(log_file)
    assert len(rotated) == logs.BACKUP_COUNT + 1
    assert all(p.stat().st_size <= 2000 for p in rotated)
    assert "第199行" in log_file.read_text(encoding="utf-8")


def test_setting_up_twice_adds_no_second_file(log_file):
    logs.setup_logging(log_file.parent)
    assert sum(isinstance(h, logs.RotatingLog) for h in logs.log.handlers) == 1
