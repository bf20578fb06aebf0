"""Start the editor: the application object, the main window, and the file to open."""

from __future__ import annotations

import sys
from pathlib import Path

from PySide6.QtWidgets import QApplication

from copeditor import __version__
from copeditor.ui.main_window import APP_NAME, MainWindow
from copeditor.ui.none_refcount import keep_none_alive
from copeditor.ui.settings import APPLICATION, ORGANISATION


def create_application() -> QApplication:
    keep_none_alive()  # PySide6 6.12 on Python 3.11: see none_refcount.py
    existing = QApplication.instance()
    app = existing if isinstance(existing, QApplication) else QApplication(sys.argv[:1])
    app.setOrganizationName(ORGANISATION)
    app.setApplicationName(APPLICATION)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    return app


def run_editor(path: Path | None = None) -> int:
    app = create_application()
    window = MainWindow()
    window.show()
    window.offer_recovery()
    if path is not None and not window.document.is_modified:
        window.files.open_path(path, ask_first=False)
    return app.exec()
