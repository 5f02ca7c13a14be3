from desktop_app.domain.weeks import week_id
from desktop_app.storage.db import integrity_problems, open_register
from tests.conftest import DEMO_TODAY


def test_demo_register_is_sane(demo_path):
    with open_register(demo_path) as reg:
        assert integrity_problems(reg) == []
        assert reg.scalar("SELECT count(*) FROM tasks") == 120
        assert reg.scalar("SELECT count(*) FROM departments") == 12
        assert 30 <= reg.scalar("SELECT count(*) FROM people") <= 60
        leaves = reg.query(
            "SELECT t.id, t.owner_id, td.department_id, p.department_id AS owner_dep FROM tasks t "
            "JOIN task_departments td ON td.task_id = t.id AND td.role = 'lead' "
            "JOIN people p ON p.id = t.owner_id "
            "WHERE NOT EXISTS (SELECT 1 FROM tasks c WHERE c.parent_id = t.id)"
        )
        assert len(leaves) >= 100
        assert all(r["department_id"] == r["owner_dep"] for r in leaves)
        weeks = [r[0] for r in reg.execute("SELECT DISTINCT week FROM progress ORDER BY week")]
        assert weeks[-1] == week_id(DEMO_TODAY) and len(weeks) == 12
        series = reg.query("SELECT task_id, week, percent FROM progress ORDER BY task_id, week")
        last: dict[int, int] = {}
        for row in series:
            assert row["percent"] >= last.get(row["task_id"], 0)
            last[row["task_id"]] = row["percent"]
        kinds = {r[0] for r in reg.execute("SELECT DISTINCT deadline_kind FROM tasks")}
        assert {"date", "period", "recurring", "ongoing"} <= kinds
        assert reg.scalar("SELECT count(*) FROM tasks WHERE status = 'finished' AND finished_date IS NULL") == 0


def test_demo_is_reproducible(tmp_path):
    from desktop_app.storage.demo import generate

    titles = []
    for name in ("a.db", "b.db"):
        with open_register(tmp_path / name) as reg:
            generate(reg, tasks=50, weeks=3, seed=3, today=DEMO_TODAY)
            titles.append([r[0] for r in reg.execute("SELECT title FROM tasks ORDER BY id")])
    assert titles[0] == titles[1]
