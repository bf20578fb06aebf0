"""Autosave: unsaved work is written to this editor's recovery file within seconds.

A change is on disk at most MAX_DELAY after it was made (LONGEST_WAIT more while keys come
without a break), sooner when typing pauses. The model is
serialised on the UI thread (a snapshot; fast, see benchmarks/) and written, with fsync, by a
worker thread, so typing never waits for the disk.

Bringing typing into the model first converts the field being typed in to Markdown (15-20 ms for
a 100-page summary, on the UI thread): the deadline's write waits for a break between two
keystrokes, as short as people leave between words, so that it never delays a key. So does the
write after a pause, when typing has just begun again.
"""

from __future__ import annotations

import tempfile
import time
from concurrent.futures import Future, ThreadPoolExecutor
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QObject, Signal

from copeditor.storage import draft_bytes
from copeditor.storage.recovery import RecoverySession, RecoveryStore
from copeditor.ui.debounce import debounce_timer
from copeditor.ui.document.document import Document

IDLE_MS = 1000  # typing paused this long: write now
MAX_DELAY_MS = 4000  # never leave a change unwritten longer, even while typing on...
TYPING_BREAK_S = 0.15  # ...except to wait for a break this long between keystrokes,
LONGEST_WAIT_MS = 4000  # for at most this long
_LOOK_AGAIN_MS = 30


def open_recovery_store(folder: Path) -> RecoveryStore:
    """The private folder for recovery files; a temporary one when it cannot be created
    (no writable application data), so that work is still protected for this session."""
    try:
        return RecoveryStore(folder)
    except OSError:
        return RecoveryStore(Path(tempfile.mkdtemp(prefix="copeditor-recovery-")))


class Autosave(QObject):
    failed = Signal(str)  # one-line reason; the work stays in memory and is retried

    def __init__(
        self,
        document: Document,
        session: RecoverySession,
        idle_ms: int = IDLE_MS,
        max_delay_ms: int = MAX_DELAY_MS,
    ) -> None:
        super().__init__(document)
        self.document = document
        self.session = session
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="autosave")
        self.idle = debounce_timer(self, idle_ms, self._write_in_a_break)
        self.deadline = debounce_timer(self, max_delay_ms, self._write_in_a_break)
        self._break_wait = debounce_timer(self, _LOOK_AGAIN_MS, self._write_in_a_break)
        self._waiting_since: float | None = None
        self._connections = [
            document.undo_stack.indexChanged.connect(self._changed),
            document.undo_stack.cleanChanged.connect(self._changed),
            document.replaced.connect(self._changed),
            document.pending_changed.connect(self._changed),
        ]

    def _changed(self, *args: object) -> None:
        if not self.document.is_modified:
            self.clear()  # saved, discarded, or undone back to the saved state
            return
        self.idle.start()
        if not self.deadline.isActive():
            self.deadline.start()

    def _write_in_a_break(self) -> None:
        now = time.monotonic()
        if self._waiting_since is None:
            self._waiting_since = now
        typing = now - self.document.last_keystroke < TYPING_BREAK_S
        if typing and now - self._waiting_since < LONGEST_WAIT_MS / 1000:
            self._break_wait.start()  # look again in a moment
            return
        self.save_now()

    def save_now(self) -> Future[None] | None:
        self.idle.stop()
        self.deadline.stop()
        self._break_wait.stop()
        self._waiting_since = None
        self.document.flush_edits()
        if not self.document.is_modified:
            return None
        snapshot = draft_bytes(self.document.submission)
        original: Path | None = self.document.path
        future = self._worker.submit(self.session.write, snapshot, original)
        future.add_done_callback(self._report)
        return future

    def _report(self, future: Future[None]) -> None:
        error = future.exception()
        if error is not None:  # emitted from the worker: Qt queues it to the UI thread
            self.failed.emit(
                QCoreApplication.translate("Autosave", "Autosave failed: {reason}").format(
                    reason=getattr(error, "strerror", None) or error
                )
            )

    def clear(self) -> None:
        self.idle.stop()
        self.deadline.stop()
        self._break_wait.stop()
        self._waiting_since = None
        self._worker.submit(self.session.clear)  # after any write still queued

    def close(self) -> None:
        """The window closes with nothing to keep: no recovery file, no lock."""
        for connection in self._connections:
            QObject.disconnect(connection)
        self._connections.clear()
        self.idle.stop()
        self.deadline.stop()
        self._break_wait.stop()
        self._worker.shutdown(wait=True)
        self.session.close()
