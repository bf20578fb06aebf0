"""The self-test's last check: the editor's window can be made, drawn and taken down again."""

from __future__ import annotations

import os
import tempfile
from pathlib import Path

from PySide6.QtCore import QEvent


def check_window() -> str:
    """Build the editor's window on Qt's offscreen platform, draw it, and take it down again."""
    os.environ["QT_QPA_PLATFORM"] = "offscreen"  # read when the application is made
    from copeditor.ui.app import create_application
    from copeditor.ui.main_window import MainWindow

    app = create_application()
    with tempfile.TemporaryDirectory() as private_folder:  # no recovery files in the user's
        window = MainWindow(Path(private_folder))
        window.show()
        app.processEvents()
        size = window.size()
        drawn = not window.grab().isNull()
        tabs = window.tabs.count()
        # Not close(): that would store this window's geometry in the user's settings.
        window.autosave.close()
        window.files.release_lock()
        window.hide()
        window.deleteLater()
        app.sendPostedEvents(None, QEvent.Type.DeferredDelete)  # the window and its menus, gone now
        del window
    if not drawn:
        raise RuntimeError("the window could not be drawn")
    return f"{tabs} tabs, {size.width()}x{size.height()}, platform {app.platformName()}"
