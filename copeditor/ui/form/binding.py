"""Bind field widgets to the document, both ways, from one table of editor kinds.

Each kind of editor is described by how to read it, write it and hear it change; one Binding
class wires any of them: widget edits become document edits (and so undo steps), and model
changes (undo, redo, reload) are pushed into the widget without echoing back.
"""

from __future__ import annotations

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
    # Reading costs time proportional to the field (QTextDocument.toMarkdown): do it when typing
    # pauses, or when the document needs the value, never on every keystroke.
    deferred: bool = False


DEFER_MS = 500


EDITOR_KINDS: dict[type[QWidget], EditorKind] = {
    FieldLineEdit: EditorKind(
        read=lambda widget: widget.text(),
        write=lambda widget, value: widget.setText(value),
        changed=lambda widget: widget.textEdited,  # user edits only, not setText
        left=lambda widget: widget.left,
    ),
    RichTextEdit: EditorKind(
        read=lambda widget: widget.markdown(),
        write=lambda widget, value: widget.set_markdown(value),
        changed=lambda widget: widget.document().contentsChanged,
        left=lambda widget: widget.left,
        deferred=True,
    ),
}


def editor_kind(widget: QWidget) -> EditorKind:
    for widget_type, kind in EDITOR_KINDS.items():
        if isinstance(widget, widget_type):
            return kind
    raise TypeError(f"no editor kind for {type(widget).__name__}")


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
        self.push()
        self.kind.changed(widget).connect(self._widget_changed)
        self.kind.left(widget).connect(self._left)
        document.field_changed.connect(self._model_changed)

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
        if self._pushing:
            return
        if self.kind.deferred:
            self._set_pending(True)
            self._timer.start()
        else:
            self._store()

    def flush(self) -> None:
        """Put a deferred edit into the model now (before undo, save, export, checking)."""
        if self.pending:
            self._set_pending(False)
            self._store()

    def _store(self) -> None:
        self._shown = self.kind.read(self.widget)
        self.document.set_field(self.path, self._shown)

    def _set_pending(self, pending: bool) -> None:
        if pending != self.pending:
            self.pending = pending
            self.document.note_pending(self, pending)
        if not pending:
            self._timer.stop()

    def _left(self) -> None:
        self.flush()
        self.document.seal_typing()

    def _model_changed(self, path: FieldPath) -> None:
        # The edit this widget just made comes back as a change: nothing to show then.
        if path == self.path and self.path.read(self.document.submission) != self._shown:
            self.push()
