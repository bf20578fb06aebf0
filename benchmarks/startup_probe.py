"""Started by bench_startup: `copeditor FILE` up to the window shown, or the bare floor."""

from __future__ import annotations

import sys
from pathlib import Path


def editor(path: Path) -> None:
    # The same steps as copeditor.cli.main_gui and copeditor.ui.app.run_editor, stopping where
    # the event loop would start.
    import copeditor.storage.recovery  # noqa: F401
    from copeditor.ui.app import create_application
    from copeditor.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow()
    window.show()
    window.offer_recovery()
    window.files.open_path(path, ask_first=False)
    app.processEvents()
    print("shown", flush=True)


def floor() -> None:
    """What no editor of this kind can avoid: pydantic, and a window of five tabs of fields."""
    from pydantic import BaseModel  # noqa: F401
    from PySide6.QtWidgets import (
        QApplication,
        QFormLayout,
        QLineEdit,
        QMainWindow,
        QTabWidget,
        QTextEdit,
        QWidget,
    )

    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    tabs = QTabWidget(window)
    for number in range(5):
        page = QWidget()
        form = QFormLayout(page)
        for label in ("Name", "Website"):
            form.addRow(label, QLineEdit(page))
        for label in ("Summary", "Additional information"):
            form.addRow(label, QTextEdit(page))
        tabs.addTab(page, f"Area {number + 1}")
    window.setCentralWidget(tabs)
    window.show()
    app.processEvents()
    print("shown", flush=True)


if __name__ == "__main__":
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    floor() if sys.argv[1] == "floor" else editor(Path(sys.argv[2]))
