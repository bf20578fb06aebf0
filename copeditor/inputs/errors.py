"""The one error an input reader raises: str() is one line naming the file and what is wrong."""

from __future__ import annotations


class InputError(Exception):
    """A file that cannot be read as a submission; nothing was written because of it."""
