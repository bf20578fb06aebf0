"""Bind field widgets to the document, both ways, from one table of editor kinds.

Each kind of editor is described by how to read it, write it and hear it change; one Binding
class wires any of them: widget edits become document edits (and so undo steps), and model
changes (undo, redo, reload) are pushed into the widget without echoing back.

Typing is taken back in steps, as in a word processor: a step ends when typing pauses, at the
end of a sentence or paragraph, every few words in a long burst, when the cursor is moved, and
around a paste or a change of format (see TypingSteps).
"""

from __future__ import annotations

import time
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QObject
from PySide6.QtWidgets import QWidget

from copeditor.ui.debounce import debounce_timer
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit


@dataclass(frozen=True)
class EditorKind:
    read: Callable[[Any], str]
    write: Callable[[Any, str], None]
    changed: Callable[[Any], Any]  # the widget's "the user changed the value" signal
    left: Callable[[Any], Any]  # the widget's "the user left the field" signal
    step_ended: Callable[[Any], Any]  # "the next change is a new undo step" (see fields.py)
    typed: Callable[[Any], str]  # the two characters before the cursor
    size: Callable[[Any], int]  # how long the text is, cheaply (no conversion)
    # Reading costs time proportional to the field (QTextDocument.toMarkdown): do it when typing
    # pauses, or when the document needs the value, never on every keystroke.
    deferred: bool = False


DEFER_MS = 500
PAUSE_SECONDS = 1.0  # typing after a pause this long is a new undo step
WORDS_PER_STEP = 5  # a long burst of typing is taken back this many words at a time
# Typed last, these end a step: sentence ends (Latin, Arabic, Chinese) and line/paragraph breaks.
STEP_END_CHARACTERS = frozenset(".!?\n\u2028\u2029\u061f\u06d4\u3002\uff01\uff1f")
# Beyond this many characters a prose field's conversion to Markdown takes several milliseconds:
# a step end found while typing there is kept for the next pause instead of converting the whole
# field between two keystrokes (the step then ends at the pause).
CONVERT_AT_ONCE_LIMIT = 10_000
clock = time.monotonic  # replaced in tests


EDITOR_KINDS: dict[type[QWidget], EditorKind] = {
    FieldLineEdit: EditorKind(
        read=lambda widget: widget.text(),
        write=lambda widget, value: widget.show_value(value),
        changed=lambda widget: widget.textEdited,  # user edits only, not setText
        left=lambda widget: widget.left,
        step_ended=lambda widget: widget.step_ended,
        typed=lambda widget: widget.text_before_cursor(2),
        size=lambda widget: len(widget.text()),
    ),
    RichTextEdit: EditorKind(
        read=lambda widget: widget.markdown(),
        write=lambda widget, value: widget.set_markdown(value),
        # contentsChange(position, removed, added), not contentsChanged: a spelling highlighter
        # repainting underlines emits the latter with nothing changed.
        changed=lambda widget: widget.document().contentsChange,
        left=lambda widget: widget.left,
        step_ended=lambda widget: widget.step_ended,
        typed=lambda widget: widget.text_before_cursor(2),
        size=lambda widget: widget.document().characterCount(),
        deferred=True,
    ),
}


def editor_kind(widget: QWidget) -> EditorKind:
    for widget_type, kind in EDITOR_KINDS.items():
        if isinstance(widget, widget_type):
            return kind
    raise TypeError(f"no editor kind for {type(widget).__name__}")


class TypingSteps:
    """Where one field's typing is cut into undo steps; the binding asks after every change."""

    def __init__(self) -> None:
        self.last_change = float("-inf")
        self.words = 0

    def starts_step(self) -> bool:
        """Called as a change arrives: True when it follows a pause (a new step begins)."""
        now = clock()
        paused = now - self.last_change > PAUSE_SECONDS
        self.last_change = now
        if paused:
            self.words = 0
        return paused

    def ends_step(self, typed: str) -> bool:
        """Called after the change, with the two characters before the cursor: True when the
        step ends with it (a sentence end, a line break, or enough words)."""
        if typed[-1:] in STEP_END_CHARACTERS:
            self.words = 0
            return bool(typed)
        if typed[-1:].isspace() and typed[:1] and not typed[:1].isspace():
            self.words += 1  # a word was just finished
            if self.words >= WORDS_PER_STEP:
                self.words = 0
                return True
        return False

    def reset(self) -> None:
        self.words = 0


class Binding(QObject):
    """One widget bound to one field. A child of its widget: it goes when the widget goes."""

    def __init__(self, document: Document, widget: QWidget, path: FieldPath) -> None:
        super().__init__(widget)
        self.document = document
        self.widget = widget
        self.path = path
        self.kind = editor_kind(widget)
        self._pushing = False
        self._shown = ""  # the model value the widget shows, to skip re-reading it on echoes
        self.pending = False  # the widget holds an edit not yet in the model (deferred kinds)
        self._timer = debounce_timer(self, DEFER_MS, self.flush)
        self.steps = TypingSteps()
        self._seal_when_stored = False  # a step end seen in a long field, for the next store
        self.push()
        self.kind.changed(widget).connect(self._widget_changed)
        self.kind.left(widget).connect(self._left)
        self.kind.step_ended(widget).connect(self.end_step)
        document.field_changed.connect(self._model_changed)
        self._following = True  # until detach()

    def push(self) -> None:
        """Show the model's value in the widget, without reporting it back as an edit."""
        self._set_pending(False)
        self._pushing = True
        try:
            self._shown = self.path.read(self.document.submission)
            self.kind.write(self.widget, self._shown)
        finally:
            self._pushing = False

    def _widget_changed(self, *args: object) -> None:
        if self._pushing or args[1:] == (0, 0):  # (0, 0): a repaint (underlines), no edit
            return
        self.document.note_keystroke()
        if self.steps.starts_step():
            # After a pause the earlier typing is already in the model (DEFER_MS < the pause).
            self.document.seal_typing()
        if self.kind.deferred:
            self._set_pending(True)
            self._timer.start()
        else:
            self._store()
        if self.steps.ends_step(self.kind.typed(self.widget)):
            if self.pending and self.kind.size(self.widget) > CONVERT_AT_ONCE_LIMIT:
                self._seal_when_stored = True
            else:
                self.end_step()

    def end_step(self) -> None:
        """What was typed so far is one undo step; the next change starts another."""
        self.flush()
        self.document.seal_typing()
        self.steps.reset()

    def flush(self) -> None:
        """Put a deferred edit into the model now (before undo, save, export, checking)."""
        if self.pending:
            self._set_pending(False)
            self._store()
            if self._seal_when_stored:
                self._seal_when_stored = False
                self.document.seal_typing()

    def _store(self) -> None:
        # Known before the model announces the change, so that the echo is recognised.
        self._shown = self.kind.read(self.widget)
        if not self.document.set_field(self.path, self._shown):
            self.push()  # more than a field holds: the widget shows the model's value again

    def _set_pending(self, pending: bool) -> None:
        if pending != self.pending:
            self.pending = pending
            self.document.note_pending(self, pending)
        if not pending:
            self._timer.stop()

    def _left(self) -> None:
        self.end_step()

    def detach(self) -> None:
        """The widget is being replaced (deleted later, once the event loop runs): it must no
        longer follow the document, or every change of its field would be written again, at
        full cost, into a widget nobody sees. The document flushes typing before it rebuilds."""
        self._set_pending(False)
        if self._following:
            self._following = False
            self.document.field_changed.disconnect(self._model_changed)

    def _model_changed(self, path: FieldPath) -> None:
        # The edit this widget just made comes back as a change: nothing to show then.
        if path == self.path and self.path.read(self.document.submission) != self._shown:
            self.push()
