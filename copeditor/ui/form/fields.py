"""Field editors whose undo belongs to the window's undo stack, not to the widget."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# Keys the window's actions own even while a field has the focus. Text fields claim Ctrl+K
# ("delete to end of line" in the X11 key bindings) unless they let it go.
_WINDOW_KEYS = (QKeySequence("Ctrl+K"),)


def is_undo_or_redo_key(event: QKeyEvent) -> bool:
    return any(event.matches(key) for key in _UNDO_KEYS)


def is_window_key(event: QKeyEvent) -> bool:
    """Undo, Redo and the editor's own shortcuts, which fields must pass to the window."""
    if is_undo_or_redo_key(event):
        return True
    pressed = QKeySequence(event.keyCombination())
    return any(
        pressed.matches(key) == QKeySequence.SequenceMatch.ExactMatch for key in _WINDOW_KEYS
    )


class WindowKeysMixin:
    """For field widgets: the window's shortcuts pass through, and leaving ends a typing step.

    Qt's text widgets claim Ctrl+Z for their own undo (and Ctrl+K in the X11 key bindings)
    through ShortcutOverride; declining sends those keys to the window's actions, so every
    edit is on the one undo stack. Classes using it define a `left` signal.
    """

    left: Any

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_window_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)  # type: ignore[misc]

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)  # type: ignore[misc]
        self.left.emit()


class FieldLineEdit(WindowKeysMixin, QLineEdit):
    """A one-line field bound to the model (see binding.py)."""

    left = Signal()
