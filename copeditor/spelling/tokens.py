"""Split plain text into the words a spell checker should look at, as LibreOffice does by default.

Not checked: words in capitals (acronyms such as ECPAT, NGOs), words with digits or underscores,
web and email addresses, file and domain names. Apostrophes and hyphens inside a word keep it
whole ("l'enfance", "d’exploitation", "e-safety"): the dictionary knows elisions and compounds.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import NamedTuple

# Combining marks that are part of a word but are not letters to `\w` (Arabic vowel signs,
# Cyrillic and Latin combining accents).
_MARKS = (
    "\u0300-\u036f\u0483-\u0489"
    "\u0610-\u061a\u064b-\u065f\u0670\u06d6-\u06dc\u06df-\u06e8\u06ea-\u06ed"
)
# Apostrophes, the hyphen-minus, the Unicode hyphen and the non-breaking hyphen.
_JOINERS = "'\u2019\\-\u2010\u2011"
_WORD = rf"[\w{_MARKS}]+(?:[{_JOINERS}][\w{_MARKS}]+)*"
_ADDRESS = (
    r"(?i:[a-z][a-z0-9+.-]*://|www\.|mailto:)\S*"  # https://…, www.…, mailto:…
    r"|[^\s@<>()\[\]]+@[^\s@<>()\[\]]+\.[^\s@<>()\[\]]+"  # someone@example.org
    r"|(?<![\w@.-])(?:[\w-]+\.)+[a-z]{2,24}\b(?:[/?#:]\S*)?"  # ecpat.org, report.pdf
)
# One pass: at each place an address is tried first, so no word inside one is ever seen.
_ADDRESS_OR_WORD = re.compile(rf"(?:{_ADDRESS})|(?P<word>{_WORD})")
_DIGIT_OR_UNDERSCORE = re.compile(r"[\d_]")
_PLURAL_OR_POSSESSIVE = re.compile(r"(?:['\u2019]s|s)$")
# Hunspell knows the ASCII hyphen; the typographic ones are the same mark to a reader.
_TO_ASCII_HYPHEN = str.maketrans({"\u2010": "-", "\u2011": "-"})


class Token(NamedTuple):
    """A word to check: where it is in the text (code points) and the word as Hunspell wants it."""

    start: int
    end: int
    word: str


def words_to_check(text: str) -> Iterator[Token]:
    for match in _ADDRESS_OR_WORD.finditer(text):
        word = match["word"]
        if word is None or _is_exempt(word):
            continue
        yield Token(match.start(), match.end(), word.translate(_TO_ASCII_HYPHEN))


def _is_exempt(word: str) -> bool:
    if _DIGIT_OR_UNDERSCORE.search(word):
        return True
    # In capitals: an acronym, possibly with a plural or possessive ending (NGOs, ECPAT's).
    if word.isupper():
        return _letters(word) > 1
    if word.endswith("s"):
        stem = _PLURAL_OR_POSSESSIVE.sub("", word)
        return stem.isupper() and _letters(stem) > 1
    return False


def _letters(word: str) -> int:
    return sum(character.isalpha() for character in word)
