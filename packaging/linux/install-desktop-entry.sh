#!/bin/sh
# Register Quotemark with the desktop (menu entry, icon, AppStream data) for
# the current user. Run after `make run` (or `pip install .`) has put the
# `quotemark` command on PATH, or after `make package` with the frozen app.
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
install -Dm644 "$here/org.quotemark.Quotemark.desktop" "$data/applications/org.quotemark.Quotemark.desktop"
install -Dm644 "$here/org.quotemark.Quotemark.metainfo.xml" "$data/metainfo/org.quotemark.Quotemark.metainfo.xml"
install -Dm644 "$root/resources/icons/quotemark.svg" "$data/icons/hicolor/scalable/apps/org.quotemark.Quotemark.svg"
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database "$data/applications" || true
echo "Quotemark is in your applications menu (it runs 'quotemark' from PATH)."
