"""The compile and input packages sit above formats and storage, below the editor and the
command line; the layers under them never import them."""

from __future__ import annotations

from tests.test_layers import PACKAGE, imported_modules


def test_compile_and_inputs_import_neither_the_editor_nor_the_command_line() -> None:
    for package in ("compile", "inputs"):
        for path in (PACKAGE / package).rglob("*.py"):
            ours = {n for n in imported_modules(path) if n.startswith("copeditor")}
            assert not {n for n in ours if n.startswith(("copeditor.ui", "copeditor.cli"))}, path


def test_lower_layers_do_not_import_compile_or_inputs() -> None:
    for package in ("model", "storage", "formats"):
        for path in (PACKAGE / package).rglob("*.py"):
            ours = {n for n in imported_modules(path) if n.startswith("copeditor")}
            assert not {n for n in ours if n.startswith(("copeditor.compile", "copeditor.inputs"))}
