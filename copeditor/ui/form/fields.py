"""Field editors whose undo belongs to the window's undo stack, not to the widget."""

from __future__ import annotations

import os
import sys
import unicodedata
from collections.abc import Callable
from typing import Any, Protocol

from PySide6.QtCore import QEvent, QPoint, Qt, Signal
from PySide6.QtGui import (
    QColor,
    QContextMenuEvent,
    QFocusEvent,
    QKeyEvent,
    QKeySequence,
    QMouseEvent,
    QPainter,
    QPaintEvent,
    QPen,
)
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QTextEdit, QWidget

_UNDO_KEYS = (QKeySequence.StandardKey.Undo, QKeySequence.StandardKey.Redo)
# Redo answers to both Word's Ctrl+Y and Ctrl+Shift+Z on every system.
REDO_KEYS = (QKeySequence("Ctrl+Y"), QKeySequence("Ctrl+Shift+Z"))
# Keys the window's actions own even while a field has the focus. Text fields claim Ctrl+K
# ("delete to end of line" in the X11 key bindings) unless they let it go.
_WINDOW_KEYS = (QKeySequence("Ctrl+K"), *REDO_KEYS)
# Keys that move the cursor without typing: what is typed after them is a new undo step.
_CURSOR_KEYS = frozenset(
    {
        Qt.Key.Key_Left,
        Qt.Key.Key_Right,
        Qt.Key.Key_Up,
        Qt.Key.Key_Down,
        Qt.Key.Key_Home,
        Qt.Key.Key_End,
        Qt.Key.Key_PageUp,
        Qt.Key.Key_PageDown,
    }
)


class SpellingAid(Protocol):
    """What a field needs from spell checking (ui/spelling provides it; None: spelling off)."""

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        """(start, length) of each unknown word of `text`, in Qt's (UTF-16) positions."""
        ...

    def add_suggestions(
        self, menu: QMenu, text: str, position: int, replace: Callable[[int, int, str], None]
    ) -> None:
        """Put the word at `position`'s suggestions, Ignore All and Add to Dictionary at the
        top of `menu`; `replace(start, length, word)` puts a suggestion in the text."""
        ...


def changed_at(before: str, after: str) -> int:
    """Where to put the cursor when undo or redo changes a field, in Qt's (UTF-16) positions:
    after the text that came back, or where the text that went was."""
    common = len(os.path.commonprefix([before, after]))
    end = common + max(0, len(after) - len(before))
    return len(after[:end].encode("utf-16-le")) // 2


def field_context_menu(menu: QMenu) -> QMenu:
    """A field's standard context menu without the widget's own Undo and Redo: those would undo
    behind the window's back (the window's Edit > Undo takes every edit back, in order)."""
    for action in menu.actions():
        if action.objectName() in ("edit-undo", "edit-redo"):
            menu.removeAction(action)
    first = menu.actions()[0] if menu.actions() else None
    if first is not None and first.isSeparator():
        menu.removeAction(first)
    return menu


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


def is_unanswered_alt_key(event: QKeyEvent) -> bool:
    """Alt (or Alt+Shift) and a character that no menu or label took as its mnemonic: Qt's text
    fields would type the character, a silent change of the draft (Alt+F with the Arabic
    interface, whose mnemonics are Arabic letters). Word and LibreOffice type nothing. AltGr
    (Ctrl+Alt on Windows, its own key elsewhere) still types; on macOS Option+letter is how
    accented letters are typed, so it is left alone there."""
    if sys.platform == "darwin" or not event.text():
        return False
    modifiers = event.modifiers() & ~Qt.KeyboardModifier.KeypadModifier
    alt, shift = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ShiftModifier
    return modifiers in (alt, alt | shift)


class WindowKeysMixin:
    """For field widgets: the window's shortcuts pass through, and the widget says where a
    typing step ends.

    Qt's text widgets claim Ctrl+Z for their own undo (and Ctrl+K in the X11 key bindings)
    through ShortcutOverride; declining sends those keys to the window's actions, so every
    edit is on the one undo stack. Classes using it define two signals: `left` (the focus went
    elsewhere) and `step_ended` (the cursor was moved, or something other than typing is about
    to change the text, or just did: the next change is a new undo step).
    """

    left: Any
    step_ended: Any

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)  # type: ignore[misc]

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_window_key(event) or is_unanswered_alt_key(event):
            event.ignore()
            return
        pasting = event.matches(QKeySequence.StandardKey.Paste)
        if pasting:
            self.step_ended.emit()
        super().keyPressEvent(event)  # type: ignore[misc]
        if pasting or event.key() in _CURSOR_KEYS:
            self.step_ended.emit()

    def mousePressEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        super().mousePressEvent(event)  # type: ignore[misc]
        self.step_ended.emit()  # a click moves the cursor

    def focusOutEvent(self, event: QFocusEvent) -> None:  # noqa: N802
        super().focusOutEvent(event)  # type: ignore[misc]
        self.left.emit()


class FieldLineEdit(WindowKeysMixin, QLineEdit):
    """A one-line field bound to the model (see binding.py)."""

    left = Signal()
    step_ended = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.spelling: SpellingAid | None = None

    def show_value(self, value: str) -> None:
        """As set_markdown does for prose: the cursor goes where undo or redo changed the text."""
        before = self.text() if self.hasFocus() else None
        self.setText(value)
        if before is not None:
            self.setCursorPosition(changed_at(before, value))

    def set_spelling(self, aid: SpellingAid | None) -> None:
        self.spelling = aid
        self.update()

    def paintEvent(self, event: QPaintEvent) -> None:  # noqa: N802
        super().paintEvent(event)
        if self.spelling is not None and self.text():
            draw_spelling_underlines(self, self.spelling.misspelled(self.text()))

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = field_context_menu(self.createStandardContextMenu())
        if self.spelling is not None and not self.isReadOnly():
            position = self.cursorPositionAt(event.pos())
            self.spelling.add_suggestions(menu, self.text(), position, self._replace)
        menu.exec(event.globalPos())
        menu.deleteLater()

    def text_before_cursor(self, count: int) -> str:
        """Up to `count` characters just before the cursor (what was just typed)."""
        position = self.cursorPosition()
        return self.text()[max(0, position - count) : position]

    def _replace(self, start: int, length: int, word: str) -> None:
        self.step_ended.emit()  # a correction is an undo step of its own
        self.setSelection(start, length)
        self.insert(word)  # as typing: textEdited reaches the binding
        self.step_ended.emit()


def draw_spelling_underlines(field: QLineEdit, spans: list[tuple[int, int]]) -> None:
    """Wavy red lines under the unknown words of a one-line field. QLineEdit gives no position
    for a character, so each is measured from the cursor's (left-to-right text only: a line
    in a right-to-left script is left unmarked rather than marked in the wrong place)."""
    text = field.text()
    if not spans or any(unicodedata.bidirectional(c) in ("R", "AL") for c in text):
        return
    metrics = field.fontMetrics()
    cursor = field.cursorRect()
    origin = cursor.center().x() - metrics.horizontalAdvance(text[: field.cursorPosition()])
    baseline = cursor.center().y() + metrics.ascent() // 2 + 2
    painter = QPainter(field)
    painter.setPen(QPen(QColor("#d32f2f"), 1))
    painter.setClipRect(field.rect().adjusted(2, 0, -2, 0))
    for start, length in spans:
        left = origin + metrics.horizontalAdvance(text[:start])
        right = origin + metrics.horizontalAdvance(text[: start + length])
        points = [QPoint(x, baseline + (2 if (x // 2) % 2 else 0)) for x in range(left, right, 2)]
        if len(points) > 1:
            painter.drawPolyline(points)
    painter.end()


def on_focused_field(operation: str) -> None:
    """Edit > Cut, Copy, Paste, Select All: `operation` on the text field with the focus."""
    focused = QApplication.focusWidget()
    if isinstance(focused, (QLineEdit, QTextEdit)):
        getattr(focused, operation)()
