"""Notice when another program (a sync client, another machine) changes the open draft."""

from __future__ import annotations

import hashlib
from pathlib import Path

from PySide6.QtCore import QFileSystemWatcher, QObject, Signal


def file_signature(path: Path) -> str | None:
    """What the file holds now (its hash), or None when it cannot be read."""
    try:
        return hashlib.sha256(path.read_bytes()).hexdigest()
    except OSError:
        return None


class DiskWatcher(QObject):
    changed_elsewhere = Signal(object)  # Path: its content is no longer what we last saw

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.watcher = QFileSystemWatcher(self)
        self.watcher.fileChanged.connect(self._file_changed)
        self.path: Path | None = None
        self.known: str | None = None  # signature of the version we loaded or saved
        self.declined: str | None = None  # a version the user chose not to reload

    def watch(self, path: Path | None) -> None:
        """Follow `path`, whose current content is ours (just loaded or saved)."""
        if self.watcher.files():
            self.watcher.removePaths(self.watcher.files())
        self.path = path
        self.known = file_signature(path) if path else None
        self.declined = None
        if path is not None:
            self.watcher.addPath(str(path))

    def differs(self) -> bool:
        """True when the file on disk is not the version we know (checked before saving)."""
        return self.path is not None and file_signature(self.path) not in (self.known, None)

    def check(self) -> None:
        """Report a foreign version once (also called when the window is activated)."""
        if self.path is None:
            return
        if str(self.path) not in self.watcher.files() and self.path.exists():
            self.watcher.addPath(str(self.path))  # replaced by rename: follow the new file
        current = file_signature(self.path)
        if current not in (self.known, self.declined, None):
            self.changed_elsewhere.emit(self.path)

    def _file_changed(self, name: str) -> None:
        if self.path is not None and Path(name) == self.path:
            self.check()
