#!/usr/bin/env bash
# Turn the HTML sources in tests/data/docx/ into .docx files written by LibreOffice, another
# program than ours, for the import tests. Run once by hand after changing a source (needs
# LibreOffice Writer: apt-get install libreoffice-writer-nogui); the .docx files are committed,
# so the tests do not need LibreOffice. ecpat-plain-paragraphs.html is the ECPAT sample
# rendered by markdown-it (see the test that checks it is up to date).
set -euo pipefail
cd "$(dirname "$0")/../tests/data/docx"
for source in *.html; do
    soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . "$source" >/dev/null
done

# Our own export of rich-draft.json, opened and saved again by LibreOffice: what comes back when
# a partner edits the exported document in another word processor.
work="$(mktemp -d)"
../../../.venv/bin/copeditor export rich-draft.json -o "$work/rich-draft-resaved-by-libreoffice.docx"
soffice --headless --convert-to 'docx:MS Word 2007 XML' --outdir . \
    "$work/rich-draft-resaved-by-libreoffice.docx" >/dev/null
rm -r "$work"
ls -l ./*.docx
