"""Finding and replacing a search term inside one field widget (a line or a rich-text field)."""

from __future__ import annotations

import re
from dataclasses import dataclass

from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QWidget

from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit

_FLAG = QTextDocument.FindFlag


@dataclass(frozen=True)
class SearchOptions:
    term: str
    match_case: bool = False
    whole_words: bool = False

    def pattern(self) -> re.Pattern[str]:
        """For line fields: the same matches QTextDocument.find gives in rich-text fields (a
        whole word has no letter or digit just before or after it)."""
        body = re.escape(self.term)
        if self.whole_words:
            body = rf"(?<![^\W_]){body}(?![^\W_])"
        return re.compile(body, 0 if self.match_case else re.IGNORECASE)

    def flags(self, backward: bool = False) -> QTextDocument.FindFlag:
        flags = _FLAG(0)
        if self.match_case:
            flags |= _FLAG.FindCaseSensitively
        if self.whole_words:
            flags |= _FLAG.FindWholeWords
        if backward:
            flags |= _FLAG.FindBackward
        return flags


Span = tuple[int, int]  # start and end of a match, in the widget's text positions


def text_length(widget: QWidget) -> int:
    if isinstance(widget, RichTextEdit):
        return widget.document().characterCount()
    assert isinstance(widget, FieldLineEdit)
    return len(widget.text())


def find_in(widget: QWidget, options: SearchOptions, position: int, backward: bool) -> Span | None:
    """The first match starting at or after `position`, or (backward) the last one starting
    before it."""
    if isinstance(widget, RichTextEdit):
        found = widget.document().find(options.term, position, options.flags(backward))
        return None if found.isNull() else (found.selectionStart(), found.selectionEnd())
    assert isinstance(widget, FieldLineEdit)
    pattern, text = options.pattern(), widget.text()
    if not backward:
        match = pattern.search(text, position)
        return match.span() if match else None
    before = [match.span() for match in pattern.finditer(text) if match.start() < position]
    return before[-1] if before else None


def selection(widget: QWidget) -> Span:
    """The selected text's start and end (both the cursor's position when nothing is)."""
    if isinstance(widget, RichTextEdit):
        cursor = widget.textCursor()
        return cursor.selectionStart(), cursor.selectionEnd()
    assert isinstance(widget, FieldLineEdit)
    if widget.hasSelectedText():
        start = widget.selectionStart()
        return start, start + widget.selectionLength()
    return widget.cursorPosition(), widget.cursorPosition()


def select(widget: QWidget, span: Span) -> None:
    start, end = span
    if isinstance(widget, RichTextEdit):
        cursor = widget.textCursor()
        cursor.setPosition(start)
        cursor.setPosition(end, QTextCursor.MoveMode.KeepAnchor)
        widget.setTextCursor(cursor)
    else:
        assert isinstance(widget, FieldLineEdit)
        widget.setSelection(start, end - start)


def replace_selection(widget: QWidget, replacement: str) -> None:
    """Replace the selected text as typing would (a rich-text field keeps the format of the
    text replaced), so the field's binding takes it into the document."""
    if isinstance(widget, RichTextEdit):
        widget.textCursor().insertText(replacement)
    else:
        assert isinstance(widget, FieldLineEdit)
        widget.insert(replacement)  # reported as the user's edit (textEdited), unlike setText


def count_in(widget: QWidget, options: SearchOptions) -> int:
    count, position = 0, 0
    while (span := find_in(widget, options, position, backward=False)) is not None:
        count += 1
        position = max(span[1], span[0] + 1)
    return count


def replace_all_in(widget: QWidget, options: SearchOptions, replacement: str) -> int:
    """Replace every match in the field; returns how many."""
    if isinstance(widget, RichTextEdit):
        return _replace_all_rich(widget, options, replacement)
    assert isinstance(widget, FieldLineEdit)
    new_text, count = options.pattern().subn(lambda match: replacement, widget.text())
    if count:
        widget.selectAll()
        widget.insert(new_text)
    return count


def _replace_all_rich(widget: RichTextEdit, options: SearchOptions, replacement: str) -> int:
    document = widget.document()
    editing = QTextCursor(document)
    editing.beginEditBlock()  # one change for the field's binding, not one per match
    count = 0
    found = document.find(options.term, 0, options.flags())
    while not found.isNull():
        editing.setPosition(found.selectionStart())
        editing.setPosition(found.selectionEnd(), QTextCursor.MoveMode.KeepAnchor)
        editing.insertText(replacement)  # in the format of the text it replaces
        count += 1
        found = document.find(options.term, editing.position(), options.flags())
    editing.endEditBlock()
    return count
