"""Wavy underlines under unknown words, in the prose fields (a QSyntaxHighlighter: display
only, so the document's formatting and the saved Markdown never see them) and in programme
names (FieldLineEdit paints its own)."""

from __future__ import annotations

import time
from collections import deque

from PySide6.QtCore import QObject, QTimer
from PySide6.QtGui import QColor, QSyntaxHighlighter, QTextCharFormat, QTextDocument
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.spelling.service import SpellService

CHECKED_FIELDS = ("name", "summary", "additional_information")  # as copeditor.spelling checks
# Marking a whole draft anew (a dictionary loaded, another language) is done a slice at a time
# between events, the field being edited first: at once it held the window for 0.3 s with a
# 100-page draft, 300 ms after the window appeared.
SLICE_SECONDS = 0.008


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


class _Refresher(QObject):
    """The paragraphs still to mark anew, worked through in slices between events."""

    def __init__(self, root: QWidget) -> None:
        super().__init__(root)
        self.queue: deque[tuple[SpellHighlighter, int]] = deque()
        self.timer = QTimer(self)
        self.timer.setInterval(0)
        self.timer.timeout.connect(self.work)

    def start(self, highlighters: list[SpellHighlighter]) -> None:
        edited = _document_of(QApplication.focusWidget())
        first = [h for h in highlighters if edited is not None and h.document() is edited]
        self.queue = deque(
            (highlighter, number)
            for highlighter in first + [h for h in highlighters if h not in first]
            for number in range(highlighter.document().blockCount())
        )
        self.timer.start()

    def work(self) -> None:
        end = time.perf_counter() + SLICE_SECONDS
        while self.queue:  # at least one paragraph a slice, however slow the machine
            highlighter, number = self.queue.popleft()
            if not isValid(highlighter):
                continue  # its programme card was replaced meanwhile
            block = highlighter.document().findBlockByNumber(number)
            if block.isValid():
                highlighter.rehighlightBlock(block)
            if time.perf_counter() >= end:
                break
        if not self.queue:
            self.timer.stop()


def _document_of(widget: QWidget | None) -> QTextDocument | None:
    return widget.document() if isinstance(widget, RichTextEdit) else None


def refresh(root: QWidget) -> None:
    """The checker changed (loaded, another language, a word accepted): mark anew."""
    refresher = root.findChild(_Refresher) or _Refresher(root)
    refresher.start(root.findChildren(SpellHighlighter))
    for line in root.findChildren(FieldLineEdit):
        if line.spelling is not None:
            line.update()
