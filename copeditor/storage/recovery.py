"""Recovery files: what autosave writes while a document has unsaved changes.

Each running editor owns one recovery file and holds a lock on it. Files whose lock is free
were left by an editor that did not close cleanly: those are offered on the next start. The
user's draft itself is never written here, and recovery files never sit beside drafts.
"""

from __future__ import annotations

import contextlib
import json
import uuid
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

from copeditor.atomicfile import write_atomic
from copeditor.model import Submission
from copeditor.storage.drafts import submission_from_json
from copeditor.storage.errors import DraftError
from copeditor.storage.locks import HeldLock, LockedByOther, try_lock
from copeditor.storage.private_folder import ensure_private_folder

SUFFIX = ".recovery.json"
FORMAT = "copeditor-recovery"


@dataclass(frozen=True)
class RecoveredWork:
    file: Path
    original_path: Path | None  # the draft it belongs to; None for a never-saved document
    saved_at: datetime
    submission: Submission

    @property
    def name(self) -> str:
        return self.original_path.name if self.original_path else "Untitled"

    def first_words(self, count: int = 12, as_text: Callable[[str], str] = str) -> str:
        """The start of the work, to recognise it by; `as_text` turns a summary's Markdown
        into what a reader sees (storage does not read Markdown itself)."""
        texts = [self.submission.organisation]
        for area in self.submission.areas:
            for programme in area.programmes:
                texts += [programme.name, as_text(programme.summary)]
        words = " ".join(" ".join(text.split()) for text in texts if text.strip()).split()
        return " ".join(words[:count]) + (" …" if len(words) > count else "")


def recovery_bytes(submission_json: bytes, original_path: Path | None) -> bytes:
    """The recovery file: the draft's JSON wrapped with where it belongs and when it was made."""
    header = {
        "format": FORMAT,
        "original_path": str(original_path) if original_path else None,
        "saved_at": datetime.now(UTC).isoformat(timespec="seconds"),
    }
    head = json.dumps(header, ensure_ascii=False)[:-1]  # open object, the submission follows
    return f'{head}, "submission": '.encode() + submission_json + b"}\n"


class RecoveryStore:
    """The private folder holding recovery files and locks (0700; files 0600)."""

    def __init__(self, folder: Path) -> None:
        self.folder = ensure_private_folder(folder)

    def new_session(self) -> RecoverySession:
        return RecoverySession(self, uuid.uuid4().hex)

    def leftovers(self) -> list[RecoveredWork]:
        """Recovery files whose editor is gone, newest first; unreadable ones are skipped."""
        found = []
        for file in sorted(self.folder.glob(f"*{SUFFIX}")):
            try:
                try_lock(lock_file_for(file)).release()  # free: its editor is no longer running
            except LockedByOther:
                continue
            work = read_recovery(file)
            if work is not None:
                found.append(work)
        return sorted(found, key=lambda work: work.saved_at, reverse=True)

    def discard(self, work: RecoveredWork) -> None:
        for file in (work.file, lock_file_for(work.file)):
            with contextlib.suppress(OSError):
                file.unlink()


def lock_file_for(recovery_file: Path) -> Path:
    return recovery_file.with_name(recovery_file.name.removesuffix(SUFFIX) + ".lock")


def read_recovery(file: Path) -> RecoveredWork | None:
    """The work in a recovery file, migrated like any draft; None when it cannot be read."""
    try:
        data = json.loads(file.read_bytes())
        if data.get("format") != FORMAT:
            return None
        original = data.get("original_path")
        return RecoveredWork(
            file=file,
            original_path=Path(original) if original else None,
            saved_at=datetime.fromisoformat(data["saved_at"]),
            submission=submission_from_json(file, data["submission"]),
        )
    except (OSError, ValueError, KeyError, TypeError, DraftError):
        return None


class RecoverySession:
    """One editor's recovery file, locked for as long as the editor runs."""

    def __init__(self, store: RecoveryStore, session_id: str) -> None:
        self.file = store.folder / f"{session_id}{SUFFIX}"
        self._lock: HeldLock | None = try_lock(lock_file_for(self.file))

    def write(self, submission_json: bytes, original_path: Path | None) -> None:
        write_atomic(self.file, recovery_bytes(submission_json, original_path))

    def clear(self) -> None:
        """The work is safe (saved) or unwanted (discarded): no recovery file."""
        with contextlib.suppress(FileNotFoundError):
            self.file.unlink()

    def close(self) -> None:
        self.clear()
        if self._lock is not None:
            self._lock.release()
            self._lock = None
            with contextlib.suppress(OSError):
                lock_file_for(self.file).unlink()
