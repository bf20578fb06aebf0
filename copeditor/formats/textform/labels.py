"""Recognise the template's label lines, with the variations real submissions show."""

from __future__ import annotations

import re
from dataclasses import dataclass
from enum import Enum


class Label(Enum):
    ORGANISATION = "organisation"
    NAME = "name"
    WEBSITE = "website"
    SUMMARY = "summary"
    ADDITIONAL = "additional_information"


# Matched against the start of a source line. The sample writes `related to the Area 3`,
# `Short summary :` without its parenthesis, a space or none before the colon.
_PATTERNS: dict[Label, re.Pattern[str]] = {
    Label.ORGANISATION: re.compile(r"name\s+of\s+the\s+partner\s+organi[sz]ation\s*:", re.I),
    Label.NAME: re.compile(
        r"name\s+of\s+the\s+program(?:me)?\s+related\s+to\s+(?:the\s+)?area\s*(\d+)\s*:", re.I
    ),
    Label.WEBSITE: re.compile(r"web\s*site\s*:", re.I),
    Label.SUMMARY: re.compile(r"short\s+summary\b[^:\n]{0,80}:", re.I),
    Label.ADDITIONAL: re.compile(r"additional\s+information\b[^:\n]{0,40}:", re.I),
}

_AREA_HEADING = re.compile(r"\s*area\s*(\d+)\s*:", re.I)


@dataclass(frozen=True)
class LabelMatch:
    label: Label
    rest: str  # what follows the label on its line
    area_number: int | None  # the number in "related to Area N", if any
    end: int = 0  # where the label ends in the line (the .docx reader keeps the rest's format)


def match_label(line: str) -> LabelMatch | None:
    stripped = line.lstrip(" \t")
    indent = len(line) - len(stripped)
    for label, pattern in _PATTERNS.items():
        found = pattern.match(stripped)
        if found:
            number = int(found.group(1)) if found.groups() else None
            rest = stripped[found.end() :].strip(" \t")
            return LabelMatch(label, rest, number, indent + found.end())
    return None


def match_area_heading(plain_text: str) -> int | None:
    """The area number of a heading's text (`Area 3: Identify risks...`), else None."""
    found = _AREA_HEADING.match(plain_text)
    return int(found.group(1)) if found else None


def is_title(plain_text: str, title: str) -> bool:
    def fold(text: str) -> str:
        return " ".join(text.replace("\u2019", "'").casefold().split())

    return fold(plain_text).startswith(fold(title))
