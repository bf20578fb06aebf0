"""Typed errors of the storage layer; each message is one line a person understands."""

from __future__ import annotations

from pathlib import Path


class DraftError(Exception):
    """A draft could not be read or written. str(error) is the one-line message to show."""

    def __init__(self, path: Path | str, reason: str) -> None:
        self.path = Path(path)
        self.reason = reason
        super().__init__(f"{self.path.name}: {reason}")


class DraftUnreadableError(DraftError):
    """The file could not be opened or read (missing, no permission, a folder...)."""


class DraftTooLargeError(DraftError):
    """The file is over the size cap, so it is not read at all."""


class DraftNotJsonError(DraftError):
    """The file is not JSON text (or not UTF-8)."""


class DraftShapeError(DraftError):
    """The JSON does not have the shape of a draft; the message names the field."""


class DraftTooNewError(DraftError):
    """The draft was written by a newer version of the program."""


class DraftSaveError(DraftError):
    """The draft could not be written; the file on disk is as it was."""
