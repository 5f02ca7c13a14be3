"""Windows delivery: the PyInstaller spec, the NSIS script, the build script and the
self-test. The slow test freezes the program with the committed spec (a Linux bundle
here) and runs the frozen programs, so that a broken spec is caught before a Windows
build."""

from __future__ import annotations

import ast
import importlib.util
import json
import os
import re
import shutil
import subprocess
import sys
import time
from pathlib import Path

import docx
import pytest
from pypdf import PdfReader

ROOT = Path(__file__).resolve().parents[1]
PACKAGING = ROOT / "resources" / "packaging"
SPEC = PACKAGING / "desktop_app.spec"
NSIS = PACKAGING / "installer.nsi"


def _build_module():
    spec = importlib.util.spec_from_file_location("packaging_build", PACKAGING / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module  # its dataclass looks itself up there
    spec.loader.exec_module(module)
    return module


build = _build_module()


def _spec_constant(name: str):
    """A literal assigned at the top level of the spec (lists, tuples, sets of strings)."""
    for node in ast.parse(SPEC.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.Assign) and any(getattr(t, "id", None) == name for t in node.targets):
            return ast.literal_eval(node.value)
    raise AssertionError(f"{name} not found in the spec")


def _offscreen_env() -> dict[str, str]:
    return dict(os.environ, QT_QPA_PLATFORM="offscreen")


# -- the spec ------------------------------------------------------------------------

def test_spec_names_files_that_exist():
    text = SPEC.read_text(encoding="utf-8")
    ast.parse(text)
    for parts in re.findall(r'RESOURCES((?:\s*/\s*"[^"]+")+)', text):
        path = ROOT / "resources" / Path(*re.findall(r'"([^"]+)"', parts))
        assert path.exists(), path
    for script in re.findall(r'analysis\("([^"]+)"\)', text):
        assert (PACKAGING / script).is_file(), script
    assert (ROOT / "resources" / "icons" / "app.ico").read_bytes()[:4] == b"\0\0\1\0"


def test_excluded_qt_modules_are_not_used_by_the_program():
    unused = set(_spec_constant("QT_UNUSED"))
    assert {"QtWebEngineCore", "Qt3DCore", "QtQuick", "QtMultimedia", "QtQml"} <= unused
    used = set()
    for source in (ROOT / "desktop_app").rglob("*.py"):
        used |= set(re.findall(r"PySide6\.(Qt\w+)", source.read_text(encoding="utf-8")))
    assert used and not used & unused


def test_spec_keeps_the_qt_catalogue_the_program_loads():
    catalogues = _spec_constant("KEEP_QT_CATALOGUES")
    assert "qtbase_zh_CN.qm" in catalogues
    assert '"qtbase"' in (ROOT / "desktop_app" / "ui" / "shell" / "translations.py").read_text(encoding="utf-8")


def test_version_info_is_generated_from_the_package_version():
    from desktop_app import __version__

    assert build.numeric_version("0.1.0") == (0, 1, 0, 0)
    assert build.numeric_version("1.2.3rc1+local") == (1, 2, 3, 0)
    text = build.version_info_text()
    assert PACKAGING.joinpath("version_info.txt").read_text(encoding="utf-8") == text, \
        "run python resources/packaging/build.py (or regenerate version_info.txt)"
    assert f"'ProductVersion', '{__version__}'" in text
    ast.parse(text)
    assert build.installer_name() == f"督办台账-安装程序-{__version__}.exe"


# -- the installer script ------------------------------------------------------------

def test_installer_is_per_user_with_shortcuts_and_keeps_user_data():
    text = NSIS.read_text(encoding="utf-8")
    assert "Unicode true" in text
    assert "RequestExecutionLevel user" in text
    assert 'InstallDir "$LOCALAPPDATA\\Programs\\${APP_NAME}"' in text
    assert '!define APP_NAME "督办台账"' in text
    assert '!insertmacro MUI_LANGUAGE "SimpChinese"' in text
    assert 'CreateShortcut "$SMPROGRAMS\\${APP_NAME}.lnk"' in text
    assert 'CreateShortcut "$DESKTOP\\${APP_NAME}.lnk"' in text
    assert 'WriteRegStr HKCU "${UNINSTALL_KEY}" "UninstallString"' in text
    assert "HKLM" not in text
    uninstall = text[text.index('Section "Uninstall"'):]
    assert "$APPDATA" not in uninstall and "DubanTaizhang\"" not in uninstall
    # Only the installed files go, never the whole folder the clerk chose.
    assert 'RMDir /r "$INSTDIR\\_internal"' in uninstall
    assert not re.search(r'RMDir /r "\$INSTDIR"', uninstall)
    assert 'DeleteRegKey HKCU "${UNINSTALL_KEY}"' in uninstall


@pytest.mark.skipif(shutil.which("makensis") is None, reason="NSIS (makensis) is not installed")
def test_installer_script_compiles(tmp_path):
    payload = tmp_path / "督办台账"
    (payload / "_internal").mkdir(parents=True)
    (payload / "desktop-app.exe").write_bytes(b"MZ placeholder")
    (payload / "desktop-app-cli.exe").write_bytes(b"MZ placeholder")
    (payload / "_internal" / "data.txt").write_text("数据", encoding="utf-8")
    out = build.build_installer(payload, tmp_path / build.installer_name(), shutil.which("makensis"))
    assert out.read_bytes()[:2] == b"MZ"


# -- the self-test from source -------------------------------------------------------

def test_self_test_from_source_in_a_folder_with_chinese_and_spaces(tmp_path):
    pdf = tmp_path / "我的 文档" / "自检 周报表.pdf"
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", "--self-test-out", str(pdf)],
        env=_offscreen_env(), capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
    )
    assert proc.returncode == 0, proc.stderr
    assert "自检通过" in proc.stdout
    result = json.loads(pdf.with_suffix(".json").read_text(encoding="utf-8"))
    assert result["ok"] and result["pages"] == len(PdfReader(pdf).pages) > 0
    assert 0 < result["window_seconds"] <= result["pdf_seconds"]


def test_self_test_failure_exits_non_zero_with_a_message(tmp_path):
    blocker = tmp_path / "不是文件夹"
    blocker.write_text("", encoding="utf-8")
    proc = subprocess.run(
        [sys.executable, "-m", "desktop_app", "--self-test", "--self-test-out", str(blocker / "x.pdf")],
        env=_offscreen_env(), capture_output=True, text=True, encoding="utf-8", timeout=120, cwd=ROOT,
    )
    assert proc.returncode == 1
    assert "自检失败" in proc.stderr


# -- the frozen program (slow) ---------------------------------------------------------

@pytest.fixture(scope="module")
def frozen_bundle(tmp_path_factory) -> Path:
    pytest.importorskip("PyInstaller", reason="PyInstaller is not installed (pip install -e '.[package]')")
    base = tmp_path_factory.mktemp("freeze")
    started = time.perf_counter()
    bundle = build.freeze(base / "dist", base / "work")
    print(f"\nPyInstaller: {time.perf_counter() - started:.0f} s, bundle {build.folder_size(bundle):,} bytes")
    return bundle


@pytest.mark.slow
def test_frozen_program_passes_its_self_test(frozen_bundle, tmp_path):
    # The Linux bundle also carries ICU (about 38 MB) that Qt on Windows takes from the system.
    assert build.folder_size(frozen_bundle) < 175e6
    timing = build.run_self_test(build.frozen_command(frozen_bundle), tmp_path / "我的 文档")
    pdf = tmp_path / "我的 文档" / "周报表.pdf"
    assert timing.pages == len(PdfReader(pdf).pages) > 0
    assert not list(frozen_bundle.rglob("*WebEngine*")) and not list(frozen_bundle.rglob("*Qt6Quick*"))


@pytest.mark.slow
def test_frozen_cli_prints_a_report(frozen_bundle, tmp_path):
    cli = str(frozen_bundle / f"desktop-app-cli{build.EXE}")
    version = subprocess.run([cli, "--version"], capture_output=True, text=True, encoding="utf-8", timeout=60)
    assert version.returncode == 0 and "督办台账" in version.stdout
    folder = tmp_path / "我的 文档"
    folder.mkdir()
    db, pdf, plan = folder / "示例 台账.db", folder / "周报表.pdf", folder / "工作要點 繁體.docx"
    document = docx.Document()
    for line in ("示範縣教育局2026年工作要點", "一、加強黨的建設", "1.完成黨建陣地標準化建設，6月底前完成。"):
        document.add_paragraph(line)
    document.save(plan)
    runs = {
        "demo": ["demo", "--db", str(db), "--tasks", "40", "--weeks", "6"],
        "report": ["report", "weekly", "--db", str(db), "--out", str(pdf)],
        "word": ["report", "weekly", "--db", str(db), "--out", str(folder / "周报表.docx")],
        "import": ["import", str(plan), "--db", str(folder / "导入.db"), "--simplified"],
    }
    outputs = {}
    for name, args in runs.items():
        proc = subprocess.run([cli, *args], capture_output=True, text=True, encoding="utf-8",
                              env=_offscreen_env(), timeout=120)
        assert proc.returncode == 0, proc.stderr
        outputs[name] = proc.stdout
    assert len(PdfReader(pdf).pages) > 0
    assert docx.Document(str(folder / "周报表.docx")).tables  # python-docx and its template are shipped
    assert "完成党建阵地标准化建设" in outputs["import"]  # .docx read, OpenCC's dictionaries found
