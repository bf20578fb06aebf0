"""Words and characters of fields and of a whole submission, counted as the PDF shows the text."""

from __future__ import annotations

import re
from dataclasses import dataclass

from copeditor.formats.textform.markdown_text import markdown_plain_text
from copeditor.model.submission import Submission
from copeditor.model.words import count_words

# The prose fields are Markdown: their markup (**, [](), list markers) is not text the reader
# sees. The organisation, programme names and websites are printed as typed.
MARKDOWN_FIELDS = frozenset({"summary", "additional_information"})
_PROGRAMME_FIELDS = ("name", "website", "summary", "additional_information")


@dataclass(frozen=True)
class Counts:
    words: int = 0
    characters: int = 0  # letters, digits, punctuation and spaces; line breaks are not counted

    def __add__(self, other: Counts) -> Counts:
        return Counts(self.words + other.words, self.characters + other.characters)


def field_counts(field: str, value: str) -> Counts:
    if field in MARKDOWN_FIELDS:
        return _text_counts(markdown_plain_text(value))
    return _text_counts(value)


def _text_counts(text: str) -> Counts:
    return Counts(count_words(text), len(text.replace("\n", "")))


def submission_counts(submission: Submission) -> Counts:
    return CountMemory().submission_counts(submission)


# A blank line followed by text at the start of a line: a cut there never changes what the
# lines on either side mean (an indented line may continue a list item or a code block).
_PARAGRAPH_BREAK = re.compile(r"\n\n(?=[^ \t\n])")


def paragraphs(source: str) -> list[str] | None:
    """`source` cut where counting its pieces apart gives the count of the whole, or None when
    it holds a block that may contain blank lines (fenced code, HTML; inside list items too, so
    anywhere). The rule is checked against whole-field counts in tests/test_text_counts.py."""
    if "```" in source or "~~~" in source or "<" in source:
        return None
    return _PARAGRAPH_BREAK.split(source)


class CountMemory:
    """Counts with a memory: parsing Markdown costs time proportional to the text, so a recount
    after typing in one field parses only that field again, and in a field of many paragraphs
    only the paragraphs that changed (a 100-page summary: about 30 ms whole, 1 ms by paragraph).
    Only the values of the last recount (and the fields asked about since) are kept, so old
    versions of a long summary are not."""

    def __init__(self) -> None:
        self._known: dict[tuple[str, str], Counts] = {}
        self._paragraphs: dict[str, Counts] = {}

    def field_counts(self, field: str, value: str) -> Counts:
        key = (field if field in MARKDOWN_FIELDS else "", value)
        counts = self._known.get(key)
        if counts is None:
            counts = self._known[key] = self._count(field, value)
        return counts

    def _count(self, field: str, value: str) -> Counts:
        pieces = paragraphs(value) if field in MARKDOWN_FIELDS else None
        if pieces is None:
            return field_counts(field, value)
        earlier, self._paragraphs = self._paragraphs, {}
        total = Counts()
        for paragraph in pieces:
            counts = earlier.get(paragraph) or self._paragraphs.get(paragraph)
            if counts is None:
                counts = field_counts(field, paragraph)
            self._paragraphs[paragraph] = counts
            total += counts
        return total

    def submission_counts(self, submission: Submission) -> Counts:
        earlier, self._known = self._known, {}
        total = Counts()
        values = [("organisation", submission.organisation)]
        for area in submission.areas:
            for programme in area.programmes:
                values += [(field, getattr(programme, field)) for field in _PROGRAMME_FIELDS]
        for field, value in values:
            key = (field if field in MARKDOWN_FIELDS else "", value)
            counts = earlier.get(key) or self._count(field, value)
            self._known[key] = counts
            total += counts
        return total
