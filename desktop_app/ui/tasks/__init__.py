"""The 任务分解 page: the task tree, its filter bar, the detail panel, editing and undo."""
