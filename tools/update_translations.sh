#!/usr/bin/env bash
# Refresh the translation sources from every Python file under desktop/ui (existing translations
# are kept; a string that only moved to another class keeps its translation; strings no longer in
# the code are dropped), then build the .qm files the app loads.
# Translate new strings with `.venv/bin/pyside6-linguist resources/translations/refund_zh_CN.ts`.
set -euo pipefail
cd "$(dirname "$0")/.."
VENV="${VENV:-.venv}"
mapfile -t sources < <(find desktop/ui -name '*.py' -not -path '*/__pycache__/*' | sort)
reference=$(mktemp -d)
trap 'rm -rf "$reference"' EXIT
for ts in resources/translations/*.ts; do
  cp "$ts" "$reference/"
  "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$ts"
  "$VENV/bin/python" tools/fill_translations.py "$ts" "$reference/$(basename "$ts")"
  "$VENV/bin/pyside6-lupdate" -silent -no-obsolete -locations none "${sources[@]}" -ts "$ts"  # lupdate's layout
  "$VENV/bin/pyside6-lrelease" -silent "$ts" -qm "${ts%.ts}.qm"
done
