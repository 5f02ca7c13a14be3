"""Cold start of the frozen program vs from source: seconds from launch to the main window
shown and to the end of ``--self-test`` (demo register, main window, weekly sheet PDF).

Usage: ``python bench/bench_frozen_start.py [--bundle dist/督办台账] [--runs 5] [--cold]``;
without a bundle (``python resources/packaging/build.py`` makes one) it freezes into a
temporary folder. ``--cold`` empties the system's file cache before every run (Linux, root),
so each start reads the program from disk like the first start after switching on.
"""

from __future__ import annotations

import argparse
import importlib.util
import os
import sys
import tempfile
import time
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]


def load_build_script():
    """``resources/packaging/build.py`` as a module (it is a script, not part of the package)."""
    spec = importlib.util.spec_from_file_location("packaging_build", ROOT / "resources" / "packaging" / "build.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules[spec.name] = module
    spec.loader.exec_module(module)
    return module


def drop_file_cache() -> None:
    os.sync()
    Path("/proc/sys/vm/drop_caches").write_text("3\n")


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--bundle", type=Path, help="the PyInstaller folder (default: dist/督办台账 if built)")
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--cold", action="store_true", help="empty the file cache before each run (Linux, root)")
    args = parser.parse_args()
    build = load_build_script()
    bundle = args.bundle or ROOT / "dist" / build.APP_NAME
    with tempfile.TemporaryDirectory(prefix="bench-frozen-") as tmp:
        if not (bundle / f"desktop-app{build.EXE}").exists():
            started = time.perf_counter()
            bundle = build.freeze(Path(tmp) / "dist", Path(tmp) / "work")
            print(f"froze {bundle} in {time.perf_counter() - started:.0f} s")
        size = build.folder_size(bundle)
        print(f"bundle: {size:,} bytes ({size / 1e6:.1f} MB) unpacked")
        for line in build.describe_start(build.compare_start(bundle, args.runs, drop_file_cache if args.cold else None)):
            print(line)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
