"""The open document: the Submission, its file, and the undo stack every edit goes through."""

from __future__ import annotations

import time
from pathlib import Path
from typing import Protocol

from PySide6.QtCore import QLocale, QObject, Signal
from PySide6.QtGui import QUndoStack

from copeditor.model import (
    MAX_FIELD_CHARACTERS,
    MAX_PROGRAMMES_PER_AREA,
    Programme,
    Submission,
    form_template,
)
from copeditor.ui.document.commands import (
    AddProgrammeCommand,
    MoveProgrammeCommand,
    RemoveProgrammeCommand,
    SetFieldCommand,
)
from copeditor.ui.document.field_path import FieldPath


class PendingEdit(Protocol):
    """A field holding typing not yet in the model (a binding, see form/binding.py)."""

    def flush(self) -> None: ...


class Document(QObject):
    """Widgets never change the model directly: they ask the document, which pushes commands.

    "Modified" means "the undo stack is not at its clean index, or a field holds typing not yet
    in the model" (see binding.py); saving marks it clean.
    """

    field_changed = Signal(object)  # FieldPath: the model's value changed (edit, undo or redo)
    programmes_changed = Signal(int)  # area index: programmes added, removed or moved
    focus_requested = Signal(object)  # FieldPath: show this field (after undo/redo)
    area_focus_requested = Signal(int)
    replaced = Signal()  # a whole new Submission (new, open, reload)
    pending_changed = Signal()  # a field began (or ended) holding an edit not yet in the model
    can_undo_changed = Signal()
    path_changed = Signal()  # saved under a (new) name
    refused = Signal(str)  # an edit the model cannot hold (too long, too many): why, in a line

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.submission = Submission()
        self.path: Path | None = None
        self.read_only = False  # another editor has the draft: look, don't save over it
        self.undo_stack = QUndoStack(self)
        self._applying_from_stack = False
        self._pending: set[PendingEdit] = set()  # fields holding deferred edits
        self.last_keystroke = 0.0  # time.monotonic() of the latest change typed into a field
        # Relayed, so the connection ends with the document, before its stack is deleted.
        self.undo_stack.canUndoChanged.connect(self.can_undo_changed)

    # --- the whole document -----------------------------------------------------------------

    def replace(self, submission: Submission, path: Path | None, modified: bool = False) -> None:
        self._pending.clear()  # what the widgets held belongs to the document being replaced
        self.submission = submission
        self.path = path
        self.undo_stack.clear()
        if modified:
            self.undo_stack.resetClean()  # no clean state: the document differs from the file
        self.replaced.emit()

    @property
    def is_modified(self) -> bool:
        return bool(self._pending) or not self.undo_stack.isClean()

    @property
    def has_pending_edits(self) -> bool:
        return bool(self._pending)

    def note_pending(self, binding: PendingEdit, pending: bool) -> None:
        if pending:
            self._pending.add(binding)
        else:
            self._pending.discard(binding)
        self.pending_changed.emit()

    def note_keystroke(self) -> None:
        """A field changed under the user's keys (called per keystroke: keep it cheap)."""
        self.last_keystroke = time.monotonic()

    def flush_edits(self) -> None:
        """Bring every deferred edit into the model: call before reading the Submission."""
        for binding in list(self._pending):
            binding.flush()

    def mark_saved(self, path: Path) -> None:
        self.path = path
        self.undo_stack.setClean()
        self.path_changed.emit()

    def display_name(self) -> str:
        return self.path.name if self.path else self.tr("Untitled")

    # --- edits ------------------------------------------------------------------------------

    def set_field(self, path: FieldPath, value: str) -> bool:
        """Make `value` the field's (an undo step); False, with `refused` said, when the field
        cannot hold it."""
        if len(value) > MAX_FIELD_CHARACTERS:
            self.refused.emit(
                self.tr(
                    "{where} has {length} characters; a field holds at most {limit} (about "
                    "15,000 words): shorten it or split it into several programmes"
                ).format(
                    where=path.describe(),
                    length=QLocale().toString(len(value)),
                    limit=QLocale().toString(MAX_FIELD_CHARACTERS),
                )
            )
            return False
        if path.read(self.submission) != value:
            self.undo_stack.push(SetFieldCommand(self, path, value))
        return True

    def seal_typing(self) -> None:
        """The user left a field: their next typing there is a new undo step."""
        command = self.undo_stack.command(self.undo_stack.index() - 1)
        if isinstance(command, SetFieldCommand):
            command.sealed = True

    def begin_macro(self, text: str) -> None:
        """The edits until end_macro() are one undo step (Replace All across many fields)."""
        self.undo_stack.beginMacro(text)

    def end_macro(self) -> None:
        self.undo_stack.endMacro()

    def add_programme(self, area_index: int) -> None:
        """Show one more programme block. An unanswered area already shows an empty one, which
        becomes the first programme, so the new block is the second."""
        self.flush_edits()  # the tab is about to be rebuilt: its fields' typing goes in first
        count = 1 if self.submission.areas[area_index].programmes else 2
        if len(self.submission.areas[area_index].programmes) + count > MAX_PROGRAMMES_PER_AREA:
            number = form_template().areas[area_index].number
            self.refused.emit(
                self.tr(
                    "Area {number} holds at most {limit} programmes: group some of them, or "
                    "describe them in fewer blocks."
                ).format(number=number, limit=MAX_PROGRAMMES_PER_AREA)
            )
            return
        self.undo_stack.push(AddProgrammeCommand(self, area_index, count))

    def remove_programme(self, area_index: int, index: int) -> None:
        self.flush_edits()
        self.undo_stack.push(RemoveProgrammeCommand(self, area_index, index))

    def move_programme(self, area_index: int, index: int, to_index: int) -> None:
        self.flush_edits()
        count = len(self.submission.areas[area_index].programmes)
        if 0 <= to_index < count and to_index != index:
            self.undo_stack.push(MoveProgrammeCommand(self, area_index, index, to_index))

    # --- the changes themselves: called by the commands, and only by them ------------------

    def apply_field(self, path: FieldPath, value: str) -> None:
        if path.in_programme:
            programme = path.programme(self.submission)
            assert programme is not None
            setattr(programme, path.field, value)
        else:
            setattr(self.submission, path.field, value)
        self.field_changed.emit(path)
        if self._applying_from_stack:  # push() runs redo() too; only undo/redo move the focus
            self.focus_requested.emit(path)

    def insert_programmes(
        self, area_index: int, index: int | None, programmes: list[Programme], quiet: bool = False
    ) -> int:
        """Insert at `index` (None: at the end); returns the index of the last one inserted.
        `quiet`: the caller's next change announces the area (typing that creates a programme)."""
        existing = self.submission.areas[area_index].programmes
        position = len(existing) if index is None else index
        existing[position:position] = programmes
        if not quiet:
            self.programmes_changed.emit(area_index)
        return position + len(programmes) - 1

    def take_programmes(self, area_index: int, index: int, count: int) -> list[Programme]:
        """Remove `count` programmes from `index` (negative: from the end) and return them."""
        existing = self.submission.areas[area_index].programmes
        start = index if index >= 0 else len(existing) + index
        taken = existing[start : start + count]
        del existing[start : start + count]
        self.programmes_changed.emit(area_index)
        return taken

    def reorder_programme(self, area_index: int, source: int, target: int) -> None:
        existing = self.submission.areas[area_index].programmes
        existing.insert(target, existing.pop(source))
        self.programmes_changed.emit(area_index)

    def request_focus(self, path: FieldPath) -> None:
        self.focus_requested.emit(path)

    def request_area_focus(self, area_index: int) -> None:
        self.area_focus_requested.emit(area_index)

    # --- undo and redo ----------------------------------------------------------------------

    def undo(self) -> None:
        self.flush_edits()  # the typing not yet in the model is the step to undo
        self._applying_from_stack = True
        try:
            self.undo_stack.undo()
        finally:
            self._applying_from_stack = False

    def redo(self) -> None:
        self.flush_edits()
        self._applying_from_stack = True
        try:
            self.undo_stack.redo()
        finally:
            self._applying_from_stack = False
