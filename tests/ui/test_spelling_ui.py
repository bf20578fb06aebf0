"""Spelling in the editor: underlines, suggestions, Ignore All, Add to Dictionary, language."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtGui import QTextCharFormat
from PySide6.QtWidgets import QMenu

from copeditor.model import Programme, Submission
from copeditor.ui import settings
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.spelling.service import SpellService

SPELL = QTextCharFormat.UnderlineStyle.SpellCheckUnderline


def open_with(
    window: Any, qtbot: Any, summary: str, name: str = "Hotline", language: str = "en-GB"
) -> Any:
    submission = Submission(organisation="Org", language=language)
    submission.areas[0].programmes = [Programme(name=name, summary=summary)]
    window.document.replace(submission, None)
    qtbot.waitUntil(lambda: window.spelling.checker is not None, timeout=10000)
    return window.pages[1].editors[0]


def underlined(editor: Any, field: str = "summary") -> list[str]:
    widget = editor.fields[field]
    words = []
    block = widget.document().begin()
    while block.isValid():
        for span in block.layout().formats():
            if span.format.underlineStyle() == SPELL:
                words.append(block.text()[span.start : span.start + span.length])
        block = block.next()
    return words


def test_unknown_words_are_underlined_and_known_ones_are_not(window: Any, qtbot: Any) -> None:
    editor = open_with(
        window,
        qtbot,
        "The **programme** helps organisations recieve reports.",
        name="Helpline progamme",
    )
    qtbot.waitUntil(lambda: underlined(editor) == ["recieve"])  # British: programme, organisations
    assert editor.fields["name"].spelling.misspelled("Helpline progamme") == [(9, 8)]
    assert not window.isWindowModified()  # underlines are not edits
    window.document.flush_edits()
    assert "recieve" in window.document.submission.areas[0].programmes[0].summary
    assert window.document.submission.areas[0].programmes[0].summary.startswith("The **programme**")


def test_a_suggestion_replaces_the_word_keeping_its_format_in_one_undo_step(
    window: Any, qtbot: Any
) -> None:
    editor = open_with(window, qtbot, "We **recieve** reports.")
    summary = editor.fields["summary"]
    menu = QMenu()
    text = summary.document().begin().text()
    window.spelling.add_suggestions(
        menu, text, text.index("recieve") + 2, summary._replace_in_block
    )
    labels = [action.text() for action in menu.actions()]
    assert labels[0] == "receive" and "&Ignore All" in labels and "Add to &Dictionary" in labels
    menu.actions()[0].trigger()
    window.document.flush_edits()
    assert window.document.submission.areas[0].programmes[0].summary == "We **receive** reports."
    window.document.undo()
    assert window.document.submission.areas[0].programmes[0].summary == "We **recieve** reports."
    menu.deleteLater()


def test_ignore_all_and_add_to_dictionary(window: Any, qtbot: Any, make_window: Any) -> None:
    editor = open_with(window, qtbot, "Zorblat and Quonkle work together.")
    qtbot.waitUntil(lambda: underlined(editor) == ["Zorblat", "Quonkle"])
    window.spelling.ignore_all("Zorblat")
    window.spelling.add_to_dictionary("Quonkle")
    qtbot.waitUntil(lambda: underlined(editor) == [])
    words = (settings.spelling_folder() / "personal-words.txt").read_text(encoding="utf-8")
    assert "Quonkle" in words.split()
    other = SpellService(settings.spelling_folder())  # the next run of the editor
    other.set_language("en-GB")
    qtbot.waitUntil(lambda: other.checker is not None, timeout=10000)
    assert other.misspelled("Zorblat Quonkle") == [(0, 7)]  # ignored for one run only
    other.close()
    other.deleteLater()


def test_the_language_box_picks_the_dictionary_and_is_undone(window: Any, qtbot: Any) -> None:
    editor = open_with(window, qtbot, "La protection de l'enfance contre l'exploitaton.")
    qtbot.waitUntil(lambda: "l'exploitaton" in underlined(editor))  # English: all French
    box = window.pages[0].language_box
    box.activated.emit(box.findData("fr-FR"))
    assert window.document.submission.language == "fr-FR"
    qtbot.waitUntil(
        lambda: window.spelling.checker is not None and window.spelling.language == "fr-FR",
        timeout=10000,
    )
    qtbot.waitUntil(lambda: underlined(editor) == ["l'exploitaton"])
    window.document.undo()
    assert window.document.submission.language == "en-GB"
    assert box.currentData() == "en-GB"


def test_a_language_without_dictionary_turns_spelling_off_with_one_message(
    window: Any, qtbot: Any
) -> None:
    submission = Submission(organisation="Org", language="zh-CN")
    submission.areas[0].programmes = [Programme(name="名称", summary="Recieve")]
    window.document.replace(submission, None)
    qtbot.waitUntil(lambda: "Spelling is off" in window.statusBar().currentMessage(), timeout=10000)
    assert "zh-CN" in window.statusBar().currentMessage()
    assert underlined(window.pages[1].editors[0]) == []
    assert window.pages[0].language_box.currentText() == "zh-CN (no spelling dictionary)"


def test_spelling_fields_are_the_checked_ones(window: Any, qtbot: Any, tmp_path: Path) -> None:
    editor = open_with(window, qtbot, "Fine.")
    assert editor.fields["website"].spelling is None  # addresses are not words
    assert window.pages[0].name_field.spelling is None
    assert window.pages[0].field_widget(FieldPath("language")) is window.pages[0].language_box


def test_check_submission_lists_unknown_words_and_jumps_to_them(window: Any, qtbot: Any) -> None:
    from PySide6.QtWidgets import QApplication

    open_with(window, qtbot, "Children **recieve** help.", name="Helpline")
    window.check_submission()
    item = window.problems.list.item(0)
    assert item.text() == "Area 1, programme 1, short summary: unknown word \u201crecieve\u201d"
    window.problems.list.itemActivated.emit(item)
    focused = QApplication.focusWidget()
    assert focused is window.pages[1].editors[0].fields["summary"]
    assert focused.textCursor().selectedText() == "recieve"


def test_a_new_dictionary_marks_the_draft_a_slice_at_a_time_the_edited_field_first(
    window: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from copeditor.ui.spelling import underlines

    summary = "\n\n".join(f"Paragraph {n} with a tipo." for n in range(40))
    editor = open_with(window, qtbot, summary)
    qtbot.waitUntil(lambda: len(underlined(editor)) == 40)
    edited = editor.fields["additional_information"]
    edited.setFocus()
    monkeypatch.setattr(underlines, "SLICE_SECONDS", 0.0)  # one paragraph per slice
    underlines.refresh(window.tabs)
    refresher = window.tabs.findChild(underlines._Refresher)
    assert refresher is not None
    assert refresher.queue[0][0].document() is edited.document()
    assert len(refresher.queue) > 40  # nothing marked yet: the window goes on meanwhile
    qtbot.waitUntil(lambda: not refresher.queue, timeout=10000)
    assert len(underlined(editor)) == 40
    # French: every word of the English text is unknown now, found paragraph by paragraph.
    window.document.set_field(FieldPath("language", None, None), "fr-FR")
    qtbot.waitUntil(lambda: len(underlined(editor)) > 40, timeout=10000)


def test_a_window_closed_before_its_first_dictionary_loads_closes_cleanly(qtbot: Any) -> None:
    service = SpellService(None)
    service.set_language("en-GB")  # the load waits for the window to appear
    service.close()
    qtbot.wait(400)  # past the delay: nothing is started on the closed worker
    assert service.checker is None
    service.deleteLater()
