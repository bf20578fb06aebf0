"""The one error the spelling package raises: spelling cannot be checked in this language."""

from __future__ import annotations


class DictionaryError(Exception):
    """No usable dictionary for a language: none shipped, or its files are missing or damaged.

    The message is one line for the user; the caller turns spelling off for `language`.
    """

    def __init__(self, language: str, message: str) -> None:
        super().__init__(message)
        self.language = language
