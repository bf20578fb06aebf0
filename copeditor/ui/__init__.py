"""The Qt editor window: one client of the model; the only package that imports Qt."""

from copeditor.ui.none_refcount import keep_none_alive

# Before any Qt call of ours (the editor, the self-test's window, the tests): PySide6 6.12 on
# Python 3.11 drops references to None with every call, and the interpreter aborts after a few
# thousand of them. See none_refcount.py.
keep_none_alive()
