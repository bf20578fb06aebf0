"""What File > Import (and Open, and a drop) can read besides drafts: one row per kind of file,
each giving a new, unsaved Submission and the notes to show about what was not placed."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from copeditor.model import Submission
from copeditor.ui.language import QT_TRANSLATE_NOOP


class ImportFailed(Exception):
    """The file could not be read; str() is the one-line reason to show."""


@dataclass(frozen=True)
class ImportKind:
    title: str  # the dialog title for its messages
    suffixes: tuple[str, ...]
    read: Callable[[Path], tuple[Submission, list[str]]]  # raises ImportFailed


def _text_form(path: Path) -> tuple[Submission, list[str]]:
    from copeditor.formats.textform import TextFormFileError, read_text_form_file

    try:
        result = read_text_form_file(path)
    except TextFormFileError as error:
        raise ImportFailed(str(error)) from None
    return result.submission, [str(notice) for notice in result.notices]


def _word(path: Path) -> tuple[Submission, list[str]]:
    from copeditor.formats.docx import WordFileError, read_word_file

    try:
        result = read_word_file(path)
    except WordFileError as error:
        raise ImportFailed(str(error)) from None
    return result.submission, list(result.warnings)


def _pdf(path: Path) -> tuple[Submission, list[str]]:
    """A PDF the editor exported carries its draft: that draft, never bound to the PDF."""
    from copeditor.inputs import InputError, read_pdf_draft

    try:
        return read_pdf_draft(path), []
    except InputError as error:
        raise ImportFailed(str(error)) from None


IMPORT_KINDS = (
    ImportKind(
        QT_TRANSLATE_NOOP("ImportKinds", "Import Text Form"),
        (".md", ".markdown", ".txt"),
        _text_form,
    ),
    # .doc is listed so that its clear refusal ("save it as .docx") is reached.
    ImportKind(
        QT_TRANSLATE_NOOP("ImportKinds", "Import Word Document"),
        (".docx", ".doc", ".docm", ".dotx"),
        _word,
    ),
    ImportKind(QT_TRANSLATE_NOOP("ImportKinds", "Import from PDF"), (".pdf",), _pdf),
)
IMPORTABLE_SUFFIXES = tuple(suffix for kind in IMPORT_KINDS for suffix in kind.suffixes)


def import_kind(path: Path) -> ImportKind | None:
    suffix = path.suffix.lower()
    return next((kind for kind in IMPORT_KINDS if suffix in kind.suffixes), None)
