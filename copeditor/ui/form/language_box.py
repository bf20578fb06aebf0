"""The draft's language, chosen on the Organisation tab: it picks the spelling dictionary."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QComboBox, QWidget

from copeditor.spelling import LANGUAGE_NAMES
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.accessible import CurrentItemWithFocus

LANGUAGE = FieldPath("language")


class LanguageBox(QComboBox):
    """Each language in its own name; a tag the editor has no dictionary for (from another
    program, say zh-CN) is shown as it is and kept."""

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        for tag, name in LANGUAGE_NAMES.items():
            self.addItem(name, tag)
        self.activated.connect(self._chosen)
        # Its closed list would otherwise report the chosen language FOCUSED beside the field.
        CurrentItemWithFocus(self.view())
        document.field_changed.connect(self._field_changed)
        self.show_language()

    def show_language(self) -> None:
        tag = self.document.submission.language
        index = self.findData(tag)
        if index < 0:
            self.addItem(
                QCoreApplication.translate("LanguageBox", "{tag} (no spelling dictionary)").format(
                    tag=tag
                ),
                tag,
            )
            index = self.count() - 1
        self.setCurrentIndex(index)

    def _chosen(self, index: int) -> None:
        tag = self.itemData(index)
        if isinstance(tag, str) and tag != self.document.submission.language:
            self.document.seal_typing()
            self.document.set_field(LANGUAGE, tag)
            self.document.seal_typing()  # a choice is a step of its own

    def _field_changed(self, path: FieldPath) -> None:
        if path == LANGUAGE:
            self.show_language()
