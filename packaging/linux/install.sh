#!/bin/sh
# Add the COP Submission Editor to your applications menu, for you alone: a menu entry and its
# icon under ~/.local/share. Nothing is written outside your home folder; no administrator
# rights are needed. The program stays in this folder: move the folder first, then run this.
set -eu

here=$(cd "$(dirname "$0")" && pwd -P)
data=${XDG_DATA_HOME:-$HOME/.local/share}
icons=$data/icons/hicolor
entry=$data/applications/copeditor.desktop

if [ ! -x "$here/copeditor" ]; then
    echo "install.sh: $here/copeditor is missing: run install.sh from the unpacked folder" >&2
    exit 1
fi

for size in 16 24 32 48 64 128 256 512; do
    mkdir -p "$icons/${size}x$size/apps"
    cp "$here/_internal/resources/icons/copeditor-$size.png" "$icons/${size}x$size/apps/copeditor.png"
done
mkdir -p "$icons/scalable/apps"
cp "$here/_internal/resources/icons/copeditor.svg" "$icons/scalable/apps/copeditor.svg"

# The menu entry starts this folder's program; quoted as the desktop entry format asks, so a
# folder name with spaces works.
mkdir -p "$data/applications"
EXEC="\"$(printf '%s' "$here/copeditor" | sed 's/[\\"`$]/\\\\&/g')\"" \
    awk '{ sub(/@EXEC@/, ENVIRON["EXEC"]); print }' "$here/share/copeditor.desktop" > "$entry.tmp"
mv "$entry.tmp" "$entry"

# Menus pick the new entry up sooner when their cache is refreshed.
command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
# An icon cache is refreshed only where one exists: a stale one would hide later icons.
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi

echo "Installed: 'COP Submission Editor' is in your applications menu ($entry)."
echo "To remove it again: $here/uninstall.sh"
