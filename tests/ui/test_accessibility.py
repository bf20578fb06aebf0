"""What Qt's accessibility interface tells a screen reader: names, roles, states and relations
of every field, button and tab, the headings, the website's warning and the message boxes."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QAccessible, QAccessibleInterface, QColor, QPalette
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QDialog,
    QLabel,
    QMessageBox,
    QWhatsThis,
    QWidget,
)

from copeditor.model import form_template
from copeditor.ui.dialogs import forms, messages
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.accessible import FieldNote
from copeditor.ui.form.look import contrast, warning_colour

Role = QAccessible.Role
Relation = QAccessible.RelationFlag
NAME = QAccessible.Text.Name
DESCRIPTION = QAccessible.Text.Description


def accessible(widget: QWidget) -> QAccessibleInterface:
    interface = QAccessible.queryAccessibleInterface(widget)
    assert interface is not None and interface.isValid()
    return interface


def related(widget: QWidget, relation: Relation) -> list[Any]:
    return [other.object() for other, kind in accessible(widget).relations(relation)]


def editors(window: Any) -> list[Any]:
    return [editor for page in window.pages[1:] for editor in page.editors]


def all_fields(window: Any) -> list[QWidget]:
    fields = [window.pages[0].name_field]
    for page in window.pages[1:]:
        fields += [field for editor in page.editors for field in editor.fields.values()]
    return fields


def test_every_field_is_named_labelled_described_and_editable(window: Any) -> None:
    window.document.add_programme(2)  # an area with two programmes: numbered names
    fields = all_fields(window)
    assert len(fields) == 1 + 4 * (len(form_template().areas) + 1)
    for field in fields:
        interface = accessible(field)
        assert interface.role() == Role.EditableText
        state = interface.state()
        assert state.focusable and state.editable and not state.readOnly
        # Its label, and in a programme also the card ("Programme 2") around it.
        labels = related(field, Relation.Label)
        (label,) = [label for label in labels if isinstance(label, QLabel)]
        assert label.buddy() is field
        assert len(labels) == (2 if field is not window.pages[0].name_field else 1)
        shown = label.text().replace("&", "")
        name = interface.text(NAME)
        assert name == shown or name.startswith(shown + " (programme "), (name, shown)
        assert "&" not in name
        description = interface.text(DESCRIPTION)
        assert description.endswith(field.toolTip()) and field.toolTip()
        # Qt has no "required" state: the fields the checks ask for say so in words.
        assert description.startswith("Required. ") == (
            field is window.pages[0].name_field
            or any(field in (e.fields["name"], e.fields["summary"]) for e in editors(window))
        ), (name, description)
        assert field in related(label, Relation.Labelled)


def test_every_button_and_tab_is_named(window: Any) -> None:
    buttons = window.findChildren(QAbstractButton)  # on every page, shown or not
    assert len(buttons) > 20
    for button in buttons:
        interface = accessible(button)
        assert interface.text(NAME).strip(), button.objectName() or type(button).__name__
        assert "&" not in interface.text(NAME)
    bar = accessible(window.tabs.tabBar())
    assert bar.role() == Role.PageTabList
    tabs = [bar.child(index) for index in range(window.tabs.count())]
    assert [tab.role() for tab in tabs] == [Role.PageTab] * window.tabs.count()
    assert [tab.text(NAME) for tab in tabs] == [
        window.tabs.tabBar().accessibleTabName(index) for index in range(window.tabs.count())
    ]
    assert all(", " in tab.text(NAME) for tab in tabs)  # the page's state as words


def test_every_focus_stop_of_the_window_has_a_name(window: Any) -> None:
    """All pages, the find bar and the docks: what Tab or a click can focus is named."""
    window.find_bar.show()
    window.check_submission()
    stops = [
        widget
        for widget in window.findChildren(QWidget)
        if widget.focusPolicy() != Qt.FocusPolicy.NoFocus and not widget.isWindow()
    ]
    nameless = [type(w).__name__ for w in stops if not accessible(w).text(NAME).strip()]
    assert nameless == []


def test_titles_are_headings(window: Any) -> None:
    title = accessible(window.pages[0].title)
    assert title.role() == Role.Heading
    assert title.text(NAME) == window.pages[0].title.text() != ""
    for index, page in enumerate(window.pages[1:]):
        heading = accessible(page.heading)
        assert heading.role() == Role.Heading
        assert heading.text(NAME) == form_template().heading_for(index)
    assert accessible(window.pages[0].subtitle).role() == Role.StaticText


def test_the_website_warning_describes_its_field(window: Any, qtbot: Any) -> None:
    editor = window.pages[1].editors[0]
    website = editor.fields["website"]
    warning = editor.website_warning
    assert isinstance(warning, FieldNote)
    assert related(warning, Relation.Described) == [website]
    assert accessible(website).text(DESCRIPTION) == website.toolTip()
    qtbot.keyClicks(website, "not a web address")
    assert warning.isVisibleTo(editor)
    assert accessible(website).text(DESCRIPTION) == warning.text()
    assert accessible(warning).text(NAME) == warning.text()
    website.clear()
    qtbot.keyClicks(website, "www.example.org")
    assert accessible(website).text(DESCRIPTION) == website.toolTip()


def _answer_when_shown(check: Any) -> None:
    """Inspect the dialog that is about to open, then close it."""

    def inspect() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
        if not dialog.isVisible():
            QTimer.singleShot(20, inspect)
            return
        try:
            check(dialog)
        finally:
            dialog.reject()

    QTimer.singleShot(0, inspect)


def test_the_save_prompt_reads_as_it_shows(qtbot: Any) -> None:
    seen: list[Any] = []

    def check(box: QMessageBox) -> None:
        interface = accessible(box)
        seen.append(interface.text(DESCRIPTION))
        icon = box.findChild(QLabel, "qt_msgboxex_icon_label")
        seen.append(accessible(icon).text(NAME))
        group = accessible(box.findChild(QWidget, "qt_msgbox_buttonbox"))
        spoken = [group.child(i).text(NAME) for i in range(group.childCount())]
        shown = sorted(box.buttons(), key=lambda button: button.x())
        seen.append((spoken, [button.text().replace("&", "") for button in shown]))

    _answer_when_shown(check)
    messages.ask_save_changes(None, "draft.json")
    description, icon_name, (spoken, shown) = seen
    assert description == (
        'Save the changes to "draft.json" before closing?\n'
        "Your changes will be lost if you don't save them."
    )
    assert icon_name == "Warning"
    assert spoken == shown


def test_a_prompt_from_a_programme_is_not_labelled_by_it(window: Any) -> None:
    editor = window.pages[1].editors[0]
    labels: list[Any] = []
    _answer_when_shown(lambda box: labels.extend(related(box, Relation.Label)))
    messages.confirm(editor.buttons[2], "Remove Programme", "Remove it?", "Remove")
    assert labels == []


def test_the_link_dialog_names_its_fields_without_ampersands(window: Any) -> None:
    summary = window.pages[1].editors[0].fields["summary"]
    names: list[str] = []

    def check(dialog: QDialog) -> None:
        assert related(dialog, Relation.Label) == []
        for widget in dialog.findChildren(QWidget):
            name = accessible(widget).text(NAME)
            if name:
                names.append(name)

    _answer_when_shown(check)
    assert forms.ask_link(summary, "", "", lambda text: text) is None
    assert {"Link text", "Link address", "Text:", "Address:"} <= set(names)
    assert [name for name in names if "&" in name] == []


def test_the_warning_red_reads_in_light_dark_and_grey_themes() -> None:
    def theme(background: str, text: str) -> QPalette:
        palette = QPalette()
        palette.setColor(QPalette.ColorRole.Window, QColor(background))
        palette.setColor(QPalette.ColorRole.WindowText, QColor(text))
        return palette

    for background, text in (("#ffffff", "#000000"), ("#000000", "#ffffff"), ("#777777", "#000")):
        red = warning_colour(theme(background, text))
        assert contrast(red, QColor(background)) >= 4.5, (background, red.name())
    assert warning_colour(theme("#ffffff", "#000000")).name() == "#b00020"
    assert warning_colour(theme("#121212", "#ffffff")).name() == "#ff8a80"
    assert warning_colour(theme("#777777", "#000000")).name() == "#000000"  # neither red reads


def test_the_website_warning_follows_a_dark_theme(window: Any, qtbot: Any) -> None:
    editor = window.pages[1].editors[0]
    qtbot.keyClicks(editor.fields["website"], "not a web address")
    shown = editor.website_warning.palette().color(QPalette.ColorRole.WindowText)
    assert shown.name() == "#b00020"
    dark = QPalette(editor.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    editor.setPalette(dark)
    shown = editor.website_warning.palette().color(QPalette.ColorRole.WindowText)
    assert shown.name() == "#ff8a80"
    assert "#ff8a80" in editor.fields["website"].styleSheet()


def test_the_first_window_fits_a_screen_scaled_to_200_percent() -> None:
    from PySide6.QtCore import QSize

    from copeditor.ui.settings import first_window_size

    assert first_window_size(QSize(1920, 1040)) == QSize(1100, 780)
    # QT_SCALE_FACTOR=2 on 1920x1080: the window was 1100x780 of a 960x520 room, its status
    # bar and right side off the screen.
    assert first_window_size(QSize(960, 520)) == QSize(864, 468)


def test_only_the_field_reports_the_focus_not_its_viewport(window: Any, qtbot: Any) -> None:
    summary = window.pages[1].editors[0].fields["summary"]
    window.tabs.setCurrentIndex(1)
    summary.setFocus()
    qtbot.waitUntil(summary.hasFocus)
    interface = accessible(summary)
    assert interface.state().focused
    children = [interface.child(index) for index in range(interface.childCount())]
    assert children and not any(child.state().focused for child in children)


def test_the_problems_list_reports_focus_only_while_it_has_it(window: Any, qtbot: Any) -> None:
    window.check_submission()
    problems = window.problems.list
    assert problems.hasFocus() and problems.currentRow() == 0
    item = accessible(problems).child(0)
    assert item.state().focused and item.text(NAME) == "The partner organisation is not named."
    window.show_field(FieldPath.organisation())
    qtbot.waitUntil(lambda: not problems.hasFocus())
    assert not any(
        accessible(problems).child(index).state().focused
        for index in range(accessible(problems).childCount())
    )
    assert problems.item(0).isSelected()  # still shown where the user was
    problems.setFocus()
    qtbot.waitUntil(problems.hasFocus)
    assert problems.currentRow() == 0


def test_links_are_underlined_not_only_coloured(window: Any) -> None:
    from copeditor.model import Programme, Submission

    summary = "See [the site](https://example.org) and **more**."
    submission = Submission(organisation="Org")
    submission.areas[0].programmes = [Programme(name="A", summary=summary)]
    window.document.replace(submission, None)
    field = window.pages[1].editors[0].fields["summary"]
    formats = []
    block = field.document().begin()
    iterator = block.begin()
    while not iterator.atEnd():
        fragment = iterator.fragment()
        formats.append((fragment.text(), fragment.charFormat().fontUnderline()))
        iterator += 1
    assert ("the site", True) in formats
    assert ("See ", False) in formats
    assert field.markdown() == summary  # the underline is the look, not the text
    assert not window.document.is_modified
    assert window.document.undo_stack.count() == 0


def test_the_closed_language_list_reports_no_focused_item(window: Any) -> None:
    box = window.pages[0].language_box
    box.setCurrentIndex(2)
    items = accessible(box.view())
    assert items.childCount() >= 6
    assert not any(items.child(i).state().focused for i in range(items.childCount()))
    assert box.currentIndex() == 2


def test_the_preview_problems_heading_follows_a_dark_theme(qtbot: Any) -> None:
    from copeditor.ui.preview.panel import PreviewPanel

    panel = PreviewPanel()
    qtbot.addWidget(panel)
    assert "#b00020" in panel.problems_label.styleSheet()
    dark = QPalette(panel.palette())
    dark.setColor(QPalette.ColorRole.Window, QColor("#202020"))
    dark.setColor(QPalette.ColorRole.WindowText, QColor("#f0f0f0"))
    panel.setPalette(dark)
    assert "#ff8a80" in panel.problems_label.styleSheet()


def test_each_menu_is_named_after_its_title(window: Any) -> None:
    names = [
        QAccessible.queryAccessibleInterface(action.menu()).text(QAccessible.Text.Name)
        for action in window.menuBar().actions()
        if action.menu() is not None
    ]
    assert names == ["File", "Edit", "View", "Format", "Tools", "Help"]


def test_f7_and_f1_are_said_by_a_screen_reader(window: Any, announcements: list[str]) -> None:
    window.check_submission()  # an empty draft: the organisation is missing, and more
    assert announcements and announcements[-1].endswith("problems found")
    name = window.pages[0].name_field
    name.setFocus()
    window.show_field_help()
    assert announcements[-1] == name.whatsThis()
    QWhatsThis.hideText()


def test_the_guide_is_read_with_the_arrow_keys(window: Any) -> None:
    from PySide6.QtWidgets import QDialog, QTextBrowser

    forms.show_guide(window, "How to Fill In the Form", "<h2>Title</h2><p>One.</p><p>Two.</p>")
    dialog = window.findChild(QDialog)
    browser = dialog.findChild(QTextBrowser)
    assert browser.textInteractionFlags() & Qt.TextInteractionFlag.TextSelectableByKeyboard
    assert dialog.focusWidget() is browser  # the keyboard's place once the guide is active
    dialog.close()


def test_every_panel_open_still_fits_a_laptop_screen_at_200_percent(window: Any) -> None:
    """1600 pixels at QT_SCALE_FACTOR=2 are 800 of Qt's: the window may not need more."""
    window.find_bar.open_replace()
    window.preview.show()
    window.check_submission()
    QApplication.processEvents()
    assert window.minimumSizeHint().width() <= 800
