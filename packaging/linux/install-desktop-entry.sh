#!/bin/sh
# Register Quotemark with the desktop (menu entry, icon, AppStream data) for
# the current user, so the menu and the taskbar show Quotemark with its icon.
#
# The menu entry runs the `quotemark` command by its absolute path: a desktop
# session does not see the PATH of a shell, and `make run` installs the command
# into this checkout's .venv/bin, not onto PATH. The command is, in order:
#   $QUOTEMARK_BIN, this checkout's .venv/bin/quotemark (`make run`),
#   dist/quotemark/quotemark (`make package`), `quotemark` on PATH (pip install).
set -eu
here=$(cd "$(dirname "$0")" && pwd)
root=$(cd "$here/../.." && pwd)
data=${XDG_DATA_HOME:-$HOME/.local/share}
id=org.quotemark.Quotemark

command=${QUOTEMARK_BIN:-}
if [ -z "$command" ]; then
  for candidate in "$root/.venv/bin/quotemark" "$root/dist/quotemark/quotemark"; do
    if [ -x "$candidate" ]; then command=$candidate; break; fi
  done
fi
if [ -z "$command" ]; then
  command=$(command -v quotemark 2>/dev/null || true)
fi
if [ -z "$command" ] || [ ! -x "$command" ]; then
  echo "install-desktop-entry: no 'quotemark' command found." >&2
  echo "Run 'make run' (or 'make package') in $root first, or set QUOTEMARK_BIN." >&2
  exit 1
fi
case $command in
  *[!A-Za-z0-9/._+-]*)
    echo "install-desktop-entry: '$command' has characters a menu entry cannot run;" >&2
    echo "move the checkout to a plain path or set QUOTEMARK_BIN." >&2
    exit 1 ;;
esac

install -d "$data/applications" "$data/metainfo" "$data/icons/hicolor/scalable/apps"
sed -e "s|^Exec=quotemark |Exec=$command |" -e "s|^TryExec=quotemark\$|TryExec=$command|" \
  "$here/$id.desktop" > "$data/applications/$id.desktop.tmp"
mv "$data/applications/$id.desktop.tmp" "$data/applications/$id.desktop"
install -m644 "$here/$id.metainfo.xml" "$data/metainfo/$id.metainfo.xml"
install -m644 "$root/resources/icons/quotemark.svg" "$data/icons/hicolor/scalable/apps/$id.svg"
if command -v update-desktop-database >/dev/null 2>&1; then
  update-desktop-database "$data/applications" || true
fi
echo "Quotemark is in your applications menu; it runs $command"
