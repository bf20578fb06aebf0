"""PySide6 6.12 on Python 3.11 drops a reference to None (True, False) on every call returning
nothing: the editor's application gives them room for a trillion such calls."""

from __future__ import annotations

import sys
from typing import Any

import pytest

from copeditor.ui.app import create_application


@pytest.mark.skipif(sys.version_info >= (3, 12), reason="None, True and False are immortal")
def test_none_true_and_false_survive_a_long_session(qtbot: Any) -> None:
    app = create_application()
    before = sys.getrefcount(None)
    for _ in range(20_000):  # the editor makes about 11 such calls per keystroke
        app.processEvents()
    for singleton in (None, True, False):
        assert sys.getrefcount(singleton) > 1 << 39
    assert sys.getrefcount(None) > before - 40_000  # the headroom is there once, not per call
