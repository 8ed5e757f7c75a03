#!/usr/bin/env bash
# Set up (see setup.sh), then open the editor, by default on an example project.
set -euo pipefail
cd "$(dirname "$0")/.."
bash tools/setup.sh
if [ "$#" -eq 0 ]; then
  set -- seeds/projects/relaylink.notice
fi
exec .venv/bin/noticeeditor "$@"
