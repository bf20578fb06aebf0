"""The status bar's counts: the field being edited and the whole submission, without markup."""

from __future__ import annotations

from typing import Any

from copeditor.model import Programme, Submission
from copeditor.ui.document.field_path import FieldPath


def test_counts_follow_the_field_and_leave_out_markdown(window: Any, qtbot: Any) -> None:
    submission = Submission(organisation="Child Net")
    submission.areas[0].programmes.append(
        Programme(name="Helpline", summary="We **answer** [calls](https://example.org/a/b).")
    )
    window.document.replace(submission, None)
    label = window.word_count_label
    # Organisation 2 words, 9 characters; name 1, 8; summary "We answer calls." 3, 16.
    total = "Submission: 6 words, 33 characters"
    qtbot.waitUntil(lambda: label.text() == f"This field: 2 words, 9 characters    {total}")
    window.tabs.setCurrentIndex(1)
    summary = window.pages[1].field_widget(FieldPath("summary", 0, 0))
    summary.setFocus()
    qtbot.waitUntil(lambda: label.text().startswith("This field: 3 words, 16 characters"))
    summary.moveCursor(summary.textCursor().MoveOperation.End)
    qtbot.keyClicks(summary, " Daily")
    summary.step_ended.emit()  # as leaving the field does: the typing reaches the document
    qtbot.waitUntil(
        lambda: (
            label.text()
            == "This field: 4 words, 22 characters    Submission: 7 words, 39 characters"
        )
    )
    assert label.accessibleName() == label.text()
    window.find_bar.open_find()  # no field has the keyboard: the submission alone
    assert label.text() == "Submission: 7 words, 39 characters"
