"""Undoable edits: one small QUndoCommand per kind of user action, keeping old and new values.

Commands change nothing themselves: they call the Document's own methods, which change the
Submission and announce it, so an edit made by a command and the same edit made any other way
look the same to the rest of the window.
"""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QUndoCommand

from copeditor.model import Programme
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.language import QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from copeditor.ui.document.document import Document

_TYPING_ID = 1
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
# How Edit > Undo names each field: "Undo Typing in summary".
_FIELD_NAMES = {
    "organisation": QT_TRANSLATE_NOOP("Commands", "organisation"),
    "name": QT_TRANSLATE_NOOP("Commands", "name"),
    "website": QT_TRANSLATE_NOOP("Commands", "website"),
    "summary": QT_TRANSLATE_NOOP("Commands", "summary"),
    "additional_information": QT_TRANSLATE_NOOP("Commands", "additional information"),
}


class Step(QUndoCommand):
    """An undo step whose name (Edit > Undo "...") is said in the interface's language, again
    after the language changes (see retranslate_steps)."""

    def describe(self) -> str:
        raise NotImplementedError

    def retranslate(self) -> None:
        self.setText(self.describe())


def retranslate_steps(commands: list[QUndoCommand]) -> None:
    for command in commands:
        if isinstance(command, Step):
            command.retranslate()


class SetFieldCommand(Step):
    """Typing in one field. Consecutive edits of the same field merge into one undo step until
    the step is sealed (the user paused, ended a sentence, moved the cursor or left the field).

    Typing into the empty programme an unanswered area shows creates that programme; undoing
    the edit removes it again, so the area is unanswered as before.
    """

    def __init__(self, document: Document, path: FieldPath, new_value: str) -> None:
        super().__init__()
        self.document = document
        self.path = path
        self.retranslate()
        self.old_value = path.read(document.submission)
        self.new_value = new_value
        self.creates_programme = path.in_programme and path.programme(document.submission) is None
        self.sealed = False  # the next edit of this field is a new step

    def describe(self) -> str:
        field = translate("Commands", _FIELD_NAMES.get(self.path.field, self.path.field))
        return translate("Commands", "Typing in {field}").format(field=field)

    def id(self) -> int:
        return _TYPING_ID

    def mergeWith(self, other: QUndoCommand) -> bool:  # noqa: N802 (Qt's name)
        if not isinstance(other, SetFieldCommand) or other.path != self.path or self.sealed:
            return False
        if other.creates_programme:
            return False
        self.new_value = other.new_value
        return True

    def redo(self) -> None:
        if self.creates_programme:
            assert self.path.area_index is not None
            self.document.insert_programmes(self.path.area_index, None, [Programme()], quiet=True)
        self.document.apply_field(self.path, self.new_value)

    def undo(self) -> None:
        self.document.apply_field(self.path, self.old_value)
        if self.creates_programme:
            assert self.path.area_index is not None
            self.document.take_programmes(self.path.area_index, -1, 1)


class AddProgrammeCommand(Step):
    """Append `count` empty programmes (two when the area had none: see Document)."""

    def __init__(self, document: Document, area_index: int, count: int) -> None:
        super().__init__()
        self.retranslate()
        self.document, self.area_index, self.count = document, area_index, count

    def describe(self) -> str:
        return translate("Commands", "Add programme")

    def redo(self) -> None:
        new = [Programme() for _ in range(self.count)]
        last = self.document.insert_programmes(self.area_index, None, new)
        self.document.request_focus(FieldPath("name", self.area_index, last))

    def undo(self) -> None:
        self.document.take_programmes(self.area_index, -self.count, self.count)
        self.document.request_area_focus(self.area_index)


class RemoveProgrammeCommand(Step):
    def __init__(self, document: Document, area_index: int, index: int) -> None:
        super().__init__()
        self.retranslate()
        self.document, self.area_index, self.index = document, area_index, index
        self.removed: list[Programme] = []

    def describe(self) -> str:
        return translate("Commands", "Remove programme")

    def redo(self) -> None:
        self.removed = self.document.take_programmes(self.area_index, self.index, 1)
        # The focus goes where the removed programme was, to the one that took its place (or
        # the one before, or the area's empty card): the Remove button that had it is gone.
        remaining = len(self.document.submission.areas[self.area_index].programmes)
        place = max(0, min(self.index, remaining - 1))
        self.document.request_focus(FieldPath("name", self.area_index, place))

    def undo(self) -> None:
        self.document.insert_programmes(self.area_index, self.index, self.removed)
        self.document.request_focus(FieldPath("name", self.area_index, self.index))


class MoveProgrammeCommand(Step):
    def __init__(self, document: Document, area_index: int, index: int, to_index: int) -> None:
        super().__init__()
        self.retranslate()
        self.document, self.area_index = document, area_index
        self.index, self.to_index = index, to_index

    def _move(self, source: int, target: int) -> None:
        self.document.reorder_programme(self.area_index, source, target)
        self.document.request_focus(FieldPath("name", self.area_index, target))

    def describe(self) -> str:
        return translate("Commands", "Move programme")

    def redo(self) -> None:
        self._move(self.index, self.to_index)

    def undo(self) -> None:
        self._move(self.to_index, self.index)
