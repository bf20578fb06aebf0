"""Bold, italic, lists and links for whichever prose field has the focus."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QKeySequence, QTextListFormat
from PySide6.QtWidgets import QApplication, QMenu, QToolBar, QWidget
from shiboken6 import isValid

from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.language import QT_TRANSLATE_NOOP


class FormatActions(QObject):
    """A QObject child of the window, so its application-wide focus connection ends with it."""

    def __init__(self, parent: QWidget) -> None:
        super().__init__(parent)
        self.window = parent
        self._last_editor: RichTextEdit | None = None
        self._texts: list[tuple[QAction, str]] = []  # untranslated: see retranslate
        self.bold = self._action(
            QT_TRANSLATE_NOOP("FormatActions", "&Bold"),
            QKeySequence.StandardKey.Bold,
            RichTextEdit.toggle_bold,
        )
        self.italic = self._action(
            QT_TRANSLATE_NOOP("FormatActions", "&Italic"),
            QKeySequence.StandardKey.Italic,
            RichTextEdit.toggle_italic,
        )
        self.bullets = self._action(
            QT_TRANSLATE_NOOP("FormatActions", "B&ulleted List"),
            QKeySequence("Ctrl+Shift+8"),
            lambda editor: editor.toggle_list(QTextListFormat.Style.ListDisc),
        )
        self.numbers = self._action(
            QT_TRANSLATE_NOOP("FormatActions", "&Numbered List"),
            QKeySequence("Ctrl+Shift+7"),
            lambda editor: editor.toggle_list(QTextListFormat.Style.ListDecimal),
        )
        self.link = self._action(
            QT_TRANSLATE_NOOP("FormatActions", "Insert &Link..."),
            QKeySequence("Ctrl+K"),
            RichTextEdit.insert_link,
        )
        self.bold.setCheckable(True)
        self.italic.setCheckable(True)
        self.all = [self.bold, self.italic, self.bullets, self.numbers, self.link]
        self.retranslate()
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]
        self._focus_changed(None, QApplication.focusWidget())

    def _action(
        self,
        text: str,
        shortcut: QKeySequence | QKeySequence.StandardKey,
        apply: Callable[[RichTextEdit], None],
    ) -> QAction:
        action = QAction(self.window)
        action.setShortcut(shortcut)
        self._texts.append((action, text))
        action.triggered.connect(lambda checked=False: self._apply(apply))
        return action

    def retranslate(self) -> None:
        """The texts in the interface's language (at start, and when it changes)."""
        for action, text in self._texts:
            translated = QCoreApplication.translate("FormatActions", text)
            action.setText(translated)
            keys = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            plain = translated.replace("&", "").rstrip(".…")
            action.setToolTip(f"{plain} ({keys})")

    def _editor(self) -> RichTextEdit | None:
        """The prose field last focused, if it still exists (tabs rebuild their editors)."""
        if self._last_editor is not None and not isValid(self._last_editor):
            self._last_editor = None
        return self._last_editor

    def _apply(self, apply: Callable[[RichTextEdit], None]) -> None:
        editor = self._editor()
        if editor is not None:
            editor.step_ended.emit()  # a change of format is an undo step of its own
            apply(editor)
            editor.step_ended.emit()
            editor.setFocus()
            self._update_checks()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        # Focus moving to a tool bar or menu (to click Bold) keeps the field it came from.
        if isinstance(new, RichTextEdit) or (
            new is not None and not isinstance(new, (QToolBar, QMenu))
        ):
            previous = self._editor()
            if previous is not None and previous is not new:
                previous.currentCharFormatChanged.disconnect(self._update_checks)
            self._last_editor = new if isinstance(new, RichTextEdit) else None
            if self._last_editor is not None and previous is not self._last_editor:
                self._last_editor.currentCharFormatChanged.connect(self._update_checks)
        for action in self.all:
            action.setEnabled(self._editor() is not None)
        self._update_checks()

    def _update_checks(self, *args: object) -> None:
        editor = self._editor()
        self.bold.setChecked(editor is not None and editor.fontWeight() > 500)
        self.italic.setChecked(editor is not None and editor.fontItalic())
