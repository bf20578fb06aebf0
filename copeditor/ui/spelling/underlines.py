"""Wavy underlines under unknown words, in the prose fields (a QSyntaxHighlighter: display
only, so the document's formatting and the saved Markdown never see them) and in programme
names (FieldLineEdit paints its own)."""

from __future__ import annotations

from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QWidget

from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.spelling.service import SpellService

CHECKED_FIELDS = ("name", "summary", "additional_information")  # as copeditor.spelling checks


class SpellHighlighter(QSyntaxHighlighter):
    def __init__(self, document: QTextDocument, service: SpellService) -> None:
        super().__init__(document)
        self.service = service
        self.underline = QTextCharFormat()
        self.underline.setUnderlineStyle(QTextCharFormat.UnderlineStyle.SpellCheckUnderline)
        self.underline.setUnderlineColor(QColor("#d32f2f"))

    def highlightBlock(self, text: str) -> None:  # noqa: N802 (Qt's name)
        for start, length in self.service.misspelled(text):
            self.setFormat(start, length, self.underline)


def attach(fields: dict[str, QWidget], service: SpellService) -> None:
    """Give one programme's checked fields their underlines and suggestion menus."""
    for name in CHECKED_FIELDS:
        widget = fields.get(name)
        if isinstance(widget, RichTextEdit) and widget.spelling is None:
            widget.spelling = service
            SpellHighlighter(widget.document(), service)
        elif isinstance(widget, FieldLineEdit):
            widget.set_spelling(service)


def refresh(root: QWidget) -> None:
    """The checker changed (loaded, another language, a word accepted): mark anew."""
    for highlighter in root.findChildren(SpellHighlighter):
        highlighter.rehighlight()
    for line in root.findChildren(FieldLineEdit):
        if line.spelling is not None:
            line.update()
