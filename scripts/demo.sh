#!/usr/bin/env bash
# make demo: validate, generate and check the bundled examples with the demo profile.
set -uo pipefail
BIN=${1:-.venv/bin}
OUT=${2:-demo-uitvoer}
mkdir -p "$OUT"
echo "== 1. Casussen valideren (examples/cases) =="
"$BIN/wmo-docs" validate examples/cases/
echo
if "$BIN/wmo-docs" generate --help >/dev/null 2>&1; then
  echo "== 2. Beschikkingen en rapportages maken in $OUT/ =="
  "$BIN/wmo-docs" generate examples/cases/ --document beschikking -o "$OUT/beschikkingen" --force
  "$BIN/wmo-docs" generate examples/cases/ --document rapportage -o "$OUT/rapportages" --force
  echo
fi
if "$BIN/wmo-docs" check --help >/dev/null 2>&1; then
  echo "== 3. Gemaakte brieven controleren =="
  "$BIN/wmo-docs" check "$OUT/beschikkingen" "$OUT/rapportages" --fail-on error
  "$BIN/wmo-docs" check examples/drafts/ --format html -o "$OUT/controle.html" --force || true
  echo "HTML-rapport: $OUT/controle.html"
fi
