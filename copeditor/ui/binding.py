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

from copeditor.ui.document import Document
from copeditor.ui.field_path import FieldPath
from copeditor.ui.fields import FieldLineEdit
from copeditor.ui.richtext import RichTextEdit


@dataclass(frozen=True)
class EditorKind:
    read: Callable[[Any], str]
    write: Callable[[Any, str], None]
    changed: Callable[[Any], Any]  # the widget's "the user changed the value" signal
    left: Callable[[Any], Any]  # the widget's "the user left the field" signal


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
        self.push()
        self.kind.changed(widget).connect(self._widget_changed)
        self.kind.left(widget).connect(document.seal_typing)
        document.field_changed.connect(self._model_changed)

    def push(self) -> None:
        """Show the model's value in the widget, without reporting it back as an edit."""
        self._pushing = True
        try:
            self._shown = self.path.read(self.document.submission)
            self.kind.write(self.widget, self._shown)
        finally:
            self._pushing = False

    def _widget_changed(self, *args: object) -> None:
        if self._pushing:
            return
        self._shown = self.kind.read(self.widget)
        self.document.set_field(self.path, self._shown)

    def _model_changed(self, path: FieldPath) -> None:
        # The edit this widget just made comes back as a change: nothing to show then.
        if path == self.path and self.path.read(self.document.submission) != self._shown:
            self.push()
