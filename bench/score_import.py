"""Scores the plan importer against a corpus of plans with their expected outlines and fields.

Run: ``python bench/score_import.py [dev|heldout|heldout2|…|all] [-v]``. The corpus lives in
``tests/importing/corpus/<set>/``: each document ``NAME.txt`` (or ``.tsv``) beside
``NAME.expect``, which gives the title, the plan year and one line per expected item,
indented two spaces per level::

    title: 某县2025年教育工作要点
    year: 2025
    forms: pdf xls docx       (also read the document as a PDF / an .xls table / a .docx)
    ---
    一、加强党的建设
      （一）深化理论武装 | due=2025-06-30 lead=县委宣传部 ms=2025-03-31,2025-05-31
      （二）常态化督查 | dl=ongoing
      （三）指导思想 | task=no

An item line holds the start of its title (its marker is left out), then after ``|`` the
fields it must carry: ``due`` the deadline's date, ``dl`` a deadline without a date
(recurring | ongoing | unclear), ``lead`` the lead unit, ``ms`` the milestone dates.
An item with neither ``due`` nor ``dl`` must have no deadline.

Printed per set and per form: outline F1 (items found by title, in order), parent
agreement (matched items hanging from the right matched parent), deadline recall,
due-date recall, milestone recall, lead-unit agreement and the false-deadline rate
(items without a deadline that got one), beside the importer's parse time.
"""

from __future__ import annotations

import re
import sys
import tempfile
import time
from dataclasses import dataclass, field
from pathlib import Path

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from desktop_app.importing.errors import ImportFailed  # noqa: E402
from desktop_app.importing.model import ImportItem, ParsedPlan  # noqa: E402
from desktop_app.importing.parse import parse_file  # noqa: E402

CORPUS = ROOT / "tests" / "importing" / "corpus"
_PUNCT = re.compile(r"[\s，,。；;：:、“”\"‘’《》（）()【】—\-·.．]+")


@dataclass
class Expected:
    title: str
    level: int
    parent: int | None
    due: str | None = None
    kind: str | None = None
    lead: str | None = None
    milestones: list[str] = field(default_factory=list)
    task: bool = True


@dataclass
class Document:
    name: str
    path: Path
    title: str
    year: int | None
    forms: list[str]
    items: list[Expected]


@dataclass
class Tally:
    expected: int = 0
    predicted: int = 0
    matched: int = 0
    parents_ok: int = 0
    deadlines: int = 0
    deadlines_found: int = 0
    dues: int = 0
    dues_ok: int = 0
    milestones: int = 0
    milestones_ok: int = 0
    leads: int = 0
    leads_ok: int = 0
    no_deadline: int = 0
    false_deadlines: int = 0
    titles: int = 0
    titles_ok: int = 0
    years_ok: int = 0
    failed: list[str] = field(default_factory=list)
    seconds: float = 0.0

    def add(self, other: Tally) -> None:
        for name, value in vars(other).items():
            setattr(self, name, getattr(self, name) + value)


def norm(text: str) -> str:
    return _PUNCT.sub("", text or "")


def load(path: Path) -> Document:
    head, _, body = path.read_text(encoding="utf-8").partition("\n---\n")
    meta = dict(line.split(":", 1) for line in head.splitlines() if ":" in line)
    items: list[Expected] = []
    stack: list[int] = []
    for line in body.splitlines():
        if not line.strip() or line.lstrip().startswith("#"):
            continue
        depth = (len(line) - len(line.lstrip(" "))) // 2
        text, _, fields = line.strip().partition("|")
        del stack[depth:]
        item = Expected(text.strip(), depth + 1, stack[-1] if stack else None)
        for pair in fields.split():
            key, _, value = pair.partition("=")
            if key == "due":
                item.due = value
            elif key == "dl":
                item.kind = value
            elif key == "lead":
                item.lead = value
            elif key == "ms":
                item.milestones = value.split(",")
            elif key == "task":
                item.task = value != "no"
        stack.append(len(items))
        items.append(item)
    source = next(p for p in path.parent.glob(path.stem + ".*") if p.suffix != ".expect")
    year = meta.get("year", "").strip()
    return Document(path.stem, source, meta.get("title", "").strip(), int(year) if year else None,
                    meta.get("forms", "").split(), items)


def match(expected: list[Expected], items: list[ImportItem]) -> dict[int, int]:
    """Expected index → predicted index, in document order, by the start of the title."""
    found: dict[int, int] = {}
    cursor = 0
    keys = [norm(i.title) for i in items]
    for e, item in enumerate(expected):
        want = norm(item.title)[:12]
        for p in range(cursor, len(items)):
            if keys[p] and (keys[p].startswith(want) or (len(keys[p]) >= 4 and want.startswith(keys[p]))):
                found[e] = p
                cursor = p + 1
                break
    return found


def score(doc: Document, plan: ParsedPlan) -> Tally:
    t = Tally(expected=len(doc.items), predicted=len(plan.items))
    pairs = match(doc.items, plan.items)
    t.matched = len(pairs)
    index_of = {item.id: n for n, item in enumerate(plan.items)}
    reverse = {p: e for e, p in pairs.items()}
    t.titles = 1
    t.titles_ok = int(norm(plan.title) == norm(doc.title))
    t.years_ok = int(plan.year == doc.year)
    for e, p in pairs.items():
        want, got = doc.items[e], plan.items[p]
        parent = index_of.get(got.parent) if got.parent is not None else None
        if (None if parent is None else reverse.get(parent, -1)) == want.parent:
            t.parents_ok += 1
        dl = got.deadline
        if want.due or want.kind:
            t.deadlines += 1
            t.deadlines_found += dl is not None
        else:
            t.no_deadline += 1
            t.false_deadlines += dl is not None
        if want.due:
            t.dues += 1
            t.dues_ok += dl is not None and dl.due == want.due
        if want.milestones:
            got_ms = {m.due for m in getattr(got, "milestones", [])}
            t.milestones += len(want.milestones)
            t.milestones_ok += sum(1 for d in want.milestones if d in got_ms)
        if want.lead:
            t.leads += 1
            t.leads_ok += got.lead == want.lead
    return t


def render(doc: Document, form: str, folder: Path) -> Path:
    """The document in another form: a PDF with running heads, or an .xls table."""
    if form == "pdf":
        from tests.importing.pdf_fixtures import write_text_pdf

        out = folder / f"{doc.name}.pdf"
        write_text_pdf(out, doc.path.read_text(encoding="utf-8"), header="内部资料　注意保存")
        return out
    if form == "xls":
        from tests.importing.xls_fixtures import write_xls

        out = folder / f"{doc.name}.xls"
        rows = [line.split("\t") for line in doc.path.read_text(encoding="utf-8").splitlines()]
        write_xls(out, rows)
        return out
    if form == "docx":
        import docx

        out = folder / f"{doc.name}.docx"
        document = docx.Document()
        table_rows: list[list[str]] = []
        lines = doc.path.read_text(encoding="utf-8").splitlines() + [""]
        for line in lines:
            if "\t" in line:
                table_rows.append(line.split("\t"))
                continue
            if table_rows:
                width = max(len(r) for r in table_rows)
                table = document.add_table(rows=len(table_rows), cols=width)
                for r, row in enumerate(table_rows):
                    for c, text in enumerate(row):
                        table.cell(r, c).text = text
                table_rows = []
            if line.strip():
                document.add_paragraph(line.strip())
        document.save(str(out))
        return out
    raise ValueError(form)


def ratio(a: int, b: int) -> str:
    return f"{a / b:.3f} ({a}/{b})" if b else "n/a"


def f1(t: Tally) -> float:
    if not t.matched:
        return 0.0
    precision, recall = t.matched / t.predicted, t.matched / t.expected
    return 2 * precision * recall / (precision + recall)


def report(label: str, t: Tally) -> None:
    print(f"== {label}: {t.titles} documents, {t.expected} expected items, {t.predicted} found")
    print(f"   outline F1           {f1(t):.3f}  (precision {ratio(t.matched, t.predicted)}, "
          f"recall {ratio(t.matched, t.expected)})")
    print(f"   parent agreement     {ratio(t.parents_ok, t.matched)}")
    print(f"   deadline recall      {ratio(t.deadlines_found, t.deadlines)}")
    print(f"   due-date recall      {ratio(t.dues_ok, t.dues)}")
    print(f"   milestone recall     {ratio(t.milestones_ok, t.milestones)}")
    print(f"   lead-unit agreement  {ratio(t.leads_ok, t.leads)}")
    print(f"   false-deadline rate  {ratio(t.false_deadlines, t.no_deadline)}")
    print(f"   title / year right   {ratio(t.titles_ok, t.titles)} / {ratio(t.years_ok, t.titles)}")
    print(f"   parse time           {t.seconds:.3f} s")
    if t.failed:
        print("   refused:", "; ".join(t.failed))


def explain(doc: Document, plan: ParsedPlan) -> None:
    """-v: every miss, so a reader sees what went wrong."""
    pairs = match(doc.items, plan.items)
    index_of = {item.id: n for n, item in enumerate(plan.items)}
    reverse = {p: e for e, p in pairs.items()}
    if norm(plan.title) != norm(doc.title) or plan.year != doc.year:
        print(f"   [{doc.name}] title/year: {plan.title!r} {plan.year}")
    for e, want in enumerate(doc.items):
        if e not in pairs:
            print(f"   [{doc.name}] missing: {'  ' * want.level}{want.title}")
            continue
        got = plan.items[pairs[e]]
        parent = index_of.get(got.parent) if got.parent is not None else None
        if (None if parent is None else reverse.get(parent, -1)) == want.parent:
            pass
        else:
            print(f"   [{doc.name}] parent: {want.title} under {plan.items[parent].title if parent is not None else None}")
        dl = got.deadline
        if (want.due or want.kind) and dl is None:
            print(f"   [{doc.name}] no deadline: {want.title} (want {want.due or want.kind})")
        elif want.due and dl is not None and dl.due != want.due:
            print(f"   [{doc.name}] due: {want.title} {dl.text}→{dl.due} (want {want.due})")
        elif not (want.due or want.kind) and dl is not None:
            print(f"   [{doc.name}] false deadline: {want.title} {dl.text}→{dl.due}")
        got_ms = {m.due for m in getattr(got, "milestones", [])}
        for d in want.milestones:
            if d not in got_ms:
                print(f"   [{doc.name}] milestone: {want.title} {d} (got {sorted(filter(None, got_ms))})")
        if want.lead and got.lead != want.lead:
            print(f"   [{doc.name}] lead: {want.title} {got.lead!r} (want {want.lead})")
    matched = set(pairs.values())
    for p, item in enumerate(plan.items):
        if p not in matched:
            print(f"   [{doc.name}] extra: {'  ' * item.level}{item.marker}{item.title[:30]}")


def run_set(name: str, verbose: bool) -> dict[str, Tally]:
    tallies: dict[str, Tally] = {}
    folder = CORPUS / name
    with tempfile.TemporaryDirectory() as tmp:
        for expect in sorted(folder.glob("*.expect")):
            doc = load(expect)
            for form in ["text", *doc.forms]:
                path = doc.path if form == "text" else render(doc, form, Path(tmp))
                started = time.perf_counter()
                try:
                    plan = parse_file(path)
                except ImportFailed as exc:
                    tally = Tally(expected=len(doc.items), titles=1, failed=[f"{doc.name}.{form}: {exc}"])
                else:
                    tally = score(doc, plan)
                    if verbose:
                        explain(doc, plan)
                tally.seconds = time.perf_counter() - started
                tallies.setdefault(form, Tally()).add(tally)
    return tallies


def main() -> None:
    args = [a for a in sys.argv[1:] if not a.startswith("-")]
    verbose = "-v" in sys.argv
    sets = sorted(p.name for p in CORPUS.iterdir() if p.is_dir()) if not args or args[0] == "all" else args
    total = Tally()
    for name in sets:
        for form, tally in run_set(name, verbose).items():
            report(f"{name} / {form}", tally)
            total.add(tally)
    report("all", total)


if __name__ == "__main__":
    main()
