#!/usr/bin/env bash
# Refresh the zh_CN catalogue from the tr() strings of the translated modules, then build
# the .qm that the program loads. Translate new entries with Qt Linguist in between.
set -euo pipefail
cd "$(dirname "$0")/../.."
sources=(
  desktop_app/ui/task_tree_model.py desktop_app/ui/task_view.py desktop_app/ui/task_page.py
  desktop_app/ui/task_panel.py desktop_app/ui/task_actions.py desktop_app/ui/task_menus.py
  desktop_app/ui/bulk_assign.py desktop_app/ui/filter_bar.py desktop_app/ui/directory_dialog.py
  desktop_app/ui/recycle_bin.py desktop_app/ui/settings_dialog.py
)
pyside6-lupdate -no-obsolete "${sources[@]}" -ts resources/translations/desktop_app_zh_CN.ts
pyside6-lrelease resources/translations/desktop_app_zh_CN.ts -qm resources/translations/desktop_app_zh_CN.qm
