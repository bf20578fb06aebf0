"""The File > Open Recent list: the last ten drafts opened or saved, kept in the settings."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent
from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from copeditor.ui.settings import app_settings

MAX_RECENT = 10
_KEY = "files/recent"


def recent_paths() -> list[Path]:
    values = app_settings().value(_KEY, [], type=list)
    if not isinstance(values, list):
        return []
    return [Path(value) for value in values if isinstance(value, str) and value][:MAX_RECENT]


def add_recent(path: Path) -> None:
    resolved = str(path.resolve())
    values = [str(p) for p in recent_paths() if str(p) != resolved]
    app_settings().setValue(_KEY, [resolved, *values][:MAX_RECENT])


def clear_recent() -> None:
    app_settings().setValue(_KEY, [])


class RecentFilesMenu(QMenu):
    """Rebuilt each time it opens, so it always shows what the settings hold."""

    def __init__(self, open_path: Callable[[Path], object], parent: QMenu | None = None) -> None:
        super().__init__(parent)
        self._open_path = open_path
        self.aboutToShow.connect(self.rebuild)
        self.retranslate()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def retranslate(self) -> None:
        self.setTitle(QCoreApplication.translate("RecentFilesMenu", "Open &Recent"))
        self.rebuild()

    def _clear(self) -> None:
        clear_recent()
        self.rebuild()

    def rebuild(self) -> None:
        self.clear()
        paths = recent_paths()
        for number, path in enumerate(paths, start=1):
            # "&&" keeps an ampersand in a file name from becoming a mnemonic.
            label = f"&{number % 10} {path.name.replace('&', '&&')}"
            action = QAction(label, self)
            action.setToolTip(str(path))
            action.setStatusTip(str(path))
            action.triggered.connect(lambda checked=False, p=path: self._open_path(p))
            self.addAction(action)
        if not paths:
            empty = self.addAction(QCoreApplication.translate("RecentFilesMenu", "No recent files"))
            empty.setEnabled(False)
        self.addSeparator()
        clear = self.addAction(
            QCoreApplication.translate("RecentFilesMenu", "&Clear Menu"), self._clear
        )
        clear.setEnabled(bool(paths))
