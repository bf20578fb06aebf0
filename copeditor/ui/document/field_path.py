"""Where a value lives in the Submission: the organisation, or one field of one programme."""

from __future__ import annotations

from dataclasses import dataclass

from copeditor.model import Programme, Submission, form_template

PROGRAMME_FIELDS = ("name", "website", "summary", "additional_information")


@dataclass(frozen=True)
class FieldPath:
    field: str  # "organisation", or one of PROGRAMME_FIELDS
    area_index: int | None = None
    programme_index: int | None = None

    @classmethod
    def organisation(cls) -> FieldPath:
        return cls("organisation")

    def describe(self) -> str:
        """The field in words, for messages: "Area 2, programme 1, short summary"."""
        if not self.in_programme:
            return self.field.replace("_", " ").capitalize()
        assert self.area_index is not None and self.programme_index is not None
        number = form_template().areas[self.area_index].number
        what = {"name": "programme name", "summary": "short summary"}.get(self.field, self.field)
        return f"Area {number}, programme {self.programme_index + 1}, {what.replace('_', ' ')}"

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
