#!/usr/bin/env bash
# Set up what the editor needs (see setup.sh), then open it: on the files given, which may be
# relative to the folder you run this from, or else on an example project.
set -euo pipefail
repo=$(cd "$(dirname "$0")/.." && pwd)
bash "$repo/tools/setup.sh" run
if [ "$#" -eq 0 ]; then
  set -- "$repo/seeds/projects/relaylink.notice"
fi
exec "$repo/.venv/bin/noticeeditor" "$@"
