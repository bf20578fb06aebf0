"""Help > Diagnostics and Help > Licences: what support staff ask a partner to look at."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QWidget

from copeditor.resources import licenses_dir, resource_path
from copeditor.ui import dialogs

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def show_diagnostics(parent: QWidget) -> None:
    """The installation's self-test (fonts, a PDF of the sample, dictionaries, translations),
    without the window check: this window is the proof that one can be made."""
    from copeditor.selftest import installation, run_checks

    QApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        results = run_checks()
    finally:
        QApplication.restoreOverrideCursor()
    failed = sum(not result.ok for result in results)
    # The checks' own lines stay in English: support staff read them.
    verdict = (
        translate("Diagnostics", "%n check(s) failed", None, failed)
        if failed
        else translate("Diagnostics", "every check passed")
    )
    lines = [installation(), verdict, "", *(result.line() for result in results)]
    dialogs.show_report(parent, translate("Diagnostics", "Diagnostics"), "\n".join(lines))


def licence_text() -> str:
    """The notices of what the editor is made of: the bundle's LICENSES/README.txt, or, from a
    checkout or wheel, the shipped fonts', icons' and dictionaries' own."""
    bundled = licenses_dir()
    if bundled is not None:
        return (bundled / "README.txt").read_text(encoding="utf-8", errors="replace")
    parts = [
        "The COP Submission Editor is free software under the MIT licence.",
        "It runs on Qt and Qt for Python (PySide6), under the GNU LGPL version 3.",
        "",
    ]
    for folder, pattern in (("fonts", "LICENSE*"), ("icons/lucide", "LICENSE"),
                            ("dictionaries", "*.LICENSE.txt")):  # fmt: skip
        for path in sorted(resource_path(*folder.split("/")).glob(pattern)):
            parts += [f"--- {folder}/{path.name} ---", path.read_text("utf-8", "replace"), ""]
    return "\n".join(parts)


def show_licences(parent: QWidget) -> None:
    dialogs.show_report(parent, translate("Diagnostics", "Licences"), licence_text())
