"""Where a value lives in the Submission: the organisation, or one field of one programme."""

from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtCore import QCoreApplication

from copeditor.model import Programme, Submission, form_template
from copeditor.ui.language import QT_TRANSLATE_NOOP

PROGRAMME_FIELDS = ("name", "website", "summary", "additional_information")
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
# How messages name each field: "Area 2, programme 1, short summary".
_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("FieldPath", "organisation"),
    "language": QT_TRANSLATE_NOOP("FieldPath", "language"),
    "name": QT_TRANSLATE_NOOP("FieldPath", "programme name"),
    "website": QT_TRANSLATE_NOOP("FieldPath", "website"),
    "summary": QT_TRANSLATE_NOOP("FieldPath", "short summary"),
    "additional_information": QT_TRANSLATE_NOOP("FieldPath", "additional information"),
}


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
            return translate("FieldPath", _NAMES.get(self.field, self.field)).capitalize()
        assert self.area_index is not None and self.programme_index is not None
        number = form_template().areas[self.area_index].number
        what = translate("FieldPath", _NAMES.get(self.field, self.field))
        return translate("FieldPath", "Area {number}, programme {programme}, {field}").format(
            number=number, programme=self.programme_index + 1, field=what
        )

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
