#!/usr/bin/env bash
# Check a built bundle as a partner would run it: unpacked far from the checkout, with a bare
# environment (no Python, no virtual environment, no PYTHONPATH), nothing but the archive.
# Usage: packaging/smoke_test.sh dist/copeditor-<version>-linux-<arch>.tar.gz
set -euo pipefail

archive=$(cd "$(dirname "$1")" && pwd -P)/$(basename "$1")
sample=$(cd "$(dirname "$0")/.." && pwd -P)/examples/ecpat-international-2010.md
limit_mib=250

work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
cp "$sample" "$work/sample.md"
tar -xzf "$archive" -C "$work"
program=$work/copeditor/copeditor

size_mib=$(( $(du -sk "$work/copeditor" | cut -f1) / 1024 ))
echo "bundle: ${size_mib} MiB unpacked, $(( $(stat -c %s "$archive") / 1048576 )) MiB archive"
if (( size_mib > limit_mib )); then
    echo "smoke test: the bundle is over ${limit_mib} MiB" >&2
    exit 1
fi

# Exactly what the issue asks: no HOME, no locale, no display; Qt falls back to C.UTF-8.
bare() { (cd "$work" && env -i PATH=/usr/bin:/bin "$@"); }
bare "$program" --version
bare "$program" --self-test
bare "$program" import sample.md -o draft.json
bare "$program" validate draft.json
bare "$program" export draft.json -o summary.pdf
if command -v pdftotext >/dev/null 2>&1; then
    text=$(pdftotext "$work/summary.pdf" -)
    if [[ $text != *"ECPAT International"* ]]; then
        echo "smoke test: the exported PDF lacks the organisation's name" >&2
        exit 1
    fi
fi
echo "smoke test: the bundle runs outside the checkout (version, self-test, import, export)"
