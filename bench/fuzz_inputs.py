"""Run every importer over a large corpus of broken files and count the outcomes.

Each file of ``tests/importing/bad_files.corpus`` (with many mutants of the valid
seeds, the zip bombs and the 200 MB sparse file) goes to the plan importer, the
people-list reader (.xlsx) and the forms import (.xlsx, against a real register
whose row counts must not change). A case fails when anything other than the
importer's own user-facing error escapes, or a refused form changed the register.

Then the hostile cases of the register itself (``--hostile-only`` runs just these):

- control characters typed, pasted or imported through every way in (the .txt, .csv and
  .xlsx importers, the week grid, task fields, the directory, a returned form), after which
  every report and the forms must still export, with no control character stored or written;
- foreign and damaged files: other programs' SQLite files, empty and garbage files, cut-off
  copies, pages overwritten at random, a foreign application id, a newer schema or an unknown
  upgrade step — given to every command (check, lights, report, forms, import, backup and
  backup --restore as the backup);
- lock-file variants: empty, garbage, cut-off JSON, huge and non-integer process ids, oversized;
- read-only media: a read-only bind mount of the register's folder (root ignores file
  permissions, so the mount is what makes it read-only), reading jobs must work and writing
  ones be refused.

Every command runs through the CLI's ``main`` with its output captured, and is counted:
tracebacks (an exception escaping, an internal error) and English messages shown (target 0).

Usage: ``python bench/fuzz_inputs.py [--mutants 150] [--seed 1] [--hostile-only]``.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import random
import re
import shutil
import sqlite3
import subprocess
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


# -- hostile cases of the register --------------------------------------------------------

CONTROL = [chr(c) for c in [*range(0, 9), 11, 12, *range(14, 32), 127, 0x85, 0x9B]] + ["\r", "\r\n", "\u2028"]
# Any Latin word of three letters or more left after file names, paths and the program's own
# vocabulary (command names, options, formats) are taken out is English shown to a clerk.
_ENGLISH = re.compile(r"[A-Za-z]{3,}|\b(?:Is|I/O|OS)\b")
_ALLOWED = re.compile(
    r"desktop-app-cli|--[a-z-]+|\b(?:backup|restore|import|report|lights|check|forms|export|"
    r"xlsx|xlsm|pdf|docx|csv|txt|json|WPS|Excel|Word|PDF|MB|KB|SQLite)\b"
)
_PATH = re.compile(r"(?:/|[A-Za-z]:\\)[^\s“”‘’（）()，。：；]*")
_DATA = re.compile(r"[\w-]*[\d_-][\w-]*")  # names and ids echoed from the data: table0, OTHER-PC


def english(text: str, paths: tuple[Path, ...] = ()) -> bool:
    """Whether an output shows English words to the clerk (paths, file names and data aside)."""
    for path in paths:
        text = text.replace(str(path), "").replace(path.name, "")
    text = _DATA.sub("", _PATH.sub("", text))
    return bool(_ENGLISH.search(_ALLOWED.sub("", text)))


for _sample in ("database or disk is full", "disk I/O error", "No space left on device", "Is a directory",
                "unable to open database file", "no such table: plans"):
    assert english(_sample), _sample


class Tally:
    def __init__(self) -> None:
        self.tried = 0
        self.tracebacks: list[str] = []
        self.english: list[str] = []
        self.wrong: list[str] = []

    def cli(self, label: str, *argv: str, stdin: str = "", paths: tuple[Path, ...] = ()) -> tuple[int, str]:
        """One command through the CLI's ``main``, its output checked for tracebacks and English."""
        from desktop_app.cli import main as cli_main

        self.tried += 1
        out, err = io.StringIO(), io.StringIO()
        old_stdin = sys.stdin
        sys.stdin = io.TextIOWrapper(io.BytesIO(stdin.encode("utf-8")), encoding="utf-8")
        try:
            with contextlib.redirect_stdout(out), contextlib.redirect_stderr(err):
                code = cli_main(list(argv))
        except SystemExit as exc:
            code = int(exc.code or 0)
        except BaseException:  # noqa: BLE001 - a traceback the clerk would see
            self.tracebacks.append(f"{label}: {traceback.format_exc(limit=4)}")
            return -1, ""
        finally:
            sys.stdin = old_stdin
        text = out.getvalue() + err.getvalue()
        if code == 3 or "Traceback" in text:
            self.tracebacks.append(f"{label}: {text.strip()[:300]}")
        if english(text, paths):
            self.english.append(f"{label}: {text.strip()[:300]}")
        return code, text


def _has_control(text: str) -> bool:
    return any(ch in text for ch in CONTROL if ch not in ("\r\n",))


def _sprinkle(rng: random.Random, text: str) -> str:
    chars = list(text)
    for _ in range(rng.randint(1, 4)):
        chars.insert(rng.randrange(len(chars) + 1), rng.choice(CONTROL))
    return "".join(chars)


def hostile_text(folder: Path, tally: Tally, rng: random.Random, rounds: int) -> None:
    """Control characters through every way in; then every export must work."""
    from openpyxl import Workbook

    from desktop_app.forms.export import export_forms
    from desktop_app.storage import directory, progress, tasks
    from desktop_app.storage.week_sheet import save_week

    db = folder / "控制字符.db"
    for n in range(rounds):
        plan = folder / f"plan{n}.txt"
        plan.write_text(_sprinkle(rng, "某局2026年工作要点\n一、重点工作\n") + "\n".join(
            _sprinkle(rng, f"{k}. 推进第{k}项工作，6月底前完成。（责任科室：办公室）") for k in range(1, 6)),
            encoding="utf-8")
        tally.cli("import txt", "import", str(plan), "--db", str(db), paths=(plan, db))
        table = folder / f"table{n}.csv"
        table.write_text("序号,重点任务,牵头单位,完成时限\n" + "\n".join(
            f"{k},{_sprinkle(rng, '推进集团化办学').replace(',', '')},教研室,年底前" for k in range(1, 4)),
            encoding="utf-8")
        tally.cli("import csv", "import", str(table), "--db", str(db), "--year", "2026", paths=(table, db))
        wb = Workbook()
        wb.active.append(["序号", "重点任务", "牵头单位", "完成时限"])
        wb.active.append([1, "推进_x000B_课程_x0007_改革", "督导室", "6月底前"])
        xlsx = folder / f"table{n}.xlsx"
        wb.save(xlsx)
        tally.cli("import xlsx", "import", str(xlsx), "--db", str(db), "--year", "2026", paths=(xlsx, db))
        tally.cli("import stdin", "import", "-", "--db", str(db), paths=(db,),
                  stdin=_sprinkle(rng, "某局2026年工作要点\n一、重点工作\n1. 推进\x0b试点工作，年底前完成。\n"))
        with open_register(db) as reg:
            leaves = tasks.leaf_ids(reg)
            tally.tried += 4
            save_week(reg, "2026-W47", {t: {"done": _sprinkle(rng, "完成一半"), "next": _sprinkle(rng, "继续"),
                                             "problems": "", "percent": 50} for t in leaves[:5]},
                      today=__import__("datetime").date(2026, 11, 20))
            tasks.update_task(reg, leaves[0], description=_sprinkle(rng, "说明文字"))
            dep = directory.add_department(reg, _sprinkle(rng, f"新科室{n}"))
            directory.add_person(reg, _sprinkle(rng, f"张{n}"), department_id=dep)
            progress.save_progress(reg, leaves[1], "2026-W46", done=_sprinkle(rng, "上周进展"))
            texts = [v for table_name in ("tasks", "progress", "departments", "people", "plans", "audit")
                     for row in reg.query(f"SELECT * FROM {table_name}") for v in row.values()
                     if isinstance(v, str)]
            if any(_has_control(v) for v in texts):
                tally.wrong.append(f"round {n}: a control character was stored")
            forms_dir = folder / f"forms{n}"
            export_forms(reg, "2026-W47", forms_dir)
        for kind in ("weekly", "breakdown", "monthly", "overdue", "yearly"):
            code, _ = tally.cli(f"report {kind}", "report", kind, "--db", str(db), "--out",
                                str(folder / f"{kind}{n}.xlsx"), "--date", "2026-11-20", paths=(db, folder))
            if code != 0:
                tally.wrong.append(f"round {n}: report {kind} failed")
        code, _ = tally.cli("forms export", "forms", "export", "--db", str(db), "--week", "2026-W47",
                            "--out", str(folder / f"forms-cli{n}"), paths=(db, folder))
        if code != 0:
            tally.wrong.append(f"round {n}: forms export failed")
        returned = next((forms_dir.glob("*.xlsx")), None)
        if returned is not None:
            tally.cli("forms import", "forms", "import", "--db", str(db), str(returned), paths=(db, folder))


def _damaged_variants(good: Path, folder: Path, rng: random.Random, count: int) -> list[tuple[str, Path]]:
    out: list[tuple[str, Path]] = []

    def make(name: str, data: bytes) -> Path:
        path = folder / name
        path.write_bytes(data)
        return path

    raw = good.read_bytes()
    out.append(("empty", make("empty.db", b"")))
    out.append(("text", make("text.db", "这是一段文字，不是数据库。".encode())))
    out.append(("random", make("random.db", rng.randbytes(50_000))))
    out.append(("header only", make("header.db", raw[:100])))
    out.append(("cut off", make("cut.db", raw[: len(raw) // 2])))
    foreign = folder / "foreign.db"
    conn = sqlite3.connect(foreign)
    conn.execute("CREATE TABLE photos (id INTEGER PRIMARY KEY, name TEXT)")
    conn.execute("INSERT INTO photos (name) VALUES ('a.jpg')")
    conn.commit()
    conn.close()
    out.append(("foreign", foreign))
    tables_like = folder / "lookalike.db"
    conn = sqlite3.connect(tables_like)
    conn.execute("CREATE TABLE plans (id INTEGER PRIMARY KEY, title TEXT)")
    conn.execute("CREATE TABLE tasks (id INTEGER PRIMARY KEY)")
    conn.commit()
    conn.close()
    out.append(("look-alike tables", tables_like))
    other_id = bytearray(raw)
    other_id[68:72] = (0x12345678).to_bytes(4, "big")
    out.append(("foreign application id", make("otherid.db", bytes(other_id))))
    newer = folder / "newer.db"
    shutil.copy(good, newer)
    conn = sqlite3.connect(newer)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    out.append(("newer schema", newer))
    unknown = folder / "unknown-step.db"
    shutil.copy(good, unknown)
    conn = sqlite3.connect(unknown)
    conn.execute("INSERT INTO _sqlite_migrations (migration_set, name, applied_at) "
                 "VALUES ('dubantaizhang', 'm999_future', 'x')")
    conn.commit()
    conn.close()
    out.append(("unknown upgrade step", unknown))
    for k in range(count):
        data = bytearray(raw)
        for _ in range(rng.randint(1, 6)):
            page = rng.randrange(1, max(2, len(data) // 4096))
            start = page * 4096 + rng.randrange(0, 64)
            data[start:start + rng.randint(16, 4000)] = rng.randbytes(rng.randint(16, 4000))
        out.append((f"pages overwritten #{k}", make(f"damaged{k}.db", bytes(data[: len(raw)]))))
    return out


def hostile_files(folder: Path, tally: Tally, rng: random.Random, damaged: int) -> None:
    """Foreign and damaged files through every command, and as the backup to restore."""
    from desktop_app.storage.demo import generate as make_demo

    good = folder / "good.db"
    with open_register(good) as reg:
        make_demo(reg, tasks=150, weeks=6, seed=2)
        reg.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        reg.execute("PRAGMA journal_mode=DELETE")
    commands = [
        ["check"], ["lights", "--list"], ["report", "weekly", "--out", "{o}/w.xlsx"],
        ["report", "breakdown", "--out", "{o}/b.xlsx"], ["report", "notices", "--out", "{o}/n.xlsx", "--issue"],
        ["forms", "export", "--week", "2026-W47", "--out", "{o}/forms"], ["backup", "--out", "{o}/copy.db"],
        ["backup", "--list"],
    ]
    for label, path in _damaged_variants(good, folder, rng, damaged):
        before = path.read_bytes()
        out = folder / "out"
        for command in commands:
            argv = [a.format(o=out) for a in command]
            code, _ = tally.cli(f"{label}: {' '.join(command[:2])}", *argv, "--db", str(path),
                                "--date" if command[0] in ("lights", "report") else "--db",
                                "2026-11-20" if command[0] in ("lights", "report") else str(path),
                                paths=(path, folder))
        if label.startswith(("empty", "foreign", "look-alike", "newer", "unknown", "text", "random")):
            if path.exists() and path.read_bytes() != before:
                tally.wrong.append(f"{label}: a refused file was changed")
        target = folder / "restore-target.db"
        shutil.copy(good, target)
        target_before = target.read_bytes()
        code, text = tally.cli(f"{label}: restore from it", "backup", "--db", str(target), "--restore", str(path),
                               paths=(path, target, folder))
        if label.startswith("pages overwritten"):
            pass  # overwritten pages may miss every page a query reads: the copy can be good
        elif code == 0 or target.read_bytes() != target_before:
            tally.wrong.append(f"{label}: restored from a bad backup")
        elif path.name not in text:
            tally.wrong.append(f"{label}: the refusal does not name the backup")
        for side in folder.glob("restore-target*"):
            side.unlink()
        # Writing into it: refused, except an empty file, which is a new register's place.
        tally.cli(f"{label}: import --db", "import", "-", "--db", str(path), paths=(path, folder),
                  stdin="某局2026年工作要点\n一、重点工作\n1. 推进试点工作，年底前完成。\n")
        if not label.startswith("empty") and label.startswith(
                ("foreign", "look-alike", "newer", "unknown", "text", "random")) and path.read_bytes() != before:
            tally.wrong.append(f"{label}: import wrote into a refused file")
        shutil.rmtree(out, ignore_errors=True)
        shutil.rmtree(folder / "备份", ignore_errors=True)


# Damaged lock files must not keep the register closed; the last ones are well-formed locks of
# a colleague on another machine (host given), which are respected until their heartbeat stops.
LOCK_VARIANTS = [
    b"", b" ", b"\x00" * 10, b"{", b"[]", b"null", b'"x"', b"\xff\xfe garbage",
    b'{"pid": 1e300}', b'{"pid": -1e300}', b'{"pid": Infinity}', b'{"pid": NaN}',
    b'{"pid": 99999999999999999999999999}', b'{"pid": -5}', b'{"pid": "123"}', b'{"pid": true}',
    b'{"pid": [1]}', b'{"user": {"a": 1}, "pid": 1}', b'{"since": 12345, "pid": 0}',
    b'{"pid": 1e300, "host": "x"}', b'{"pid": 1, "host": 7}', b"{" * 200_000, b"x" * 100_000,
]
RESPECTED_LOCKS = [
    b'{"since": "not a date", "pid": 0, "host": "x"}',
    json.dumps({"user": "王五", "host": "OTHER-PC", "pid": 4, "since": "2026-11-20T09:00:00"}).encode(),
]


def hostile_locks(folder: Path, tally: Tally) -> None:
    from desktop_app.storage import locking
    from desktop_app.storage.errors import StorageError

    db = folder / "锁.db"
    open_register(db).close()
    for n, content in enumerate(LOCK_VARIANTS + RESPECTED_LOCKS):
        locking.lock_path(db).write_bytes(content)
        tally.tried += 1
        try:
            open_register(db).close()
            opened = True
        except StorageError as exc:
            opened = False
            if english(str(exc), (db,)):
                tally.english.append(f"lock #{n}: {exc}")
        except BaseException:  # noqa: BLE001
            tally.tracebacks.append(f"lock #{n}: {traceback.format_exc(limit=3)}")
            continue
        if not opened and n < len(LOCK_VARIANTS):
            tally.wrong.append(f"lock #{n} {content[:30]!r}: a damaged lock kept the register closed")
        if opened and n >= len(LOCK_VARIANTS):
            tally.wrong.append(f"lock #{n} {content[:30]!r}: a colleague's lock was ignored")
        tally.cli(f"lock #{n}: lights", "lights", "--db", str(db), paths=(db,))
        locking.lock_path(db).unlink(missing_ok=True)


def hostile_read_only(folder: Path, tally: Tally) -> str:
    """The register's folder as a read-only medium (a read-only bind mount)."""
    from desktop_app.forms.export import export_forms
    from desktop_app.storage.demo import generate as make_demo

    source = folder / "medium"
    source.mkdir()
    db = source / "只读.db"
    with open_register(db) as reg:
        make_demo(reg, tasks=150, weeks=6, seed=4)
        export_forms(reg, "2026-W47", folder / "first-forms")
    mount = folder / "ro"
    mount.mkdir()
    if subprocess.run(["mount", "--bind", str(source), str(mount)], capture_output=True).returncode:
        return "not run (no rights to mount)"
    try:
        if subprocess.run(["mount", "-o", "remount,bind,ro", str(mount)], capture_output=True).returncode:
            return "not run (no read-only remount)"
        ro = mount / db.name
        out = folder / "ro-out"
        reading = [["check"], ["lights", "--list", "--date", "2026-11-20"],
                   ["report", "weekly", "--out", f"{out}/w.xlsx", "--date", "2026-11-20"],
                   ["report", "yearly", "--out", f"{out}/y.xlsx", "--year", "2026"],
                   ["backup", "--out", f"{out}/copy.db"], ["backup", "--list"],
                   ["forms", "export", "--week", "2026-W47", "--out", f"{out}/forms"]]
        for command in reading:
            code, text = tally.cli(f"read-only: {command[0]}", *command, "--db", str(ro), paths=(ro, folder))
            if code != 0:
                tally.wrong.append(f"read-only {command}: refused: {text[:200]}")
        writing = [["report", "notices", "--out", f"{out}/n.xlsx", "--issue", "--date", "2026-11-20"],
                   ["import", "-"], ["backup"]]
        for command in writing:
            code, text = tally.cli(f"read-only: {command[0]} (write)", *command, "--db", str(ro), paths=(ro, folder),
                                   stdin="某局2026年工作要点\n一、重点工作\n1. 推进试点工作，年底前完成。\n")
            if code == 0:
                tally.wrong.append(f"read-only {command}: wrote to a read-only medium?")
        return "read-only bind mount"
    finally:
        subprocess.run(["umount", "-l", str(mount)], capture_output=True)


def hostile(seed: int, rounds: int, damaged: int) -> int:
    rng = random.Random(seed)
    tally = Tally()
    started = time.perf_counter()
    with tempfile.TemporaryDirectory(prefix="fuzz-hostile-") as tmp:
        folder = Path(tmp)
        for part, run in (("text", lambda f: hostile_text(f, tally, rng, rounds)),
                          ("files", lambda f: hostile_files(f, tally, rng, damaged)),
                          ("locks", lambda f: hostile_locks(f, tally))):
            sub = folder / part
            sub.mkdir()
            before = tally.tried
            run(sub)
            print(f"hostile {part}: {tally.tried - before} inputs")
        sub = folder / "readonly"
        sub.mkdir()
        before = tally.tried
        how = hostile_read_only(sub, tally)
        print(f"hostile read-only media: {tally.tried - before} jobs ({how})")
    for line in tally.tracebacks + tally.english + tally.wrong:
        print(line)
    print(f"hostile inputs tried: {tally.tried}; tracebacks: {len(tally.tracebacks)}; "
          f"English messages shown: {len(tally.english)}; wrong outcomes: {len(tally.wrong)}")
    print(f"hostile time: {time.perf_counter() - started:.1f} s")
    return 1 if tally.tracebacks or tally.english or tally.wrong else 0


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--mutants", type=int, default=150, help="mutants per valid seed file")
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--rounds", type=int, default=6, help="rounds of control characters")
    parser.add_argument("--damaged", type=int, default=40, help="registers with pages overwritten")
    parser.add_argument("--hostile-only", action="store_true", help="only the register's hostile cases")
    args = parser.parse_args()
    status = hostile(args.seed, args.rounds, args.damaged)
    if args.hostile_only:
        return status
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
    return 1 if failures or status else 0


if __name__ == "__main__":
    raise SystemExit(main())
