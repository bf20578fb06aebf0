"""Spell checking in the draft's language with the shipped Hunspell dictionaries (no Qt).

Hunspell itself is imported on first use, not with this package: start-up stays fast.
"""

from copeditor.spelling.checker import (
    MAX_SUGGESTIONS,
    Misspelling,
    SpellChecker,
    SpellingSession,
    utf16_offset,
)
from copeditor.spelling.errors import DictionaryError
from copeditor.spelling.languages import LANGUAGE_NAMES, dictionary_name
from copeditor.spelling.personal import PERSONAL_WORDS_FILE, PersonalWordList, PersonalWordListError
from copeditor.spelling.submission import SpellingProblem, check_submission, field_plain_text

__all__ = [
    "LANGUAGE_NAMES",
    "MAX_SUGGESTIONS",
    "PERSONAL_WORDS_FILE",
    "DictionaryError",
    "Misspelling",
    "PersonalWordList",
    "PersonalWordListError",
    "SpellChecker",
    "SpellingProblem",
    "SpellingSession",
    "check_submission",
    "dictionary_name",
    "field_plain_text",
    "utf16_offset",
]
