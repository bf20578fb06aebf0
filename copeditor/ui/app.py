"""Start the editor: the application object, the main window, and the file to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication

from copeditor import __version__
from copeditor.resources import icon_files, icon_path
from copeditor.ui import settings
from copeditor.ui.language import apply_language, system_language
from copeditor.ui.main_window import MainWindow, app_name
from copeditor.ui.settings import APPLICATION, ORGANISATION


def create_application(language: str | None = None) -> QApplication:
    """The application, speaking `language` (a code such as "fr"), else the one chosen under
    View > Language, else the system's."""
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationVersion(__version__)
    app.setDesktopFileName("copeditor")  # matches the installed menu entry (Wayland)
    app.setWindowIcon(application_icon())
    apply_language(language or settings.language() or system_language())
    app.setApplicationDisplayName(app_name())
    return app


def application_icon() -> QIcon:
    icon = QIcon(str(icon_path()))
    for png in icon_files():  # sharp at every size, also where SVG icons are not drawn
        if png.is_file():
            icon.addFile(str(png))
    return icon


def run_editor(path: Path | None = None, language: str | None = None) -> int:
    app = create_application(language)
    window = MainWindow()
    window.show()
    window.offer_recovery()
    if path is not None and not window.document.is_modified:
        window.files.open_path(path, ask_first=False)
    return app.exec()
