#!/usr/bin/env bash
# Set up a development copy: Qt's system libraries, a .venv, the project with its test extras.
# Safe to run again: it installs only what is missing.
set -euo pipefail
cd "$(dirname "$0")/.."

# Shared libraries PySide6 needs on Debian/Ubuntu (offscreen and X11), LibreOffice and
# poppler for the DOCX checks, fonts for rendering, Java for the Nu HTML checker.
APT_PACKAGES=(
  libgl1 libegl1 libglib2.0-0 libfontconfig1 libdbus-1-3 libxkbcommon0 libxkbcommon-x11-0
  libxcb-cursor0 libxcb-icccm4 libxcb-image0 libxcb-keysyms1 libxcb-randr0
  libxcb-render-util0 libxcb-shape0 libxcb-xinerama0 libxcb-xkb1 libxcb-xfixes0
  libxrender1 libxi6 fonts-dejavu-core
  libreoffice-writer-nogui poppler-utils fonts-crosextra-carlito fonts-crosextra-caladea
  default-jre-headless
)

missing=()
if command -v dpkg-query >/dev/null 2>&1; then
  for pkg in "${APT_PACKAGES[@]}"; do
    dpkg-query -W -f='${Status}' "$pkg" 2>/dev/null | grep -q "install ok installed" || missing+=("$pkg")
  done
fi
if ((${#missing[@]})); then
  echo "setup: installing system packages: ${missing[*]}"
  SUDO=""
  [ "$(id -u)" -eq 0 ] || SUDO="sudo"
  $SUDO apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $SUDO apt-get install -y -qq --no-install-recommends "${missing[@]}" >/dev/null
fi

PYTHON="${PYTHON:-python3}"
[ -x .venv/bin/python ] || "$PYTHON" -m venv .venv
.venv/bin/python -m pip install -q --upgrade pip >/dev/null
.venv/bin/python -m pip install -q -e ".[test]"
# Compile the package as installing a wheel would, so that the first start, and every
# start where PYTHONDONTWRITEBYTECODE is set, does not compile it from source.
.venv/bin/python -m compileall -q -j 0 noticeeditor >/dev/null
echo "setup: ready (.venv)"
