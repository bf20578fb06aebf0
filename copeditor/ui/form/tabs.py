"""The pages of the form: one for the organisation, one per action area."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import (
    QApplication,
    QFormLayout,
    QGroupBox,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)
from shiboken6 import isValid

from copeditor.model import Submission
from copeditor.ui import template_text
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.accessible import mark_heading
from copeditor.ui.form.binding import Binding
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.language_box import LanguageBox
from copeditor.ui.form.programme_editor import ProgrammeEditor, with_mnemonic
from copeditor.ui.form.richtext import RichTextEdit


def _plain_label(text: str, parent: QWidget, role: str = "") -> QLabel:
    """A label showing `text` as written; `role` ("title", "area") makes it a heading, for
    screen readers and in size (look.py sets its font, which follows View > Zoom)."""
    label = QLabel(text, parent)
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setWordWrap(True)
    if role:
        mark_heading(label, role)
    return label


class FormPage(QScrollArea):
    """A scrolling page of the form; subclasses fill `self.body`."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWidgetResizable(True)
        self.setFrameShape(QScrollArea.Shape.NoFrame)
        # Not a stop of its own for Tab or Ctrl+Tab: a screen reader would announce a nameless
        # pane; the page's first field takes the focus instead.
        self.setFocusPolicy(Qt.FocusPolicy.NoFocus)
        self.body = QWidget()
        self.body_layout = QVBoxLayout(self.body)
        self.body_layout.setSpacing(12)
        self.setWidget(self.body)
        self._in_view: QWidget | None = None
        # The scroll range, not the page's resize: it is updated after the resize.
        self.verticalScrollBar().rangeChanged.connect(self._page_resized)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_moved)  # a bound method: ends with the page

    def field_widget(self, path: FieldPath) -> QWidget | None:
        raise NotImplementedError

    def resizeEvent(self, event: QResizeEvent) -> None:  # noqa: N802
        # A column of readable width, centred, like a page in a word processor: on a wide
        # screen the lines of a summary do not run to 200 characters.
        column = max(110 * self.fontMetrics().averageCharWidth(), 720)
        side = max(24, (self.viewport().width() - column) // 2)
        self.body_layout.setContentsMargins(side, 16, side, 24)
        super().resizeEvent(event)

    def bring_into_view(self, widget: QWidget) -> None:
        """Scroll so that `widget` (and a little around it) is on screen, and keep it there
        while it has the focus. Programme blocks just added are shown, and prose fields take
        the height of their text, only as the event loop runs on: each time the page changes
        height the scroll is done again."""
        self._in_view = widget
        self._scroll_to_target()

    def _focus_moved(self, old: QWidget | None, new: QWidget | None) -> None:
        if self._in_view is not None and new is not self._in_view:
            self._in_view = None  # the user has moved on: the page is theirs to scroll
        if new is not None and self.body.isAncestorOf(new) and not self._shows(new):
            # The focus came back to a field scrolled out of view (Ctrl+Tab to this page, a
            # programme removed): the user must see where typing goes.
            self.bring_into_view(new)

    def _shows(self, widget: QWidget) -> bool:
        top_left = widget.mapTo(self.viewport(), widget.rect().topLeft())
        return self.viewport().rect().intersects(widget.rect().translated(top_left))

    def _page_resized(self, *args: object) -> None:
        """The page's height changed (and with it the scroll range)."""
        self._scroll_to_target()
        # A prose field that grew as the user typed: its new line has its place only now.
        focused = QApplication.focusWidget()
        if isinstance(focused, RichTextEdit) and self.body.isAncestorOf(focused):
            focused.keep_cursor_in_view()

    def _scroll_to_target(self) -> None:
        target = self._in_view
        if target is None or not isValid(target):
            self._in_view = None
            return
        if isinstance(target, RichTextEdit):  # a long text: its cursor, not its top
            target.keep_cursor_in_view()
            return
        context = target.parentWidget() if isinstance(target.parentWidget(), QGroupBox) else None
        margin = 2 * self.fontMetrics().height()
        self.ensureWidgetVisible(target, 0, margin)
        if context is not None:  # the name field: show its programme's heading too
            top = target.mapTo(self.body, target.rect().topLeft()).y()
            heading = context.mapTo(self.body, context.rect().topLeft()).y()
            if top - heading < self.viewport().height() // 2:
                self.ensureVisible(0, heading, 0, margin)

    def reload(self) -> None:
        """Show a new document's values."""
        raise NotImplementedError


class OrganisationTab(FormPage):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.title = _plain_label("", self.body, role="title")
        self.subtitle = _plain_label("", self.body)
        self.body_layout.addWidget(self.title)
        self.body_layout.addWidget(self.subtitle)
        form = QFormLayout()
        self.name_field = FieldLineEdit(self.body)
        self.name_label = QLabel(self.body)
        self.name_label.setBuddy(self.name_field)
        form.addRow(self.name_label, self.name_field)
        self.language_box = LanguageBox(document, self.body)
        self.language_label = QLabel(self.body)
        self.language_label.setBuddy(self.language_box)
        form.addRow(self.language_label, self.language_box)
        self.body_layout.addLayout(form)
        self.body_layout.addStretch(1)
        self.binding = Binding(document, self.name_field, FieldPath.organisation())
        self.retranslate()

    def retranslate(self) -> None:
        """The template's words in the interface's language (at start and when it changes)."""
        self.title.setText(template_text.title())
        self.subtitle.setText(template_text.subtitle())
        label = template_text.organisation_label()
        description = template_text.field_description(Submission, "organisation")
        self.name_field.setToolTip(description)
        self.name_field.setAccessibleName(label)  # what the screen shows
        self.name_field.setAccessibleDescription(
            template_text.accessible_description(Submission, "organisation")
        )
        self.name_field.setWhatsThis(f"{label}\n\n{description}")
        # The letter Alt jumps with, chosen by each translation for its own words.
        letter = self.tr("N", "Alt+letter of the organisation's name label")
        self.name_label.setText(with_mnemonic(label, letter))
        language_description = template_text.field_description(Submission, "language")
        self.language_box.setToolTip(language_description)
        language_name = self.tr("Language of the summary")
        self.language_box.setAccessibleName(language_name)
        self.language_box.view().setAccessibleName(language_name)  # its list, when open
        self.language_box.setWhatsThis(language_description)
        self.language_label.setText(self.tr("Lan&guage of the summary:"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def field_widget(self, path: FieldPath) -> QWidget | None:
        if path.in_programme:
            return None
        return self.language_box if path.field == "language" else self.name_field

    def reload(self) -> None:
        self.binding.push()
        self.language_box.show_language()


class AreaTab(FormPage):
    """An action area: its full title, then its programmes. An unanswered area shows one empty
    programme to fill; it becomes a programme in the model when something is typed."""

    def __init__(self, document: Document, area_index: int, parent: QWidget | None = None) -> None:
        super().__init__(document, parent)
        self.area_index = area_index
        self.heading = _plain_label("", self.body, role="area")
        self.body_layout.addWidget(self.heading)
        self.unanswered_note = _plain_label("", self.body)
        self.body_layout.addWidget(self.unanswered_note)
        document.field_changed.connect(self._field_changed)
        self.editors_layout = QVBoxLayout()
        self.editors_layout.setSpacing(18)  # the programme cards stand apart
        self.body_layout.addLayout(self.editors_layout)
        self.add_button = QPushButton(self.body)
        self.add_button.clicked.connect(self.add_programme)
        self.body_layout.addWidget(self.add_button, 0, Qt.AlignmentFlag.AlignLeft)
        self.body_layout.addStretch(1)
        self.editors: list[ProgrammeEditor] = []
        document.programmes_changed.connect(self._programmes_changed)
        self.rebuild()
        self.retranslate()

    def retranslate(self) -> None:
        """The page's own texts; the programme cards retranslate themselves."""
        self.heading.setText(template_text.area_heading(self.area_index))
        self.heading.setAccessibleName(self.heading.text())
        self.unanswered_note.setText(
            self.tr(
                "Not answered yet. Describe a programme below, or leave the area empty: the PDF "
                "then shows its labels with no answer."
            )
        )
        self.add_button.setText(self.tr("Add &Programme"))
        self.add_button.setToolTip(self.tr("Describe another programme in this area."))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def reload(self) -> None:
        self.rebuild()

    def rebuild(self) -> None:
        # Hiding the focused field or button would pass the focus on, to Add Programme: the
        # focus goes instead to the same place in the rebuilt programmes.
        focused = QApplication.focusWidget()
        keep: tuple[int, int] | None = None
        for number, editor in enumerate(self.editors):
            chain = editor.focus_chain()
            if focused in chain:
                keep = (number, chain.index(focused))
                focused.clearFocus()
            self.editors_layout.removeWidget(editor)
            editor.hide()
            for binding in editor.findChildren(Binding):
                binding.detach()
            editor.deleteLater()
        count = len(self.document.submission.areas[self.area_index].programmes)
        self.editors = [
            ProgrammeEditor(self.document, self.area_index, index, self.body)
            for index in range(max(count, 1))
        ]
        for editor in self.editors:
            self.editors_layout.addWidget(editor)
        self._update_note()
        # Keyboard order follows the page: each programme's fields and buttons, then Add.
        chain = [widget for editor in self.editors for widget in editor.focus_chain()]
        for first, second in zip(chain, [*chain[1:], self.add_button], strict=True):
            QWidget.setTabOrder(first, second)
        if keep is not None:
            editor = self.editors[min(keep[0], len(self.editors) - 1)]
            editor.focus_chain()[keep[1]].setFocus(Qt.FocusReason.OtherFocusReason)

    def _field_changed(self, path: FieldPath) -> None:
        if path.area_index == self.area_index:
            self._update_note()

    def _update_note(self) -> None:
        answered = self.document.submission.areas[self.area_index].is_answered()
        self.unanswered_note.setVisible(not answered)

    def add_programme(self) -> None:
        self.document.add_programme(self.area_index)

    def _programmes_changed(self, area_index: int) -> None:
        if area_index == self.area_index:
            self.rebuild()

    def field_widget(self, path: FieldPath) -> QWidget | None:
        if path.area_index != self.area_index or path.programme_index is None:
            return None
        if path.programme_index >= len(self.editors):
            return None
        return self.editors[path.programme_index].fields.get(path.field)
