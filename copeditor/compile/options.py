"""What a compile is asked to do, what it reports while it runs, and what it gives back."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from copeditor.model import Submission

DEFAULT_TITLE = "COP Partners' Ongoing Project Summaries"
GROUPINGS = ("partner", "area")


@dataclass(frozen=True)
class CompileOptions:
    by: str = "partner"  # "partner": one section per partner; "area": one per action area
    title: str = DEFAULT_TITLE
    keep_all: bool = False  # keep every submission of an organisation, not only the newest
    page_size: str = "a4"
    day: date | None = None  # the date on the cover; None: today
    workers: int | None = None  # processes besides this one; None: one per spare core


@dataclass(frozen=True)
class Progress:
    stage: str  # "reading", "laying out" or "writing"
    done: int
    total: int


ProgressCallback = Callable[[Progress], None]
CancelCheck = Callable[[], bool]


class CompileCancelled(Exception):
    """The cancel hook answered True: nothing was written."""


class NothingToCompileError(ValueError):
    """No input held a readable submission; `skipped` says why for each file tried."""

    def __init__(self, message: str, skipped: list[Skipped]) -> None:
        super().__init__(message)
        self.skipped = skipped


@dataclass(frozen=True)
class Entry:
    """One submission in the report, and the file it came from."""

    source: Path
    submission: Submission

    @property
    def organisation(self) -> str:
        return " ".join(self.submission.organisation.split())


@dataclass(frozen=True)
class Skipped:
    source: Path
    reason: str  # one line, naming the file

    def __str__(self) -> str:
        return self.reason


@dataclass(frozen=True)
class LeftOut:
    """An older submission of an organisation whose newer one is in the report."""

    source: Path
    kept: Path
    organisation: str
    kept_is_newer: bool = True  # else both have the same date and the one found first is kept

    def __str__(self) -> str:
        which = "which is newer" if self.kept_is_newer else "saved at the same time, found first"
        return (
            f"{self.source.name}: left out: {self.organisation} is also in {self.kept.name}, "
            f"{which} (use --keep-all to keep both)"
        )


@dataclass
class CompileResult:
    pdf: bytes
    entries: list[Entry]  # in the report's order
    skipped: list[Skipped] = field(default_factory=list)
    left_out: list[LeftOut] = field(default_factory=list)
    pages: int = 0
