"""One table from a file's extension to the reader that makes a Submission of it.

A new input format is one line here.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from pathlib import Path

from copeditor.inputs.email_input import read_email
from copeditor.inputs.errors import InputError
from copeditor.inputs.importing import Imported, import_text_form, import_word
from copeditor.inputs.pdf_draft import read_pdf_draft
from copeditor.model import Submission


def _read_draft_file(path: Path) -> Submission:
    from copeditor.storage import DraftError, load_draft

    try:
        return load_draft(path)
    except DraftError as error:
        raise InputError(str(error)) from None


def _submission_of(importer: Callable[[Path], Imported]) -> Callable[[Path], Submission]:
    return lambda path: importer(path).submission


READERS: dict[str, Callable[[Path], Submission]] = {
    ".json": _read_draft_file,
    ".pdf": read_pdf_draft,
    ".md": _submission_of(import_text_form),
    ".docx": _submission_of(import_word),
    ".eml": read_email,
}


def read_submission(path: Path) -> Submission:
    """The submission in `path`, whatever its kind; InputError (one line) when it has none."""
    reader = READERS.get(path.suffix.lower())
    if reader is None:
        known = ", ".join(sorted(READERS))
        raise InputError(f"{path.name}: cannot read '{path.suffix}' files (known: {known})")
    return reader(path)


def find_inputs(paths: Iterable[Path]) -> list[Path]:
    """Files as given, and the readable files inside folders (recursively, in name order).

    A file named on its own is kept whatever its extension, so that its reader reports it; a
    folder's other files (images, spreadsheets) are not inputs and are passed over.
    """
    found: list[Path] = []
    for path in paths:
        if path.is_dir():
            found += sorted(
                (p for p in path.rglob("*") if _is_input(p)),
                key=lambda p: str(p.relative_to(path)),
            )
        else:
            found.append(path)
    return list(dict.fromkeys(found))


def _is_input(path: Path) -> bool:
    # Hidden files are system or editor leftovers ("._name" on macOS volumes, lock files).
    return path.suffix.lower() in READERS and not path.name.startswith(".") and path.is_file()
