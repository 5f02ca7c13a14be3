"""A realistic demo register: one bureau's plan, directory, assignments and weeks of progress.

Used by ``desktop-app-cli demo``, ``desktop-app --demo`` and the benchmarks. The text is
the program's own, written to look like a county education bureau's 工作要点.
Scales to 20,000 tasks × 52 weeks (≈1M progress rows) by writing with executemany
inside one transaction.
"""

from __future__ import annotations

import random
from collections.abc import Callable
from datetime import date, timedelta

from desktop_app import clock
from desktop_app.domain.numbering import chinese_number
from desktop_app.domain.weeks import week_id, week_monday, week_range
from desktop_app.storage import audit
from desktop_app.storage.db import Register

ORGANISATION = "示范县教育和体育局"

DEPARTMENTS = [
    ("办公室", "办公室"), ("组织人事科", "组人科"), ("基础教育科", "基教科"),
    ("职业与成人教育科", "职成科"), ("计划财务科", "计财科"), ("教育督导室", "督导室"),
    ("安全稳定科", "安稳科"), ("体育卫生艺术科", "体卫艺科"), ("教师发展中心", "教发中心"),
    ("教研室", "教研室"), ("学生资助管理中心", "资助中心"), ("电化教育馆", "电教馆"),
]
SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林高罗郑梁谢宋唐许韩冯邓曹彭曾肖田董袁潘"
GIVEN = ["建国", "海燕", "志强", "丽华", "晓明", "文静", "国庆", "春梅", "立新", "雪梅", "永红",
         "俊杰", "秀英", "卫东", "红霞", "明远", "思源", "敏", "磊", "静", "婷", "涛", "勇", "军"]
LEADER_TITLES = ["局长", "党委书记", "副局长", "副局长", "副局长", "纪检组长"]

SECTIONS = [
    "坚持立德树人，全面加强党的建设和思想政治工作",
    "推进学前教育普及普惠，扩大优质资源供给",
    "推动义务教育优质均衡，办好家门口的好学校",
    "促进普通高中多样化特色发展",
    "增强职业教育适应性，服务县域产业发展",
    "建设高素质专业化教师队伍",
    "守牢校园安全底线，维护教育系统稳定",
    "深化教育综合改革，提升教育治理水平",
    "强化教育保障，改善办学条件",
    "加强体育、美育和劳动教育，促进学生全面发展",
]
SUBJECTS = ["城区幼儿园", "乡镇中心校", "寄宿制学校", "县直中学", "职教中心", "特殊教育学校",
            "农村小规模学校", "民办学校", "校外培训机构", "教师发展中心", "智慧校园", "学校食堂",
            "心理健康教育", "课后服务", "劳动教育基地", "校园足球", "家庭教育指导", "学生资助"]
ACTIONS = ["完成{0}改扩建工程", "开展{0}专项督导", "推进{0}标准化建设", "组织{0}达标验收",
           "制定{0}三年行动方案", "建立{0}常态化监测机制", "落实{0}经费保障", "开展{0}示范创建",
           "举办{0}培训班", "完善{0}管理制度", "实施{0}提升工程", "做好{0}信息统计上报"]
STANDARDS = ["通过市级验收", "覆盖率达到100%", "新增学位{0}个", "培训教师{0}人次", "达标率不低于95%",
             "形成制度文件并印发", "问题整改率100%", "群众满意度达到90%以上"]
DONE = ["完成方案起草并征求意见", "召开专题推进会", "完成现场核查", "督促施工单位加快进度",
        "完成材料收集汇总", "开展业务培训一次", "完成阶段性自查", "对接上级部门汇报进展"]
NEXT = ["继续推进，按期完成", "组织验收准备", "整理归档相关材料", "开展第二轮督查",
        "落实整改措施", "召开协调会解决问题", "完成数据上报", "总结经验做法"]
PROBLEMS = ["", "", "", "", "资金拨付进度偏慢，需计财科协调", "施工受天气影响", "部分学校上报不及时",
            "需分管领导协调相关部门"]
DEADLINE_TEXTS = {3: "一季度末", 6: "上半年", 9: "三季度末", 12: "年底前"}


def generate(
    reg: Register,
    *,
    tasks: int = 300,
    weeks: int = 20,
    seed: int = 1,
    today: date | None = None,
    progress: Callable[[float, str], None] | None = None,
) -> int:
    """Fill an empty register with a demo plan; returns the plan id."""
    rng = random.Random(seed)
    today = today or clock.today()
    year = today.year
    this_week = week_id(today)
    first_week_monday = week_monday(this_week) - timedelta(weeks=max(weeks - 1, 0))
    year_start = min(date(year, 1, 1), first_week_monday)
    report = progress or (lambda _f, _t: None)
    conn = reg.conn

    with reg.atomic():
        report(0.0, "写入科室和人员")
        cur = conn.execute(
            "INSERT INTO plans (title, year, organisation, source_name, source_kind, position, created_at) "
            "VALUES (?, ?, ?, ?, ?, 1, app_now())",
            (f"{ORGANISATION}{year}年工作要点", year, ORGANISATION, "示例数据", "demo"),
        )
        plan_id = int(cur.lastrowid)
        conn.execute(
            "INSERT OR IGNORE INTO settings (key, value) VALUES ('organisation', ?)",
            (f'"{ORGANISATION}"',),
        )
        dep_ids = []
        for pos, (name, short) in enumerate(DEPARTMENTS, start=1):
            existing = conn.execute("SELECT id FROM departments WHERE name = ?", (name,)).fetchone()
            if existing:
                dep_ids.append(existing[0])
                continue
            dep_ids.append(int(conn.execute(
                "INSERT INTO departments (name, short_name, position) VALUES (?, ?, ?)",
                (name, short, pos),
            ).lastrowid))
        used_names: set[str] = set()

        def person_name() -> str:
            while True:
                name = rng.choice(SURNAMES) + rng.choice(GIVEN)
                if name not in used_names:
                    used_names.add(name)
                    return name

        office = dep_ids[0]
        leader_ids = [
            int(conn.execute(
                "INSERT INTO people (name, title, department_id, phone, is_leader) VALUES (?, ?, ?, ?, 1)",
                (person_name(), title, office, f"0371-6{rng.randrange(1000000):06d}"),
            ).lastrowid)
            for title in LEADER_TITLES
        ]
        people_by_dep: dict[int, list[int]] = {}
        for dep in dep_ids:
            for i in range(rng.choice((2, 3, 3, 4))):
                title = "科长" if i == 0 else rng.choice(("副科长", "科员", "干事"))
                pid = conn.execute(
                    "INSERT INTO people (name, title, department_id, phone) VALUES (?, ?, ?, ?)",
                    (person_name(), title, dep, f"13{rng.randrange(10**9):09d}"),
                ).lastrowid
                people_by_dep.setdefault(dep, []).append(int(pid))

        # The tree: sections → sub-sections → leaf tasks.
        n_sections = min(len(SECTIONS), max(1, tasks // 30 or 1))
        n_leaves = max(tasks - n_sections, 1)
        subs_per_section = max(1, min(6, n_leaves // (n_sections * 8) or 1))
        parents: list[int] = []
        section_leader = {}
        task_id = conn.execute("SELECT coalesce(max(id), 0) FROM tasks").fetchone()[0]
        task_rows = []
        for s in range(n_sections):
            task_id += 1
            sec_id = task_id
            section_leader[sec_id] = leader_ids[2 + s % 4]
            task_rows.append((sec_id, plan_id, None, s + 1, f"{chinese_number(s + 1)}、",
                              SECTIONS[s], "", 0, None, None, "", "none", "", "", "active", None,
                              None, section_leader[sec_id]))
            for k in range(subs_per_section):
                task_id += 1
                section_leader[task_id] = section_leader[sec_id]
                subject = SUBJECTS[(s * 3 + k) % len(SUBJECTS)]
                task_rows.append((task_id, plan_id, sec_id, k + 1, f"（{chinese_number(k + 1)}）",
                                  f"抓好{subject}相关工作", "", 0, None, None, "", "none", "", "",
                                  "active", None, None, section_leader[sec_id]))
                parents.append(task_id)
        n_leaves = max(tasks - len(task_rows), 1)
        leaf_rows = []
        links = []
        leaf_info = []
        positions: dict[int, int] = {}
        for i in range(n_leaves):
            task_id += 1
            parent = parents[i % len(parents)]
            positions[parent] = positions.get(parent, 0) + 1
            subject = rng.choice(SUBJECTS)
            title = rng.choice(ACTIONS).format(subject)
            standard = rng.choice(STANDARDS).format(rng.randrange(2, 60) * 10)
            dep = rng.choice(dep_ids)
            owner = rng.choice(people_by_dep[dep])
            co = rng.sample([d for d in dep_ids if d != dep], rng.choice((0, 0, 1, 2)))
            kind_roll = rng.random()
            start = year_start
            recurrence = ""
            if kind_roll < 0.72:
                kind = "date"
                month = rng.randrange(1, 13)
                day = rng.choice((10, 15, 20, 25, 28))
                deadline = date(year, month, day)
                text = f"{month}月{day}日前" if day != 28 else f"{month}月底前"
                if day == 28:
                    deadline = (date(year, month % 12 + 1, 1) - timedelta(days=1)) if month < 12 else date(year, 12, 31)
            elif kind_roll < 0.82:
                kind = "period"
                month = rng.choice((3, 6, 9, 12))
                deadline = (date(year, month + 1, 1) - timedelta(days=1)) if month < 12 else date(year, 12, 31)
                text = DEADLINE_TEXTS[month]
            elif kind_roll < 0.91:
                kind, deadline, text, recurrence = "recurring", None, "每月", "monthly"
            else:
                kind, deadline, text = "ongoing", None, "长期坚持"
            is_key = 1 if rng.random() < 0.15 else 0
            leaf_rows.append((task_id, plan_id, parent, positions[parent], f"{positions[parent]}.",
                              title, f"围绕{subject}，{standard}。", is_key, start.isoformat(),
                              deadline.isoformat() if deadline else None, text, kind, recurrence,
                              standard, "active", None, owner, section_leader[parent]))
            links.append((task_id, dep, "lead", 0))
            links += [(task_id, c, "co", n + 1) for n, c in enumerate(co)]
            leaf_info.append((task_id, start, deadline, rng.uniform(0.55, 1.25)))
        conn.executemany(
            "INSERT INTO tasks (id, plan_id, parent_id, position, marker, title, description, is_key,"
            " start_date, deadline, deadline_text, deadline_kind, recurrence, standard, status,"
            " finished_date, owner_id, leader_id, created_at, updated_at) VALUES ("
            + ", ".join("?" * 18) + ", app_now(), app_now())",
            task_rows + leaf_rows,
        )
        conn.executemany(
            "INSERT INTO task_departments (task_id, department_id, role, position) VALUES (?, ?, ?, ?)",
            links,
        )
        report(0.1, "写入每周进展")

        week_ids = [week_id(first_week_monday + timedelta(weeks=w)) for w in range(weeks)]
        finished: list[tuple[str, int]] = []
        batch: list[tuple] = []
        for n, (tid, start, deadline, pace) in enumerate(leaf_info):
            pct = 0
            done_date = None
            span = max(((deadline or date(year, 12, 31)) - start).days, 1)
            for wk in week_ids:
                monday, sunday = week_range(wk)
                if done_date is not None:
                    break
                if rng.random() < 0.12 and wk != this_week:
                    continue  # a week without a report
                elapsed = (sunday - start).days / span
                target = min(100, int(elapsed * 100 * pace + rng.uniform(-5, 5)))
                pct = max(pct, min(100, max(target, 0)))
                if deadline is None:
                    pct = min(pct, 95)
                if pct >= 100:
                    done_date = min(sunday, today) - timedelta(days=rng.randrange(0, 3))
                batch.append((tid, wk, rng.choice(DONE), rng.choice(NEXT), rng.choice(PROBLEMS),
                              pct, "", f"{sunday.isoformat()}T17:00:00", "demo"))
            if done_date is not None:
                finished.append((done_date.isoformat(), tid))
            if len(batch) > 50_000:
                _write_progress(conn, batch)
                batch.clear()
                report(0.1 + 0.85 * n / len(leaf_info), "写入每周进展")
        _write_progress(conn, batch)
        conn.executemany(
            "UPDATE tasks SET status = 'finished', finished_date = ? WHERE id = ?", finished
        )
        audit.record(reg, "plans", plan_id, "", None, f"示例数据 {tasks} 项任务 {weeks} 周",
                     operation="生成示例数据")
    report(1.0, "完成")
    return plan_id


def _write_progress(conn, rows: list[tuple]) -> None:
    conn.executemany(
        "INSERT INTO progress (task_id, week, done, next, problems, percent, reporter, reported_at, source)"
        " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        rows,
    )
