"""Tools > Compile Submissions: many partners' files into one report, built off the UI thread
with a progress dialog that can cancel it; the report is offered to open when it is written."""

from __future__ import annotations

import threading
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any

from PySide6.QtCore import QCoreApplication, QObject, Qt, Signal
from PySide6.QtWidgets import QProgressDialog, QWidget
from shiboken6 import isValid

from copeditor.ui import dialogs, settings, system_open
from copeditor.ui.dialogs import CompileRequest
from copeditor.ui.language import QT_TRANSLATE_NOOP

_STAGES = {
    "reading": QT_TRANSLATE_NOOP("CompileRunner", "Reading the submissions"),
    "laying out": QT_TRANSLATE_NOOP("CompileRunner", "Laying out the report"),
    "writing": QT_TRANSLATE_NOOP("CompileRunner", "Writing the report"),
}

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class CompileRunner(QObject):
    finished = Signal(str)  # one line for the status bar
    _progress = Signal(str, int, int)  # from the worker: stage, done, total
    _done = Signal(object)  # from the worker: the finished Future

    def __init__(self, window: QWidget) -> None:
        super().__init__(window)
        self.window = window
        self._worker = ThreadPoolExecutor(max_workers=1, thread_name_prefix="compile")
        self._cancel = threading.Event()
        self._request: CompileRequest | None = None
        self.progress_dialog: QProgressDialog | None = None
        self._progress.connect(self._show_progress)
        self._done.connect(self._finish)

    def start(self) -> bool:
        """Ask what to compile, then compile it; False when the user cancelled or one runs."""
        if self._request is not None:
            return False
        request = dialogs.ask_compile(self.window, settings.last_folder())
        if request is None:
            return False
        self.run(request)
        return True

    def run(self, request: CompileRequest) -> Future[Any]:
        from copeditor.compile import CompileOptions, compile_report

        self._request = request
        self._cancel.clear()
        dialog = QProgressDialog(
            translate("CompileRunner", "Reading the submissions..."),
            translate("CompileRunner", "Cancel"),
            0,
            0,
            self.window,
        )
        dialog.setWindowTitle(translate("CompileRunner", "Compile Submissions"))
        dialog.setWindowModality(Qt.WindowModality.WindowModal)
        dialog.setMinimumDuration(300)
        dialog.canceled.connect(self._cancel.set)
        self.progress_dialog = dialog
        options = CompileOptions(by=request.by, title=request.title, page_size=settings.page_size())
        future = self._worker.submit(
            compile_report, request.inputs, options, self._report_progress, self._cancel.is_set
        )
        future.add_done_callback(self._report_done)
        return future

    # --- from the worker thread: only signals, which Qt queues to the UI thread -------------

    def _report_progress(self, progress: Any) -> None:
        if isValid(self):
            self._progress.emit(progress.stage, progress.done, progress.total)

    def _report_done(self, future: Future[Any]) -> None:
        if isValid(self):
            self._done.emit(future)

    # --- on the UI thread -------------------------------------------------------------------

    def _show_progress(self, stage: str, done: int, total: int) -> None:
        dialog = self.progress_dialog
        if dialog is not None and not self._cancel.is_set():
            stage_text = translate("CompileRunner", _STAGES.get(stage, stage))
            dialog.setLabelText(
                translate("CompileRunner", "{stage}: {done} of {total}").format(
                    stage=stage_text, done=done, total=total
                )
            )
            dialog.setMaximum(max(total, 1))
            dialog.setValue(min(done, max(total, 1)))

    def _finish(self, future: Future[Any]) -> None:
        from copeditor.compile import (
            CompileCancelled,
            NothingToCompileError,
            ReportWriteError,
            write_report,
        )

        request, self._request = self._request, None
        if self.progress_dialog is not None:
            self.progress_dialog.reset()
            self.progress_dialog.deleteLater()
            self.progress_dialog = None
        assert request is not None
        title = translate("CompileRunner", "Compile Submissions")
        try:
            result = future.result()
            write_report(result, request.report, request.overview)
        except CompileCancelled:
            self.finished.emit(
                translate("CompileRunner", "Compiling was cancelled: nothing was written.")
            )
            return
        except NothingToCompileError as error:
            lines = "\n".join(str(skipped) for skipped in error.skipped[:20])
            dialogs.show_error(self.window, title, f"{error}\n{lines}".strip())
            return
        except (ReportWriteError, ValueError, OSError) as error:
            dialogs.show_error(self.window, title, str(error))
            return
        settings.remember_folder(request.report)
        notes = [str(item) for item in (*result.skipped, *result.left_out)]
        summary = translate(
            "CompileRunner",
            "The report of {count} submissions ({pages} pages) was saved: {path}",
        ).format(count=len(result.entries), pages=result.pages, path=request.report)
        if notes:
            summary += translate("CompileRunner", "\n\nNot in the report:\n") + "\n".join(
                notes[:30]
            )
        self.finished.emit(
            translate("CompileRunner", "Report saved: {path}").format(path=request.report)
        )
        if dialogs.confirm(self.window, title, summary, translate("CompileRunner", "Open Report")):
            system_open.open_own_file(request.report)

    def close(self) -> None:
        self._cancel.set()
        self._worker.shutdown(wait=True)
