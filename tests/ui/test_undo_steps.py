"""Undo takes typing back in steps, as a word processor does, and redo answers to Ctrl+Y."""

from __future__ import annotations

from typing import Any

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form import binding
from tests.ui.conftest import type_text

CTRL = Qt.KeyboardModifier.ControlModifier
SUMMARY = FieldPath("summary", 0, 0)
NAME = FieldPath("name", 0, 0)


@pytest.fixture
def clock(monkeypatch: pytest.MonkeyPatch) -> list[float]:
    """A clock the test moves: typing is instantaneous unless the test lets time pass."""
    now = [1000.0]
    monkeypatch.setattr(binding, "clock", lambda: now[0])
    return now


def widget(window: Any, path: FieldPath) -> Any:
    window.show_field(path)
    return window.pages[1].field_widget(path)


def undo(window: Any) -> None:
    qtbot_key(window, Qt.Key.Key_Z, CTRL)


def qtbot_key(window: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
    from PySide6.QtTest import QTest

    QTest.keyClick(QApplication.focusWidget(), key, modifiers)


def summary_text(window: Any) -> str:
    window.document.flush_edits()
    return SUMMARY.read(window.document.submission)


def test_a_sentence_end_closes_a_step(window: Any, clock: list[float]) -> None:
    summary = widget(window, SUMMARY)
    type_text(summary, "One two. Three")
    assert summary_text(window) == "One two. Three"
    undo(window)
    assert summary_text(window) == "One two."
    undo(window)
    assert window.document.submission.areas[0].programmes == []


def test_enter_closes_a_step(window: Any, clock: list[float]) -> None:
    summary = widget(window, SUMMARY)
    type_text(summary, "Line one")
    qtbot_key(window, Qt.Key.Key_Return, Qt.KeyboardModifier.NoModifier)
    type_text(summary, "Line two")
    undo(window)
    assert summary_text(window).strip() == "Line one"


def test_a_long_burst_is_taken_back_a_few_words_at_a_time(window: Any, clock: list[float]) -> None:
    name = widget(window, NAME)
    words = [f"w{n}" for n in range(12)]
    type_text(name, " ".join(words))
    steps = window.document.undo_stack.count()
    assert steps == 3  # words 1-5, 6-10, 11-12
    undo(window)
    assert name.text() == " ".join(words[:10]) + " "
    undo(window)
    assert name.text() == " ".join(words[:5]) + " "


def test_a_pause_starts_a_new_step(window: Any, clock: list[float]) -> None:
    name = widget(window, NAME)
    type_text(name, "Hotline")
    clock[0] += binding.PAUSE_SECONDS + 0.5
    type_text(name, " service")
    assert window.document.undo_stack.count() == 2
    undo(window)
    assert name.text() == "Hotline"


def test_moving_the_cursor_starts_a_new_step(window: Any, clock: list[float]) -> None:
    name = widget(window, NAME)
    type_text(name, "abc")
    qtbot_key(window, Qt.Key.Key_Home, Qt.KeyboardModifier.NoModifier)
    type_text(name, "X")
    assert name.text() == "Xabc"
    undo(window)
    assert name.text() == "abc"


def test_paste_and_formatting_are_steps_of_their_own(window: Any, clock: list[float]) -> None:
    summary = widget(window, SUMMARY)
    type_text(summary, "typed")
    QApplication.clipboard().setText(" pasted")
    qtbot_key(window, Qt.Key.Key_V, CTRL)
    type_text(summary, " more")
    qtbot_key(window, Qt.Key.Key_A, CTRL)
    qtbot_key(window, Qt.Key.Key_B, CTRL)
    assert summary_text(window) == "**typed pasted more**"
    undo(window)
    assert summary_text(window) == "typed pasted more"
    undo(window)
    assert summary_text(window) == "typed pasted"
    undo(window)
    assert summary_text(window) == "typed"


@pytest.mark.parametrize(
    "key, modifiers",
    [(Qt.Key.Key_Y, CTRL), (Qt.Key.Key_Z, CTRL | Qt.KeyboardModifier.ShiftModifier)],
)
def test_redo_answers_to_ctrl_y_and_ctrl_shift_z(
    window: Any, clock: list[float], key: Qt.Key, modifiers: Qt.KeyboardModifier
) -> None:
    name = widget(window, NAME)
    type_text(name, "Helpline")
    undo(window)
    assert name.text() == ""
    qtbot_key(window, key, modifiers)
    # Redo gives the unanswered area its programme back: the tab shows it in new fields.
    assert widget(window, NAME).text() == "Helpline"


def test_undo_puts_the_cursor_where_the_text_changed(window: Any, clock: list[float]) -> None:
    summary = widget(window, SUMMARY)
    type_text(summary, "One two. Three")
    undo(window)
    assert summary.textCursor().position() == len("One two.")
    name = widget(window, NAME)
    type_text(name, "Hotline. More")
    undo(window)
    assert name.cursorPosition() == len("Hotline.")


def test_field_menus_leave_undo_to_the_window(window: Any) -> None:
    from copeditor.ui.form.fields import field_context_menu

    for path in (NAME, SUMMARY):
        menu = field_context_menu(widget(window, path).createStandardContextMenu())
        names = [action.objectName() for action in menu.actions()]
        assert "edit-undo" not in names and "edit-redo" not in names and "edit-paste" in names
        assert not menu.actions()[0].isSeparator()
        menu.deleteLater()


def test_a_long_field_is_not_converted_between_two_keystrokes(
    window: Any, clock: list[float]
) -> None:
    """Past CONVERT_AT_ONCE_LIMIT a step end waits for the pause: no whole-field conversion
    while typing; the step still ends there."""
    from copeditor.model import Programme, Submission

    submission = Submission(organisation="Org")
    long_text = "A long summary sentence. " * 500  # 12,500 characters
    submission.areas[0].programmes = [Programme(name="P", summary=long_text.strip())]
    window.document.replace(submission, None)
    summary = widget(window, SUMMARY)
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    type_text(summary, " Added. More")
    field_binding = next(b for b in summary.findChildren(binding.Binding))
    assert field_binding.pending  # typed, not yet converted to Markdown
    window.document.flush_edits()  # the pause
    type_text(summary, " later")
    undo(window)
    assert summary_text(window).endswith("Added. More")
