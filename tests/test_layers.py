"""The headless layers (model, storage, formats, command line) never import Qt."""

from __future__ import annotations

import ast
from pathlib import Path

import copeditor

PACKAGE = Path(copeditor.__file__).parent


def imported_modules(path: Path) -> set[str]:
    tree = ast.parse(path.read_text(encoding="utf-8"))
    names: set[str] = set()
    for node in ast.walk(tree):
        if isinstance(node, ast.Import):
            names.update(alias.name for alias in node.names)
        elif isinstance(node, ast.ImportFrom) and node.module:
            names.add(node.module)
    return names


def test_no_qt_outside_the_ui_package() -> None:
    offenders = []
    for path in PACKAGE.rglob("*.py"):
        if "ui" in path.relative_to(PACKAGE).parts:
            continue
        if any(name.split(".")[0] in ("PySide6", "shiboken6") for name in imported_modules(path)):
            offenders.append(str(path.relative_to(PACKAGE)))
    assert offenders == []


def test_model_imports_nothing_of_ours_but_itself_and_resources() -> None:
    for path in (PACKAGE / "model").rglob("*.py"):
        ours = {n for n in imported_modules(path) if n.startswith("copeditor")}
        assert all(n.startswith(("copeditor.model", "copeditor.resources")) for n in ours), path


def test_spelling_imports_only_the_model_and_markdown_plain_text() -> None:
    # Beside formats: the model, the shared resources and atomic writes, and the one
    # Markdown-to-plain-text function (so spelling sees the text the reader sees).
    allowed = (
        "copeditor.spelling",
        "copeditor.model",
        "copeditor.resources",
        "copeditor.atomicfile",
        "copeditor.formats.textform.markdown_text",
    )
    for path in (PACKAGE / "spelling").rglob("*.py"):
        ours = {n for n in imported_modules(path) if n.startswith("copeditor")}
        assert all(n.startswith(allowed) for n in ours), path
