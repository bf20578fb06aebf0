"""Completeness rules: what a submission needs before it is sent (a draft may lack any of it)."""

from __future__ import annotations

from dataclasses import dataclass
from enum import Enum

from copeditor.links import complete_web_address, has_safe_scheme, is_safe_link, is_web_address
from copeditor.model.markdown import link_addresses
from copeditor.model.submission import Programme, Submission
from copeditor.model.template import form_template


@dataclass(frozen=True)
class Problem:
    """One thing missing or wrong, with where it is, so an editor can jump to the field."""

    message: str
    area_index: int | None = None  # None: the organisation page
    programme_index: int | None = None
    field: str | None = None  # a Programme or Submission field name

    def __str__(self) -> str:
        return self.message


__all__ = [
    "REQUIRED_FIELDS",
    "Completion",
    "Problem",
    "completion",
    "find_problems",
    "is_web_address",
]

# The fields find_problems asks to be filled (a programme's only once it is begun); the editor
# tells screen readers they are required.
REQUIRED_FIELDS = frozenset({"organisation", "name", "summary"})

_MARKDOWN_FIELDS = {"summary": "short summary", "additional_information": "additional information"}
# A shown address is cut to this many characters: messages stay one readable line.
_SHOWN_ADDRESS = 80


def _shown(address: str) -> str:
    cut = address if len(address) <= _SHOWN_ADDRESS else address[:_SHOWN_ADDRESS] + "\u2026"
    return repr(cut)


def _link_problems(where: str, at: dict[str, int], programme: Programme) -> list[Problem]:
    """Links in the Markdown fields that cannot be links: they are printed as text only."""
    problems = []
    for field, label in _MARKDOWN_FIELDS.items():
        for address in link_addresses(getattr(programme, field)):
            if is_safe_link(address):
                continue
            kind = (
                "is not a valid address"
                if has_safe_scheme(address)
                else ("is not an http://, https:// or mailto: address")
            )
            problems.append(
                Problem(
                    f"{where}: the {label} links to {_shown(address)}, which {kind}; "
                    "it is shown as text without a link.",
                    **at,
                    field=field,
                )
            )
    return problems


def find_problems(submission: Submission) -> list[Problem]:
    template = form_template()
    problems: list[Problem] = []
    if not submission.organisation.strip():
        problems.append(Problem("The partner organisation is not named.", field="organisation"))
    if not any(area.is_answered() for area in submission.areas):
        problems.append(Problem("No action area is answered: describe at least one programme."))
    for area_index, area in enumerate(submission.areas):
        number = template.areas[area_index].number
        for programme_index, programme in enumerate(area.programmes):
            if programme.is_blank():
                continue
            where = f"Area {number}, programme {programme_index + 1}"
            at = {"area_index": area_index, "programme_index": programme_index}
            if not programme.name.strip():
                problems.append(Problem(f"{where}: the programme has no name.", **at, field="name"))
            if not programme.summary.strip():
                problems.append(
                    Problem(f"{where}: the short summary is empty.", **at, field="summary")
                )
            website = programme.website.strip()
            if website and complete_web_address(website) is None:
                problems.append(
                    Problem(
                        f"{where}: the website {_shown(website)} is not a valid web address "
                        "(write it like www.example.org or https://example.org).",
                        **at,
                        field="website",
                    )
                )
            problems.extend(_link_problems(where, at, programme))
    return problems


class Completion(Enum):
    EMPTY = "empty"
    PARTIAL = "partly filled"
    COMPLETE = "complete"


def completion(
    submission: Submission, area_index: int | None, problems: list[Problem] | None = None
) -> Completion:
    """How far one page of the form is filled: the organisation page (None) or an area.

    Pass `problems` (from find_problems) when asking for several pages: it reads everything.
    """
    if area_index is None:
        return Completion.COMPLETE if submission.organisation.strip() else Completion.EMPTY
    if not submission.areas[area_index].is_answered():
        return Completion.EMPTY
    found = find_problems(submission) if problems is None else problems
    return (
        Completion.PARTIAL
        if any(p.area_index == area_index for p in found)
        else Completion.COMPLETE
    )
