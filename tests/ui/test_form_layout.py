"""The form reads like a document: fields grow with their text, the page scrolls as one, and
a new programme is brought into view."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from copeditor.model import Programme, Submission
from copeditor.ui.document.field_path import FieldPath
from tests.ui.conftest import type_text


def visible_in_page(page: Any, widget: Any) -> bool:
    top = widget.mapTo(page.viewport(), widget.rect().topLeft()).y()
    return top >= 0 and top + widget.height() <= page.viewport().height()


def three_long_programmes(window: Any) -> None:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [
        Programme(name=f"P{n}", summary="A long summary line. " * 120) for n in range(3)
    ]
    window.document.replace(submission, None)
    window.resize(1000, 700)
    window.tabs.setCurrentIndex(1)


def test_add_programme_by_key_brings_the_new_programme_into_view(window: Any, qtbot: Any) -> None:
    three_long_programmes(window)
    page = window.pages[1]
    QTestKeys.press(
        window,
        Qt.Key.Key_N,
        Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier,
    )
    new_name = page.editors[-1].fields["name"]
    qtbot.waitUntil(lambda: visible_in_page(page, new_name))
    assert QApplication.focusWidget() is new_name
    type_text(new_name, "Fourth")
    qtbot.wait(20)
    assert visible_in_page(page, new_name)
    assert window.document.submission.areas[0].programmes[3].name == "Fourth"


def test_prose_fields_grow_with_their_text_and_the_page_scrolls(window: Any, qtbot: Any) -> None:
    three_long_programmes(window)
    page = window.pages[1]
    summary = page.editors[0].fields["summary"]
    empty_extra = page.editors[0].fields["additional_information"]
    qtbot.waitUntil(lambda: summary.height() > 4 * empty_extra.height())
    assert summary.verticalScrollBar().maximum() == 0  # no scroll bar of its own: all shown
    assert page.verticalScrollBar().maximum() > 0  # the page scrolls instead
    lines = empty_extra.fontMetrics().lineSpacing()
    assert empty_extra.height() >= 3 * lines  # a few lines, even when empty


def test_typing_at_the_end_of_a_long_summary_keeps_the_cursor_on_screen(
    window: Any, qtbot: Any
) -> None:
    three_long_programmes(window)
    window.show_field(FieldPath("summary", 0, 2))
    summary = window.pages[1].editors[2].fields["summary"]
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    page = window.pages[1]

    def cursor_on_screen() -> bool:
        cursor = summary.cursorRect()
        y = summary.viewport().mapTo(page.viewport(), cursor.center()).y()
        return 0 <= y <= page.viewport().height()

    for _ in range(5):  # new lines: the field grows under the cursor
        type_text(summary, " The end of a long summary, and more of it.")
        qtbot.waitUntil(cursor_on_screen)


class QTestKeys:
    @staticmethod
    def press(window: Any, key: Qt.Key, modifiers: Qt.KeyboardModifier) -> None:
        from PySide6.QtTest import QTest

        QTest.keyClick(QApplication.focusWidget() or window, key, modifiers)
