"""What the dialogs answer: choices, requests, and the file-type filters they offer."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum
from pathlib import Path

from copeditor.ui.language import QT_TRANSLATE_NOOP

# In English here; the file choosers show them translated (messages.py).
DRAFT_FILTER = QT_TRANSLATE_NOOP("Dialogs", "COP drafts (*.json)")
TEXT_FORM_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Text form (*.md *.markdown *.txt)")
PDF_FILTER = QT_TRANSLATE_NOOP("Dialogs", "PDF documents (*.pdf)")
WORD_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Word documents (*.docx)")
COMPILE_FILTER = QT_TRANSLATE_NOOP("Dialogs", "Submissions (*.json *.pdf *.md *.docx *.eml)")
IMPORT_FILTERS = ";;".join(
    (
        QT_TRANSLATE_NOOP(
            "Dialogs", "Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf)"
        ),
        TEXT_FORM_FILTER,
        QT_TRANSLATE_NOOP("Dialogs", "Word documents (*.docx *.doc)"),
        QT_TRANSLATE_NOOP("Dialogs", "PDFs made by the editor (*.pdf)"),
    )
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
