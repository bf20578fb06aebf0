"""The editor's private folder for recovery files and locks: readable by its owner only."""

from __future__ import annotations

import os
from pathlib import Path


def ensure_private_folder(folder: Path) -> Path:
    """Create `folder` (and its parents) and make it 0700 whatever the umask was."""
    folder.mkdir(mode=0o700, parents=True, exist_ok=True)
    if os.name != "nt":
        os.chmod(folder, 0o700)
    # On Windows, folders under the user's AppData inherit an ACL that admits only the user.
    return folder
