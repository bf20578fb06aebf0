"""Drafts on disk: atomic save with backup, load with typed one-line errors."""

from copeditor.storage.drafts import (
    MAX_DRAFT_BYTES,
    backup_path,
    draft_bytes,
    draft_from_bytes,
    load_draft,
    save_draft,
)
from copeditor.storage.errors import (
    DraftError,
    DraftNotJsonError,
    DraftSaveError,
    DraftShapeError,
    DraftTooLargeError,
    DraftTooNewError,
    DraftUnreadableError,
)

__all__ = [
    "MAX_DRAFT_BYTES",
    "DraftError",
    "DraftNotJsonError",
    "DraftSaveError",
    "DraftShapeError",
    "DraftTooLargeError",
    "DraftTooNewError",
    "DraftUnreadableError",
    "backup_path",
    "draft_bytes",
    "draft_from_bytes",
    "load_draft",
    "save_draft",
]
