#!/usr/bin/env bash
# macOS: after `pyinstaller packaging/copeditor.spec` has made "dist/COP Submission Editor.app",
# check the app from a copy outside the checkout and pack it into a disk image with a link to
# /Applications (drag to install; no administrator rights needed for ~/Applications either).
# Run from the checkout: bash packaging/macos/build_dmg.sh
set -euo pipefail

name="COP Submission Editor"
version=$(python -c 'import copeditor; print(copeditor.__version__)')
app="dist/$name.app"
sample="$PWD/examples/ecpat-international-2010.md"

# The same checks as packaging/smoke_test.sh on Linux, with a bare environment.
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp -R "$app" "$work/"
cp "$sample" "$work/sample.md"
program="$work/$name.app/Contents/MacOS/copeditor"
bare() { (cd "$work" && env -i PATH=/usr/bin:/bin "$@"); }
bare "$program" --version
bare "$program" --self-test
bare "$program" import sample.md -o draft.json
bare "$program" export draft.json -o summary.pdf

# PyInstaller signs the app ad hoc; distributing beyond a test needs a Developer ID signature
# and notarisation (codesign --options runtime, xcrun notarytool), which need Apple credentials.
staging=$(mktemp -d)
cp -R "$app" "$staging/"
ln -s /Applications "$staging/Applications"
hdiutil create -volname "$name" -srcfolder "$staging" -ov -format UDZO \
    "dist/copeditor-$version-macos-$(uname -m).dmg"
rm -rf "$staging"
