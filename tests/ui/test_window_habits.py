"""Habits of a desktop editor: Edit menu, zoom, help, and a Problems list that stays true."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt
from PySide6.QtTest import QTest
from PySide6.QtWidgets import QApplication, QWhatsThis

from copeditor.model import Programme, Submission
from copeditor.ui import settings
from copeditor.ui.document.field_path import FieldPath
from tests.ui.conftest import ScriptedDialogs, type_text


def menu_texts(window: Any) -> dict[str, list[str]]:
    return {
        menu.title(): [action.text() for action in menu.actions() if action.text()]
        for menu in (a.menu() for a in window.menuBar().actions())
        if menu is not None
    }


def test_menus_hold_the_habits_of_a_desktop_editor(window: Any) -> None:
    menus = menu_texts(window)
    assert menus["&Edit"][2:6] == ["Cu&t", "&Copy", "&Paste", "Select &All"]
    assert menus["&View"] == [
        "PDF &Preview",
        "Zoom &In",
        "Zoom &Out",
        "&Reset Zoom",
        "&Language",  # the interface's (tests/ui/test_languages.py)
    ]
    assert "&How to Fill In the Form" in menus["&Help"]
    for title, texts in menus.items():  # no Alt+letter twice in one menu
        letters = [t[t.index("&") + 1].lower() for t in texts if "&" in t.replace("&&", "")]
        assert len(letters) == len(set(letters)), (title, texts)
    assert not window.commands.new.icon().isNull() and not window.commands.undo.icon().isNull()


def test_cut_and_paste_from_the_edit_menu(window: Any) -> None:
    name = window.pages[0].name_field
    type_text(name, "ECPAT")
    window.commands.select_all.trigger()
    window.commands.cut.trigger()
    assert window.document.submission.organisation == ""
    window.commands.paste.trigger()
    window.commands.paste.trigger()
    assert window.document.submission.organisation == "ECPATECPAT"


def test_zoom_changes_the_form_text_and_is_remembered(window: Any, make_window: Any) -> None:
    summary = window.pages[1].editors[0].fields["summary"]
    before = summary.fontInfo().pointSizeF()
    QTest.keyClick(window.pages[0].name_field, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    window.commands.zoom_in.trigger()
    assert settings.zoom_percent() == 125
    assert summary.fontInfo().pointSizeF() > before * 1.2
    again = make_window()
    assert again.zoom.percent == 125
    window.commands.zoom_reset.trigger()
    assert settings.zoom_percent() == 100


def test_headings_and_card_titles_stand_out_and_follow_the_zoom(window: Any) -> None:
    page = window.pages[1]
    card = page.editors[0]
    summary, label = card.fields["summary"], card.labels["summary"]
    text = summary.fontInfo().pointSizeF()
    assert page.heading.fontInfo().bold() and page.heading.fontInfo().pointSizeF() > text * 1.2
    assert window.pages[0].title.fontInfo().pointSizeF() > page.heading.fontInfo().pointSizeF()
    assert card.fontInfo().bold()  # "Programme 1"
    assert not summary.fontInfo().bold() and not label.fontInfo().bold()
    assert label.fontInfo().pointSizeF() == text
    heading = page.heading.fontInfo().pointSizeF()
    window.commands.zoom_in.trigger()
    assert page.heading.fontInfo().pointSizeF() > heading
    assert summary.fontInfo().pointSizeF() > text
    page.add_programme()  # a card made after the zoom has the zoomed size too
    assert page.editors[-1].fields["summary"].fontInfo().pointSizeF() > text
    assert page.editors[-1].fontInfo().bold()
    window.commands.zoom_reset.trigger()


def test_the_guide_is_built_from_the_template(window: Any, scripted: ScriptedDialogs) -> None:
    window.commands.guide.trigger()
    ((name, html),) = scripted.calls
    assert name == "show_guide"
    assert "Identify risks and vulnerabilities to children in cyberspace" in html
    assert "Short summary (please list any relevant partners):" in html


def test_f1_explains_the_field_being_edited(window: Any, qtbot: Any) -> None:
    window.show_field(FieldPath("summary", 0, 0))
    summary = QApplication.focusWidget()
    QTest.keyClick(summary, Qt.Key.Key_F1)
    assert summary.whatsThis().startswith("Short summary (please list any relevant partners):")
    assert "partners" in summary.whatsThis()
    QWhatsThis.hideText()


def test_the_problems_list_follows_undo(window: Any, qtbot: Any) -> None:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [Programme(name="P1", summary="S")]
    window.document.replace(submission, None)
    window.add_programme()
    window.document.set_field(FieldPath("name", 0, 1), "P2")  # named, no summary: a problem
    window.check_submission()

    def texts() -> list[str]:
        listing = window.problems.list
        return [listing.item(i).text() for i in range(listing.count())]

    assert texts()[0] == "Area 1, programme 2: the short summary is empty."
    window.document.undo()  # the name goes: the programme is blank again, not a problem
    qtbot.waitUntil(lambda: "programme 2" not in " ".join(texts()))
    assert texts()[0].startswith("No problems found")


def test_complete_but_unanswered_areas_are_named_with_how_they_print(window: Any) -> None:
    submission = Submission(organisation="Org")
    submission.areas[1].programmes = [Programme(name="P", summary="S")]
    window.document.replace(submission, None)
    window.check_submission()
    (message,) = [window.problems.list.item(i).text() for i in range(window.problems.list.count())]
    assert message.startswith("No problems found: the submission is complete. Area 1 (Public")
    assert "Area 3 (Risks and vulnerabilities), Area 4 (Resources) and Area 5" in message
    assert "the PDF shows their headings and labels with no answer" in message
    settings.set_omit_empty_areas(True)
    window.check_submission()
    assert (
        window.problems.list.item(0)
        .text()
        .endswith("the PDF leaves them out (File > PDF Options).")
    )


def test_pasting_more_than_a_field_holds_is_refused_with_a_message(
    window: Any, scripted: ScriptedDialogs
) -> None:
    from copeditor.model import MAX_FIELD_CHARACTERS

    window.show_field(FieldPath("summary", 0, 0))
    summary = QApplication.focusWidget()
    type_text(summary, "Kept.")
    QApplication.clipboard().setText("x" * (MAX_FIELD_CHARACTERS + 1))
    QTest.keyClick(summary, Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    window.document.flush_edits()
    ((kind, message),) = [call for call in scripted.calls if call[0] == "error"]
    assert message.startswith("Area 1, programme 1, short summary has 100,006 characters")
    assert window.document.submission.areas[0].programmes[0].summary == "Kept."
    assert summary.toPlainText() == "Kept."


def test_add_programme_stops_at_the_most_an_area_holds(
    window: Any, scripted: ScriptedDialogs
) -> None:
    from copeditor.model import MAX_PROGRAMMES_PER_AREA

    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [
        Programme(name=f"P{n}") for n in range(MAX_PROGRAMMES_PER_AREA)
    ]
    window.document.replace(submission, None)
    window.add_programme()
    assert len(window.document.submission.areas[0].programmes) == MAX_PROGRAMMES_PER_AREA
    assert scripted.calls[-1][0] == "error" and "at most 100 programmes" in scripted.calls[-1][1]


def test_diagnostics_and_licences_are_one_click_away(
    window: Any, scripted: ScriptedDialogs
) -> None:
    window.commands.diagnostics.trigger()
    ((name, report),) = scripted.calls
    assert name == "show_report"
    lines = report.splitlines()
    assert lines[0].startswith("copeditor ") and lines[1] == "every check passed"
    assert any(line.startswith("ok    PDF of the sample") for line in lines)
    window.commands.licences.trigger()
    assert "GNU LGPL" in scripted.calls[-1][1] and "DejaVu" in scripted.calls[-1][1]


def test_compile_submissions_runs_off_the_ui_thread_and_offers_the_report(
    window: Any, scripted: ScriptedDialogs, tmp_path: Any, qtbot: Any, monkeypatch: Any
) -> None:
    from copeditor.storage import save_draft
    from copeditor.ui import system_open
    from copeditor.ui.dialogs import CompileRequest
    from tests.pdftools import all_text

    opened: list[Any] = []
    monkeypatch.setattr(system_open, "open_own_file", lambda path: opened.append(path) or True)
    inbox = tmp_path / "inbox"
    inbox.mkdir()
    for name in ("Zonta", "Alpha"):
        submission = Submission(organisation=name)
        submission.areas[0].programmes = [Programme(name=f"{name} hotline", summary="S")]
        save_draft(submission, inbox / f"{name}.json")
    (inbox / "broken.json").write_text("{", encoding="utf-8")
    report = tmp_path / "report.pdf"
    scripted.compile_requests = [
        CompileRequest([inbox], report, report.with_suffix(".csv"), "partner", "Report")
    ]
    scripted.confirmations = [True]
    window.commands.compile.trigger()
    qtbot.waitUntil(lambda: opened == [report], timeout=60000)
    text = all_text(report.read_bytes())
    assert text.index("Alpha") < text.index("Zonta")
    assert "broken.json" in [c for c in scripted.calls if c[0] == "confirm"][0][1]
    assert report.with_suffix(".csv").read_text(encoding="utf-8-sig").count("hotline") == 2


def test_an_alt_letter_no_menu_takes_types_nothing(window: Any) -> None:
    from PySide6.QtGui import QKeyEvent

    name = window.pages[0].name_field
    summary = window.pages[1].editors[0].fields["summary"]
    alt, ctrl = Qt.KeyboardModifier.AltModifier, Qt.KeyboardModifier.ControlModifier
    for field in (name, summary):
        field.setFocus()
        for modifiers, key, text in (
            (alt, Qt.Key.Key_J, "j"),  # no menu or label has J
            (alt | Qt.KeyboardModifier.ShiftModifier, Qt.Key.Key_J, "J"),
            (ctrl | alt, Qt.Key.Key_E, "€"),  # AltGr+E on Windows: typed
        ):
            for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
                QApplication.sendEvent(field, QKeyEvent(kind, key, modifiers, text))
    window.document.flush_edits()
    assert window.document.submission.organisation == "€"
    assert window.document.submission.areas[0].programmes[0].summary == "€"
