"""Write a file so that it is either wholly the old or wholly the new version, even after a crash.

The order is the one that survives a power cut (ext4's delayed allocation, 2009, left empty
files after write-then-rename without fsync): write a temporary file in the target's folder,
flush, fsync it, close it, replace the target, fsync the folder. Any layer may use this module;
it imports nothing of ours.

A symbolic link is written through, to the file it points to (as `cp` and Vim do): users keep
drafts in synced folders through links, which must survive a save. A target that is not a
regular file (a device, a FIFO, a socket, a folder) is refused before anything is written.
Temporaries are named `.NAME.PID.RANDOM.tmp` and locked while written, so a later write can
tell those a killed process left behind from one still being written, and remove them.
"""

from __future__ import annotations

import contextlib
import errno
import glob
import os
import stat
import sys
import tempfile
import time
from pathlib import Path

# How long to keep retrying a replace that another program blocks (Windows antivirus, search
# indexers and sync clients hold files for a moment).
REPLACE_RETRY_SECONDS = 2.0
_RETRY_PAUSE_SECONDS = 0.05
# A temporary nobody holds is left alone this long, unless the process that made it has ended:
# its writer (if alive) locks it within microseconds of creating it.
STALE_TEMPORARY_SECONDS = 60.0


class TargetNotRegularError(OSError):
    """The target exists and is not a regular file; str(error) says what it is."""


def non_regular_kind(mode: int) -> str | None:
    """What a file that is not a regular one is, in words ("is a pipe (FIFO), not a regular
    file"); None for a regular file. Inputs and outputs refuse the same kinds in the same words."""
    if stat.S_ISREG(mode):
        return None
    if stat.S_ISDIR(mode):
        return "is a folder, not a file"
    if stat.S_ISFIFO(mode):
        return "is a pipe (FIFO), not a regular file"
    if stat.S_ISSOCK(mode):
        return "is a socket, not a regular file"
    if stat.S_ISCHR(mode) or stat.S_ISBLK(mode):
        return "is a device, not a regular file"
    return "is not a regular file"


def resolve_target(target: Path | str) -> Path:
    """The file a write to `target` must replace: symbolic links followed (a dangling link
    gives the file it would create). Raises TargetNotRegularError for devices, FIFOs, folders."""
    resolved = Path(os.path.realpath(target))
    try:
        mode = os.stat(resolved).st_mode
    except FileNotFoundError:
        return resolved
    kind = non_regular_kind(mode)
    if kind:
        raise TargetNotRegularError(errno.EINVAL, f"it {kind}", str(target))
    return resolved


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


def write_atomic(target: Path | str, data: bytes, *, durable: bool = True) -> None:
    """Replace `target` with `data` atomically; on failure the old file is left as it was.

    The new file is readable by its owner only (mkstemp's 0600): drafts and exports are private.
    `durable=False` leaves out the two fsyncs (each can take tens of milliseconds): for files
    worth nothing after a power cut, such as a lock's note of which process holds it. Readers
    still see the whole old or the whole new file.
    """
    target = resolve_target(target)
    directory = target.parent
    fd, temp_name = tempfile.mkstemp(
        dir=directory, prefix=f".{target.name}.{os.getpid()}.", suffix=".tmp"
    )
    temp_path = Path(temp_name)
    try:
        _lock(fd)  # tells remove_stale_temporaries this one is being written
        with os.fdopen(fd, "wb") as handle:
            handle.write(data)
            handle.flush()
            if durable:
                fsync_file(handle.fileno())
        replace_with_retry(temp_path, target)
    except BaseException:
        with contextlib.suppress(OSError):
            temp_path.unlink()
        raise
    if durable:
        fsync_directory(directory)
    with contextlib.suppress(OSError):
        remove_stale_temporaries(target)


def _lock(fd: int) -> None:
    if os.name != "nt":
        import fcntl

        fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)


def _process_ended(pid: int) -> bool:
    try:
        os.kill(pid, 0)  # signal 0: a check only (POSIX; never called on Windows)
    except ProcessLookupError:
        return True
    except OSError:
        return False  # it exists, owned by someone else
    return False


def _is_abandoned(leftover: Path, prefix: str) -> bool:
    """True when no process can still be writing `leftover` (POSIX: nobody holds its lock,
    and its process has ended or it is old)."""
    import fcntl

    try:
        fd = os.open(leftover, os.O_RDONLY | os.O_NONBLOCK | os.O_NOFOLLOW)
    except OSError:
        return False
    try:
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return False
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            return False  # a writer holds it
        # NAME.PID.RANDOM.tmp, where NAME may itself hold dots (draft.json.bak's temporaries
        # are cleaned with draft.json's); the random part never does. Without a process
        # number, an earlier version of the program made it: nobody writes it now.
        parts = leftover.name[len(prefix) :].split(".")
        if len(parts) < 3 or not parts[-3].isdigit():
            return True
        pid = int(parts[-3])
        if pid != os.getpid() and _process_ended(pid):
            return True
        return time.time() - os.fstat(fd).st_mtime > STALE_TEMPORARY_SECONDS
    finally:
        os.close(fd)


def remove_stale_temporaries(target: Path | str) -> None:
    """Delete temporary files that killed writes of `target` left beside it; never one that
    is still being written (on Windows an open file cannot be deleted, so trying is safe)."""
    target = Path(os.path.realpath(target))
    prefix = f".{target.name}."
    for leftover in target.parent.glob(f"{glob.escape(prefix)}*.tmp"):
        if os.name == "nt" or _is_abandoned(leftover, prefix):
            with contextlib.suppress(OSError):
                leftover.unlink()
