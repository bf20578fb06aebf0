"""Import: a text form, a Word document or a PDF the editor made, read into a new draft, with
notes on what could not be placed. One table for the command line and the editor."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from copeditor.inputs.errors import InputError
from copeditor.model import Submission


@dataclass(frozen=True)
class Imported:
    submission: Submission
    notes: list[str] = field(default_factory=list)  # one line each: what was not placed


def import_text_form(path: Path) -> Imported:
    from copeditor.formats.textform import TextFormFileError, read_text_form_file

    try:
        result = read_text_form_file(path)
    except TextFormFileError as error:
        raise InputError(str(error)) from None
    return Imported(result.submission, [str(notice) for notice in result.notices])


def import_word(path: Path) -> Imported:
    # Imported here, on first use: python-docx and lxml cost start-up time otherwise.
    from copeditor.formats.docx import WordFileError, read_word_file

    try:
        result = read_word_file(path)
    except WordFileError as error:
        raise InputError(str(error)) from None
    return Imported(result.submission, list(result.warnings))


def import_pdf(path: Path) -> Imported:
    """A PDF the editor exported carries its draft: that draft (never bound to the PDF)."""
    # Imported here, on first use: reading a PDF brings in reportlab, which the editor's
    # start-up does not otherwise need.
    from copeditor.inputs.pdf_draft import read_pdf_draft

    return Imported(read_pdf_draft(path))


TEXT_FORM_SUFFIXES = (".md", ".markdown", ".txt")
# .doc and the others are listed so that their clear refusal ("save it as .docx") is reached.
WORD_SUFFIXES = (".docx", ".doc", ".docm", ".dotx")
IMPORTERS: dict[str, Callable[[Path], Imported]] = {
    **dict.fromkeys(TEXT_FORM_SUFFIXES, import_text_form),
    **dict.fromkeys(WORD_SUFFIXES, import_word),
    ".pdf": import_pdf,
}
