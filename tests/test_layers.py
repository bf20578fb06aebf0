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


# Top-level modules any layer may use: each imports nothing of ours.
SHARED_MODULES = ("copeditor.links", "copeditor.inputfiles", "copeditor.atomicfile")


def test_model_imports_nothing_of_ours_but_itself_and_resources() -> None:
    allowed = ("copeditor.model", "copeditor.resources", *SHARED_MODULES)
    for path in (PACKAGE / "model").rglob("*.py"):
        ours = {n for n in imported_modules(path) if n.startswith("copeditor")}
        assert all(n.startswith(allowed) for n in ours), path


def test_shared_modules_import_nothing_of_ours() -> None:
    for name in SHARED_MODULES:
        path = PACKAGE / f"{name.rsplit('.', 1)[1]}.py"
        assert not {n for n in imported_modules(path) if n.startswith("copeditor")}, path
