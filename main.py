"""Launcher: run the editor (or the command line) from a checkout with `python main.py`."""

import multiprocessing
import sys

from copeditor.cli import main

if __name__ == "__main__":
    # A bundled (frozen) editor starts worker processes (the preview's builder, the compile's
    # readers) by running itself again: this turns such a run into the worker, not a window.
    multiprocessing.freeze_support()
    sys.exit(main())
