import subprocess
import sys

from desktop_app import __version__
from desktop_app.cli import main


def test_version(capsys):
    try:
        main(["--version"])
    except SystemExit as exc:
        assert exc.code == 0
    assert __version__ in capsys.readouterr().out


def test_demo_then_check(tmp_path, capsys):
    db = tmp_path / "示例.db"
    assert main(["demo", "--db", str(db), "--tasks", "80", "--weeks", "4", "--seed", "2"]) == 0
    assert "任务 80 项" in capsys.readouterr().out
    assert main(["check", "--db", str(db)]) == 0
    out = capsys.readouterr().out
    assert "完整性检查：正常" in out and "任务 80" in out


def test_demo_refuses_existing_file(tmp_path, capsys):
    db = tmp_path / "real.db"
    db.write_bytes(b"SQLite format 3\x00" + b"\x00" * 100)
    assert main(["demo", "--db", str(db)]) == 2
    assert "已存在" in capsys.readouterr().err


def test_check_finds_corrupted_file(tmp_path, capsys):
    db = tmp_path / "demo.db"
    assert main(["demo", "--db", str(db), "--tasks", "400", "--weeks", "8"]) == 0
    data = bytearray(db.read_bytes())
    # Scribble over the middle of the file: b-tree pages become garbage.
    for i in range(len(data) // 3, len(data) // 3 + 8192):
        data[i] = (i * 7) % 256
    db.write_bytes(bytes(data))
    capsys.readouterr()
    assert main(["check", "--db", str(db)]) == 1
    assert "发现问题" in capsys.readouterr().out


def test_check_on_non_database(tmp_path, capsys):
    f = tmp_path / "x.db"
    f.write_text("hello")
    assert main(["check", "--db", str(f)]) == 1
    assert "不是台账文件" in capsys.readouterr().out


def test_errors_are_chinese_without_traceback(tmp_path):
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "check", "--db", str(tmp_path / "missing.db")],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 2
    assert "找不到台账文件" in proc.stderr
    assert "Traceback" not in proc.stderr
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app.cli", "demo", "--tasks", "x"],
        capture_output=True, text=True, encoding="utf-8",
    )
    assert proc.returncode == 2 and "错误" in proc.stderr and "Traceback" not in proc.stderr
