"""Find and Replace through the find bar: across tabs, options, wrap, undo."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtGui import QTextCursor
from PySide6.QtWidgets import QApplication

from copeditor.model import Programme, Submission
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.find.finder import NOT_FOUND, READ_ONLY, WRAPPED_BACKWARD, WRAPPED_FORWARD
from copeditor.ui.form.richtext import RichTextEdit

ORGANISATION = FieldPath.organisation()


def draft() -> Submission:
    submission = Submission(organisation="Hotline Partners")
    submission.areas[0].programmes.append(
        Programme(
            name="National hotline",
            website="https://hotline.example.org",
            summary="The **hotline** answers calls.\n\nHotlines and *helplines* work together.",
        )
    )
    submission.areas[2].programmes.append(
        Programme(name="Training", summary="A HOTLINE for [schools](https://example.org).")
    )
    return submission


def open_draft(window: Any, qtbot: Any) -> None:
    window.document.replace(draft(), None)
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages[0].name_field)


def widget(window: Any, path: FieldPath) -> Any:
    index = 0 if not path.in_programme else path.area_index + 1
    return window.pages[index].field_widget(path)


def selected(window: Any, path: FieldPath) -> str:
    found = widget(window, path)
    if isinstance(found, RichTextEdit):
        return found.textCursor().selectedText()
    return str(found.selectedText())


def search_for(window: Any, qtbot: Any, term: str) -> Any:
    window.commands.find.trigger()
    bar = window.find_bar
    assert bar.isVisible() and QApplication.focusWidget() is bar.find_line
    bar.find_line.clear()
    qtbot.keyClicks(bar.find_line, term)
    return bar


def enter(qtbot: Any, bar: Any, shift: bool = False) -> None:
    modifier = Qt.KeyboardModifier.ShiftModifier if shift else Qt.KeyboardModifier.NoModifier
    qtbot.keyClick(bar.find_line, Qt.Key.Key_Return, modifier)


def test_enter_goes_through_every_tab_in_form_order_and_wraps(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    window.pages[0].name_field.setCursorPosition(1)  # after the match at the very start
    bar = search_for(window, qtbot, "hotline")
    expected = [
        (FieldPath("name", 0, 0), 1),
        (FieldPath("website", 0, 0), 1),
        (FieldPath("summary", 0, 0), 1),  # "hotline", bold
        (FieldPath("summary", 0, 0), 1),  # "Hotline" in "Hotlines": not whole words
        (FieldPath("summary", 2, 0), 3),
        (ORGANISATION, 0),
    ]
    for path, tab in expected:
        enter(qtbot, bar)
        assert window.tabs.currentIndex() == tab
        assert selected(window, path).lower() == "hotline"
        # The keyboard stays in the bar, so Enter goes on to the next match.
        assert QApplication.focusWidget() is bar.find_line
    assert bar.message.text() == WRAPPED_FORWARD
    assert bar.message.accessibleName() == WRAPPED_FORWARD
    enter(qtbot, bar)
    assert window.tabs.currentIndex() == 1 and bar.message.text() == ""


def test_previous_goes_back_and_wraps_to_the_end(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    window.pages[0].name_field.setCursorPosition(0)
    bar = search_for(window, qtbot, "hotline")
    enter(qtbot, bar)  # the organisation's "Hotline"
    assert selected(window, ORGANISATION) == "Hotline"
    enter(qtbot, bar, shift=True)
    assert window.tabs.currentIndex() == 3 and bar.message.text() == WRAPPED_BACKWARD
    assert selected(window, FieldPath("summary", 2, 0)) == "HOTLINE"
    window.commands.find_previous.trigger()  # Shift+F3
    summary = widget(window, FieldPath("summary", 0, 0))
    assert window.tabs.currentIndex() == 1 and summary.textCursor().selectedText() == "Hotline"
    assert summary.textCursor().selectionStart() > 20  # the second one, in "Hotlines"


def test_match_case_and_whole_words(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    bar = search_for(window, qtbot, "HOTLINE")
    qtbot.mouseClick(bar.match_case, Qt.MouseButton.LeftButton)
    enter(qtbot, bar)
    assert window.tabs.currentIndex() == 3
    enter(qtbot, bar)  # the only one: found again, past the end
    assert window.tabs.currentIndex() == 3 and bar.message.text() == WRAPPED_FORWARD
    bar.match_case.setChecked(False)
    bar.whole_words.setChecked(True)
    bar.find_line.setText("hotlines")
    window.commands.find_next.trigger()  # F3
    summary = widget(window, FieldPath("summary", 0, 0))
    assert window.tabs.currentIndex() == 1 and summary.textCursor().selectedText() == "Hotlines"
    bar.find_line.setText("help")  # only inside "helplines"
    enter(qtbot, bar)
    assert bar.message.text() == NOT_FOUND


def test_not_found_and_escape_returns_to_the_field(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    bar = search_for(window, qtbot, "answers")
    enter(qtbot, bar)
    summary = widget(window, FieldPath("summary", 0, 0))
    bar.find_line.setText("nowhere to be seen")
    enter(qtbot, bar)
    assert bar.message.text() == NOT_FOUND
    window.tabs.setCurrentIndex(4)  # the user looks elsewhere, then closes the bar
    qtbot.keyClick(bar.find_line, Qt.Key.Key_Escape)
    assert window.tabs.currentIndex() == 1
    assert not bar.isVisible()
    assert QApplication.focusWidget() is summary
    assert summary.textCursor().selectedText() == "answers"


def test_ctrl_f_in_a_field_searches_for_its_selected_word(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    name = window.pages[0].name_field
    name.setSelection(0, 7)
    qtbot.keyClick(name, Qt.Key.Key_F, Qt.KeyboardModifier.ControlModifier)
    assert window.find_bar.isVisible() and window.find_bar.find_line.text() == "Hotline"


def test_replace_one_keeps_bold_and_finds_the_next(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    window.tabs.setCurrentIndex(1)
    summary = widget(window, FieldPath("summary", 0, 0))
    summary.setFocus()
    summary.moveCursor(QTextCursor.MoveOperation.Start)
    qtbot.keyClick(summary, Qt.Key.Key_H, Qt.KeyboardModifier.ControlModifier)  # Ctrl+H
    bar = window.find_bar
    assert bar.replace_line.isVisible() and QApplication.focusWidget() is bar.find_line
    qtbot.keyClicks(bar.find_line, "hotline")
    bar.whole_words.setChecked(True)
    qtbot.keyClicks(bar.replace_line, "helpline")
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # selects the first
    assert summary.textCursor().selectedText() == "hotline"
    qtbot.mouseClick(bar.replace_button, Qt.MouseButton.LeftButton)  # replaces, goes on
    programme = window.document.submission.areas[0].programmes[0]
    assert programme.summary.startswith("The **helpline** answers calls.")
    assert window.tabs.currentIndex() == 3  # the next whole-word match
    assert window.document.undo_stack.count() == 1
    window.commands.undo.trigger()
    assert programme.summary.startswith("The **hotline** answers calls.")


def test_replace_all_is_one_undo_step(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    type_into = window.pages[0].name_field
    qtbot.keyClicks(type_into, " Ltd")  # typing before: a step of its own
    window.commands.replace.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.find_line, "hotline")
    qtbot.keyClicks(bar.replace_line, "helpline")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.message.text() == "6 replaced"
    submission = window.document.submission
    programme = submission.areas[0].programmes[0]
    assert submission.organisation == "helpline Partners Ltd"
    assert programme.name == "National helpline"
    assert programme.website == "https://helpline.example.org"
    assert programme.summary == (
        "The **helpline** answers calls.\n\nhelplines and *helplines* work together."
    )
    assert submission.areas[2].programmes[0].summary == (
        "A helpline for [schools](https://example.org)."
    )
    assert window.document.undo_stack.count() == 2
    assert window.commands.undo.text() == "&Undo Replace All “hotline”"
    # Ctrl+Z in the bar takes back the replacements, not the typing in the bar.
    qtbot.keyClick(bar.replace_line, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert bar.replace_line.text() == "helpline"
    assert draft().areas[0].programmes[0] == programme
    assert submission.areas[2].programmes[0] == draft().areas[2].programmes[0]
    assert submission.organisation == "Hotline Partners Ltd"
    assert widget(window, FieldPath("summary", 2, 0)).toPlainText() == "A HOTLINE for schools."
    window.commands.redo.trigger()
    assert submission.organisation == "helpline Partners Ltd"


def test_a_read_only_draft_is_not_replaced_in(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    window.document.read_only = True
    window.commands.replace.trigger()
    bar = window.find_bar
    qtbot.keyClicks(bar.find_line, "hotline")
    qtbot.keyClicks(bar.replace_line, "x")
    qtbot.mouseClick(bar.replace_all_button, Qt.MouseButton.LeftButton)
    assert bar.message.text() == READ_ONLY
    assert window.document.submission == draft()
    assert window.document.undo_stack.count() == 0


def test_the_bar_s_alt_letters_are_its_own(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QAbstractButton, QLabel

    def letters(widgets: list[Any]) -> list[str]:
        texts = [widget.text().replace("&&", "") for widget in widgets]
        return [text[text.index("&") + 1].lower() for text in texts if "&" in text]

    window.commands.replace.trigger()
    bar = window.find_bar
    own = letters([*bar.findChildren(QLabel), *bar.findChildren(QAbstractButton)])
    assert len(own) == len(set(own)) >= 4
    menus = [action.text() for action in window.menuBar().actions()]
    others = [text[text.index("&") + 1].lower() for text in menus]
    for page in window.pages:
        others += letters([*page.findChildren(QLabel), *page.findChildren(QAbstractButton)])
    assert not set(own) & set(others)
    qtbot.keyClicks(bar.find_line, "hotline")
    qtbot.keyClick(bar.replace_line, Qt.Key.Key_L, Qt.KeyboardModifier.AltModifier)
    # Replace All was pressed (a button's Alt+letter clicks it a moment later).
    qtbot.waitUntil(lambda: bar.message.text() == NOT_FOUND)


def test_f3_in_a_field_moves_the_keyboard_to_the_next_match(window: Any, qtbot: Any) -> None:
    open_draft(window, qtbot)
    bar = search_for(window, qtbot, "calls")
    qtbot.keyClick(bar.find_line, Qt.Key.Key_Escape)
    name = window.pages[0].name_field
    name.setFocus()
    qtbot.keyClick(name, Qt.Key.Key_F3)
    summary = widget(window, FieldPath("summary", 0, 0))
    assert window.tabs.currentIndex() == 1 and QApplication.focusWidget() is summary
    assert summary.textCursor().selectedText() == "calls"


def test_a_screen_reader_hears_where_a_match_is_and_when_there_is_none(
    window: Any, qtbot: Any, announcements: list[str]
) -> None:
    open_draft(window, qtbot)
    window.pages[0].name_field.setCursorPosition(1)
    bar = search_for(window, qtbot, "hotline")
    enter(qtbot, bar)
    name = widget(window, FieldPath("name", 0, 0)).accessibleName()
    assert announcements == [f"Found in {name}"]
    bar.find_line.setText("nowhere to be seen")
    enter(qtbot, bar)
    assert announcements[-1] == NOT_FOUND
