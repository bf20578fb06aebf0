"""The editor of one programme: its four fields, labelled as in the template, and its buttons."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QWidget,
)

from copeditor.links import complete_web_address
from copeditor.model import Programme, form_template
from copeditor.ui import dialogs
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import PROGRAMME_FIELDS, FieldPath
from copeditor.ui.form.binding import Binding
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.richtext import RichTextEdit

# Prose fields start this many lines tall and grow with their text; the summary, the heart of
# the form, gets the most room.
_MINIMUM_LINES = {"summary": 6, "additional_information": 3}
# The letter of each label that Alt+letter jumps to.
_MNEMONICS = {"name": "N", "website": "W", "summary": "S", "additional_information": "A"}


def with_mnemonic(text: str, letter: str) -> str:
    """Label text with an Alt+letter shortcut on the first `letter`; other & shown as is."""
    text = text.replace("&", "&&")
    position = text.find(letter)
    return text if position < 0 else f"{text[:position]}&{text[position:]}"


class ProgrammeEditor(QGroupBox):
    def __init__(
        self,
        document: Document,
        area_index: int,
        programme_index: int,
        parent: QWidget | None = None,
    ) -> None:
        super().__init__(f"Programme {programme_index + 1}", parent)
        self.document = document
        self.area_index = area_index
        self.programme_index = programme_index
        self.fields: dict[str, QWidget] = {}
        self.buttons: list[QPushButton] = []
        layout = QFormLayout(self)
        layout.setRowWrapPolicy(QFormLayout.RowWrapPolicy.WrapAllRows)
        layout.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.AllNonFixedFieldsGrow)
        self._create_fields(layout)
        self._create_website_warning(layout)
        layout.addRow(self._create_buttons())
        self._update_buttons()
        # Typing into the empty programme of an unanswered area creates it: then it can go.
        document.field_changed.connect(self._field_changed)

    def _create_fields(self, layout: QFormLayout) -> None:
        template = form_template()
        labels = {
            "name": template.name_label_for(self.area_index),
            "website": template.labels.website,
            "summary": template.labels.summary,
            "additional_information": template.labels.additional_information,
        }
        for field in PROGRAMME_FIELDS:
            widget: QWidget = (
                RichTextEdit(self, minimum_lines=_MINIMUM_LINES[field])
                if field in _MINIMUM_LINES
                else FieldLineEdit(self)
            )
            info = Programme.model_fields[field]
            widget.setToolTip(info.description or "")
            # What a screen reader says is what the screen shows: the label, and which programme
            # when the area has several.
            several = len(self.document.submission.areas[self.area_index].programmes) > 1
            number = f" (programme {self.programme_index + 1})" if several else ""
            widget.setAccessibleName(f"{labels[field]}{number}")
            widget.setAccessibleDescription(info.description or "")
            widget.setWhatsThis(f"{labels[field]}\n\n{info.description or ''}")  # F1
            label = QLabel(with_mnemonic(labels[field], _MNEMONICS[field]), self)
            label.setBuddy(widget)
            layout.addRow(label, widget)
            Binding(self.document, widget, FieldPath(field, self.area_index, self.programme_index))
            self.fields[field] = widget

    def _create_website_warning(self, layout: QFormLayout) -> None:
        website = self.fields["website"]
        assert isinstance(website, FieldLineEdit)
        # What the partner writes is kept (www.ecpat.net is printed so, and linked in full);
        # only text that stands for no web address at all is flagged.
        self.website_warning = QLabel(
            "Not a web address: write it like www.example.org or https://example.org", self
        )
        self.website_warning.setTextFormat(Qt.TextFormat.PlainText)
        self.website_warning.setStyleSheet("color: #b00020;")
        layout.insertRow(2, "", self.website_warning)
        website.textChanged.connect(self._check_website)
        self._check_website(website.text())

    def _check_website(self, text: str) -> None:
        bad = bool(text.strip()) and complete_web_address(text) is None
        self.website_warning.setVisible(bad)
        website = self.fields["website"]
        website.setStyleSheet("border: 1px solid #b00020;" if bad else "")
        description = self.website_warning.text() if bad else (website.toolTip())
        website.setAccessibleDescription(description)

    def _create_buttons(self) -> QWidget:
        row = QWidget(self)
        buttons = QHBoxLayout(row)
        buttons.setContentsMargins(0, 0, 0, 0)
        for text, slot in (
            ("Move &Up", self._move_up),
            ("Move D&own", self._move_down),
            ("&Remove Programme", self._remove),
        ):
            button = QPushButton(text, row)
            button.setAccessibleName(f"{text.replace('&', '')} {self.programme_index + 1}")
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
        name = programme.name.strip() or f"Programme {self.programme_index + 1}"
        if dialogs.confirm(
            self,
            "Remove Programme",
            f'Remove "{name}" and everything written about it? (Edit > Undo brings it back.)',
            "Remove",
        ):
            self.document.remove_programme(self.area_index, self.programme_index)
