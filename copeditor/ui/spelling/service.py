"""The window's spell checker: follows the draft's language, loads its dictionary off the UI
thread, and says so once when a language has no usable dictionary."""

from __future__ import annotations

from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, QTimer, Signal
from PySide6.QtWidgets import QMenu
from shiboken6 import isValid

from copeditor.spelling import (
    DictionaryError,
    PersonalWordListError,
    SpellChecker,
    SpellingSession,
    utf16_offset,
)
from copeditor.spelling.dictionaries import load_dictionary
from copeditor.spelling.tokens import words_to_check

# The first dictionary waits until the window has appeared. chunspell's Hunspell() keeps
# Python's interpreter lock while it reads the files (0.1 s for English, 0.5 s for Arabic), so
# even in the worker thread a load holds up the window's thread; started with the window, it
# delayed the window's first appearance by that much (benchmarks/README.md, start-up).
FIRST_LOAD_DELAY_MS = 300

class SpellService(QObject):
    changed = Signal()  # a checker is ready, spelling went off, or a word became right
    notice = Signal(str)  # one line for the status bar (no dictionary, damaged word list)
    _loaded = Signal(int, str, object)  # from the worker: generation, language, error or None

    def __init__(self, personal_folder: Path | None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = SpellingSession(personal_folder)
        self.checker: SpellChecker | None = None
        self.language = ""
        self._generation = 0
        self._first_load = "not asked"  # then "waiting", then "started" (or "closed")
        self._told: set[str] = set()  # languages whose missing dictionary was reported
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="dictionary")
        self._loaded.connect(self._on_loaded)
        damaged = self.session.personal.damaged_copy if self.session.personal else None
        self._damaged_notice = (
            QCoreApplication.translate(
                "SpellService",
                "Your personal word list could not be read; it was kept aside as {name}.",
            ).format(name=damaged.name)
            if damaged
            else ""
        )

    def set_language(self, language: str) -> None:
        """Check in `language` from now on; its dictionary is loaded in the background."""
        if language == self.language:
            return
        self.language = language
        self.checker = None
        self.changed.emit()
        self._generation += 1
        if self._first_load == "started":
            self._load(self._generation, language)
        elif self._first_load == "not asked":
            self._first_load = "waiting"
            QTimer.singleShot(FIRST_LOAD_DELAY_MS, self, self._start_first_load)

    def _start_first_load(self) -> None:
        if self._first_load == "closed":
            return  # the window closed within the first moments
        self._first_load = "started"
        self._load(self._generation, self.language)  # the language chosen by now

    def _load(self, generation: int, language: str) -> None:
        future = self._worker.submit(load_dictionary, language)
        future.add_done_callback(lambda done: self._report(generation, language, done))

    def _report(self, generation: int, language: str, done: Future[Any]) -> None:
        if isValid(self):  # the window may have closed while the dictionary loaded
            self._loaded.emit(generation, language, done.exception())

    def _on_loaded(self, generation: int, language: str, error: object) -> None:
        if generation != self._generation:
            return  # the language changed again meanwhile
        try:
            if error is not None:
                raise error  # type: ignore[misc]
            self.checker = self.session.checker(language)
        except DictionaryError as failure:
            if language not in self._told:
                self._told.add(language)
                self.notice.emit(
                    QCoreApplication.translate("SpellService", "Spelling is off: {reason}").format(
                        reason=failure
                    )
                )
            return
        if self._damaged_notice:
            self.notice.emit(self._damaged_notice)
            self._damaged_notice = ""
        self.changed.emit()

    def close(self) -> None:
        self._first_load = "closed"
        self._worker.shutdown(wait=True)

    # --- what the fields ask (SpellingAid, see form/fields.py) ------------------------------

    def misspelled(self, text: str) -> list[tuple[int, int]]:
        return self.checker.misspelled_spans(text) if self.checker is not None else []

    def add_suggestions(
        self, menu: QMenu, text: str, position: int, replace: Callable[[int, int, str], None]
    ) -> None:
        checker = self.checker
        if checker is None:
            return
        word_at = self._unknown_word_at(checker, text, position)
        if word_at is None:
            return
        start, end, word = word_at
        first = menu.actions()[0] if menu.actions() else None
        suggestions = checker.suggest(word)
        utf16_start, utf16_end = utf16_offset(text, start), utf16_offset(text, end)
        for suggestion in suggestions:
            action = menu.addAction(suggestion.replace("&", "&&"))
            action.triggered.connect(
                lambda checked=False, s=suggestion: replace(utf16_start, utf16_end - utf16_start, s)
            )
            menu.insertAction(first, action)  # type: ignore[arg-type]
        if not suggestions:
            none = menu.addAction(QCoreApplication.translate("SpellService", "(no suggestions)"))
            none.setEnabled(False)
            menu.insertAction(first, none)  # type: ignore[arg-type]
        ignore = menu.addAction(QCoreApplication.translate("SpellService", "&Ignore All"))
        ignore.triggered.connect(lambda checked=False: self.ignore_all(word))
        menu.insertAction(first, ignore)  # type: ignore[arg-type]
        add = menu.addAction(QCoreApplication.translate("SpellService", "Add to &Dictionary"))
        add.triggered.connect(lambda checked=False: self.add_to_dictionary(word))
        menu.insertAction(first, add)  # type: ignore[arg-type]
        if first is not None:
            menu.insertSeparator(first)

    @staticmethod
    def _unknown_word_at(
        checker: SpellChecker, text: str, utf16_position: int
    ) -> tuple[int, int, str] | None:
        for token in words_to_check(text):
            start, end = utf16_offset(text, token.start), utf16_offset(text, token.end)
            if start <= utf16_position <= end and not checker.is_correct(token.word):
                return token.start, token.end, token.word
        return None

    def ignore_all(self, word: str) -> None:
        self.session.ignore_all(word)
        self.changed.emit()

    def add_to_dictionary(self, word: str) -> None:
        try:
            self.session.add_to_personal(word)
        except (PersonalWordListError, ValueError) as error:
            self.notice.emit(
                QCoreApplication.translate(
                    "SpellService", "Not added to the dictionary: {reason}"
                ).format(reason=error)
            )
            return
        self.changed.emit()
