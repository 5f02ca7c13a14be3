"""``demo --db FILE [--tasks N] [--weeks W] [--seed S]``: write a demo register."""

from __future__ import annotations

import time
from pathlib import Path

from desktop_app.commands import CliError
from desktop_app.storage.db import open_register
from desktop_app.storage.demo import generate


def register(sub) -> None:
    p = sub.add_parser("demo", help="生成示例台账（用于试用和性能测试）")
    p.add_argument("--db", required=True, help="要创建的台账文件（不能已存在）")
    p.add_argument("--tasks", type=int, default=300, help="任务数（默认 300）")
    p.add_argument("--weeks", type=int, default=20, help="进展周数（默认 20）")
    p.add_argument("--seed", type=int, default=1, help="随机种子（默认 1）")
    p.set_defaults(func=run)


def run(args) -> int:
    if not 1 <= args.tasks <= 200_000:
        raise CliError("--tasks 应在 1 到 200000 之间。")
    if not 0 <= args.weeks <= 104:
        raise CliError("--weeks 应在 0 到 104 之间。")
    path = Path(args.db)
    if path.exists() and path.stat().st_size > 0:
        raise CliError(f"文件“{path}”已存在；示例数据只写入新文件，以免混入真实台账。")
    started = time.perf_counter()
    with open_register(path) as reg:
        plan_id = generate(reg, tasks=args.tasks, weeks=args.weeks, seed=args.seed)
        n_tasks = reg.scalar("SELECT count(*) FROM tasks")
        n_progress = reg.scalar("SELECT count(*) FROM progress")
    print(f"已生成示例台账：{path}（计划 {plan_id}，任务 {n_tasks} 项，进展 {n_progress} 条，"
          f"用时 {time.perf_counter() - started:.1f} 秒）")
    return 0
