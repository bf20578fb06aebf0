"""Where a value lives in the Submission: the organisation, or one field of one programme."""

from __future__ import annotations

from dataclasses import dataclass

from copeditor.model import Programme, Submission

PROGRAMME_FIELDS = ("name", "website", "summary", "additional_information")


@dataclass(frozen=True)
class FieldPath:
    field: str  # "organisation", or one of PROGRAMME_FIELDS
    area_index: int | None = None
    programme_index: int | None = None

    @classmethod
    def organisation(cls) -> FieldPath:
        return cls("organisation")

    @property
    def in_programme(self) -> bool:
        return self.area_index is not None

    def read(self, submission: Submission) -> str:
        if not self.in_programme:
            return getattr(submission, self.field)
        programme = self.programme(submission)
        return getattr(programme, self.field) if programme is not None else ""

    def programme(self, submission: Submission) -> Programme | None:
        assert self.area_index is not None and self.programme_index is not None
        programmes = submission.areas[self.area_index].programmes
        return programmes[self.programme_index] if self.programme_index < len(programmes) else None
