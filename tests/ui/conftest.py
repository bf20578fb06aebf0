"""Fixtures for the editor's tests: a real window, scripted dialogs, typing helpers."""

from __future__ import annotations

import inspect
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget
from shiboken6 import isValid

from copeditor.ui import dialogs
from copeditor.ui.dialogs import RecoveryChoice, SaveChoice
from copeditor.ui.settings import app_settings


@dataclass
class ScriptedDialogs:
    """Stands in for copeditor.ui.dialogs: answers come from lists, every call is recorded."""

    save_choices: list[SaveChoice] = field(default_factory=list)
    confirmations: list[bool] = field(default_factory=list)
    open_paths: list[Path | None] = field(default_factory=list)
    save_paths: list[Path | None] = field(default_factory=list)
    links: list[tuple[str, str] | None] = field(default_factory=list)
    recovery_choices: list[RecoveryChoice] = field(default_factory=list)
    email_settings: list[tuple[str, Path, bool] | None] = field(default_factory=list)
    after_export: list[tuple[Any, bool]] = field(default_factory=list)
    compile_requests: list[Any] = field(default_factory=list)
    print_setups: list[Callable[[Any], bool]] = field(default_factory=list)  # set up a QPrinter
    calls: list[tuple[str, Any]] = field(default_factory=list)

    def ask_save_changes(self, parent: object, name: str) -> SaveChoice:
        self.calls.append(("ask_save_changes", name))
        return self.save_choices.pop(0)

    def confirm(self, parent: object, title: str, text: str, action: str) -> bool:
        self.calls.append(("confirm", text))
        return self.confirmations.pop(0)

    def show_error(self, parent: object, title: str, message: str) -> None:
        self.calls.append(("error", message))

    def show_information(self, parent: object, title: str, message: str) -> None:
        self.calls.append(("information", message))

    def open_path(self, parent: object, caption: str, folder: Path, filters: str) -> Path | None:
        self.calls.append(("open_path", caption))
        return self.open_paths.pop(0)

    def save_path(
        self, parent: object, caption: str, suggested: Path, filters: str, suffix: str
    ) -> Path | None:
        self.calls.append(("save_path", suggested))
        return self.save_paths.pop(0)

    def choose_recovery(self, parent: object, works: list[Any]) -> tuple[Any, Any]:
        self.calls.append(("choose_recovery", works))
        choice = self.recovery_choices.pop(0)
        return choice, works[0] if choice is not RecoveryChoice.LATER else None

    def ask_email_settings(
        self, parent: object, recipient: str, folder: Path | None, prefers_folder: bool
    ) -> tuple[str, Path, bool] | None:
        self.calls.append(("ask_email_settings", recipient))
        return self.email_settings.pop(0)

    def ask_link(
        self, parent: object, text: str, address: str, complete: Any
    ) -> tuple[str, str] | None:
        """Answers as the dialog would: the typed address completed, or None when cancelled;
        a typed address the dialog would refuse fails the test."""
        self.calls.append(("ask_link", (text, address)))
        answer = self.links.pop(0)
        if answer is None:
            return None
        full = complete(answer[1])
        assert full is not None, f"the dialog would stay open for {answer[1]!r}"
        return answer[0], full

    def offer_exported_pdf(self, parent: object, path: Path) -> tuple[Any, bool]:
        self.calls.append(("offer_exported_pdf", path))
        return self.after_export.pop(0)

    def show_guide(self, parent: object, title: str, html: str) -> None:
        self.calls.append(("show_guide", html))

    def ask_compile(self, parent: object, folder: Path) -> Any:
        self.calls.append(("ask_compile", folder))
        return self.compile_requests.pop(0)

    def show_report(self, parent: object, title: str, text: str) -> None:
        self.calls.append(("show_report", text))

    def ask_print(self, parent: object, printer: Any, page_count: int) -> bool:
        self.calls.append(("ask_print", page_count))
        return self.print_setups.pop(0)(printer)

    def names(self) -> list[str]:
        return [name for name, _ in self.calls]


def _unexpected(name: str) -> Any:
    def fail(*args: object, **kwargs: object) -> None:
        raise AssertionError(f"unexpected dialog: {name}")

    return fail


@pytest.fixture
def scripted(monkeypatch: pytest.MonkeyPatch) -> ScriptedDialogs:
    script = ScriptedDialogs()
    # Every dialog function is replaced: a scripted answer, or a failure, never a real dialog
    # waiting for a click that will not come.
    for name, function in vars(dialogs).items():
        if inspect.isfunction(function) and function.__module__.startswith(dialogs.__name__):
            monkeypatch.setattr(dialogs, name, getattr(script, name, _unexpected(name)))
    return script


@pytest.fixture
def private_folder(tmp_path: Path) -> Path:
    return tmp_path / "private"


@pytest.fixture
def make_window(qtbot: Any, scripted: ScriptedDialogs, private_folder: Path) -> Iterator[Any]:
    """Make editor windows sharing one private folder (as two copies of the program would)."""
    from copeditor.ui.main_window import MainWindow

    app_settings().clear()
    made: list[MainWindow] = []

    def make() -> MainWindow:
        main = MainWindow(private_folder)
        main.show()
        qtbot.waitExposed(main)
        made.append(main)
        return main

    yield make
    for main in made:
        if not isValid(main):  # the test closed and deleted it itself
            continue
        main.document.flush_edits()
        main.document.undo_stack.setClean()  # let the window close without asking
        main.close()
        main.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # run the deleteLater()s
    left = QApplication.topLevelWidgets()
    for widget in left:  # clean up first, so one failure does not spill into the next tests
        widget.close()
        widget.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    assert left == [], f"top-level widgets left behind: {left}"


@pytest.fixture
def announcements(monkeypatch: pytest.MonkeyPatch) -> list[str]:
    """What a screen reader is told through announcement events, in order."""
    from PySide6.QtGui import QAccessible, QAccessibleAnnouncementEvent

    heard: list[str] = []
    real = QAccessible.updateAccessibility

    def listen(event: Any) -> None:
        if isinstance(event, QAccessibleAnnouncementEvent):
            heard.append(event.message())
        real(event)

    monkeypatch.setattr(QAccessible, "updateAccessibility", listen)
    return heard


@pytest.fixture
def window(make_window: Any) -> Any:
    return make_window()


def type_text(widget: QWidget, text: str) -> None:
    """Type any text, non-ASCII included, as key events carrying the text."""
    widget.setFocus()
    for character in text:
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            event = QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            QApplication.sendEvent(widget, event)
