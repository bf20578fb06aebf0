"""Run the editor and type into it, as a person would, until killed (see test_autosave)."""

from __future__ import annotations

import sys
import time
from pathlib import Path

from PySide6.QtCore import Qt, QTimer
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication

from copeditor.ui.app import create_application
from copeditor.ui.main_window import MainWindow

TEXT = "Hotline reports from children and parents across the region, week after week. " * 20


def main() -> None:
    app = create_application()
    window = MainWindow(Path(sys.argv[1]))
    window.show()
    field = window.pages[0].name_field
    field.setFocus()
    position = 0

    def type_one() -> None:
        nonlocal position
        character = TEXT[position % len(TEXT)]
        for kind in (QKeyEvent.Type.KeyPress, QKeyEvent.Type.KeyRelease):
            QApplication.sendEvent(
                field, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, character)
            )
        # What was typed, and when: the test compares it with what recovery offers.
        print(f"{time.monotonic():.4f} {position}", flush=True)
        position += 1

    timer = QTimer(window)
    timer.timeout.connect(type_one)
    timer.start(40)
    app.exec()


if __name__ == "__main__":
    main()
