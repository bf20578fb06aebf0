"""Word documents: the ECPAT sample and a 100-page draft to .docx and back, in process."""

from __future__ import annotations

from benchmarks.common import ECPAT_MD, ROOT, Row, median_seconds
from benchmarks.drafts import hundred_page_draft

FORM_TABLES = ROOT / "tests" / "data" / "docx" / "filled-form-tables.docx"


def run(quick: bool = False) -> list[Row]:
    from copeditor.formats.docx import read_word_bytes, read_word_file, word_bytes
    from copeditor.formats.textform import read_text_form

    submission = read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission
    data = word_bytes(submission)
    repeats = 1 if quick else 30
    export = median_seconds(lambda: word_bytes(submission), repeats)
    reimport = median_seconds(lambda: read_word_bytes(data, "ecpat.docx"), repeats)
    tables = median_seconds(lambda: read_word_file(FORM_TABLES), repeats)
    big = hundred_page_draft()
    big_data = word_bytes(big)
    big_export = median_seconds(lambda: word_bytes(big), 1 if quick else 3)
    big_import = median_seconds(lambda: read_word_bytes(big_data, "big.docx"), 1 if quick else 3)
    return [
        Row("ECPAT sample to .docx, in process", export * 1000, "ms"),
        Row("that .docx imported back, in process", reimport * 1000, "ms"),
        Row("a form in tables made by LibreOffice, imported", tables * 1000, "ms"),
        Row("the 100-page draft (50,000 words) to .docx", big_export * 1000, "ms"),
        Row("that .docx imported back", big_import * 1000, "ms"),
    ]
