"""The spelling report of `copeditor validate --spelling`: one line per unknown word."""

from __future__ import annotations

from collections.abc import Iterator

from copeditor.model import Submission
from copeditor.spelling.checker import SpellingSession
from copeditor.spelling.submission import check_submission


def spelling_report(submission: Submission, language: str | None = None) -> Iterator[str]:
    """'Area 2, programme 1, short summary: wrod: word, ward' for each unknown word, in order.

    `language` (a BCP 47 tag) overrides the draft's. Raises DictionaryError.
    """
    checker = SpellingSession().checker(language or submission.language)
    suggestions: dict[str, str] = {}  # a word repeated in a long draft is looked up once
    for problem in check_submission(submission, checker):
        if problem.word not in suggestions:
            suggestions[problem.word] = ", ".join(checker.suggest(problem.word))
        shown = suggestions[problem.word] or "(no suggestions)"
        yield f"{problem.where}: {problem.word}: {shown}"
