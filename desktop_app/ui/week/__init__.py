"""The weekly cycle: 本周进展 grid, 总览, 延期 and 督办 dialogs, lights settings, start-up summary."""
