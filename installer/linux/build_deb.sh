#!/usr/bin/env bash
# Debian package of the one-folder bundle: `make deb` (after `make installer`) writes dist/qamqor_VERSION_amd64.deb.
# The program goes to /opt/qamqor/ (the bundle as built), /usr/bin/qamqor starts it, with a desktop entry and icons.
# The database is never in the package: it lives in the user's data folder, so removing the package keeps it.
set -euo pipefail
cd "$(dirname "$0")/../.."
bundle=dist/qamqor
python=${PYTHON:-.venv/bin/python}
version=$("$bundle/qamqor" --version | awk '{print $2}')
arch=$(dpkg --print-architecture)
root=build/deb/qamqor_${version}_${arch}
rm -rf "$root" && mkdir -p "$root/DEBIAN" "$root/opt" "$root/usr/bin" "$root/usr/share/applications" \
  "$root/usr/share/icons/hicolor/scalable/apps" "$root/usr/share/doc/qamqor"
cp -a "$bundle" "$root/opt/qamqor"
ln -s /opt/qamqor/qamqor "$root/usr/bin/qamqor"
install -m 0644 installer/linux/qamqor.desktop "$root/usr/share/applications/qamqor.desktop"
install -m 0644 resources/icons/qamqor.svg "$root/usr/share/icons/hicolor/scalable/apps/qamqor.svg"
# PNG icons for the menus that do not draw SVG, rendered from the one SVG.
QT_QPA_PLATFORM=offscreen "$python" - "$root/usr/share/icons/hicolor" <<'PY'
import sys
from pathlib import Path
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication, QImage, QPainter
from PySide6.QtSvg import QSvgRenderer
app = QGuiApplication([])
renderer = QSvgRenderer("resources/icons/qamqor.svg")
for size in (48, 128, 256):
    image = QImage(size, size, QImage.Format.Format_ARGB32)
    image.fill(Qt.GlobalColor.transparent)
    painter = QPainter(image)
    renderer.render(painter)
    painter.end()
    folder = Path(sys.argv[1]) / f"{size}x{size}" / "apps"
    folder.mkdir(parents=True, exist_ok=True)
    assert image.save(str(folder / "qamqor.png")), size
PY
install -m 0644 resources/fonts/LICENSE.txt "$root/usr/share/doc/qamqor/copyright"
size=$(du -sk "$root/opt" | cut -f1)
cat > "$root/DEBIAN/control" <<CONTROL
Package: qamqor
Version: $version
Architecture: $arch
Maintainer: Qamqor developers <qamqor@example.org>
Installed-Size: $size
Depends: libc6 (>= 2.36), libgl1, libegl1, libxcb1, libxcb-icccm4, libxcb-keysyms1
Section: misc
Priority: optional
Description: Offline case management for caseworkers who help migrants in Kazakhstan
 Qamqor records the person, their documents, every entry and exit,
 registrations, permits and contracts, and tells the caseworker what is due
 and when, with the legal source of each deadline. Everything stays on this
 computer, in one SQLite file (optionally encrypted) in the user's data folder.
CONTROL
find "$root" -type d -exec chmod 0755 {} +
# zstd, not xz: xz takes over 10 minutes on 300 MB with 2 busy cores, zstd seconds (dpkg reads it from
# Debian 12 and Ubuntu 21.10 on, older than the glibc 2.36 the bundle needs anyway).
deb=dist/qamqor_${version}_${arch}.deb
dpkg-deb --root-owner-group -Zzstd --build "$root" "$deb" >/dev/null

# What was built: a valid desktop entry, and the program runs from the files the package holds.
check=$(mktemp -d)
trap 'rm -rf "$check"' EXIT
dpkg-deb -x "$deb" "$check"
if command -v desktop-file-validate >/dev/null; then desktop-file-validate "$check/usr/share/applications/qamqor.desktop"; fi
test "$(readlink "$check/usr/bin/qamqor")" = /opt/qamqor/qamqor
test "$(HOME="$check" "$check/opt/qamqor/qamqor" --version)" = "qamqor $version"
echo "$deb ($(du -h "$deb" | cut -f1))"
