"""Run every importer over a large corpus of broken files and count the outcomes.

Each file of ``tests/importing/bad_files.corpus`` (with many mutants of the valid
seeds, the zip bombs and the 200 MB sparse file) goes to the plan importer, the
people-list reader (.xlsx) and the forms import (.xlsx, against a real register
whose row counts must not change). A case fails when anything other than the
importer's own user-facing error escapes, or a refused form changed the register.

Usage: ``python bench/fuzz_inputs.py [--mutants 150] [--seed 1]``.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time
import traceback
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parents[1]))

from desktop_app.forms.layout import FormError  # noqa: E402
from desktop_app.forms.returns import apply_preview, build_preview  # noqa: E402
from desktop_app.importing.directory_list import read_directory_xlsx  # noqa: E402
from desktop_app.importing.errors import ImportFailed  # noqa: E402
from desktop_app.importing.parse import parse_file  # noqa: E402
from desktop_app.storage.db import open_register  # noqa: E402
from desktop_app.storage.demo import generate  # noqa: E402
from desktop_app.storage.errors import StorageError  # noqa: E402
from tests.importing.bad_files import corpus  # noqa: E402

TABLES = ("plans", "tasks", "departments", "people", "task_departments", "progress", "audit")


def counts(reg) -> tuple:
    return tuple(reg.scalar(f"SELECT count(*) FROM {t}") for t in TABLES)


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=150, help="mutants per valid seed file")
    parser.add_argument("--seed", type=int, default=1)
    args = parser.parse_args()
    started = time.perf_counter()
    cases = corpus(seed=args.seed, mutants=args.mutants)
    runs = refused = accepted = 0
    failures: list[str] = []
    with tempfile.TemporaryDirectory(prefix="fuzz-") as tmp:
        folder = Path(tmp)
        db = folder / "台账.db"
        with open_register(db) as reg:
            generate(reg, tasks=200, weeks=4, seed=1)
        with open_register(db) as reg:
            for name, write in cases:
                path = folder / name
                write(path)
                checks = [("plan", lambda p=path: parse_file(p))]
                if name.endswith(".xlsx"):
                    checks.append(("people", lambda p=path: read_directory_xlsx(p)))
                    checks.append(("forms", lambda p=path: apply_preview(reg, build_preview(reg, [p]))))
                for target, check in checks:
                    runs += 1
                    before = counts(reg)
                    try:
                        check()
                        accepted += 1
                    except (ImportFailed, FormError, StorageError):
                        refused += 1
                    except Exception:  # noqa: BLE001 - exactly what this script hunts for
                        failures.append(f"{target} {name}: {traceback.format_exc(limit=3)}")
                    if target == "forms" and counts(reg) != before:
                        failures.append(f"{target} {name}: the register changed")
                path.unlink()
    for failure in failures:
        print(failure)
    print(f"fuzz files: {len(cases)}; importer runs: {runs}; refused with a message: {refused}; "
          f"read without complaint: {accepted}")
    print(f"fuzz cases run without failure: {runs - len(failures)} / {runs}")
    print(f"time: {time.perf_counter() - started:.1f} s")
    return 1 if failures else 0


if __name__ == "__main__":
    raise SystemExit(main())
