"""What the dialogs answer: choices, requests, and the file-type filters they offer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

DRAFT_FILTER = "COP drafts (*.json)"
TEXT_FORM_FILTER = "Text form (*.md *.markdown *.txt)"
PDF_FILTER = "PDF documents (*.pdf)"
WORD_FILTER = "Word documents (*.docx)"
COMPILE_FILTER = "Submissions (*.json *.pdf *.md *.docx *.eml)"
IMPORT_FILTERS = (
    "Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf);;"
    f"{TEXT_FORM_FILTER};;Word documents (*.docx *.doc);;PDFs made by the editor (*.pdf)"
)


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


@dataclass(frozen=True)
class CompileRequest:
    """What Tools > Compile Submissions is asked to make."""

    inputs: list[Path]  # files, or folders to search
    report: Path
    overview: Path | None  # the CSV, when wanted
    by: str  # "partner" or "area"
    title: str


class AfterExport(Enum):
    OPEN = "open"
    SHOW_FOLDER = "show folder"
    CLOSE = "close"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"
