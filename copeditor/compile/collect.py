"""The submissions of a report: read from every input, checked, one per organisation, sorted."""

from __future__ import annotations

import unicodedata
from collections.abc import Iterable
from datetime import UTC, datetime
from pathlib import Path

from copeditor.compile.collation import collation_key
from copeditor.compile.options import Entry, LeftOut, Skipped
from copeditor.formats.pdf import UndrawableCharactersError
from copeditor.formats.pdf.builder import check_characters
from copeditor.inputs import InputError, read_submission

UNNAMED = "(organisation not named)"


def read_entry(path: Path) -> Entry | Skipped:
    """One input as an entry of the report, or the one-line reason it is skipped."""
    try:
        submission = read_submission(path)
        check_characters(submission)  # the single export refuses what no font draws; so do we
    except InputError as error:
        return Skipped(path, str(error))
    except UndrawableCharactersError as error:
        return Skipped(path, f"{path.name}: {error}")
    except Exception as error:  # a reader's bug must not stop the other partners' report
        return Skipped(path, f"{path.name}: cannot be read ({type(error).__name__}: {error})")
    if not submission.organisation.strip() and not any(a.is_answered() for a in submission.areas):
        return Skipped(path, f"{path.name}: names no organisation and describes no programme")
    return Entry(path, submission)


def organisation_key(name: str) -> str:
    """Names that are the same organisation however they were typed (case, spaces, accents)."""
    return " ".join(unicodedata.normalize("NFKC", name).casefold().split())


def _age(entry: Entry) -> datetime:
    moment = entry.submission.last_modified
    if moment is None:
        return datetime.min.replace(tzinfo=UTC)
    return moment if moment.tzinfo else moment.replace(tzinfo=UTC)


def one_per_organisation(entries: list[Entry]) -> tuple[list[Entry], list[LeftOut]]:
    """The newest submission (by last_modified) of each named organisation; the rest left out.

    Unnamed submissions are all kept: nothing says they are the same partner.
    """
    kept: dict[str, Entry] = {}
    unnamed: list[Entry] = []
    for entry in entries:
        key = organisation_key(entry.organisation)
        if not key:
            unnamed.append(entry)
        elif key not in kept or _age(entry) > _age(kept[key]):
            kept[key] = entry
    left_out = []
    for entry in entries:
        key = organisation_key(entry.organisation)
        if key and kept[key] is not entry:
            newer = _age(kept[key]) > _age(entry)
            left_out.append(LeftOut(entry.source, kept[key].source, entry.organisation, newer))
    return [*kept.values(), *unnamed], left_out


def report_order(entries: Iterable[Entry]) -> list[Entry]:
    """By organisation in collation order; unnamed ones last; ties by file name."""
    return sorted(
        entries,
        key=lambda e: (not e.organisation, collation_key(e.organisation), str(e.source)),
    )


def display_name(entry: Entry) -> str:
    return entry.organisation or f"{UNNAMED}: {entry.source.name}"
