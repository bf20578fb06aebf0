"""Locks held by a running editor: on a draft it has open, and on its own recovery file.

The operating system's file lock (through filelock) is released when the process ends, however
it ends, so a lock left by a crashed editor is free to take over. Beside each lock, an owner
file says which process holds it, for the warning a second editor shows.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import socket
from dataclasses import dataclass
from pathlib import Path

from filelock import FileLock, Timeout

from copeditor.atomicfile import write_atomic


@dataclass(frozen=True)
class LockOwner:
    pid: int
    host: str

    def describe(self) -> str:
        here = self.host == socket.gethostname()
        return f"process {self.pid}" + ("" if here else f" on {self.host}")


class HeldLock:
    """A lock this process holds until release()."""

    def __init__(self, lock: FileLock, owner_file: Path) -> None:
        self._lock = lock
        self._owner_file = owner_file

    def release(self) -> None:
        with contextlib.suppress(OSError):
            self._owner_file.unlink()
        self._lock.release()


class LockedByOther(Exception):
    def __init__(self, owner: LockOwner | None) -> None:
        self.owner = owner
        super().__init__(owner.describe() if owner else "another process")


def try_lock(lock_path: Path) -> HeldLock:
    """Take the lock at once or raise LockedByOther; a dead owner's lock is simply taken."""
    lock = FileLock(lock_path, timeout=0)
    owner_file = lock_path.with_suffix(".owner")
    try:
        lock.acquire()
    except Timeout:
        raise LockedByOther(read_owner(owner_file)) from None
    owner = {"pid": os.getpid(), "host": socket.gethostname()}
    # Not durable: the note only names the holder of a lock that a power cut releases anyway,
    # and its two fsyncs were a tenth of a second of the editor's start-up (two locks).
    write_atomic(owner_file, json.dumps(owner).encode(), durable=False)
    return HeldLock(lock, owner_file)


def read_owner(owner_file: Path) -> LockOwner | None:
    try:
        data = json.loads(owner_file.read_text(encoding="utf-8"))
        return LockOwner(int(data["pid"]), str(data["host"]))
    except (OSError, ValueError, KeyError, TypeError):
        return None


def draft_lock_path(folder: Path, draft: Path) -> Path:
    """The lock for a draft lives in the private folder, named after the draft's full path
    (drafts often sit in shared or synced folders, where a lock file would travel)."""
    key = hashlib.sha256(str(draft.resolve()).encode("utf-8", "surrogatepass")).hexdigest()[:24]
    return folder / f"draft-{key}.lock"
