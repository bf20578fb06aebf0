"""The editor of one programme: its four fields, labelled as in the template, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from copeditor.links import complete_web_address
from copeditor.model import Programme
from copeditor.ui import dialogs, template_text
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import PROGRAMME_FIELDS, FieldPath
from copeditor.ui.form.accessible import FieldNote, announce
from copeditor.ui.form.binding import Binding
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.look import bold_title, warning_colour
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.language import QT_TRANSLATE_NOOP

# Prose fields start this many lines tall and grow with their text; the summary, the heart of
# the form, gets the most room.
_MINIMUM_LINES = {"summary": 6, "additional_information": 3}
# The letter of each label that Alt+letter jumps to; each translation chooses its own (a letter
# of its label, unique on the card), told apart by the disambiguations below.
_MNEMONICS = {
    "name": QT_TRANSLATE_NOOP("ProgrammeEditor", "N", "Alt+letter: programme name"),
    "website": QT_TRANSLATE_NOOP("ProgrammeEditor", "W", "Alt+letter: website"),
    "summary": QT_TRANSLATE_NOOP("ProgrammeEditor", "S", "Alt+letter: short summary"),
    "additional_information": QT_TRANSLATE_NOOP(
        "ProgrammeEditor", "A", "Alt+letter: additional information"
    ),
}
_MNEMONIC_COMMENTS = {
    "name": "Alt+letter: programme name",
    "website": "Alt+letter: website",
    "summary": "Alt+letter: short summary",
    "additional_information": "Alt+letter: additional information",
}
_BUTTONS = (
    QT_TRANSLATE_NOOP("ProgrammeEditor", "Move &Up"),
    QT_TRANSLATE_NOOP("ProgrammeEditor", "Move D&own"),
    QT_TRANSLATE_NOOP("ProgrammeEditor", "&Remove Programme"),
)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _tr(text: str, comment: str | None = None) -> str:
    return QCoreApplication.translate("ProgrammeEditor", text, comment)


def with_mnemonic(text: str, letter: str) -> str:
    """Label text with an Alt+letter shortcut on the first `letter` (in either case); other &
    shown as is. A letter the text lacks (a Latin letter in Chinese) follows it in brackets,
    as Chinese and Japanese programs show it: "名称(&N)"."""
    text = text.replace("&", "&&")
    position = text.find(letter)
    if position < 0:
        position = text.lower().find(letter.lower())
    if position < 0:
        stripped = text.rstrip(" :：")
        return f"{stripped}(&{letter}){text[len(stripped) :]}"
    return f"{text[:position]}&{text[position:]}"


class ProgrammeEditor(QGroupBox):
    def __init__(
        self,
        document: Document,
        area_index: int,
        programme_index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.area_index = area_index
        self.programme_index = programme_index
        self.fields: dict[str, QWidget] = {}
        self.labels: dict[str, QLabel] = {}
        self.buttons: list[QPushButton] = []
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._create_fields(layout)
        self._create_website_warning(layout)
        layout.addRow(self._create_buttons())
        bold_title(self)
        self._update_buttons()
        self.retranslate()
        # Typing into the empty programme of an unanswered area creates it: then it can go.
        document.field_changed.connect(self._field_changed)

    def _create_fields(self, layout: QFormLayout) -> None:
        for field in PROGRAMME_FIELDS:
            widget: QWidget = (
                RichTextEdit(self, minimum_lines=_MINIMUM_LINES[field])
                if field in _MINIMUM_LINES
                else FieldLineEdit(self)
            )
            label = QLabel(self)
            label.setBuddy(widget)
            layout.addRow(label, widget)
            Binding(self.document, widget, FieldPath(field, self.area_index, self.programme_index))
            self.fields[field] = widget
            self.labels[field] = label

    def retranslate(self) -> None:
        """Labels, tooltips, screen-reader names and F1 help in the interface's language."""
        self.setTitle(
            translate("ProgrammeEditor", "Programme {number}").format(
                number=self.programme_index + 1
            )
        )
        for field, widget in self.fields.items():
            label = template_text.programme_label(field, self.area_index)
            description = template_text.field_description(Programme, field)
            widget.setToolTip(description)
            # What a screen reader says is what the screen shows: the label, and which programme
            # when the area has several.
            several = len(self.document.submission.areas[self.area_index].programmes) > 1
            widget.setAccessibleName(
                translate("ProgrammeEditor", "{label} (programme {number})").format(
                    label=label, number=self.programme_index + 1
                )
                if several
                else label
            )
            widget.setAccessibleDescription(template_text.accessible_description(Programme, field))
            widget.setWhatsThis(f"{label}\n\n{description}")  # F1
            letter = _tr(_MNEMONICS[field], _MNEMONIC_COMMENTS[field])
            self.labels[field].setText(with_mnemonic(label, letter))
        self.website_warning.setText(
            translate(
                "ProgrammeEditor",
                "Not a web address: write it like www.example.org or https://example.org",
            )
        )
        self._check_website(self.fields["website"].text())  # type: ignore[attr-defined]
        for button, text in zip(self.buttons, _BUTTONS, strict=True):
            button.setText(_tr(text))
            button.setAccessibleName(
                translate("ProgrammeEditor", "{button} {number}").format(
                    button=_tr(text).replace("&", ""), number=self.programme_index + 1
                )
            )

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:  # the theme changed: its warning red
            self._check_website(self.fields["website"].text())  # type: ignore[attr-defined]
        super().changeEvent(event)

    def _create_website_warning(self, layout: QFormLayout) -> None:
        website = self.fields["website"]
        assert isinstance(website, FieldLineEdit)
        # What the partner writes is kept (www.ecpat.net is printed so, and linked in full);
        # only text that stands for no web address at all is flagged.
        self.website_warning = FieldNote(website, self)
        layout.insertRow(2, "", self.website_warning)
        website.textChanged.connect(self._check_website)
        website.editingFinished.connect(self._announce_bad_website)
        self._check_website(website.text())

    def _check_website(self, text: str) -> None:
        bad = bool(text.strip()) and complete_web_address(text) is None
        self.website_warning.setVisible(bad)
        website = self.fields["website"]
        # Red that reads in the current theme (dark, light or high contrast), not a fixed one.
        # The label's colour is its palette and the border a style sheet only while it shows:
        # a style sheet on every card made the form slower to build (see look.py).
        red = warning_colour(self.palette())
        colours = self.website_warning.palette()
        colours.setColor(QPalette.ColorRole.WindowText, red)
        self.website_warning.setPalette(colours)
        border = f"border: 1px solid {red.name()};" if bad else ""
        if website.styleSheet() != border:
            website.setStyleSheet(border)
        description = self.website_warning.text() if bad else (website.toolTip())
        website.setAccessibleDescription(description)

    def _announce_bad_website(self) -> None:
        """Leaving a bad address: a screen reader says the warning (it is only the field's
        description otherwise, heard when the field is reached again)."""
        if self.website_warning.isVisibleTo(self):
            website = self.fields["website"]
            announce(website, self.website_warning.text())

    def _create_buttons(self) -> QWidget:
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for slot in (self._move_up, self._move_down, self._remove):
            button = QPushButton(row)
            button.clicked.connect(slot)
            buttons.addWidget(button)
            self.buttons.append(button)
        buttons.addStretch(1)
        return row

    def _update_buttons(self) -> None:
        count = len(self.document.submission.areas[self.area_index].programmes)
        exists = self.programme_index < count
        move_up, move_down, remove = self.buttons
        move_up.setEnabled(exists and self.programme_index > 0)
        move_down.setEnabled(exists and self.programme_index < count - 1)
        remove.setEnabled(exists)

    def _field_changed(self, path: FieldPath) -> None:
        if path.area_index == self.area_index:
            self._update_buttons()

    def focus_chain(self) -> list[QWidget]:
        return [*self.fields.values(), *self.buttons]

    def _move_up(self) -> None:
        self.document.move_programme(
            self.area_index, self.programme_index, self.programme_index - 1
        )

    def _move_down(self) -> None:
        self.document.move_programme(
            self.area_index, self.programme_index, self.programme_index + 1
        )

    def _remove(self) -> None:
        programme = self.document.submission.areas[self.area_index].programmes[self.programme_index]
        name = programme.name.strip() or translate("ProgrammeEditor", "Programme {number}").format(
            number=self.programme_index + 1
        )
        if dialogs.confirm(
            self,
            translate("ProgrammeEditor", "Remove Programme"),
            translate(
                "ProgrammeEditor",
                'Remove "{name}" and everything written about it? (Edit > Undo brings it back.)',
            ).format(name=name),
            translate("ProgrammeEditor", "Remove"),
        ):
            self.document.remove_programme(self.area_index, self.programme_index)
