"""Write a file so that it is either wholly the old or wholly the new version, even after a crash.

Order (see PITFALLS.md): write a temporary file in the target's folder, flush, fsync it, close
it, replace the target, fsync the folder. Any layer may use this module; it imports nothing of ours.
"""

from __future__ import annotations

import contextlib
import glob
import os
import sys
import tempfile
import time
from pathlib import Path

# How long to keep retrying a replace that another program blocks (Windows antivirus, search
# indexers and sync clients hold files for a moment).
REPLACE_RETRY_SECONDS = 2.0
_RETRY_PAUSE_SECONDS = 0.05


def fsync_file(fd: int) -> None:
    if sys.platform == "darwin":
        import fcntl

        # macOS's fsync does not flush the drive's cache; F_FULLFSYNC does.
        fcntl.fcntl(fd, fcntl.F_FULLFSYNC)
    else:
        os.fsync(fd)


def fsync_directory(directory: Path) -> None:
    """Make a rename in `directory` durable. Windows has no directory handles to sync."""
    if os.name == "nt":
        return
    fd = os.open(directory, os.O_RDONLY)
    try:
        os.fsync(fd)
    finally:
        os.close(fd)


def replace_with_retry(source: Path, target: Path) -> None:
    deadline = time.monotonic() + REPLACE_RETRY_SECONDS
    while True:
        try:
            os.replace(source, target)
            return
        except PermissionError:
            # On Windows this is "access denied / in use" while another program holds the
            # target; it usually clears within a second. Elsewhere it is final, but a short
            # bounded retry costs nothing on a path that is failing anyway.
            if time.monotonic() >= deadline:
                raise
            time.sleep(_RETRY_PAUSE_SECONDS)


def write_atomic(target: Path | str, data: bytes) -> None:
    """Replace `target` with `data` atomically; on failure the old file is left as it was.

    The new file is readable by its owner only (mkstemp's 0600): drafts and exports are private.
    """
    target = Path(target)
    directory = target.parent
    fd, temp_name = tempfile.mkstemp(dir=directory, prefix=f".{target.name}.", suffix=".tmp")
    temp_path = Path(temp_name)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            fsync_file(handle.fileno())
        replace_with_retry(temp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    fsync_directory(directory)


def remove_stale_temporaries(target: Path) -> None:
    """Delete temporary files a crashed write_atomic left beside `target`.

    Only call this while no other writer of `target` can be running (the draft lock).
    """
    target = Path(target)
    for leftover in target.parent.glob(f".{glob.escape(target.name)}.*.tmp"):
        with contextlib.suppress(OSError):
            leftover.unlink()
