"""The preview's builder: a separate process that lays out PDFs while the window stays free.

A process, not a thread: reportlab's layout is Python code that would hold the interpreter lock
for most of a build, and every keystroke would wait for it. The process is started once (with
"spawn", the only safe start method in a program running Qt's threads) and reused. One build runs
at a time; requests made meanwhile are coalesced, so only the newest waiting one is built next.
Results come back through a small reader thread and are delivered as a Qt signal.
"""

from __future__ import annotations

import multiprocessing
import threading
from multiprocessing.connection import Connection
from multiprocessing.process import BaseProcess

from PySide6.QtCore import QCoreApplication, QObject, Signal

from copeditor.ui.preview.build_job import BuildRequest, BuildResult, PreviewProblem, serve

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class PdfBuilder(QObject):
    built = Signal(object)  # BuildResult, for requests in the order they were made

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._process: BaseProcess | None = None
        self._connection: Connection | None = None
        self._reader: threading.Thread | None = None
        self._busy: BuildRequest | None = None
        self._waiting: BuildRequest | None = None
        self._delivered = _Relay(self)
        self._delivered.result.connect(self._finished)

    @property
    def busy(self) -> bool:
        return self._busy is not None

    def request(self, request: BuildRequest) -> None:
        """Build `request` now, or as soon as the build in progress ends (replacing any older
        request still waiting)."""
        if self._busy is not None:
            self._waiting = request
            return
        self._send(request)

    def stop(self) -> None:
        """End the process, abandoning any build in progress (closing, or a new document)."""
        self._waiting = None
        self._busy = None
        process, connection, reader = self._process, self._connection, self._reader
        self._process = self._connection = self._reader = None
        if process is not None:  # first: the reader thread then sees the pipe end
            process.terminate()
            process.join(5)
        if connection is not None:
            connection.close()
        if reader is not None and reader is not threading.current_thread():
            # Its last signal (the pipe's end) is sent before this returns: once the window is
            # closed it may be deleted, and a signal sent by an object being deleted crashed
            # the program.
            reader.join(5)

    def _send(self, request: BuildRequest) -> None:
        try:
            connection = self._start()
            connection.send(request)
        except (OSError, EOFError) as error:
            self.stop()
            problem = PreviewProblem(
                translate("PdfBuilder", "The preview could not start its builder: {reason}").format(
                    reason=error
                )
            )
            self.built.emit(BuildResult(request.generation, None, [problem]))
            return
        self._busy = request

    def _start(self) -> Connection:
        if self._connection is not None and self._process is not None:
            if self._process.is_alive():
                return self._connection
            self.stop()
        context = multiprocessing.get_context("spawn")
        ours, theirs = context.Pipe()
        process = context.Process(target=serve, args=(theirs,), name="copeditor-preview")
        process.daemon = True  # never outlives the editor
        process.start()
        theirs.close()
        self._process, self._connection = process, ours
        reader = threading.Thread(
            target=_read_results, args=(ours, self._delivered), name="preview-results"
        )
        reader.daemon = True
        reader.start()
        self._reader = reader
        return ours

    def _finished(self, result: object, connection: object) -> None:
        if connection is not self._connection:  # from a process since stopped
            return
        if result is None:  # the process ended without answering (killed, crashed)
            request = self._busy
            self.stop()
            if request is not None:
                problem = PreviewProblem(
                    translate(
                        "PdfBuilder",
                        "The preview's builder stopped; it starts again with the next change.",
                    )
                )
                self.built.emit(BuildResult(request.generation, None, [problem]))
            return
        assert isinstance(result, BuildResult)
        self._busy = None
        self.built.emit(result)
        waiting, self._waiting = self._waiting, None
        if waiting is not None:
            self._send(waiting)


class _Relay(QObject):
    """Carries results from the reader thread to the window's thread (a queued signal)."""

    result = Signal(object, object)  # BuildResult or None (process gone), the connection


def _read_results(connection: Connection, relay: _Relay) -> None:
    while True:
        try:
            result: BuildResult | None = connection.recv()
        except (EOFError, OSError):
            result = None
        try:
            relay.result.emit(result, connection)
        except RuntimeError:  # the window, and the relay with it, is gone
            return
        if result is None:
            return
