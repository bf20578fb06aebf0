"""Split plain text into the words a spell checker should look at, as LibreOffice does by default.

Not checked: words in capitals (acronyms such as ECPAT, NGOs), words with digits or underscores,
web and email addresses, file and domain names. Apostrophes and hyphens inside a word keep it
whole ("l'enfance", "d’exploitation", "e-safety"): the dictionary knows elisions and compounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import dataclass

# Combining marks that are part of a word but are not letters to `\w` (Arabic vowel signs,
# Cyrillic and Latin combining accents).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
)
# Apostrophes, the hyphen-minus, the Unicode hyphen and the non-breaking hyphen.
_JOINERS = "'\u2019\\-\u2010\u2011"
_WORD = re.compile(rf"[\w{_MARKS}]+(?:[{_JOINERS}][\w{_MARKS}]+)*")
_ADDRESS = re.compile(
    r"(?i:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S*"  # https://…, www.…, mailto:…
    r"|[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[^\s@<>()\[\]]+"  # someone@example.org
    r"|(?<![\w@.-])(?:[\w-]+\.)+[a-z]{2,24}\b(?:[/?#:]\S*)?"  # ecpat.org, report.pdf
)
_PLURAL_OR_POSSESSIVE = re.compile(r"(?:['\u2019]s|s)$")
# Hunspell knows the ASCII hyphen; the typographic ones are the same mark to a reader.
_TO_ASCII_HYPHEN = str.maketrans({"\u2010": "-", "\u2011": "-"})


@dataclass(frozen=True)
class Token:
    """A word to check: where it is in the text (code points) and the word as Hunspell wants it."""

    start: int
    end: int
    word: str


def words_to_check(text: str) -> Iterator[Token]:
    skipped = [match.span() for match in _ADDRESS.finditer(text)]
    next_skip = 0
    for match in _WORD.finditer(text):
        start, end = match.span()
        while next_skip < len(skipped) and skipped[next_skip][1] <= start:
            next_skip += 1
        if next_skip < len(skipped) and skipped[next_skip][0] < end:
            continue  # part of an address
        word = match.group()
        if _is_exempt(word):
            continue
        yield Token(start, end, word.translate(_TO_ASCII_HYPHEN))


def _is_exempt(word: str) -> bool:
    if any(character.isdigit() or character == "_" for character in word):
        return True
    # In capitals: an acronym, possibly with a plural or possessive ending (NGOs, ECPAT's).
    stem = _PLURAL_OR_POSSESSIVE.sub("", word) if not word.isupper() else word
    letters = sum(character.isalpha() for character in stem)
    return letters > 1 and stem.isupper()
