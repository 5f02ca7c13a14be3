#!/usr/bin/env bash
# Refresh the zh_CN catalogues from the tr() strings of the interface, one catalogue per
# room of desktop_app/ui (desktop_app_<room>_zh_CN.ts: every module of the room), then build
# the .qm files the program loads. Translate new entries (Qt Linguist or by hand) in between;
# a test fails while an entry is unfinished or a .qm is stale.
set -euo pipefail
cd "$(dirname "$0")/../.."
for dir in desktop_app/ui/*/; do
  room=$(basename "$dir")
  [ "$room" = "__pycache__" ] && continue
  ts=resources/translations/desktop_app_${room}_zh_CN.ts
  pyside6-lupdate -no-obsolete "$dir"*.py -ts "$ts"
  pyside6-lrelease "$ts" -qm "${ts%.ts}.qm"
done
