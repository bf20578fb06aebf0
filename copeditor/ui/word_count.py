"""The status bar's count: words in the field being edited and in the whole submission."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QWidget

from copeditor.model.words import count_words, submission_word_count
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
        self.total_words = 0
        self.timer = debounce_timer(self, RECOUNT_DELAY_MS, self.count_all)
        document.field_changed.connect(self._field_changed)
        document.programmes_changed.connect(self._programmes_changed)
        document.replaced.connect(self.count_all)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # bound: ends with the label

    def count_all(self) -> None:
        self.timer.stop()
        self.total_words = submission_word_count(self.document.submission)
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
        total = f"Submission: {self.total_words} words"
        if binding is not None and binding.parent() is focused:
            field_words = count_words(binding.path.read(self.document.submission))
            text = f"This field: {field_words} words    {total}"
        else:
            text = total
        self.setText(text)
        # What a screen reader says is what the screen shows.
        self.setAccessibleName(text)
