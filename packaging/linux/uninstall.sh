#!/bin/sh
# Remove the menu entry and icon that install.sh added for you. The program folder itself and
# your drafts stay; delete the folder yourself if you no longer want the program.
set -eu

data=${XDG_DATA_HOME:-$HOME/.local/share}
icons=$data/icons/hicolor
entry=$data/applications/copeditor.desktop

# Only our own entry: another program's file of the same name is left alone.
if [ -f "$entry" ] && grep -q '^Name=COP Submission Editor$' "$entry"; then
    rm -f "$entry"
fi
for size in 16 24 32 48 64 128 256 512; do
    rm -f "$icons/${size}x$size/apps/copeditor.png"
done
rm -f "$icons/scalable/apps/copeditor.svg"

command -v update-desktop-database >/dev/null 2>&1 && update-desktop-database -q "$data/applications" || true
# An icon cache is refreshed only where one exists: a stale one would hide later icons.
if [ -f "$icons/icon-theme.cache" ] && command -v gtk-update-icon-cache >/dev/null 2>&1; then
    gtk-update-icon-cache -q -t "$icons" 2>/dev/null || true
fi

echo "Removed the COP Submission Editor from your applications menu."
