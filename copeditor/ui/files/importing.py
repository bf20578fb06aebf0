"""What File > Import (and Open, and a drop) can read besides drafts (copeditor.inputs.importing),
and the title its messages have in the editor."""

from __future__ import annotations

from pathlib import Path

from copeditor.inputs.importing import IMPORTERS, WORD_SUFFIXES
from copeditor.ui.language import QT_TRANSLATE_NOOP

IMPORTABLE_SUFFIXES = tuple(IMPORTERS)


def import_title(path: Path) -> str:
    """The (untranslated, context "ImportKinds") title of an import's messages."""
    suffix = path.suffix.lower()
    if suffix == ".pdf":
        return QT_TRANSLATE_NOOP("ImportKinds", "Import from PDF")
    if suffix in WORD_SUFFIXES:
        return QT_TRANSLATE_NOOP("ImportKinds", "Import Word Document")
    return QT_TRANSLATE_NOOP("ImportKinds", "Import Text Form")
