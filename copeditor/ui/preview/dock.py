"""View > PDF Preview: a dock beside the form showing what Export PDF would write, refreshed
when typing pauses.

Each refresh snapshots the model on the window's thread (typing not yet in the model included)
and numbers it; the build runs in the builder process; a result is shown only if it is newer than
the one on screen, so a slow old build never replaces a newer page. Problems that stop the PDF
are listed inside the dock: it never opens a dialog by itself.
"""

from __future__ import annotations

import contextlib
import time
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QApplication, QDockWidget, QLabel, QMainWindow, QWidget

from copeditor.ui.debounce import debounce_timer
from copeditor.ui.document.document import Document
from copeditor.ui.files.pdf_export import pdf_options
from copeditor.ui.form.binding import Binding

if TYPE_CHECKING:  # imported when the preview is first shown: start-up stays as it was
    from copeditor.ui.preview.build_job import BuildResult
    from copeditor.ui.preview.panel import PreviewPanel
    from copeditor.ui.preview.worker import PdfBuilder

REFRESH_DELAY_MS = 600  # after the last keystroke or change
MIN_WIDTH = 360  # pixels: a page narrower than this is hard to read
QUIET_MS = 300  # a finished build waits for this long a break in typing before it is shown

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class PreviewDock(QDockWidget):
    field_activated = Signal(object)  # FieldPath: the user clicked a programme in the preview
    refreshed = Signal(int)  # generation now on screen (or whose problems are listed)

    def __init__(self, document: Document, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.retranslate_title()
        self.setObjectName("preview_dock")  # saveState() remembers where it was, and if shown
        self.document = document
        self.panel: PreviewPanel | None = None  # made when first shown: it loads QtPdf
        self.generation = 0  # the newest snapshot sent to be built
        self.shown_generation = 0
        self.last_result: BuildResult | None = None
        self._stale = True  # the document changed since the last snapshot
        self._document_start = 1  # the first generation of the document now open
        self._typing_source: object = None
        self.setWidget(self._placeholder())
        self.timer = debounce_timer(self, REFRESH_DELAY_MS, self.refresh)
        # Loading a new PDF takes the window's thread for a moment (about 12 ms for 100 pages):
        # never in the middle of a burst of typing.
        self._last_keystroke = 0.0
        self._held: BuildResult | None = None
        self.quiet_timer = debounce_timer(self, QUIET_MS, self._show_held)
        self.builder: PdfBuilder | None = None
        document.field_changed.connect(self.schedule)
        document.programmes_changed.connect(self.schedule)
        document.replaced.connect(self.document_replaced)
        self.visibilityChanged.connect(self._visibility_changed)
        app = QApplication.instance()
        assert isinstance(app, QApplication)
        app.focusChanged.connect(self._focus_changed)  # bound method: ends with the dock

    def retranslate_title(self) -> None:
        """Called by the window before its menus are retranslated: the title is also the text
        of View > PDF Preview, which the menus then set with its mnemonic."""
        self.setWindowTitle(translate("PreviewDock", "PDF Preview"))

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange and self.panel is None:
            self.setWidget(self._placeholder())
        super().changeEvent(event)

    def _placeholder(self) -> QLabel:
        label = QLabel(translate("PreviewDock", "The PDF preview appears here."), self)
        label.setAlignment(Qt.AlignmentFlag.AlignCenter)
        return label

    # --- when to refresh --------------------------------------------------------------------

    def schedule(self, *args: object) -> None:
        """The model changed: refresh once the user pauses. Keystrokes restart the wait (see
        _focus_changed); a change arriving meanwhile does not, since a prose field's typing
        reaches the model half a second into the pause and would otherwise stretch it."""
        self._stale = True
        if not self.timer.isActive():
            self.timer.start()

    def options_changed(self, *args: object) -> None:
        """File > PDF Options changed: refresh now."""
        self._stale = True
        self.refresh()

    def document_replaced(self) -> None:
        self._document_start = self.generation + 1  # builds of the old one are not shown
        self._stale = True
        self.refresh()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        """Listen to the focused field's own change signal: prose reaches the model only when
        typing pauses, but the pause should be counted from the last keystroke."""
        binding = new.findChild(Binding) if new is not None else None
        if binding is None or binding.parent() is not new:
            return
        signal = binding.kind.changed(new)
        if self._typing_source is not None:
            with contextlib.suppress(RuntimeError, TypeError):  # its widget may be gone
                self._typing_source.disconnect(self._keystroke)  # type: ignore[attr-defined]
        signal.connect(self._keystroke)
        self._typing_source = signal

    def _keystroke(self, *args: object) -> None:
        self._last_keystroke = time.monotonic()
        self.timer.start()

    def _visibility_changed(self, visible: bool) -> None:
        if visible and self.panel is None:
            self._make_panel()
            self._settle_width()
        if visible and self._stale:
            self.refresh()

    def _make_panel(self) -> None:
        from copeditor.ui.preview.panel import PreviewPanel
        from copeditor.ui.preview.worker import PdfBuilder

        self.builder = PdfBuilder(self)
        self.builder.built.connect(self.show_result)
        self.panel = PreviewPanel(self)
        self.panel.field_activated.connect(self.field_activated)
        self.panel.set_updating(True)
        old = self.widget()
        self.setWidget(self.panel)
        old.deleteLater()

    def _settle_width(self) -> None:
        """Fix the dock's width as if the user had set it: otherwise it follows the size hints
        of what it shows, and every change of a label would move the pages."""
        window = self.parentWidget()
        if isinstance(window, QMainWindow) and not self.isFloating():
            width = self.width() if self.width() >= MIN_WIDTH else window.width() * 2 // 5
            window.resizeDocks([self], [max(width, MIN_WIDTH)], Qt.Orientation.Horizontal)

    # --- building ---------------------------------------------------------------------------

    def refresh(self) -> None:
        """Snapshot the document and have it built (only while the preview is shown)."""
        self.timer.stop()
        if not self.isVisible() or self.panel is None or self.builder is None:
            return
        from copeditor.ui.preview.build_job import BuildRequest

        self.document.flush_edits()
        self._stale = False
        self.generation += 1
        snapshot = self.document.submission.model_dump_json()
        self.builder.request(BuildRequest(self.generation, snapshot, pdf_options()))
        self.panel.set_updating(True)

    def show_result(self, result: object) -> None:
        """Show a finished build, unless a newer one is already on screen; while the user is
        typing, hold it until typing pauses."""
        from copeditor.ui.preview.build_job import BuildResult

        assert isinstance(result, BuildResult)
        if result.generation <= self.shown_generation or self.panel is None:
            return
        if result.generation < self._document_start:
            return
        since_keystroke_ms = (time.monotonic() - self._last_keystroke) * 1000
        if since_keystroke_ms < QUIET_MS:
            if self._held is None or self._held.generation < result.generation:
                self._held = result
            self.quiet_timer.start(max(1, int(QUIET_MS - since_keystroke_ms)))
            return
        self._held = None
        # The first page of a newly opened document; the same place after an edit.
        keep_position = self.shown_generation >= self._document_start
        self.shown_generation = result.generation
        self.last_result = result
        self.panel.show_result(result, keep_position=keep_position)
        current = result.generation == self.generation and not self._stale
        self.panel.set_updating(not current)
        self.refreshed.emit(result.generation)

    def _show_held(self) -> None:
        if self._held is not None:
            self.show_result(self._held)

    def current_pdf(self) -> bytes | None:
        """The PDF on screen, if it shows the document as it is now."""
        result = self.last_result
        if result is None or result.pdf is None or self._stale:
            return None
        if result.generation != self.generation or self.document.has_pending_edits:
            return None
        return result.pdf

    def close_builder(self) -> None:
        if self.builder is not None:
            self.builder.stop()
