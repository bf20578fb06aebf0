"""The find bar at the bottom of the window: find (Ctrl+F) and, on a second row, replace (Ctrl+H).

A bar, not a dialog: the form stays in view and editable while the search goes on.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtGui import QKeyEvent, QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QGridLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QToolButton,
    QWidget,
)
from shiboken6 import isValid

from copeditor.ui.find.finder import Finder, FormWindow, Outcome
from copeditor.ui.find.matching import SearchOptions
from copeditor.ui.form.accessible import announce
from copeditor.ui.form.fields import is_window_key
from copeditor.ui.icons import icon

_ENTER_KEYS = (Qt.Key.Key_Return, Qt.Key.Key_Enter)
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class SearchLine(QLineEdit):
    """A line where Enter goes to the next match and Shift+Enter to the previous one.

    Ctrl+Z goes to the window, as in the form's fields: after Replace All it takes back the
    replacements, not the letters typed into this line."""

    enter_pressed = Signal(bool)  # True with Shift: backward

    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.ShortcutOverride and is_window_key(event):  # type: ignore[arg-type]
            event.ignore()
            return False
        return super().event(event)

    def keyPressEvent(self, event: QKeyEvent) -> None:  # noqa: N802
        if is_window_key(event):
            event.ignore()
            return
        if event.key() in _ENTER_KEYS:
            shift = bool(event.modifiers() & Qt.KeyboardModifier.ShiftModifier)
            self.enter_pressed.emit(shift)
            return
        super().keyPressEvent(event)


class FindBar(QWidget):
    def __init__(self, window: FormWindow, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.finder = Finder(window, self._focus_back_to_bar)
        self._bar_focus: QWidget | None = None  # set while a search started in the bar runs
        self._build()
        self.setVisible(False)
        close = QShortcut(QKeySequence(Qt.Key.Key_Escape), self)
        close.setContext(Qt.ShortcutContext.WidgetWithChildrenShortcut)
        close.activated.connect(self.close_bar)

    # Mnemonics (Alt+letter) apart from the menus' (F, E, V, M, T, H) and the form's (N, W, S,
    # A, P, U, O, R): a letter used twice only moves the focus, it does not press the button.
    def _build(self) -> None:
        layout = QGridLayout(self)
        layout.setContentsMargins(8, 4, 8, 4)
        self.find_line = SearchLine(self)
        self.find_line.enter_pressed.connect(self._enter_in_find)
        self.find_line.textEdited.connect(self._term_edited)
        self.find_label = find_label = QLabel(self)
        find_label.setBuddy(self.find_line)
        self.previous_button = self._button()
        self.previous_button.clicked.connect(self.find_previous)
        self.next_button = self._button()
        self.next_button.clicked.connect(self.find_next)
        self.match_case = QCheckBox(self)
        self.whole_words = QCheckBox(self)
        self.message = QLabel(self)
        self.message.setTextFormat(Qt.TextFormat.PlainText)  # it may quote the user's term
        self.close_button = QToolButton(self)
        self.close_button.setText("×")
        self.close_button.setAutoRaise(True)
        self.close_button.clicked.connect(self.close_bar)
        self.replace_line = SearchLine(self)
        self.replace_line.enter_pressed.connect(self._enter_in_replace)
        self.replace_label = QLabel(self)
        self.replace_label.setBuddy(self.replace_line)
        self.replace_button = self._button()
        self.replace_button.clicked.connect(self.replace)
        self.replace_all_button = self._button()
        self.replace_all_button.clicked.connect(self.replace_all)
        for column, widget in enumerate(
            (find_label, self.find_line, self.previous_button, self.next_button)
        ):
            layout.addWidget(widget, 0, column)
        # The two options one above the other and the message wrapping: with the preview open,
        # large text (200 %) on a laptop's screen left no room for a bar in one long row, and
        # the window grew wider than the screen.
        layout.addWidget(self.match_case, 0, 4)
        layout.addWidget(self.whole_words, 1, 4)
        self.message.setWordWrap(True)
        layout.addWidget(self.message, 0, 6, 2, 1)
        layout.addWidget(self.close_button, 0, 7)
        layout.addWidget(self.replace_label, 1, 0)
        layout.addWidget(self.replace_line, 1, 1)
        layout.addWidget(self.replace_button, 1, 2)
        layout.addWidget(self.replace_all_button, 1, 3)
        layout.setColumnStretch(1, 2)
        layout.setColumnStretch(6, 3)
        self.replace_widgets = (
            self.replace_label,
            self.replace_line,
            self.replace_button,
            self.replace_all_button,
        )
        # Tab goes from what to find to what to replace it with, then to the buttons.
        order = [
            self.find_line,
            self.replace_line,
            self.previous_button,
            self.next_button,
            self.match_case,
            self.whole_words,
            self.replace_button,
            self.replace_all_button,
            self.close_button,
        ]
        for first, second in zip(order, order[1:], strict=False):
            QWidget.setTabOrder(first, second)
        self.previous_button.setIcon(icon("arrow-up"))
        self.next_button.setIcon(icon("arrow-down"))
        self.replace_all_button.setIcon(icon("replace"))
        self.retranslate()

    def retranslate(self) -> None:
        """The bar's words in the interface's language (at start and when it changes)."""
        self.find_line.setPlaceholderText(translate("FindBar", "Find in the whole submission"))
        self.find_line.setAccessibleName(translate("FindBar", "Find"))
        self.find_label.setText(translate("FindBar", "Fin&d:"))
        self.previous_button.setText(translate("FindBar", "Previous"))
        self.previous_button.setToolTip(
            translate("FindBar", "Previous match (Shift+F3, Shift+Enter)")
        )
        self.next_button.setText(translate("FindBar", "Next"))
        self.next_button.setToolTip(translate("FindBar", "Next match (F3, Enter)"))
        self.match_case.setText(translate("FindBar", "Match &case"))
        self.whole_words.setText(translate("FindBar", "Whole words onl&y"))
        self.close_button.setToolTip(translate("FindBar", "Close the find bar (Esc)"))
        self.close_button.setAccessibleName(translate("FindBar", "Close the find bar"))
        self.replace_line.setPlaceholderText(translate("FindBar", "Replace with"))
        self.replace_line.setAccessibleName(translate("FindBar", "Replace with"))
        self.replace_label.setText(translate("FindBar", "Replace w&ith:"))
        self.replace_button.setText(translate("FindBar", "Replace"))
        self.replace_button.setToolTip(
            translate("FindBar", "Replace this match and find the next (Enter)")
        )
        self.replace_all_button.setText(translate("FindBar", "Replace A&ll"))
        self.replace_all_button.setToolTip(
            translate("FindBar", "Replace every match in the submission (one undo step)")
        )
        self.show_message("")  # a message of the last search, in the language it was said

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def _button(self) -> QPushButton:
        button = QPushButton(self)
        button.setAutoDefault(False)
        return button

    # --- opening and closing -------------------------------------------------------------

    def open_find(self) -> None:
        self._open(replacing=False)

    def open_replace(self) -> None:
        self._open(replacing=True)

    def _open(self, replacing: bool) -> None:
        focused = QApplication.focusWidget()
        selected = self._selected_text()
        if selected:  # the word selected in the form is the likeliest search
            self.find_line.setText(selected)
        for widget in self.replace_widgets:
            widget.setVisible(replacing)
        self.show()
        self.show_message("")
        if replacing and self.find_line.text() and focused is self.find_line:
            self.replace_line.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.replace_line.selectAll()
        else:
            self.find_line.setFocus(Qt.FocusReason.ShortcutFocusReason)
            self.find_line.selectAll()

    def _selected_text(self) -> str:
        widget = self.finder.current
        if widget is None or not isValid(widget) or not widget.hasFocus():
            return ""
        text = widget.property("selectedText")  # QLineEdit's; QTextEdit has no such property
        if not isinstance(text, str):
            text = widget.textCursor().selectedText()  # type: ignore[attr-defined]
        return text if "\u2029" not in text and len(text) <= 100 else ""

    def close_bar(self) -> None:
        """Close, and give the keyboard back to the field last shown, its match selected."""
        widget, shown = self.finder.current, self.finder.last_match
        self.hide()  # Qt hands the focus to some next widget: taken back below
        self.finder.return_to(widget, shown)

    def _focus_back_to_bar(self) -> QWidget | None:
        """While the bar has the keyboard (Enter pressed in it), it keeps it: Enter again goes
        to the next match. F3 pressed in a field leaves the focus in the field found."""
        return self._bar_focus

    # --- searching -------------------------------------------------------------------------

    def options(self) -> SearchOptions:
        return SearchOptions(
            self.find_line.text(), self.match_case.isChecked(), self.whole_words.isChecked()
        )

    def find_next(self) -> None:
        self._search(backward=False)

    def find_previous(self) -> None:
        self._search(backward=True)

    def _search(self, backward: bool) -> None:
        if not self.find_line.text():
            self.open_find()  # F3 with nothing to find: ask what to find
            return
        self._run(lambda: self.finder.find(self.options(), backward))

    def replace(self) -> None:
        self._run(lambda: self.finder.replace(self.options(), self.replace_line.text()))

    def replace_all(self) -> None:
        self._run(lambda: self.finder.replace_all(self.options(), self.replace_line.text()))

    def _run(self, search: Callable[[], Outcome]) -> None:
        focused = QApplication.focusWidget()
        self._bar_focus = focused if focused is not None and self.isAncestorOf(focused) else None
        in_bar = self._bar_focus is not None
        try:
            outcome = search()
        finally:
            self._bar_focus = None
        found = self.finder.current
        if outcome.found and in_bar and found is not None and isValid(found):
            # The keyboard stayed in the bar: a screen reader hears where the match is.
            self.show_message(outcome.message, announce=False)
            where = translate("FindBar", "Found in {field}").format(field=found.accessibleName())
            self._announce(" ".join(filter(None, (outcome.message, where))))
        else:
            self.show_message(outcome.message)

    def show_message(self, text: str, announce: bool = True) -> None:
        self.message.setText(text)
        self.message.setAccessibleName(text)
        if text and announce:
            self._announce(text)  # "Not found", "Search went past the end", "3 replaced"

    def _announce(self, text: str) -> None:
        announce(self.message, text)  # the message label is not where the focus is

    def _enter_in_find(self, backward: bool) -> None:
        self._search(backward)

    def _enter_in_replace(self, backward: bool) -> None:
        self.replace()

    def _term_edited(self, text: str) -> None:
        self.show_message("")
