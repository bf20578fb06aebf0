"""Launcher: run the editor (or the command line) from a checkout with `python main.py`."""

import multiprocessing
import sys

from copeditor.cli import main

if __name__ == "__main__":
    # A bundled (frozen) editor starts the preview's build process by running itself again:
    # this turns that run into the build process instead of a second window.
    multiprocessing.freeze_support()
    sys.exit(main())
