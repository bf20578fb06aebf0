"""Word documents: the ECPAT sample exported to .docx and imported back, in process."""

from __future__ import annotations

from benchmarks.common import ECPAT_MD, ROOT, Row, median_seconds

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
    return [
        Row("ECPAT sample to .docx, in process", export * 1000, "ms"),
        Row("that .docx imported back, in process", reimport * 1000, "ms"),
        Row("a form in tables made by LibreOffice, imported", tables * 1000, "ms"),
    ]
