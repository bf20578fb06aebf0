"""Shared fixtures. Tests run offscreen, without a display, and never touch the user's settings."""

from __future__ import annotations

import os
from pathlib import Path

import pytest
from hypothesis import settings

# CI runs the same examples every time (a failure there can be replayed); at a desk, new ones.
settings.register_profile("ci", derandomize=True, database=None, print_blob=True)
settings.load_profile("ci" if os.environ.get("CI") else "default")

# Must be set before Qt creates its application (pytest-qt creates it lazily, on first use).
os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

DATA = Path(__file__).parent / "data"
ECPAT_MD = DATA / "ecpat-international-2010.md"


@pytest.fixture
def ecpat_text() -> str:
    return ECPAT_MD.read_text(encoding="utf-8")


@pytest.fixture
def ecpat():  # type: ignore[no-untyped-def]
    from copeditor.formats.textform import read_text_form

    return read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission


@pytest.fixture(scope="session", autouse=True)
def _private_settings(tmp_path_factory: pytest.TempPathFactory) -> None:
    """Keep Qt's settings, standard paths and the home folder away from the user's real ones."""
    home = tmp_path_factory.mktemp("home")
    for variable, folder in (
        ("HOME", home),
        ("XDG_CONFIG_HOME", home / ".config"),
        ("XDG_DATA_HOME", home / ".local" / "share"),
        ("XDG_CACHE_HOME", home / ".cache"),
    ):
        os.environ[variable] = str(folder)
    try:
        from PySide6.QtCore import QSettings, QStandardPaths
    except ImportError:  # the headless tests run without Qt too
        return
    QStandardPaths.setTestModeEnabled(True)
    folder = tmp_path_factory.mktemp("settings")
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(folder))
