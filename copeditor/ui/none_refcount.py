"""Keep Python's None, True and False alive under PySide6 6.12 on Python 3.11.

PySide6 6.12.0 hands back None from calls that return nothing (processEvents, setValue, repaint,
timer starts...), and True or False from some that return a bool, without taking a reference to
them. Python 3.12 made these objects immortal, so there it does not matter; on 3.11 their
reference counts fall with every such call (None: about 11 per keystroke in the editor) and the
interpreter aborts ("none_dealloc: deallocating None") after roughly 1,300 keystrokes. Measured
here: PySide6-Essentials 6.11.3 on 3.11 loses nothing; 6.12.0 on 3.12 cannot. Raising the counts
once by a vast amount makes them as good as immortal, as they are on 3.12.
"""

from __future__ import annotations

import ctypes
import sys

HEADROOM = 1 << 40  # a trillion calls that drop a reference


def keep_none_alive() -> None:
    if sys.version_info >= (3, 12) or sys.implementation.name != "cpython":
        return
    for singleton in (None, True, False):
        # ob_refcnt is the first field of every CPython object, a Py_ssize_t.
        ctypes.c_ssize_t.from_address(id(singleton)).value += HEADROOM
