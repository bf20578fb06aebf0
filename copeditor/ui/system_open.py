"""Hand things to the system, safely: our own files, and only http, https and mailto links.

A `file:` URL given to the system can start a program, so nothing else is ever handed over.
"""

from __future__ import annotations

import subprocess
import sys
from pathlib import Path

from PySide6.QtCore import QUrl
from PySide6.QtGui import QDesktopServices

from copeditor.links import has_safe_scheme


def open_link(address: str) -> bool:
    """Open a web or mail link the user clicked; anything else is refused."""
    if not has_safe_scheme(address):
        return False
    return QDesktopServices.openUrl(QUrl(address.strip()))


def open_own_file(path: Path) -> bool:
    """Open a file this editor just wrote (the email draft) with its default program."""
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))


def show_in_folder(path: Path) -> bool:
    """Open the file's folder, with the file selected where the system can do that."""
    try:
        if sys.platform == "win32":
            subprocess.Popen(["explorer", "/select,", str(path)])  # noqa: S603, S607
            return True
        if sys.platform == "darwin":
            return subprocess.run(["open", "-R", str(path)], check=False).returncode == 0  # noqa: S603, S607
    except OSError:
        pass
    return QDesktopServices.openUrl(QUrl.fromLocalFile(str(path.parent)))
