#!/usr/bin/env bash
# Set up what the tests use (see setup.sh), then run every check: ruff, the Qt-free import
# contract, mypy on the Qt-free packages, the Qt-free suites without Qt, and pytest.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh test
.venv/bin/ruff check .
.venv/bin/ruff format --check .
.venv/bin/lint-imports
.venv/bin/mypy
.venv/bin/python tools/qtless.py -q tests/core tests/export
export QT_QPA_PLATFORM=offscreen
.venv/bin/python -m pytest "$@"
