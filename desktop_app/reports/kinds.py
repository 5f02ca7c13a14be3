"""The report kinds and their Chinese names — light enough for the menus to import at start-up."""

KINDS: dict[str, str] = {
    "weekly": "周报表",
    "breakdown": "任务分解表",
    "monthly": "月汇总",
    "overdue": "逾期/督办清单",
    "notices": "督办通知单",
    "yearly": "年终考核统计",
}
