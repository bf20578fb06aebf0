"""The status bar's count: words and characters in the field being edited and in the whole
submission, as the PDF shows the text (Markdown markup is not counted)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from copeditor.formats.text_counts import CountMemory, Counts
from copeditor.ui.debounce import debounce_timer
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.form.binding import Binding

RECOUNT_DELAY_MS = 400  # the whole submission is counted a moment after typing, not per key


class WordCountLabel(QLabel):
    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.total = Counts()
        self.memory = CountMemory()  # a recount parses again only the fields that changed
        self.timer = debounce_timer(self, RECOUNT_DELAY_MS, self.count_all)
        document.field_changed.connect(self._field_changed)
        document.programmes_changed.connect(self._programmes_changed)
        document.replaced.connect(self.count_all)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # bound: ends with the label

    def describe(self, counts: Counts) -> str:
        """ "1,234 words, 5,678 characters", with the plurals and digit grouping of the
        interface's language (English plurals come from copeditor_en.ts)."""
        words = self.tr("%Ln word(s)", None, counts.words)
        characters = self.tr("%Ln character(s)", None, counts.characters)
        return self.tr("{words}, {characters}").format(words=words, characters=characters)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.show_counts()
        super().changeEvent(event)

    def count_all(self) -> None:
        self.timer.stop()
        self.total = self.memory.submission_counts(self.document.submission)
        self.show_counts()

    def _field_changed(self, path: FieldPath) -> None:
        self.timer.start()
        self.show_counts()

    def _programmes_changed(self, area_index: int) -> None:
        self.timer.start()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self.show_counts()

    def show_counts(self) -> None:
        focused = QApplication.focusWidget()
        binding = focused.findChild(Binding) if focused is not None else None
        total = self.tr("Submission: {counts}").format(counts=self.describe(self.total))
        if binding is not None and binding.parent() is focused:
            path = binding.path
            field = self.memory.field_counts(path.field, path.read(self.document.submission))
            this_field = self.tr("This field: {counts}").format(counts=self.describe(field))
            text = f"{this_field}    {total}"
        else:
            text = total
        self.setText(text)
        # What a screen reader says is what the screen shows.
        self.setAccessibleName(text)
