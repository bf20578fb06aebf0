"""Check plain text in one language: misspelt words with their places, and suggestions."""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

from copeditor.spelling.dictionaries import Dictionary, load_dictionary
from copeditor.spelling.personal import PersonalWordList
from copeditor.spelling.tokens import words_to_check

MAX_SUGGESTIONS = 5
_CACHE_LIMIT = 100_000  # distinct words remembered per language; a long draft has ~10,000
_ASTRAL = "\U00010000"  # characters from here on take two UTF-16 code units (emoji, say)


# An elided article or pronoun before the word: l', d', qu', jusqu', dell', all'.
_ELISION = re.compile(r"([^\W\d_]{1,6}')([^\W\d_].*)")


@dataclass(frozen=True)
class Misspelling:
    """An unknown word at text[start:end] (Python string offsets)."""

    start: int
    end: int
    word: str


def utf16_offset(text: str, index: int) -> int:
    """Where text[index] is in UTF-16 code units (QTextCursor positions, Qt string indexes)."""
    return index + sum(character >= _ASTRAL for character in text[:index])


class SpellingSession:
    """What spelling shares across a program run: the personal list, Ignore All, checkers.

    `personal_folder` holds the personal word list (the editor passes its application-data
    folder); None: no personal list (the command line).
    """

    def __init__(self, personal_folder: Path | None = None) -> None:
        self.personal = PersonalWordList(personal_folder) if personal_folder else None
        self.ignored: set[str] = set()
        self._checkers: dict[str, SpellChecker] = {}

    def checker(self, language: str) -> SpellChecker:
        """The checker for a BCP 47 tag, loading its dictionary on first use.

        Raises DictionaryError (no dictionary for the language, or it is missing or damaged).
        """
        if language not in self._checkers:
            self._checkers[language] = SpellChecker(language, load_dictionary(language), self)
        return self._checkers[language]

    def ignore_all(self, word: str) -> None:
        """Accept `word` everywhere until the program ends."""
        self.ignored.add(word)

    def add_to_personal(self, word: str) -> None:
        """Accept `word` from now on, in every language. Raises PersonalWordListError."""
        if self.personal is None:
            raise ValueError("this session has no personal word list")
        self.personal.add(word)


class SpellChecker:
    """One language's checker; cheap to call on every block of text the editor repaints."""

    def __init__(self, language: str, dictionary: Dictionary, session: SpellingSession) -> None:
        self.language = language
        self._dictionary = dictionary
        self._session = session
        self._known: dict[str, bool] = {}

    def is_correct(self, word: str) -> bool:
        if word in self._session.ignored or self._in_personal_list(word):
            return True
        known = self._known.get(word)
        if known is None:
            if len(self._known) >= _CACHE_LIMIT:
                self._known.clear()
            known = self._known[word] = self._spell(word)
        return known

    def check(self, text: str) -> list[Misspelling]:
        """The unknown words of plain text (no markup), in order."""
        return [
            Misspelling(token.start, token.end, text[token.start : token.end])
            for token in words_to_check(text)
            if not self.is_correct(token.word)
        ]

    def misspelled_spans(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each unknown word in UTF-16 code units, as Qt counts them."""
        found = self.check(text)
        if not found or max(text) < _ASTRAL:
            return [(m.start, m.end - m.start) for m in found]
        spans = []
        extra = scanned = 0  # astral characters before `scanned`
        for m in found:
            extra += sum(c >= _ASTRAL for c in text[scanned : m.start])
            inside = sum(c >= _ASTRAL for c in text[m.start : m.end])
            spans.append((m.start + extra, m.end - m.start + inside))
            extra += inside
            scanned = m.end
        return spans

    def suggest(self, word: str, limit: int = MAX_SUGGESTIONS) -> list[str]:
        """Up to `limit` replacements, best first. Slow (0.01-0.7 s): call it when asked,
        in a worker thread if need be (see Dictionary)."""
        # Suggestions keep the writer's apostrophe, typewriter or typographic.
        apostrophe, other = ("\u2019", "'") if "\u2019" in word else ("'", "\u2019")
        word = word.replace("\u2019", "'")
        candidates: list[str] = []
        elision = _ELISION.match(word)
        if elision:
            # "l'enfanse": for the whole word Hunspell suggests "l'enfantinement"; the mended
            # stem ("l'enfance") is what the writer meant. Each suggest() call can take a
            # quarter of a second: the whole word is tried only when no stem fits.
            prefix, stem = elision.groups()
            mended = (prefix + candidate for candidate in self._dictionary.suggest(stem))
            candidates = [c for c in mended if self._dictionary.spell(c)]
        if not candidates:
            candidates = self._dictionary.suggest(word)
        written = word.replace("'", apostrophe)
        suggestions: list[str] = []
        for candidate in candidates:
            shown = candidate.replace(other, apostrophe)
            if shown != written and shown not in suggestions:
                suggestions.append(shown)
        return suggestions[:limit]

    def _spell(self, word: str) -> bool:
        if self._dictionary.spell(word):
            return True
        # Some dictionaries know only the typewriter apostrophe.
        return "\u2019" in word and self._dictionary.spell(word.replace("\u2019", "'"))

    def _in_personal_list(self, word: str) -> bool:
        personal = self._session.personal
        if personal is None:
            return False
        # A word added in lower case is also right at the start of a sentence.
        return word in personal or (word[:1].isupper() and word[:1].lower() + word[1:] in personal)
