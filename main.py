"""Launcher: run the editor (or the command line) from a checkout with `python main.py`."""

import sys

from copeditor.cli import main

if __name__ == "__main__":
    import multiprocessing

    multiprocessing.freeze_support()  # the compile's worker processes, in a frozen bundle
    sys.exit(main())
