"""What the editor leaves for later: start-up imports only what the first window needs."""

from __future__ import annotations

import json
import os
import subprocess
import sys
from pathlib import Path
from typing import Any

# Each is loaded when first needed: the PDF export and preview, reading a PDF or a Word file,
# the spell checker (300 ms after the window appears), compiling a report.
LATER = ("reportlab", "hunspell", "PySide6.QtPdf", "docx", "lxml", "pypdf", "copeditor.compile")

PROBE = """
import json, sys
from pathlib import Path
import copeditor.storage.recovery
from copeditor.ui.app import create_application
from copeditor.ui.main_window import MainWindow
app = create_application("fr")
window = MainWindow()
window.show()
window.offer_recovery()
window.files.open_path(Path(sys.argv[1]), ask_first=False)
app.processEvents()
print(json.dumps({
    "modules": sorted(sys.modules),
    "title": window.windowTitle(),
    "menus": [action.text() for action in window.menuBar().actions()],
}))
"""


def test_the_window_opens_a_draft_without_what_comes_later(tmp_path: Path, ecpat: Any) -> None:
    from copeditor.storage import save_draft

    draft = tmp_path / "ecpat.json"
    save_draft(ecpat, draft)
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    result = subprocess.run(
        [sys.executable, "-c", PROBE, str(draft)],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
        timeout=120,
    )
    report = json.loads(result.stdout.strip().splitlines()[-1])
    loaded = [
        name
        for name in report["modules"]
        if any(name == later or name.startswith(later + ".") for later in LATER)
    ]
    assert loaded == []
    # ...while the chosen language is there from the first paint.
    assert "&Fichier" in report["menus"]
    assert "ecpat" in report["title"]
