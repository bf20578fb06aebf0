"""Select a word the checks found, in the field that has it (Check Submission's jump)."""

from __future__ import annotations

import re

from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QLineEdit, QTextEdit, QWidget


def select_word(widget: QWidget | None, word: str) -> bool:
    """Select the first whole occurrence of `word` in a text field; False when not there
    (the text changed since the check)."""
    pattern = re.compile(rf"(?<!\w){re.escape(word)}(?!\w)")
    if isinstance(widget, QLineEdit):
        found = pattern.search(widget.text())
        if found:
            widget.setSelection(found.start(), len(word))
        return found is not None
    if isinstance(widget, QTextEdit):
        document = widget.document()
        block = document.begin()
        while block.isValid():
            found = pattern.search(block.text())
            if found:
                cursor = QTextCursor(document)
                cursor.setPosition(block.position() + _utf16(block.text(), found.start()))
                end = block.position() + _utf16(block.text(), found.end())
                cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
                widget.setTextCursor(cursor)
                return True
            block = block.next()
    return False


def _utf16(text: str, index: int) -> int:
    return len(text[:index].encode("utf-16-le")) // 2
