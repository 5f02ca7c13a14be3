"""``--help`` and usage errors in Chinese throughout: no argparse English mixed in."""

import re

import pytest

from desktop_app import app
from desktop_app.cli import build_parser, main

ENGLISH = re.compile(r"usage:|show this help|options:|positional arguments|show program's|"
                     r"the following arguments|unrecognized arguments|invalid choice|error:")


def help_of(capsys, argv) -> str:
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 0
    return capsys.readouterr().out


def test_main_help_is_chinese(capsys):
    out = help_of(capsys, ["--help"])
    assert out.startswith("用法：desktop-app-cli")
    assert "显示此帮助信息并退出" in out and "显示版本号并退出" in out and "选项" in out
    assert not ENGLISH.search(out), out


def test_every_command_help_is_chinese(capsys):
    sub = next(a for a in build_parser()._actions if a.dest == "command")
    names = list(sub.choices)
    assert "settings" in names and len(names) >= 10
    for name in names:
        out = help_of(capsys, [name, "--help"])
        assert out.startswith(f"用法：desktop-app-cli {name}"), name
        assert "显示此帮助信息并退出" in out
        assert not ENGLISH.search(out), (name, ENGLISH.search(out))


@pytest.mark.parametrize(("argv", "said"), [
    (["report"], "缺少参数"),
    (["lights", "--db", "x.db", "--bogus"], "无法识别的参数"),
    (["report", "nosuch", "--db", "x", "--out", "y.pdf"], "无效的选项"),
    (["nosuch"], "无效的选项"),
    (["lights", "--db", "x.db", "--limit", "many"], "不是有效的 int 值"),
])
def test_usage_errors_are_chinese(capsys, argv, said):
    with pytest.raises(SystemExit) as exit_info:
        main(argv)
    assert exit_info.value.code == 2
    err = capsys.readouterr().err
    assert said in err and "用法：" in err
    assert not ENGLISH.search(err), err


def test_the_program_help_is_chinese(capsys):
    with pytest.raises(SystemExit):
        app.parse_args(["--help"])
    out = capsys.readouterr().out
    assert out.startswith("用法：desktop-app") and "显示此帮助信息并退出" in out
    assert not ENGLISH.search(out), out
