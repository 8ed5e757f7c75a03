#!/usr/bin/env bash
# Build dist/noticeeditor_<version>_amd64.deb: a self-contained PyInstaller build of the editor
# (no system Python needed) with /usr/bin/noticeeditor, a menu entry, the icon and the example
# projects. Needs python3 with venv and dpkg-deb (Debian or Ubuntu); PyInstaller comes from PyPI
# into a build environment of its own under build/.
set -euo pipefail
cd "$(dirname "$0")/.."
say() { echo "package: $*"; }

version=$(sed -n 's/^__version__ = "\(.*\)"/\1/p' noticeeditor/__init__.py)
arch=$(dpkg --print-architecture)
build=build/package
rm -rf "$build"
mkdir -p "$build" dist

say "preparing a build environment (build/package-venv)"
venv=build/package-venv
[ -x "$venv/bin/python" ] && "$venv/bin/python" -m pip --version >/dev/null 2>&1 || { rm -rf "$venv"; python3 -m venv "$venv"; }
"$venv/bin/python" -m pip install -q --disable-pip-version-check "pyinstaller>=6.10,<7" .

say "freezing the editor with PyInstaller (a minute or two)"
"$venv/bin/pyinstaller" --noconfirm --clean --log-level WARN \
  --name noticeeditor --onedir \
  --distpath "$build/frozen" --workpath "$build/work" --specpath "$build" \
  --collect-data noticeeditor --collect-data pyphen --collect-data docx --collect-data babel \
  --exclude-module tkinter --exclude-module unittest --exclude-module pydoc \
  packaging/noticeeditor-frozen.py

root=$build/root
mkdir -p "$root/usr/lib" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/noticeeditor" "$root/DEBIAN"
cp -a "$build/frozen/noticeeditor" "$root/usr/lib/noticeeditor"
# python-docx finds its templates as docx/parts/../templates; the folder must exist for that.
mkdir -p "$root/usr/lib/noticeeditor/_internal/docx/parts"
ln -s ../lib/noticeeditor/noticeeditor "$root/usr/bin/noticeeditor"
sed 's|^Exec=.*|Exec=noticeeditor %f|' resources/noticeeditor.desktop > "$root/usr/share/applications/noticeeditor.desktop"
cp resources/icons/noticeeditor.svg "$root/usr/share/icons/hicolor/scalable/apps/"
cp -r seeds/projects "$root/usr/share/noticeeditor/examples"

# The system libraries Qt loads to open a window (the command line needs none of them);
# "a | b" lets apt pick the name each release uses.
depends="libgl1, libegl1, libfontconfig1, libfreetype6, libdbus-1-3, libxkbcommon0,
 libxkbcommon-x11-0, libglib2.0-0t64 | libglib2.0-0, libx11-6, libx11-xcb1, libxcb1,
 libxcb-cursor0, libxcb-icccm4, libxcb-image0, libxcb-keysyms1, libxcb-randr0,
 libxcb-render-util0, libxcb-shape0, libxcb-xkb1, libxcb-xfixes0, libxcb-shm0,
 libxcb-sync1, libxcb-render0, libwayland-client0, libwayland-cursor0, libwayland-egl1,
 fonts-dejavu-core"
size=$(du -sk "$root/usr" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: noticeeditor
Version: $version
Architecture: $arch
Maintainer: noticeeditor <noticeeditor@localhost>
Installed-Size: $size
Depends: $(echo $depends)
Section: editors
Priority: optional
Description: Desktop editor that drafts privacy notices
 Answer plain questions about a business; clause templates written per
 jurisdiction (EU and UK GDPR, California, other US states, Canada) make a
 privacy notice, previewed live and exported to Word or HTML. Offline.
CONTROL
out=dist/noticeeditor_${version}_${arch}.deb
say "writing $out"
dpkg-deb --root-owner-group -Zxz --build "$root" "$out" >/dev/null
say "built $out ($(du -h "$out" | cut -f1))"
