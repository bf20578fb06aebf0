"""Find and replace across the whole form: every field of every tab, in the order of the form."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from typing import Protocol

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import PROGRAMME_FIELDS, FieldPath
from copeditor.ui.find import matching
from copeditor.ui.find.matching import SearchOptions
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.form.tabs import AreaTab, FormPage
from copeditor.ui.language import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for
# In English; an Outcome carries them translated (see _said).
WRAPPED_FORWARD = QT_TRANSLATE_NOOP(
    "Finder", "Search went past the end: continued from the beginning"
)
WRAPPED_BACKWARD = QT_TRANSLATE_NOOP(
    "Finder", "Search went past the beginning: continued from the end"
)
NOT_FOUND = QT_TRANSLATE_NOOP("Finder", "Not found")
READ_ONLY = QT_TRANSLATE_NOOP("Finder", "This draft is read-only: nothing can be replaced")


def _said(message: str) -> str:
    return translate("Finder", message)


Shown = tuple[QWidget, matching.Span]  # a field and the match selected in it


class FormWindow(Protocol):
    """What the finder needs of the main window."""

    document: Document
    pages: list[FormPage]

    def show_field(self, path: FieldPath) -> None: ...


@dataclass(frozen=True)
class Field:
    path: FieldPath
    widget: QWidget
    page: FormPage


@dataclass(frozen=True)
class Outcome:
    found: bool
    message: str = ""  # for the find bar: a wrap notice, "Not found", "3 replaced"


class Finder(QObject):
    """Moves through the matches from the field last edited; `keep_focus` says where the
    keyboard focus goes after a match is shown (back to the find bar while it is used)."""

    def __init__(self, window: FormWindow, keep_focus: Callable[[], QWidget | None]) -> None:
        super().__init__(window.document)
        self.window = window
        self.keep_focus = keep_focus
        self.current: QWidget | None = None  # the field the search goes on from
        self.last_match: Shown | None = None
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # bound: ends with the finder

    def fields(self) -> list[Field]:
        """Every field on the form, in the order the form (and the PDF) shows them."""
        result: list[Field] = []
        for page in self.window.pages:
            if not isinstance(page, AreaTab):
                path = FieldPath.organisation()
                widget = page.field_widget(path)
                if widget is not None:
                    result.append(Field(path, widget, page))
                continue
            for index, editor in enumerate(page.editors):
                for name in PROGRAMME_FIELDS:
                    result.append(
                        Field(FieldPath(name, page.area_index, index), editor.fields[name], page)
                    )
        return result

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        if isinstance(new, (FieldLineEdit, RichTextEdit)) and new is not self.current:
            self.current = new
            self.last_match = None  # the user went elsewhere: go on from their cursor

    def _start(self, fields: list[Field]) -> tuple[int, int, int]:
        """The index of the current field and where the search goes on from in it: the match
        last shown (a line field forgets its selection when the find bar has the focus), or
        the field's own selection or cursor."""
        for index, field in enumerate(fields):
            if field.widget is not self.current or not isValid(field.widget):
                continue
            if self.last_match is not None and self.last_match[0] is field.widget:
                start, end = self.last_match[1]
            else:
                start, end = matching.selection(field.widget)
            return index, start, end
        return 0, 0, 0

    # --- finding ---------------------------------------------------------------------------

    def find(self, options: SearchOptions, backward: bool = False) -> Outcome:
        if not options.term:
            return Outcome(False)
        fields = self.fields()
        index, start, end = self._start(fields)
        count = len(fields)
        # The current field from the cursor on, the fields after it, then round again.
        order = [(index, start if backward else end)]
        step = -1 if backward else 1
        order += [((index + step * k) % count, -1) for k in range(1, count + 1)]
        for visited, (field_index, position) in enumerate(order):
            field = fields[field_index]
            wrapped = index - visited < 0 if backward else index + visited >= count
            if position < 0:
                position = matching.text_length(field.widget) if backward else 0
            span = matching.find_in(field.widget, options, position, backward)
            if span is not None:
                self.show(field, span)
                notice = WRAPPED_BACKWARD if backward else WRAPPED_FORWARD
                return Outcome(True, _said(notice) if wrapped else "")
        return Outcome(False, _said(NOT_FOUND))

    def show(self, field: Field, span: matching.Span) -> None:
        """Bring the tab and field into view and select the match in it."""
        self.window.show_field(field.path)
        self.current = field.widget
        self.last_match = (field.widget, span)
        matching.select(field.widget, span)
        if isinstance(field.widget, RichTextEdit):
            field.widget.keep_cursor_in_view()  # the match, not the top of a long summary
        back = self.keep_focus()
        if back is not None:
            back.setFocus(Qt.FocusReason.OtherFocusReason)
            # A line field drops its selection when it loses the focus: select again.
            matching.select(field.widget, span)

    def return_to(self, widget: QWidget | None, shown: Shown | None) -> None:
        """Give the keyboard back to `widget` (on its tab, even if the user looked at another),
        with the match last shown in it selected."""
        if widget is None or not isValid(widget):
            return
        for field in self.fields():
            if field.widget is widget:
                self.window.show_field(field.path)
        self.current, self.last_match = widget, shown
        if shown is not None and shown[0] is widget:
            matching.select(widget, shown[1])

    # --- replacing -------------------------------------------------------------------------

    def replace(self, options: SearchOptions, replacement: str) -> Outcome:
        """Replace the match that is selected (if it is), then find the next one."""
        if self.window.document.read_only:
            return Outcome(False, _said(READ_ONLY))
        shown = self.last_match
        if shown is not None and isValid(shown[0]) and shown[0] is self.current:
            widget, span = shown
            if matching.find_in(widget, options, span[0], backward=False) == span:
                _end_step(widget)  # the replacement is an undo step of its own
                matching.select(widget, span)
                matching.replace_selection(widget, replacement)
                _end_step(widget)
                self.last_match = (widget, (span[0], span[0] + len(replacement)))
        return self.find(options)

    def replace_all(self, options: SearchOptions, replacement: str) -> Outcome:
        """Replace every match in every field, as one undo step."""
        document = self.window.document
        if document.read_only:
            return Outcome(False, _said(READ_ONLY))
        if not options.term:
            return Outcome(False)
        fields = [f for f in self.fields() if matching.count_in(f.widget, options)]
        if not fields:
            return Outcome(False, _said(NOT_FOUND))
        document.flush_edits()  # typing before the replacement stays a step of its own
        document.seal_typing()
        count = 0
        document.begin_macro(translate("Finder", "Replace All “{term}”").format(term=options.term))
        try:
            for field in fields:
                count += matching.replace_all_in(field.widget, options, replacement)
            document.flush_edits()  # rich-text fields report their change when asked
        finally:
            document.end_macro()
        return Outcome(True, self.tr("%n replaced", None, count))


def _end_step(widget: QWidget) -> None:
    """Close the field's typing step (and bring a rich-text change into the document)."""
    if isinstance(widget, (FieldLineEdit, RichTextEdit)):
        widget.step_ended.emit()
