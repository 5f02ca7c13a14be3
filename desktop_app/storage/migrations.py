"""Numbered schema migrations, applied in order every time a register is opened.

Each migration runs in one transaction together with its record in
``_sqlite_migrations`` (sqlite-utils ``Migrations``), so a failed step leaves the
file as it was. ``PRAGMA user_version`` mirrors the number of applied steps so a
file written by a newer program can be recognised and refused before anything is
touched.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Iterator
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "dubantaizhang"

_STEP_NAMES: list[str] = []
_STEPS: list[tuple[str, Callable]] = []
_migrations: list[Migrations] = []


def step(name: str):
    """Register a migration under a fixed name (the name is what the file records)."""

    def inner(func):
        _STEP_NAMES.append(name)

        def run(db: Database) -> None:
            _enter(name)
            func(db)

        _STEPS.append((name, run))
        return func

    return inner


def __getattr__(name: str):
    """``migrations``: the steps as a sqlite-utils ``Migrations`` set, made (and sqlite-utils
    imported) only when a file has steps to apply — an up-to-date register never needs it."""
    if name != "migrations":
        raise AttributeError(name)
    if not _migrations:
        from desktop_app.storage import sqlite_utils_migrations

        made = sqlite_utils_migrations(MIGRATION_SET)
        for step_name, func in _STEPS:
            made(name=step_name)(func)
        _migrations.append(made)
    return _migrations[0]


# How far a long migration has come: ``progress(fraction, text)``, fraction 0..1, text in
# Chinese for a progress dialog. Plain callable, so storage stays free of the GUI.
Progress = Callable[[float, str], None]
_progress: list[Progress] = []
# The steps that report progress, by their share of the work on a large register: when
# several are pending they fill one progress bar in turn, never going back.
_REPORTING_STEPS = {"m005_search_index": 0.85, "m009_task_words": 0.15}
_pending: list[str] = []
_share = [0.0, 1.0]  # the running step's part of the bar: start, width


@contextlib.contextmanager
def reporting(progress: Progress | None, pending: list[str] | None = None) -> Iterator[None]:
    """Migrations applied inside report their progress to ``progress``; ``pending``: the
    names of the steps about to run, in order."""
    if progress is None:
        yield
        return
    _progress.append(progress)
    _pending[:] = pending or []
    try:
        yield
    finally:
        _progress.pop()
        _pending.clear()


def _enter(name: str) -> None:
    """A step starts: where its own 0..1 lies on the bar."""
    weighed = [n for n in _pending if n in _REPORTING_STEPS]
    _share[:] = [0.0, 1.0]
    if name in weighed:
        total = sum(_REPORTING_STEPS[n] for n in weighed)
        before = sum(_REPORTING_STEPS[n] for n in weighed[: weighed.index(name)])
        _share[:] = [before / total, _REPORTING_STEPS[name] / total]


def report(fraction: float, text: str) -> None:
    """Tell whoever watches (see :func:`reporting`) how far a long step has come."""
    if _progress:
        start, width = _share
        _progress[-1](min(max(start + fraction * width, 0.0), 1.0), text)


def _run(db: Database, script: str) -> None:
    for statement in script.split(";"):
        if statement.strip():
            db.execute(statement)


@step("m001_initial")
def m001_initial(db: Database) -> None:
    _run(
        db,
        """
        CREATE TABLE plans (
            id INTEGER PRIMARY KEY,
            title TEXT NOT NULL,
            year INTEGER,
            organisation TEXT NOT NULL DEFAULT '',
            source_name TEXT NOT NULL DEFAULT '',
            source_kind TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
        );
        CREATE TABLE departments (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL UNIQUE,
            short_name TEXT NOT NULL DEFAULT '',
            position INTEGER NOT NULL DEFAULT 0,
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );
        CREATE TABLE people (
            id INTEGER PRIMARY KEY,
            name TEXT NOT NULL,
            title TEXT NOT NULL DEFAULT '',
            department_id INTEGER REFERENCES departments(id) ON DELETE RESTRICT,
            phone TEXT NOT NULL DEFAULT '',
            is_leader INTEGER NOT NULL DEFAULT 0 CHECK (is_leader IN (0, 1)),
            active INTEGER NOT NULL DEFAULT 1 CHECK (active IN (0, 1))
        );
        CREATE INDEX people_department ON people(department_id);
        CREATE TABLE tasks (
            id INTEGER PRIMARY KEY,
            plan_id INTEGER NOT NULL REFERENCES plans(id) ON DELETE CASCADE,
            parent_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            position INTEGER NOT NULL DEFAULT 0,
            marker TEXT NOT NULL DEFAULT '',
            title TEXT NOT NULL,
            description TEXT NOT NULL DEFAULT '',
            source TEXT NOT NULL DEFAULT '工作要点',
            is_key INTEGER NOT NULL DEFAULT 0 CHECK (is_key IN (0, 1)),
            start_date TEXT,
            deadline TEXT,
            deadline_text TEXT NOT NULL DEFAULT '',
            deadline_kind TEXT NOT NULL DEFAULT 'none'
                CHECK (deadline_kind IN ('none', 'date', 'period', 'recurring', 'ongoing', 'unclear')),
            recurrence TEXT NOT NULL DEFAULT ''
                CHECK (recurrence IN ('', 'weekly', 'monthly', 'quarterly', 'yearly')),
            standard TEXT NOT NULL DEFAULT '',
            status TEXT NOT NULL DEFAULT 'active'
                CHECK (status IN ('active', 'finished', 'paused', 'cancelled')),
            status_reason TEXT NOT NULL DEFAULT '',
            finished_date TEXT,
            owner_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            leader_id INTEGER REFERENCES people(id) ON DELETE SET NULL,
            deleted_at TEXT,
            created_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
            updated_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
        );
        CREATE INDEX tasks_tree ON tasks(plan_id, parent_id, position);
        CREATE INDEX tasks_parent ON tasks(parent_id);
        CREATE INDEX tasks_owner ON tasks(owner_id);
        CREATE INDEX tasks_leader ON tasks(leader_id);
        CREATE INDEX tasks_deadline ON tasks(deadline);
        CREATE TABLE task_departments (
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            department_id INTEGER NOT NULL REFERENCES departments(id) ON DELETE RESTRICT,
            role TEXT NOT NULL CHECK (role IN ('lead', 'co')),
            position INTEGER NOT NULL DEFAULT 0,
            PRIMARY KEY (task_id, department_id)
        );
        CREATE UNIQUE INDEX task_departments_one_lead ON task_departments(task_id) WHERE role = 'lead';
        CREATE INDEX task_departments_department ON task_departments(department_id, role);
        CREATE TABLE indicators (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            text TEXT NOT NULL DEFAULT '',
            value REAL,
            unit TEXT NOT NULL DEFAULT '',
            comparator TEXT NOT NULL DEFAULT '',
            actual REAL,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX indicators_task ON indicators(task_id);
        CREATE TABLE milestones (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            title TEXT NOT NULL,
            due TEXT,
            done_date TEXT,
            position INTEGER NOT NULL DEFAULT 0
        );
        CREATE INDEX milestones_task ON milestones(task_id);
        CREATE TABLE progress (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            week TEXT NOT NULL CHECK (week GLOB '[0-9][0-9][0-9][0-9]-W[0-9][0-9]'),
            done TEXT NOT NULL DEFAULT '',
            next TEXT NOT NULL DEFAULT '',
            problems TEXT NOT NULL DEFAULT '',
            percent INTEGER CHECK (percent IS NULL OR (percent BETWEEN 0 AND 100)),
            reporter TEXT NOT NULL DEFAULT '',
            reported_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime')),
            source TEXT NOT NULL DEFAULT 'manual',
            UNIQUE (task_id, week)
        );
        CREATE INDEX progress_week ON progress(week);
        CREATE TABLE extensions (
            id INTEGER PRIMARY KEY,
            task_id INTEGER NOT NULL REFERENCES tasks(id) ON DELETE CASCADE,
            old_deadline TEXT,
            new_deadline TEXT NOT NULL,
            reason TEXT NOT NULL,
            approver TEXT NOT NULL DEFAULT '',
            override INTEGER NOT NULL DEFAULT 0 CHECK (override IN (0, 1)),
            requested_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
        );
        CREATE INDEX extensions_task ON extensions(task_id);
        CREATE TABLE supervision (
            id INTEGER PRIMARY KEY,
            task_id INTEGER REFERENCES tasks(id) ON DELETE CASCADE,
            department_id INTEGER REFERENCES departments(id) ON DELETE RESTRICT,
            kind TEXT NOT NULL CHECK (kind IN ('催办', '督办', '约谈')),
            year INTEGER NOT NULL,
            number INTEGER,
            text TEXT NOT NULL DEFAULT '',
            issued TEXT NOT NULL,
            reply_by TEXT,
            resolved TEXT,
            resolution TEXT NOT NULL DEFAULT ''
        );
        CREATE UNIQUE INDEX supervision_number ON supervision(year, number) WHERE kind = '督办';
        CREATE INDEX supervision_task ON supervision(task_id);
        CREATE TABLE audit (
            id INTEGER PRIMARY KEY,
            at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%f','now','localtime')),
            actor TEXT NOT NULL DEFAULT '',
            operation TEXT NOT NULL DEFAULT '',
            entity TEXT NOT NULL,
            entity_id INTEGER,
            field TEXT NOT NULL DEFAULT '',
            old TEXT,
            new TEXT
        );
        CREATE INDEX audit_entity ON audit(entity, entity_id);
        CREATE TABLE settings (
            key TEXT PRIMARY KEY,
            value TEXT NOT NULL
        )
        """,
    )


@step("m002_progress_latest_index")
def m002_progress_latest_index(db: Database) -> None:
    """Covers (task, week, percent) so each task's latest report is one index seek."""
    db.execute("CREATE INDEX progress_latest ON progress(task_id, week, percent)")


# Tables whose rows belong to one task, and how a row names its task.
_TASK_TABLES = ("progress", "task_departments", "indicators", "milestones", "extensions")
PLAN_CLOSED_MESSAGE = (
    "该计划已关闭（年度已结转），其中的任务不能再修改；"
    "如确需修改，请在 文件 ▸ 计划管理 中重新打开该计划。"
)


@step("m003_calendar_and_year_turn")
def m003_calendar_and_year_turn(db: Database) -> None:
    """The holiday calendar the clerk enters (one row per day that is not an ordinary
    Monday–Friday day, by the year of the notice it came from); closed plans; the link
    of a task carried into the next year to its origin. A closed plan's tasks and
    everything hanging from them are refused by triggers, so no writer can change a
    year that was closed."""
    _run(
        db,
        """
        CREATE TABLE calendar_days (
            day TEXT PRIMARY KEY
                CHECK (day GLOB '[0-9][0-9][0-9][0-9]-[0-9][0-9]-[0-9][0-9]'),
            year INTEGER NOT NULL,
            kind TEXT NOT NULL CHECK (kind IN ('休', '班')),
            name TEXT NOT NULL DEFAULT '',
            entered_at TEXT NOT NULL DEFAULT (strftime('%Y-%m-%dT%H:%M:%S','now','localtime'))
        );
        CREATE INDEX calendar_days_year ON calendar_days(year);
        ALTER TABLE plans ADD COLUMN closed_at TEXT;
        ALTER TABLE tasks ADD COLUMN carried_from_id INTEGER REFERENCES tasks(id) ON DELETE SET NULL;
        CREATE INDEX tasks_carried_from ON tasks(carried_from_id) WHERE carried_from_id IS NOT NULL
        """,
    )
    closed = "(SELECT closed_at FROM plans WHERE id = {}) IS NOT NULL"
    via_task = (
        "EXISTS (SELECT 1 FROM tasks t JOIN plans p ON p.id = t.plan_id "
        "WHERE t.id = {} AND p.closed_at IS NOT NULL)"
    )
    guards = [
        ("plans", "DELETE", "OLD.closed_at IS NOT NULL"),
        ("tasks", "INSERT", closed.format("NEW.plan_id")),
        ("tasks", "UPDATE", f"{closed.format('OLD.plan_id')} OR {closed.format('NEW.plan_id')}"),
        ("tasks", "DELETE", closed.format("OLD.plan_id")),
    ]
    for table in _TASK_TABLES:
        guards += [
            (table, "INSERT", via_task.format("NEW.task_id")),
            (table, "UPDATE", f"{via_task.format('OLD.task_id')} OR {via_task.format('NEW.task_id')}"),
            (table, "DELETE", via_task.format("OLD.task_id")),
        ]
    for table, event, when in guards:
        db.execute(
            f"CREATE TRIGGER {table}_closed_plan_{event.lower()} BEFORE {event} ON {table} "
            f"WHEN {when} BEGIN SELECT RAISE(ABORT, '{PLAN_CLOSED_MESSAGE}'); END"
        )


def _refresh_latest(task: str) -> str:
    """SQL that rewrites the ``latest_progress`` row of task ``task`` (an expression such
    as ``NEW.task_id``) from its reports: two seeks of the (task, week, percent) index."""
    return f"""
        DELETE FROM latest_progress WHERE task_id = {task};
        INSERT INTO latest_progress (task_id, week, percent_week, percent)
        SELECT {task}, w,
               (SELECT g.week FROM progress g WHERE g.task_id = {task} AND g.percent IS NOT NULL
                ORDER BY g.week DESC LIMIT 1),
               (SELECT g.percent FROM progress g WHERE g.task_id = {task} AND g.percent IS NOT NULL
                ORDER BY g.week DESC LIMIT 1)
        FROM (SELECT max(g.week) AS w FROM progress g WHERE g.task_id = {task}) WHERE w IS NOT NULL;
    """


@step("m004_latest_progress")
def m004_latest_progress(db: Database) -> None:
    """Each task's newest report week and newest reported percentage, kept by triggers in
    the transaction of every progress write, so the lights of a day read one row per task
    instead of seeking the progress index (a day before a task's newest report still
    seeks it)."""
    db.execute(
        """
        CREATE TABLE latest_progress (
            task_id INTEGER PRIMARY KEY,
            week TEXT NOT NULL,      -- newest week with a report
            percent_week TEXT,       -- newest week whose report gives a percentage
            percent INTEGER          -- that percentage
        )
        """
    )
    db.execute(
        """
        INSERT INTO latest_progress (task_id, week, percent_week, percent)
        SELECT w.task_id, w.week, p.week, p.percent
        FROM (SELECT task_id, max(week) AS week FROM progress GROUP BY task_id) w
        LEFT JOIN (SELECT task_id, max(week) AS week FROM progress
                   WHERE percent IS NOT NULL GROUP BY task_id) pw ON pw.task_id = w.task_id
        LEFT JOIN progress p ON p.task_id = pw.task_id AND p.week = pw.week
        """
    )
    # A new report can only make its week or its percentage the newest (one row each).
    db.execute(
        """
        CREATE TRIGGER latest_progress_insert AFTER INSERT ON progress BEGIN
            INSERT INTO latest_progress (task_id, week, percent_week, percent)
            VALUES (NEW.task_id, NEW.week, CASE WHEN NEW.percent IS NOT NULL THEN NEW.week END,
                    NEW.percent)
            ON CONFLICT (task_id) DO UPDATE SET
                week = max(week, excluded.week),
                percent_week = CASE WHEN excluded.percent_week > ifnull(percent_week, '')
                                    THEN excluded.percent_week ELSE percent_week END,
                percent = CASE WHEN excluded.percent_week > ifnull(percent_week, '')
                               THEN excluded.percent ELSE percent END;
        END
        """
    )
    db.execute(
        f"CREATE TRIGGER latest_progress_update AFTER UPDATE OF task_id, week, percent ON progress "
        f"BEGIN {_refresh_latest('NEW.task_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER latest_progress_move AFTER UPDATE OF task_id ON progress "
        f"WHEN OLD.task_id <> NEW.task_id BEGIN {_refresh_latest('OLD.task_id')} END"
    )
    db.execute(
        f"CREATE TRIGGER latest_progress_delete AFTER DELETE ON progress "
        f"BEGIN {_refresh_latest('OLD.task_id')} END"
    )


# The search index (``search_index``, FTS5 with the trigram tokenizer: any substring of
# three characters or more, Chinese included, without word segmentation). One row per task
# (title and description) and one per progress report (done, next, problems), the fields
# joined by a line break, which no search word contains, and two more at the end: so every
# character of the text begins a three-character piece, and a word of one or two characters
# is found through the pieces it begins (listed by ``search_terms``). A row's id carries its
# task: task id × 2^20, plus year × 100 + week for a report — so a match names its task
# without reading anything else. The index stores no text of its own (contentless): a row
# is removed by giving back exactly what was indexed, which the triggers below recompute.
SEARCH_SHIFT = 20
TASK_SEARCH_TEXT = "{r}.title || char(10) || {r}.description || char(10, 10)"
PROGRESS_SEARCH_TEXT = (
    "{r}.done || char(10) || {r}.next || char(10) || {r}.problems || char(10, 10)"
)
TASK_SEARCH_ID = f"({{r}}.id << {SEARCH_SHIFT})"
PROGRESS_SEARCH_ID = (
    f"(({{r}}.task_id << {SEARCH_SHIFT}) + CAST(substr({{r}}.week, 1, 4) AS INTEGER) * 100"
    " + CAST(substr({r}.week, 7, 2) AS INTEGER))"
)
_SEARCH_CHUNK = 20_000  # rows indexed between two progress reports


def _fill_in_chunks(db, table: str, chunk: int, insert: str, report, done: int, total: int) -> int:
    """Run ``insert`` (its two parameters: an id range of ``table``) over the table ``chunk``
    rows at a time, reporting the progress of ``done`` out of ``total``; the new ``done``."""
    last = 0
    while True:
        row = db.execute(
            f"SELECT max(id), count(*) FROM (SELECT id FROM {table} WHERE id > ? "
            f"ORDER BY id LIMIT {chunk})", (last,)
        ).fetchone()
        if not row[1]:
            return done
        db.execute(insert, (last, row[0]))
        last, done = row[0], done + row[1]
        report(done / total, "正在建立检索索引……")


def _index_row(kind: str, r: str, *, delete: bool = False) -> str:
    """The statement that adds (or removes) the index row of ``r`` (NEW or OLD)."""
    ident, text = (
        (TASK_SEARCH_ID, TASK_SEARCH_TEXT) if kind == "task" else (PROGRESS_SEARCH_ID, PROGRESS_SEARCH_TEXT)
    )
    if delete:
        return (f"INSERT INTO search_index (search_index, rowid, body) "
                f"VALUES ('delete', {ident.format(r=r)}, {text.format(r=r)});")
    return f"INSERT INTO search_index (rowid, body) VALUES ({ident.format(r=r)}, {text.format(r=r)});"


@step("m005_search_index")
def m005_search_index(db: Database) -> None:
    """Search over titles, descriptions and progress text by a trigram full-text index,
    kept in step by triggers; existing tasks and reports are indexed here, reporting
    progress (a 100,000-task register takes a while)."""
    db.execute(
        "CREATE VIRTUAL TABLE search_index USING fts5("
        "body, content='', columnsize=0, tokenize='trigram case_sensitive 1')"
    )
    db.execute("CREATE VIRTUAL TABLE search_terms USING fts5vocab(search_index, 'row')")
    sources = (
        ("tasks", TASK_SEARCH_ID.format(r="t"), TASK_SEARCH_TEXT.format(r="t")),
        ("progress", PROGRESS_SEARCH_ID.format(r="t"), PROGRESS_SEARCH_TEXT.format(r="t")),
    )
    total = sum(db.execute(f"SELECT count(*) FROM {table}").fetchone()[0] for table, *_ in sources)
    done = 0
    for table, ident, text in sources:
        done = _fill_in_chunks(
            db, table, _SEARCH_CHUNK,
            f"INSERT INTO search_index (rowid, body) SELECT {ident}, {text} FROM {table} t "
            "WHERE t.id > ? AND t.id <= ?", report, done, total)
    for kind, table, columns in (
        ("task", "tasks", "title, description"),
        ("progress", "progress", "task_id, week, done, next, problems"),
    ):
        db.execute(
            f"CREATE TRIGGER {table}_search_insert AFTER INSERT ON {table} "
            f"BEGIN {_index_row(kind, 'NEW')} END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_search_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {_index_row(kind, 'OLD', delete=True)} {_index_row(kind, 'NEW')} END"
        )
        db.execute(
            f"CREATE TRIGGER {table}_search_delete AFTER DELETE ON {table} "
            f"BEGIN {_index_row(kind, 'OLD', delete=True)} END"
        )


@step("m006_tree_skeleton_index")
def m006_tree_skeleton_index(db: Database) -> None:
    """Covers a plan's live tasks in (position, id) order with their parents: the task
    tree and 编号 of a large plan are read from this index alone when the window opens,
    not from the tasks' rows."""
    db.execute(
        "CREATE INDEX tasks_skeleton ON tasks(plan_id, position, id, parent_id, deleted_at) "
        "WHERE deleted_at IS NULL"
    )


@step("m007_progress_filled_index")
def m007_progress_filled_index(db: Database) -> None:
    """The tasks with something entered for a week, from an index alone: the week view
    counts them (本周已填) and filters on them (本周未填) without reading the entries."""
    db.execute(
        "CREATE INDEX progress_filled ON progress(week, task_id) "
        "WHERE done <> '' OR next <> '' OR problems <> '' OR percent IS NOT NULL"
    )


@step("m008_plan_trees")
def m008_plan_trees(db: Database) -> None:
    """Each plan's tree and 编号 as computed last (``storage/plan_tree.py``), so that opening
    the window reads them in one row instead of deriving them from every task. Triggers
    drop a plan's row in the same transaction as any change of its tree (a task added,
    deleted, moved, re-parented, sent to or restored from the bin, moved to another plan)."""
    db.execute(
        "CREATE TABLE plan_trees ("
        " plan_id INTEGER PRIMARY KEY REFERENCES plans(id) ON DELETE CASCADE,"
        " ids BLOB NOT NULL, parents BLOB NOT NULL, positions BLOB NOT NULL, numbers BLOB NOT NULL,"
        " doc_order BLOB NOT NULL)"
    )
    drop = "DELETE FROM plan_trees WHERE plan_id = {};"
    db.execute(f"CREATE TRIGGER tasks_tree_insert AFTER INSERT ON tasks BEGIN {drop.format('NEW.plan_id')} END")
    db.execute(f"CREATE TRIGGER tasks_tree_delete AFTER DELETE ON tasks BEGIN {drop.format('OLD.plan_id')} END")
    db.execute(
        "CREATE TRIGGER tasks_tree_update AFTER UPDATE OF plan_id, parent_id, position, deleted_at ON tasks "
        f"BEGIN {drop.format('OLD.plan_id')} {drop.format('NEW.plan_id')} END"
    )


# Each task's whole text in one row of a second trigram index (``task_words``): its title,
# description and every different text of its progress reports, each followed by a line
# break and the whole by one more, so that every character begins a piece of three. The
# index keeps which tasks hold each piece, not where (detail=none): a word of one or two
# characters — found through the pieces it begins — names its tasks by one entry per task,
# where ``search_index`` has one per report (a common word such as 完成 is in most of the
# reports of the year). Writes only list their tasks in ``task_words_stale`` (a trigger per
# row costs one small insert, a bulk import rewrites each task once): ``Register.atomic``
# rewrites the listed tasks' rows before it commits, and the search reads a task still
# listed (written outside a transaction) from its text.
TASK_WORDS_BODY = (
    "{r}.title || char(10) || {r}.description || char(10) || ifnull(("
    "SELECT group_concat(x, char(10)) || char(10) FROM ("
    "SELECT done AS x FROM progress WHERE task_id = {r}.id "
    "UNION SELECT next FROM progress WHERE task_id = {r}.id "
    "UNION SELECT problems FROM progress WHERE task_id = {r}.id)), '') || char(10)"
)
TASK_WORDS_REFRESH = (
    "DELETE FROM task_words WHERE rowid IN (SELECT task_id FROM task_words_stale)",
    f"INSERT INTO task_words (rowid, body) SELECT t.id, {TASK_WORDS_BODY.format(r='t')} "
    "FROM tasks t WHERE t.id IN (SELECT task_id FROM task_words_stale)",
    "DELETE FROM task_words_stale",
)
_TASK_WORDS_CHUNK = 5_000  # tasks written between two progress reports


def _stale(task: str) -> str:
    return f"INSERT OR IGNORE INTO task_words_stale (task_id) VALUES ({task});"


@step("m009_task_words")
def m009_task_words(db: Database) -> None:
    """One row per task of all its text, in a trigram index listing tasks only: searching
    a word of one or two characters reads one entry per task instead of one per report;
    existing tasks are written here, reporting progress."""
    db.execute(
        "CREATE VIRTUAL TABLE task_words USING fts5("
        "body, detail=none, columnsize=0, tokenize='trigram case_sensitive 1')"
    )
    db.execute("CREATE VIRTUAL TABLE task_words_terms USING fts5vocab(task_words, 'row')")
    db.execute("CREATE TABLE task_words_stale (task_id INTEGER PRIMARY KEY)")
    total = db.execute("SELECT count(*) FROM tasks").fetchone()[0]
    _fill_in_chunks(
        db, "tasks", _TASK_WORDS_CHUNK,
        f"INSERT INTO task_words (rowid, body) SELECT t.id, {TASK_WORDS_BODY.format(r='t')} "
        "FROM tasks t WHERE t.id > ? AND t.id <= ?", report, 0, total)
    for table, task, columns in (
        ("tasks", "{r}.id", "title, description"),
        ("progress", "{r}.task_id", "task_id, done, next, problems"),
    ):
        new, old = task.format(r="NEW"), task.format(r="OLD")
        db.execute(f"CREATE TRIGGER {table}_words_insert AFTER INSERT ON {table} BEGIN {_stale(new)} END")
        db.execute(
            f"CREATE TRIGGER {table}_words_update AFTER UPDATE OF {columns} ON {table} "
            f"BEGIN {_stale(old)} {_stale(new)} END"
        )
        db.execute(f"CREATE TRIGGER {table}_words_delete AFTER DELETE ON {table} BEGIN {_stale(old)} END")


def known_migration_names() -> list[str]:
    return list(_STEP_NAMES)


# Keep this line after the last migration.
SCHEMA_VERSION = len(_STEP_NAMES)
