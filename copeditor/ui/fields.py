"""Field editors whose undo belongs to the window's undo stack, not to the widget."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QFocusEvent, QKeyEvent, QKeySequence
from PySide6.QtWidgets import QLineEdit, QWidget

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


class FieldLineEdit(QLineEdit):
    """A one-line field. Ctrl+Z goes to the window's Undo (every edit is on one stack), and
    leaving the field ends the current typing step."""

    left = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)

    def event(self, event: QEvent) -> bool:
        # QLineEdit claims Ctrl+Z for its own undo through ShortcutOverride; decline, so the
        # window's Undo action receives the shortcut (likewise for the window's other keys).
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_window_key(event):
            event.ignore()
            return
        super().keyPressEvent(event)

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)
        self.left.emit()
