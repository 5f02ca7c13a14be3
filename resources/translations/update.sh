#!/usr/bin/env bash
# Refresh the zh_CN catalogue from the tr() strings of the translated modules, then build
# the .qm that the program loads. Translate new entries with Qt Linguist in between.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=(
  desktop_app/ui/tasks/task_tree_model.py desktop_app/ui/tasks/task_view.py desktop_app/ui/tasks/task_page.py
  desktop_app/ui/tasks/task_panel.py desktop_app/ui/tasks/task_actions.py desktop_app/ui/tasks/task_menus.py
  desktop_app/ui/tasks/bulk_assign.py desktop_app/ui/tasks/filter_bar.py desktop_app/ui/directory/directory_dialog.py
  desktop_app/ui/tasks/recycle_bin.py desktop_app/ui/shell/settings_dialog.py
  desktop_app/ui/shell/main_window.py desktop_app/ui/shell/welcome.py desktop_app/ui/shell/year_turn.py
  desktop_app/ui/week/weekly_cycle.py desktop_app/ui/output/menus.py
)
pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/desktop_app_zh_CN.ts
pyside6-lrelease resources/translations/desktop_app_zh_CN.ts -qm resources/translations/desktop_app_zh_CN.qm
