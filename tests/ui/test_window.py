"""The window: tabs built from the template, typing, undo across tabs, programmes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel

from copeditor.model import Programme, Submission, form_template
from copeditor.ui.dialogs import SaveChoice
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit
from tests.ui.conftest import ScriptedDialogs, type_text


def field(window: Any, path: FieldPath) -> Any:
    index = 0 if not path.in_programme else path.area_index + 1
    window.tabs.setCurrentIndex(index)
    return window.pages[index].field_widget(path)


ORGANISATION = FieldPath.organisation()


def test_tabs_follow_the_template(window: Any) -> None:
    names = [window.tabs.tabText(i) for i in range(window.tabs.count())]
    assert names == ["Organisation", *(f"{a.number} {a.short_name}" for a in form_template().areas)]
    assert window.windowTitle() == "Untitled[*] - COP Submission Editor"
    assert not window.isWindowModified()
    labels = [label.text() for label in window.pages[3].findChildren(QLabel)]
    assert form_template().heading_for(2) in labels


def test_a_new_document_starts_in_the_organisation_name(window: Any, qtbot: Any) -> None:
    qtbot.waitUntil(lambda: QApplication.focusWidget() is window.pages[0].name_field)


def test_typing_updates_the_model_and_marks_the_window_modified(window: Any, qtbot: Any) -> None:
    name = field(window, ORGANISATION)
    qtbot.keyClicks(name, "ECPAT")
    type_text(name, " Intérnational €")
    assert window.document.submission.organisation == "ECPAT Intérnational €"
    assert window.isWindowModified()
    assert window.document.undo_stack.count() == 1  # typing in one field is one step


def test_undo_and_redo_across_tabs_follow_the_edit(window: Any, qtbot: Any) -> None:
    qtbot.keyClicks(field(window, ORGANISATION), "Org")
    area2_name = field(window, FieldPath("name", 1, 0))
    qtbot.keyClicks(area2_name, "Helpline")
    assert window.document.submission.areas[1].programmes[0].name == "Helpline"

    window.tabs.setCurrentIndex(5)
    window.commands.undo.trigger()
    assert window.document.submission.areas[1].programmes == []  # unanswered again
    assert window.tabs.currentIndex() == 2
    assert area2_name.text() == ""
    window.commands.undo.trigger()
    assert window.document.submission.organisation == ""
    assert window.tabs.currentIndex() == 0
    assert QApplication.focusWidget() is window.pages[0].name_field
    assert not window.isWindowModified()

    window.commands.redo.trigger()
    window.commands.redo.trigger()
    assert window.document.submission.areas[1].programmes[0].name == "Helpline"
    assert window.tabs.currentIndex() == 2


def test_ctrl_z_in_a_field_uses_the_window_undo(window: Any, qtbot: Any) -> None:
    name = field(window, ORGANISATION)
    qtbot.keyClicks(name, "abc")
    summary = field(window, FieldPath("summary", 0, 0))
    qtbot.keyClicks(summary, "Text")
    qtbot.keyClick(summary, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.submission.areas[0].programmes == []
    qtbot.keyClick(QApplication.focusWidget(), Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.document.submission.organisation == ""
    assert name.text() == ""


def test_an_empty_area_shows_one_programme_and_stays_unanswered(window: Any, qtbot: Any) -> None:
    tab = window.pages[4]
    assert len(tab.editors) == 1
    assert window.document.submission.areas[3].programmes == []
    assert tab.unanswered_note.isVisibleTo(tab)
    qtbot.keyClicks(field(window, FieldPath("website", 3, 0)), "https://x.org")
    assert len(window.document.submission.areas[3].programmes) == 1
    assert not tab.unanswered_note.isVisibleTo(tab)


def test_add_move_and_remove_programmes_are_single_steps(
    window: Any, qtbot: Any, scripted: ScriptedDialogs
) -> None:
    tab = window.pages[1]
    qtbot.keyClicks(tab.editors[0].fields["name"], "First")
    qtbot.mouseClick(tab.add_button, Qt.MouseButton.LeftButton)
    assert len(tab.editors) == 2
    assert QApplication.focusWidget() is tab.editors[1].fields["name"]
    qtbot.keyClicks(tab.editors[1].fields["name"], "Second")
    programmes = window.document.submission.areas[0].programmes

    move_up = tab.editors[1].buttons[0]
    qtbot.mouseClick(move_up, Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.submission.areas[0].programmes] == ["Second", "First"]
    window.commands.undo.trigger()
    assert [p.name for p in window.document.submission.areas[0].programmes] == ["First", "Second"]

    scripted.confirmations = [False, True]
    remove = tab.editors[0].buttons[2]
    qtbot.mouseClick(remove, Qt.MouseButton.LeftButton)
    assert len(window.document.submission.areas[0].programmes) == 2  # cancelled
    qtbot.mouseClick(tab.editors[0].buttons[2], Qt.MouseButton.LeftButton)
    assert [p.name for p in window.document.submission.areas[0].programmes] == ["Second"]
    assert '"First"' in scripted.calls[-1][1]
    window.commands.undo.trigger()
    assert [p.name for p in window.document.submission.areas[0].programmes] == ["First", "Second"]
    assert programmes is window.document.submission.areas[0].programmes


def test_fields_have_labels_tooltips_and_accessible_names(window: Any) -> None:
    editor = window.pages[2].editors[0]
    for widget in editor.fields.values():
        assert widget.toolTip()
    # A screen reader says what the screen shows (the only programme: no number).
    assert editor.fields["name"].accessibleName() == "Name of the program related to Area 2 :"
    assert editor.fields["summary"].accessibleName() == (
        "Short summary (please list any relevant partners):"
    )
    window.document.add_programme(1)  # two programmes now: each says which it is
    second = window.pages[2].editors[1]
    assert second.fields["additional_information"].accessibleName() == (
        "Additional information if any : (programme 2)"
    )
    labels = {label.buddy(): label.text() for label in editor.findChildren(QLabel) if label.buddy()}
    assert labels[editor.fields["name"]] == "&Name of the program related to Area 2 :"
    assert labels[editor.fields["summary"]].startswith("&Short summary")
    assert isinstance(editor.fields["summary"], RichTextEdit)
    assert isinstance(editor.fields["website"], FieldLineEdit)


def test_keyboard_order_runs_through_the_programme(window: Any) -> None:
    def next_tab_stop(widget: Any) -> Any:
        widget = widget.nextInFocusChain()
        while not (
            widget.focusPolicy() & Qt.FocusPolicy.TabFocus
            and widget.isVisible()
            and widget.isEnabled()
        ):
            widget = widget.nextInFocusChain()
        return widget

    window.tabs.setCurrentIndex(1)
    editor = window.pages[1].editors[0]
    chain = [editor.fields["name"]]
    for _ in range(4):
        chain.append(next_tab_stop(chain[-1]))
    expected = [editor.fields[f] for f in ("name", "website", "summary", "additional_information")]
    # The placeholder programme has nothing to move or remove: its buttons are disabled.
    assert chain == [*expected, window.pages[1].add_button]
    assert editor.fields["summary"].tabChangesFocus()


def test_website_is_checked_as_you_type_and_kept_as_written(window: Any, qtbot: Any) -> None:
    editor = window.pages[1].editors[0]
    website = editor.fields["website"]
    qtbot.keyClicks(website, "ftp://example.org")
    assert editor.website_warning.isVisibleTo(editor)
    for written in ("www.example.org", "example.org"):  # both stand for http://...
        website.clear()
        qtbot.keyClicks(website, written)
        assert not editor.website_warning.isVisibleTo(editor)
        website.setFocus()
        qtbot.keyClick(website, Qt.Key.Key_Tab)
        # Printed as written, linked in full (the template shows www.ecpat.net).
        assert window.document.submission.areas[0].programmes[0].website == written
        assert website.text() == written


def test_tabs_show_how_complete_they_are(window: Any, qtbot: Any) -> None:
    bar = window.tabs.tabBar()
    assert bar.accessibleTabName(0) == "Organisation, empty"
    qtbot.keyClicks(field(window, ORGANISATION), "Org")
    qtbot.keyClicks(field(window, FieldPath("name", 0, 0)), "Programme")
    window.tab_status.update_now()
    assert bar.accessibleTabName(0) == "Organisation, complete"
    assert bar.accessibleTabName(1) == "Area 1: Public awareness, partly filled"
    qtbot.keyClicks(field(window, FieldPath("summary", 0, 0)), "What we do.")
    qtbot.waitUntil(lambda: bar.accessibleTabName(1) == "Area 1: Public awareness, complete")
    assert not bar.tabIcon(1).isNull()


def test_check_submission_lists_problems_and_jumps_to_the_field(window: Any, qtbot: Any) -> None:
    qtbot.keyClicks(field(window, FieldPath("summary", 2, 0)), "A summary without a name")
    problems = window.check_submission()
    messages = [p.message for p in problems]
    assert messages == [
        "The partner organisation is not named.",
        "Area 3, programme 1: the programme has no name.",
    ]
    assert window.problems.isVisible()
    item = window.problems.list.item(1)
    window.problems.list.itemActivated.emit(item)
    assert window.tabs.currentIndex() == 3
    assert QApplication.focusWidget() is window.pages[3].editors[0].fields["name"]


def test_status_bar_counts_words(window: Any, qtbot: Any) -> None:
    summary = field(window, FieldPath("summary", 0, 0))
    summary.setFocus()
    qtbot.keyClicks(summary, "one two three")
    qtbot.waitUntil(lambda: "Submission: 3 words" in window.word_count_label.text())
    assert "This field: 3 words" in window.word_count_label.text()


def test_typing_into_the_empty_programme_enables_its_remove_button(window: Any, qtbot: Any) -> None:
    editor = window.pages[2].editors[0]
    remove = editor.buttons[2]
    assert not remove.isEnabled()
    qtbot.keyClicks(editor.fields["name"], "Reports")
    assert remove.isEnabled()
    window.commands.undo.trigger()
    assert not window.pages[2].editors[0].buttons[2].isEnabled()


def test_fields_pass_the_window_shortcuts_on(window: Any, qtbot: Any) -> None:
    from PySide6.QtCore import QEvent
    from PySide6.QtGui import QKeyEvent

    for widget in (window.pages[0].name_field, window.pages[1].editors[0].fields["summary"]):
        for key in (Qt.Key.Key_Z, Qt.Key.Key_K):
            event = QKeyEvent(
                QEvent.Type.ShortcutOverride, key, Qt.KeyboardModifier.ControlModifier
            )
            QApplication.sendEvent(widget, event)
            assert not event.isAccepted(), (widget, key)
        event = QKeyEvent(
            QEvent.Type.ShortcutOverride, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier
        )
        QApplication.sendEvent(widget, event)
        assert event.isAccepted()  # select-all stays the field's own


def test_prose_reaches_the_model_when_typing_pauses(window: Any, qtbot: Any) -> None:
    editor = field(window, FieldPath("summary", 0, 0))
    qtbot.keyClicks(editor, "Draft text")
    assert window.isWindowModified()  # at once, though the model has not seen it yet
    assert window.document.submission.areas[0].programmes == []
    qtbot.waitUntil(lambda: bool(window.document.submission.areas[0].programmes))
    assert window.document.submission.areas[0].programmes[0].summary == "Draft text"


def test_undo_right_after_typing_prose_takes_the_typing_back(window: Any, qtbot: Any) -> None:
    editor = field(window, FieldPath("summary", 0, 0))
    qtbot.keyClicks(editor, "Oops")
    window.commands.undo.trigger()
    assert field(window, FieldPath("summary", 0, 0)).markdown() == ""  # the tab was rebuilt
    assert window.document.submission.areas[0].programmes == []
    assert not window.isWindowModified()


def test_adding_a_programme_keeps_typing_not_yet_in_the_model(window: Any, qtbot: Any) -> None:
    summary = field(window, FieldPath("summary", 0, 0))
    qtbot.keyClicks(summary, "Typed just now")
    window.commands.add_programme.trigger()  # a shortcut: the focus never left the field
    assert window.document.submission.areas[0].programmes[0].summary == "Typed just now"
    assert len(window.pages[1].editors) == 2


def test_quit_and_discard_leaves_no_error_behind(
    make_window: Any, scripted: ScriptedDialogs, qtbot: Any, capfd: Any
) -> None:
    window = make_window()
    qtbot.keyClicks(window.pages[0].name_field, "Unsaved")
    scripted.save_choices = [SaveChoice.DISCARD]
    window.commands.quit.trigger()
    assert not window.isVisible()
    window.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert "Error" not in capfd.readouterr().err


def test_tab_reaches_every_field_and_every_stop_has_a_name(window: Any, qtbot: Any) -> None:
    """As a keyboard user: Tab through each page; no stop is nameless, no field is missed."""
    from PySide6.QtGui import QAccessible
    from PySide6.QtTest import QTest

    window.document.add_programme(0)  # two programmes on the first area page
    for index in range(len(window.pages)):  # every page
        window.tabs.setCurrentIndex(index)
        page = window.pages[index]
        fields = (
            [w for editor in page.editors for w in editor.fields.values()]
            if index
            else [page.name_field]
        )
        fields[0].setFocus()
        stops: list[Any] = []
        for _ in range(60):
            focused = QApplication.focusWidget()
            if focused in stops:
                break
            stops.append(focused)
            QTest.keyClick(focused, Qt.Key.Key_Tab)
        names = {
            stop: QAccessible.queryAccessibleInterface(stop).text(QAccessible.Text.Name)
            for stop in stops
        }
        assert all(names.values()), [type(s).__name__ for s, n in names.items() if not n]
        assert set(fields) <= set(stops)
        # The tabs, with each one's state, are a stop too: the way to the other pages.
        assert window.tabs.tabBar() in stops and window.tabs not in stops


def test_moving_a_programme_moves_the_focus_once(window: Any, qtbot: Any) -> None:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [Programme(name="A"), Programme(name="B")]
    window.document.replace(submission, None)
    window.tabs.setCurrentIndex(1)
    page = window.pages[1]
    page.editors[0].buttons[1].setFocus()  # Move Down on the first programme
    seen: list[Any] = []
    QApplication.instance().focusChanged.connect(lambda old, new: seen.append(new))
    page.editors[0].buttons[1].click()
    assert [p.name for p in window.document.submission.areas[0].programmes] == ["B", "A"]
    assert page.add_button not in seen  # no stop on Add Programme on the way
    assert QApplication.focusWidget() is page.editors[1].fields["name"]


def test_the_problems_list_is_reached_with_f7_not_tab(window: Any) -> None:
    window.check_submission()
    assert QApplication.focusWidget() is window.problems.list
    assert window.problems.list.focusPolicy() == Qt.FocusPolicy.ClickFocus


def test_a_replaced_programme_card_no_longer_follows_the_document(window: Any) -> None:
    old = window.pages[1].editors[0].fields["summary"]
    submission = Submission()
    submission.areas[0].programmes.append(Programme(name="Hotline"))
    window.document.replace(submission, None)  # the tab is rebuilt; the old card goes later
    window.document.set_field(FieldPath("summary", 0, 0), "Reports from children")
    assert window.pages[1].editors[0].fields["summary"].toPlainText() == "Reports from children"
    assert old.toPlainText() == ""  # a 100-page summary would be laid out again, unseen


def test_removing_a_programme_leaves_the_focus_where_it_was(
    window: Any, scripted: ScriptedDialogs
) -> None:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [Programme(name=n) for n in ("A", "B", "C")]
    window.document.replace(submission, None)
    window.tabs.setCurrentIndex(1)
    page = window.pages[1]
    scripted.confirmations += [True, True, True]
    page.editors[1].buttons[2].click()  # Remove "B": "C" takes its place
    assert QApplication.focusWidget() is page.editors[1].fields["name"]
    assert page.editors[1].fields["name"].text() == "C"
    page.editors[1].buttons[2].click()  # Remove "C", the last: the one before it
    assert QApplication.focusWidget() is page.editors[0].fields["name"]
    page.editors[0].buttons[2].click()  # Remove "A": the area's empty card
    assert QApplication.focusWidget() is page.editors[0].fields["name"]
    assert window.document.submission.areas[0].programmes == []


def test_a_field_given_the_focus_out_of_view_is_scrolled_into_view(window: Any) -> None:
    submission = Submission(organisation="Org")
    long_text = "Text. " * 200
    submission.areas[0].programmes = [Programme(name=f"P{n}", summary=long_text) for n in range(4)]
    window.document.replace(submission, None)
    window.resize(900, 500)
    window.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    page = window.pages[1]
    last = page.editors[3].fields["name"]
    assert not page._shows(last)
    window.pages[0].name_field.setFocus()
    last.setFocus()  # as Ctrl+Tab gives a page back its last focus
    QApplication.processEvents()
    assert page._shows(last)
