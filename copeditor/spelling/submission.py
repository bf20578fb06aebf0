"""Spell check a whole Submission: programme names, summaries and additional information."""

from __future__ import annotations

from dataclasses import dataclass

from copeditor.formats.textform.markdown_text import markdown_plain_text
from copeditor.model import Submission, form_template
from copeditor.spelling.checker import SpellChecker

# The fields checked, with how a message names them. Summaries are Markdown: their markup is
# not text, so they are checked as the reader sees them (markdown_plain_text).
CHECKED_FIELDS = {
    "name": "programme name",
    "summary": "short summary",
    "additional_information": "additional information",
}
_MARKDOWN_FIELDS = ("summary", "additional_information")


@dataclass(frozen=True)
class SpellingProblem:
    """An unknown word in a field; start and end are offsets in the field's plain text."""

    area_index: int
    programme_index: int
    field: str
    start: int
    end: int
    word: str

    @property
    def where(self) -> str:
        number = form_template().areas[self.area_index].number
        return f"Area {number}, programme {self.programme_index + 1}, {CHECKED_FIELDS[self.field]}"


def field_plain_text(field: str, value: str) -> str:
    """The text of a Programme field that the spell checker sees (markup removed)."""
    return markdown_plain_text(value) if field in _MARKDOWN_FIELDS else value


def check_submission(submission: Submission, checker: SpellChecker) -> list[SpellingProblem]:
    problems: list[SpellingProblem] = []
    for area_index, area in enumerate(submission.areas):
        for programme_index, programme in enumerate(area.programmes):
            for field in CHECKED_FIELDS:
                text = field_plain_text(field, getattr(programme, field))
                problems.extend(
                    SpellingProblem(area_index, programme_index, field, m.start, m.end, m.word)
                    for m in checker.check(text)
                )
    return problems
