"""View > Language: the system's language, or one chosen, switched at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QActionGroup
from PySide6.QtWidgets import QWidget

from copeditor.ui import settings
from copeditor.ui.language import (
    LANGUAGES,
    apply_language,
    current_language,
    system_language,
)

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class LanguageActions(QObject):
    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self.group = QActionGroup(self)
        self.actions: dict[str, QAction] = {}
        self.system_language = QAction(self.window)
        for code in ("", *LANGUAGES):
            action = self.system_language if not code else QAction(LANGUAGES[code], self.window)
            action.setCheckable(True)
            action.setData(code)
            self.group.addAction(action)
            self.actions[code] = action
        self.group.triggered.connect(self._choose)

    def _choose(self, action: QAction) -> None:
        code = str(action.data() or "")
        settings.set_language(code)
        apply_language(code or system_language())

    def show_choice(self) -> None:
        """The menu shows what is chosen: the system's language, or one by name."""
        chosen = settings.language() if settings.language() in LANGUAGES else ""
        if current_language() != (chosen or system_language()):
            chosen = current_language()  # --language for this session overrides the choice
        self.actions[chosen].setChecked(True)
        system = LANGUAGES[system_language()]
        self.system_language.setText(
            translate("WindowActions", "&System Language ({language})").format(language=system)
        )
