"""The rich-text field for prose (summary, additional information), stored as Markdown."""

from __future__ import annotations

import math

from PySide6.QtCore import QEvent, QMimeData, Qt, QUrl, Signal
from PySide6.QtGui import (
    QContextMenuEvent,
    QFont,
    QMouseEvent,
    QPalette,
    QTextCharFormat,
    QTextCursor,
    QTextDocument,
    QTextListFormat,
)
from PySide6.QtWidgets import QApplication, QScrollArea, QSizePolicy, QTextEdit, QWidget

from copeditor.links import complete_address
from copeditor.ui import dialogs, system_open
from copeditor.ui.form.fields import (
    SpellingAid,
    WindowKeysMixin,
    changed_at,
    field_context_menu,
)
from copeditor.ui.form.paste_filter import clean_pasted_html

_DIALECT = QTextDocument.MarkdownFeature.MarkdownDialectCommonMark


class RichTextEdit(WindowKeysMixin, QTextEdit):
    """Bold, italic, lists and links, nothing more: what the Markdown model keeps.

    Its own undo is off: every edit goes to the window's undo stack through the binding.
    """

    left = Signal()
    step_ended = Signal()

    def __init__(self, parent: QWidget | None = None, minimum_lines: int = 4) -> None:
        super().__init__(parent)
        self.setUndoRedoEnabled(False)
        self.setTabChangesFocus(True)  # Tab moves on, so the form can be filled by keyboard
        self.setAcceptRichText(True)
        # The field grows with its text, as a page in a word processor does; the form page
        # around it scrolls (one scroll bar for the whole tab, not one per field).
        self.minimum_lines = minimum_lines
        self.spelling: SpellingAid | None = None  # set by ui/spelling, with the underlines
        self.setVerticalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.document().documentLayout().documentSizeChanged.connect(self._fit_height)
        self.cursorPositionChanged.connect(self.keep_cursor_in_view)
        self._menu_block = 0  # where the block right-clicked for a suggestion starts
        self._fit_height()

    # --- size: as tall as the text --------------------------------------------------------

    def _fit_height(self, *args: object) -> None:
        least = self.fontMetrics().lineSpacing() * self.minimum_lines
        content = max(math.ceil(self.document().size().height()), least)
        height = content + 2 * self.frameWidth()
        if height != self.height() or self.minimumHeight() != height:
            self.setFixedHeight(height)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:  # zoom: the lines have a new height
            self._fit_height()

    def keep_cursor_in_view(self) -> None:
        """The page scrolls, not the field: keep the line being typed on screen."""
        if not self.hasFocus():
            return
        page = self.parentWidget()
        while page is not None and not isinstance(page, QScrollArea):
            page = page.parentWidget()
        body = page.widget() if page is not None else None
        if page is None or body is None:
            return
        cursor = self.cursorRect()
        point = self.viewport().mapTo(body, cursor.center())
        page.ensureVisible(point.x(), point.y(), 0, cursor.height())

    # --- the value --------------------------------------------------------------------------

    def markdown(self) -> str:
        text = self.document().toMarkdown(_DIALECT)
        return text.lstrip("\n").rstrip()

    def set_markdown(self, value: str) -> None:
        """Show a new value. In the field being edited (after undo or redo) the cursor goes
        where the text changed, as in a word processor; elsewhere to the beginning."""
        before = self.toPlainText() if self.hasFocus() else None
        self.document().setMarkdown(value, _DIALECT)
        self._underline_links()
        if before is None:
            self.moveCursor(QTextCursor.MoveOperation.Start)
            return
        cursor = self.textCursor()
        cursor.setPosition(changed_at(before, self.toPlainText()))
        self.setTextCursor(cursor)

    def _underline_links(self) -> None:
        """Links read from Markdown are coloured only: underlined too, as Insert Link makes
        them, they are told apart without colour (and a screen reader hears the underline)."""
        underline = QTextCharFormat()
        underline.setFontUnderline(True)
        block = self.document().begin()
        while block.isValid():
            iterator = block.begin()
            while not iterator.atEnd():
                fragment = iterator.fragment()
                if fragment.charFormat().isAnchor() and not fragment.charFormat().fontUnderline():
                    cursor = QTextCursor(self.document())
                    cursor.setPosition(fragment.position())
                    cursor.setPosition(
                        fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                    )
                    cursor.mergeCharFormat(underline)
                iterator += 1
            block = block.next()

    def text_before_cursor(self, count: int) -> str:
        """Up to `count` characters just before the cursor (what was just typed); a paragraph
        break reads as U+2029."""
        document = self.document()
        position = self.textCursor().position()
        return "".join(document.characterAt(p) for p in range(max(0, position - count), position))

    # --- safety: paste and resources --------------------------------------------------------

    def canInsertFromMimeData(self, source: QMimeData) -> bool:  # noqa: N802
        return source.hasHtml() or source.hasText()

    def insertFromMimeData(self, source: QMimeData) -> None:  # noqa: N802
        # Pasted HTML is reduced to what the model keeps before Qt sees it, so no image or
        # remote resource is ever loaded; pasted images alone are dropped.
        self.step_ended.emit()  # a paste is an undo step of its own
        if source.hasHtml():
            self.textCursor().insertHtml(clean_pasted_html(source.html()))
        elif source.hasText():
            self.textCursor().insertText(source.text())
        self.step_ended.emit()

    def loadResource(self, kind: int, name: QUrl | str) -> object:  # noqa: N802
        return None  # never read a file or the network for an image or style sheet

    def contextMenuEvent(self, event: QContextMenuEvent) -> None:  # noqa: N802
        menu = field_context_menu(self.createStandardContextMenu(event.pos()))
        if self.spelling is not None and not self.isReadOnly():
            cursor = self.cursorForPosition(event.pos())
            block = cursor.block()
            self._menu_block = block.position()
            self.spelling.add_suggestions(
                menu, block.text(), cursor.positionInBlock(), self._replace_in_block
            )
        menu.exec(event.globalPos())
        menu.deleteLater()

    def _replace_in_block(self, start: int, length: int, word: str) -> None:
        """Put a suggestion in place of a word, keeping its formatting; one undo step."""
        self.step_ended.emit()
        cursor = QTextCursor(self.document())
        cursor.setPosition(self._menu_block + start)
        cursor.setPosition(self._menu_block + start + length, QTextCursor.MoveMode.KeepAnchor)
        cursor.insertText(word)  # takes the format of the replaced word
        self.step_ended.emit()

    def mouseReleaseEvent(self, event: QMouseEvent) -> None:  # noqa: N802
        # Ctrl+click opens a link, as in word processors; only http, https and mailto.
        address = self.anchorAt(event.position().toPoint())
        if address and event.modifiers() & Qt.KeyboardModifier.ControlModifier:
            system_open.open_link(address)
            return
        super().mouseReleaseEvent(event)

    # --- formatting -------------------------------------------------------------------------

    def toggle_bold(self) -> None:
        bold = self.fontWeight() < QFont.Weight.Bold
        char_format = QTextCharFormat()
        char_format.setFontWeight(QFont.Weight.Bold if bold else QFont.Weight.Normal)
        self.mergeCurrentCharFormat(char_format)

    def toggle_italic(self) -> None:
        char_format = QTextCharFormat()
        char_format.setFontItalic(not self.fontItalic())
        self.mergeCurrentCharFormat(char_format)

    def toggle_list(self, style: QTextListFormat.Style) -> None:
        cursor = self.textCursor()
        current = cursor.currentList()
        cursor.beginEditBlock()
        if current is not None and current.format().style() == style:
            block = cursor.block()
            current.remove(block)
            block_format = block.blockFormat()
            block_format.setIndent(0)
            cursor.setBlockFormat(block_format)
        else:
            cursor.createList(style)
        cursor.endEditBlock()

    def insert_link(self) -> None:
        cursor = self.textCursor()
        current = cursor.charFormat()
        offered = current.anchorHref() if current.isAnchor() else ""
        if not offered:  # a web address just copied is the likeliest one to link
            clipboard = QApplication.clipboard().text().strip()
            offered = clipboard if complete_address(clipboard) else ""
        answer = dialogs.ask_link(self, cursor.selectedText(), offered, complete_address)
        if answer is None:
            return
        text, address = answer
        link_format = QTextCharFormat()
        link_format.setAnchor(True)
        link_format.setAnchorHref(address)
        link_format.setFontUnderline(True)
        link_format.setForeground(self.palette().color(QPalette.ColorRole.Link))
        cursor.beginEditBlock()
        cursor.insertText(text or address, link_format)
        cursor.setCharFormat(QTextCharFormat())  # typing after the link is plain text again
        cursor.endEditBlock()
        self.setTextCursor(cursor)
