"""Undoable edits: one small QUndoCommand per kind of user action, keeping old and new values."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtGui import QUndoCommand

from copeditor.model import Programme
from copeditor.ui.field_path import FieldPath

if TYPE_CHECKING:
    from copeditor.ui.document import Document

_TYPING_ID = 1


class SetFieldCommand(QUndoCommand):
    """Typing in one field. Consecutive edits of the same field merge into one undo step.

    Typing into the empty programme an unanswered area shows creates that programme; undoing
    the edit removes it again, so the area is unanswered as before.
    """

    def __init__(self, document: Document, path: FieldPath, new_value: str) -> None:
        super().__init__(f"Typing in {path.field.replace('_', ' ')}")
        self.document = document
        self.path = path
        self.old_value = path.read(document.submission)
        self.new_value = new_value
        self.creates_programme = path.in_programme and path.programme(document.submission) is None
        self.sealed = False  # set when the user leaves the field: the next edit is a new step

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
            self.document.submission.areas[self.path.area_index].programmes.append(Programme())
        self.document.write_field(self.path, self.new_value)

    def undo(self) -> None:
        self.document.write_field(self.path, self.old_value)
        if self.creates_programme:
            assert self.path.area_index is not None
            self.document.submission.areas[self.path.area_index].programmes.pop()
            self.document.programmes_changed.emit(self.path.area_index)


class AddProgrammeCommand(QUndoCommand):
    """Append `count` empty programmes (two when the area had none: see Document)."""

    def __init__(self, document: Document, area_index: int, count: int) -> None:
        super().__init__("Add programme")
        self.document, self.area_index, self.count = document, area_index, count

    def redo(self) -> None:
        programmes = self.document.submission.areas[self.area_index].programmes
        programmes.extend(Programme() for _ in range(self.count))
        self.document.programmes_changed.emit(self.area_index)
        self.document.focus_requested.emit(FieldPath("name", self.area_index, len(programmes) - 1))

    def undo(self) -> None:
        del self.document.submission.areas[self.area_index].programmes[-self.count :]
        self.document.programmes_changed.emit(self.area_index)
        self.document.area_focus_requested.emit(self.area_index)


class RemoveProgrammeCommand(QUndoCommand):
    def __init__(self, document: Document, area_index: int, index: int) -> None:
        super().__init__("Remove programme")
        self.document, self.area_index, self.index = document, area_index, index
        self.removed = document.submission.areas[area_index].programmes[index]

    def redo(self) -> None:
        self.document.submission.areas[self.area_index].programmes.pop(self.index)
        self.document.programmes_changed.emit(self.area_index)
        self.document.area_focus_requested.emit(self.area_index)

    def undo(self) -> None:
        programmes = self.document.submission.areas[self.area_index].programmes
        programmes.insert(self.index, self.removed)
        self.document.programmes_changed.emit(self.area_index)
        self.document.focus_requested.emit(FieldPath("name", self.area_index, self.index))


class MoveProgrammeCommand(QUndoCommand):
    def __init__(self, document: Document, area_index: int, index: int, to_index: int) -> None:
        super().__init__("Move programme")
        self.document, self.area_index = document, area_index
        self.index, self.to_index = index, to_index

    def _move(self, source: int, target: int) -> None:
        programmes = self.document.submission.areas[self.area_index].programmes
        programmes.insert(target, programmes.pop(source))
        self.document.programmes_changed.emit(self.area_index)
        self.document.focus_requested.emit(FieldPath("name", self.area_index, target))

    def redo(self) -> None:
        self._move(self.index, self.to_index)

    def undo(self) -> None:
        self._move(self.to_index, self.index)
