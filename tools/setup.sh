#!/usr/bin/env bash
# Set up a copy of noticeeditor on Debian or Ubuntu: Python, a .venv, the project, and the
# system libraries Qt loads. Safe to run again: once everything is in place it installs nothing,
# calls neither apt nor pip, and needs no network.
#
#   bash tools/setup.sh        what opening the editor needs
#   bash tools/setup.sh test   the same, plus what the tests use (LibreOffice, poppler, Java, fonts)
#
# System packages come through apt-get, with sudo when you are not root.
set -euo pipefail
cd "$(dirname "$0")/.."
profile=${1:-run}
case "$profile" in run|test) ;; *) echo "usage: bash tools/setup.sh [run|test]" >&2; exit 2 ;; esac

say() { echo "setup: $*"; }
die() { echo "setup: $*" >&2; exit 1; }

stamp=.venv/.noticeeditor-setup
wanted="$(sha256sum pyproject.toml | cut -d' ' -f1) $profile"
# Everything in place for this pyproject.toml and profile (a test set-up covers a run set-up).
if [ -f "$stamp" ] && .venv/bin/python -c "import noticeeditor" 2>/dev/null; then
  case "$(cat "$stamp")" in
    "$wanted"|"${wanted% *} test") exit 0 ;;
  esac
fi

SUDO=()
if [ "$(id -u)" -ne 0 ]; then
  command -v sudo >/dev/null || die "installing system packages needs root or sudo; install sudo, or run this as root"
  SUDO=(sudo)
fi
apt_updated=0
apt_update_once() {
  command -v apt-get >/dev/null || die "missing $*, and this is not a Debian or Ubuntu system: install it by hand"
  if [ "$apt_updated" = 0 ]; then
    say "reading the package index (apt-get update)"
    "${SUDO[@]}" apt-get update -qq
    apt_updated=1
  fi
}
apt_install() {  # apt_install PACKAGE...: install with apt-get, reading the package index once
  apt_update_once "$@"
  say "installing system packages: $*"
  local log
  log=$(mktemp)
  if ! DEBIAN_FRONTEND=noninteractive "${SUDO[@]}" apt-get install -y -q --no-install-recommends "$@" >"$log" 2>&1; then
    cat "$log" >&2
    rm -f "$log"
    die "apt-get could not install: $*"
  fi
  grep -E '^(Need to get|After this operation)' "$log" | sed 's/^/setup:   /' || true
  rm -f "$log"
}
offered() {  # offered CANDIDATE...: print the first package apt can install, if any
  local pkg
  for pkg in "$@"; do
    case "$(apt-cache policy "$pkg" 2>/dev/null)" in *"Candidate: "[!\(]*) echo "$pkg"; return ;; esac
  done
}

# 1. Python 3.11 or newer, with venv and ensurepip (Debian ships them as python3-venv).
PYTHON=${PYTHON:-python3}
if ! command -v "$PYTHON" >/dev/null || ! "$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))'; then
  apt_install python3 python3-venv
fi
"$PYTHON" -c 'import sys; sys.exit(sys.version_info < (3, 11))' \
  || die "noticeeditor needs Python 3.11 or newer; $PYTHON is $("$PYTHON" --version 2>&1)"
"$PYTHON" -c 'import ensurepip, venv' 2>/dev/null || apt_install python3-venv

# 2. The .venv: rebuilt when it is half made or broken (no pip, or a Python that is gone).
if [ -e .venv ] && ! .venv/bin/python -m pip --version >/dev/null 2>&1; then
  say "the .venv is broken or half made: building it again"
  rm -rf .venv
fi
if [ ! -e .venv ]; then
  say "creating .venv"
  "$PYTHON" -m venv .venv
fi
extra=""
[ "$profile" = test ] && extra="[test]"
say "installing the project and its Python packages into .venv (pip; the first time downloads about 90 MB)"
.venv/bin/python -m pip install -q --disable-pip-version-check -e ".$extra"
# Compile the package as installing a wheel would, so that the first start does not.
.venv/bin/python -m compileall -q -j 0 noticeeditor >/dev/null

# 3. The shared libraries Qt's own libraries and plugins need and the system lacks, found
# with ldd and installed under whichever package name this release offers (names change
# between releases: libglib2.0-0 became libglib2.0-0t64).
qt_missing() {
  .venv/bin/python - <<'PY'
import glob, os, subprocess, PySide6
qt = os.path.join(os.path.dirname(PySide6.__file__), "Qt")
files = [f for pat in ("lib/libQt6XcbQpa.so*", "lib/libQt6Widgets.so*", "lib/libQt6Svg.so*",
                       "plugins/platforms/libq[xo]*.so", "plugins/platforms/libqwayland.so",
                       "plugins/xcbglintegrations/*.so",
                       "plugins/imageformats/libqsvg.so", "plugins/iconengines/*.so")
         for f in glob.glob(os.path.join(qt, pat))]
missing = set()
for f in files:
    out = subprocess.run(["ldd", f], capture_output=True, text=True).stdout
    missing.update(line.split()[0] for line in out.splitlines() if "not found" in line)
print(" ".join(sorted(missing)))
PY
}
candidates() {  # candidates SONAME: Debian package names that may hold it, newest naming first
  local base=${1%.so*} version=${1##*.so.}
  case "$base" in
    libglib-2.0|libgobject-2.0|libgthread-2.0|libgmodule-2.0|libgio-2.0) echo "libglib2.0-0t64 libglib2.0-0" ;;
    libGL) echo "libgl1" ;;
    libEGL) echo "libegl1" ;;
    libGLX) echo "libglx0" ;;
    libOpenGL) echo "libopengl0" ;;
    libX11-xcb) echo "libx11-xcb1" ;;
    libdbus-1) echo "libdbus-1-3" ;;
    libxkbcommon-x11) echo "libxkbcommon-x11-0" ;;
    *[0-9]) echo "${base,,}-${version}t64 ${base,,}-${version}" ;;
    *) echo "${base,,}${version}t64 ${base,,}${version}" ;;
  esac
}
has_fonts() { [ -n "$(find /usr/share/fonts /usr/local/share/fonts -name '*.[ot]tf' -print -quit 2>/dev/null)" ]; }
missing=$(qt_missing)
if [ -n "$missing" ]; then
  packages=()
  for soname in $missing; do
    apt_update_once "$soname"
    # shellcheck disable=SC2046
    pkg=$(offered $(candidates "$soname"))
    [ -n "$pkg" ] || die "Qt needs $soname and no package offers it; install it by hand"
    packages+=("$pkg")
  done
  # Fonts, so that text shows at all on a machine without any.
  has_fonts || packages+=(fonts-dejavu-core)
  # shellcheck disable=SC2207
  apt_install $(printf '%s\n' "${packages[@]}" | sort -u)
  still=$(qt_missing)
  [ -z "$still" ] || die "Qt still lacks: $still"
fi
has_fonts || apt_install fonts-dejavu-core

# 4. What the tests use: LibreOffice and poppler to look at Word files, fonts metric-compatible
# with Word's, a Java runtime for the Nu HTML checker and Chromium for axe-core.
if [ "$profile" = test ]; then
  need=()
  command -v soffice >/dev/null || need+=(libreoffice-writer-nogui fonts-crosextra-carlito fonts-crosextra-caladea)
  command -v pdftoppm >/dev/null || need+=(poppler-utils)
  command -v java >/dev/null || need+=(default-jre-headless)
  command -v chromium >/dev/null || command -v chromium-browser >/dev/null || need+=(chromium)
  if ((${#need[@]})); then apt_install "${need[@]}"; fi
fi

echo "$wanted" > "$stamp"
say "ready (.venv)"
