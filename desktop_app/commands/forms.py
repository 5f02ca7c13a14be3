"""``forms export`` / ``forms import``: department forms (填报表) out and back in.

``forms import`` prints the preview per file and row before writing; it exits 1 when
any file was refused (or could not be written), 0 when every file went in.
"""

from __future__ import annotations

from datetime import date

from desktop_app.commands import CliError, backup_after_large_write
from desktop_app.domain.weeks import week_label
from desktop_app.forms.export import export_forms
from desktop_app.forms.layout import FormError
from desktop_app.forms.returns import ImportPreview, apply_preview, build_preview, show_value
from desktop_app.storage import directory, plans
from desktop_app.storage.db import open_register
from desktop_app.storage.forms_queries import forms_ready

SNIPPET = 40


def register(sub) -> None:
    p = sub.add_parser("forms", help="科室填报表：生成与导入")
    forms_sub = p.add_subparsers(dest="forms_command", metavar="操作", parser_class=type(p))
    e = forms_sub.add_parser("export", help="为每个科室生成本周进展填报表（.xlsx）")
    e.add_argument("--db", required=True, help="台账文件")
    e.add_argument("--week", required=True, help="周次，如 2026-W47")
    e.add_argument("--out", required=True, help="输出文件夹")
    e.add_argument("--department", action="append", help="只生成该科室（可重复）")
    e.add_argument("--include-co", action="store_true", help="同时列出配合的任务（仅供参考）")
    e.add_argument("--plan", type=int, help="只包括该计划的任务（计划编号）")
    e.add_argument("--return-by", help="报送截止日期，如 2026-11-20（默认该周星期五）")
    e.set_defaults(func=run_export)
    i = forms_sub.add_parser("import", help="导入各科室交回的填报表（先预览）")
    i.add_argument("--db", required=True, help="台账文件")
    i.add_argument("files", nargs="+", metavar="文件", help="填报表文件或文件夹")
    i.add_argument("--week", help="本次导入的周次（默认按多数填报表）")
    i.add_argument("--dry-run", action="store_true", help="只预览，不写入")
    i.add_argument("--take-newest", action="store_true", help="同一科室交了多份时，以最新的一份为准")
    i.add_argument("--prefer-form", action="store_true", help="与台账中已填内容冲突时，采用表中的内容")
    i.set_defaults(func=run_import)
    p.set_defaults(func=lambda _args: p.print_help() or 2)


def run_export(args) -> int:
    try:
        due = date.fromisoformat(args.return_by) if args.return_by else None
    except ValueError:
        raise CliError(f"报送截止日期“{args.return_by}”格式不正确，应为 2026-11-20。") from None
    # Exporting only reads, once the register has its id and its forms key (made on the
    # first export): then it also works on a read-only medium and beside an open window.
    with open_register(args.db, create=False, readonly=True) as reg:
        readonly = forms_ready(reg)
    with open_register(args.db, create=False, readonly=readonly) as reg:
        if args.plan is not None and plans.get_plan(reg, args.plan) is None:
            raise CliError(f"找不到编号为 {args.plan} 的计划。")
        dep_ids = None
        if args.department:
            dep_ids = []
            for name in args.department:
                found = directory.department_id(reg, name)
                if found is None:
                    raise CliError(f"找不到科室“{name}”，请检查科室名称。")
                dep_ids.append(found)
        try:
            results = export_forms(reg, args.week, args.out, department_ids=dep_ids,
                                   include_co=args.include_co, plan_id=args.plan, return_by=due)
        except FormError as exc:
            raise CliError(str(exc)) from None
    written = [r for r in results if r.path]
    for r in results:
        print(f"{r.department}：{r.path.name}（{r.rows} 项）" if r.path else f"{r.department}：没有待填报的任务，未生成")
    print(f"共生成 {len(written)} 份填报表，保存在 {args.out}")
    return 0


def preview_lines(preview: ImportPreview) -> list[str]:
    """The preview as printed: per file a summary, its problems, then each row's changes."""
    lines = [f"导入周次：{week_label(preview.week) if preview.week else '（未能确定）'}"]
    for n, fp in enumerate(preview.files, start=1):
        who = f" — {fp.department}" if fp.department else ""
        lines.append(f"[{n}/{len(preview.files)}] {fp.name}{who} — {fp.summary()}")
        lines += [f"  {'错误' if p.error else '提示'} {p.text()}" for p in fp.problems]
        if fp.refused or fp.superseded_by:
            continue
        for row in fp.rows:
            lines.append(f"  第{row.row}行 {row.number} {show_value('title', row.title, SNIPPET)}")
            for c in row.changes:
                old, new = show_value(c.field, c.old, SNIPPET), show_value(c.field, c.new, SNIPPET)
                if c.conflict:
                    choice = "采用表中内容" if c.take_form else "保留台账中的内容（加 --prefer-form 可采用表中内容）"
                    lines.append(f"    冲突 {c.label}：台账中“{old}”，表中“{new}” → {choice}")
                else:
                    lines.append(f"    {c.label}：{old} → {new}")
    if preview.missing:
        lines.append(f"尚未收到（{len(preview.missing)} 个科室）：{'、'.join(preview.missing)}")
    return lines


def run_import(args) -> int:
    with open_register(args.db, create=False) as reg:
        try:
            preview = build_preview(reg, args.files, week=args.week,
                                    take_newest=args.take_newest, prefer_form=args.prefer_form)
        except FormError as exc:
            raise CliError(str(exc)) from None
        for line in preview_lines(preview):
            print(line)
        refused = len(preview.refused)
        if args.dry_run:
            print(f"预览完毕（未写入）：{len(preview.files)} 个文件，其中 {refused} 个将被拒绝。")
            return 1 if refused else 0
        result = apply_preview(reg, preview)
        if result.applied:
            backup_after_large_write(reg)
    for name, rows in result.applied:
        print(f"已导入 {name}：{rows} 行")
    for name, message in result.failed:
        print(f"未导入 {name}：{message}")
    print(f"合计：导入 {len(result.applied)} 个文件，拒绝 {refused} 个，写入失败 {len(result.failed)} 个。")
    return 1 if refused or result.failed else 0
