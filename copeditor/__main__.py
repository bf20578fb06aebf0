"""Entry point for `python -m copeditor`."""

import sys

from copeditor.cli import main

sys.exit(main())
