"""Keep reportlab from running files found in the user's home or working folder.

On import, reportlab executes `~/.reportlab_mods` and `~/.reportlab_settings` (and modules named
`reportlab_mods`/`reportlab_settings` anywhere on the import path, such as the current folder):
code in our process that nobody chose to run, and settings that change every export. It looks
them up with `import`, so empty modules registered under those names first answer instead.
This module must run before reportlab is first imported: the package's __init__ imports it first.
"""

from __future__ import annotations

import sys
import types

# What reportlab/__init__.py and reportlab/rl_config.py import to customise themselves.
CUSTOMISATION_MODULES = (
    "reportlab_mods",
    "reportlab_settings",
    "reportlab.local_rl_mods",
    "reportlab.local_rl_settings",
)


def isolate_reportlab() -> None:
    for name in CUSTOMISATION_MODULES:
        sys.modules.setdefault(name, types.ModuleType(name, "left empty: see isolation.py"))


isolate_reportlab()
