"""The editor's main window: a tab per page of the form, menus, tool bars and status bar."""

from __future__ import annotations

import traceback
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import (
    QAction,
    QCloseEvent,
    QDragEnterEvent,
    QDropEvent,
    QKeySequence,
)
from PySide6.QtWidgets import QApplication, QLabel, QMainWindow, QTabWidget, QWidget

from copeditor import __version__
from copeditor.model import Problem, form_template
from copeditor.model.words import count_words, submission_word_count
from copeditor.ui import dialogs, settings
from copeditor.ui.debounce import debounce_timer
from copeditor.ui.dialogs import RecoveryChoice
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.files.autosave import Autosave, open_recovery_store
from copeditor.ui.files.file_operations import TEXT_FORM_SUFFIXES, FileOperations
from copeditor.ui.files.recent_files import RecentFilesMenu
from copeditor.ui.files.send_email import EmailSender
from copeditor.ui.form.binding import Binding
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.format_actions import FormatActions
from copeditor.ui.form.problems_dock import ProblemsDock
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.form.tab_status import TabStatus, tab_names
from copeditor.ui.form.tabs import AreaTab, FormPage, OrganisationTab
from copeditor.ui.preview.dock import PreviewDock

APP_NAME = "COP Submission Editor"
WORD_COUNT_DELAY_MS = 400
OPENABLE_SUFFIXES = (".json", *TEXT_FORM_SUFFIXES)


class MainWindow(QMainWindow):
    def __init__(self, private_folder: Path | None = None) -> None:
        super().__init__()
        self.document = Document(self)
        self.recovery = open_recovery_store(private_folder or settings.private_folder())
        folder = self.recovery.folder
        self.autosave = Autosave(self.document, self.recovery.new_session())
        self.files = FileOperations(self, self.document, folder)
        self.email = EmailSender(self, self.document)
        self.create_pages()
        self.create_actions()
        self.create_preview()
        self.create_menus()
        self.create_tool_bars()
        self.create_status_bar()
        self.connect_document()
        self.read_settings()
        self.setAcceptDrops(True)
        self.document_replaced()

    # --- construction -----------------------------------------------------------------------

    def create_pages(self) -> None:
        self.tabs = QTabWidget(self)
        self.tabs.setDocumentMode(True)
        self.pages: list[FormPage] = [OrganisationTab(self.document, self.tabs)]
        self.pages += [
            AreaTab(self.document, i, self.tabs) for i in range(len(form_template().areas))
        ]
        for page, name in zip(self.pages, tab_names(), strict=True):
            self.tabs.addTab(page, name)
        self.setCentralWidget(self.tabs)
        self.tab_status = TabStatus(self.tabs, self.document)
        self.problems = ProblemsDock(self)
        self.problems.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.problem_activated.connect(self.show_problem)

    def _action(
        self,
        text: str,
        slot: Callable[[], object],
        shortcut: QKeySequence | QKeySequence.StandardKey | None = None,
        tip: str = "",
    ) -> QAction:
        action = QAction(text, self)
        if shortcut is not None:
            action.setShortcut(shortcut)
        action.setStatusTip(tip)
        action.triggered.connect(slot)
        return action

    def create_actions(self) -> None:
        keys = QKeySequence.StandardKey
        files = self.files
        self.new_action = self._action("&New", files.new, keys.New, "Start a new submission")
        self.open_action = self._action("&Open...", files.open, keys.Open, "Open a draft")
        self.save_action = self._action("&Save", files.save, keys.Save, "Save the draft")
        self.save_as_action = self._action(
            "Save &As...", files.save_as, keys.SaveAs, "Save the draft under a new name"
        )
        self.import_action = self._action(
            "&Import Text Form...",
            files.import_text_form,
            QKeySequence("Ctrl+Shift+I"),
            "Read a submission written as Markdown text",
        )
        self.export_pdf_action = self._action(
            "&Export PDF...",
            files.export_pdf,
            QKeySequence("Ctrl+Shift+E"),
            "Write the PDF to send",
        )
        self.export_text_action = self._action(
            "Export &Text Form...", files.export_text_form, None, "Write the submission as Markdown"
        )
        self.send_action = self._action(
            "Sen&d by Email...",
            self.email.send,
            QKeySequence("Ctrl+Shift+M"),
            "Export the PDF and open an email draft with it attached",
        )
        self.email_settings_action = self._action(
            "E&mail Settings...",
            self.email.edit_settings,
            None,
            "Recipient and folder for Send by Email",
        )
        self.quit_action = self._action("&Quit", self.close, keys.Quit, "Close the editor")
        self.undo_action = self._action("&Undo", self.document.undo, keys.Undo)
        self.redo_action = self._action("&Redo", self.document.redo, keys.Redo)
        self.add_programme_action = self._action(
            "&Add Programme",
            self.add_programme,
            QKeySequence("Ctrl+Shift+N"),
            "Add a programme to the current area",
        )
        self.check_action = self._action(
            "&Check Submission",
            self.check_submission,
            QKeySequence("F7"),
            "List everything missing before the submission is sent",
        )
        self.omit_empty_action = QAction("&Leave Out Unanswered Areas", self, checkable=True)
        self.omit_empty_action.setChecked(settings.omit_empty_areas())
        self.omit_empty_action.toggled.connect(settings.set_omit_empty_areas)
        self.letter_action = QAction("US &Letter Paper", self, checkable=True)
        self.letter_action.setChecked(settings.page_size() == "letter")
        self.letter_action.toggled.connect(
            lambda on: settings.set_page_size("letter" if on else "a4")
        )
        self.about_action = self._action("&About", self.about)
        self.format = FormatActions(self)

    def create_preview(self) -> None:
        """View > PDF Preview (F9) and File > Print (Ctrl+P); the logic is in ui/preview."""
        self.preview = PreviewDock(self.document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview)
        self.preview.hide()
        self.preview.field_activated.connect(self.show_field)
        self.omit_empty_action.toggled.connect(self.preview.options_changed)  # after the setting
        self.letter_action.toggled.connect(self.preview.options_changed)
        self.preview_action = self.preview.toggleViewAction()
        self.preview_action.setText("PDF &Preview")
        self.preview_action.setShortcut(QKeySequence("F9"))
        self.preview_action.setStatusTip("Show the PDF beside the form as Export PDF writes it")
        self.print_action = self._action(
            "&Print...", self.print_pdf, QKeySequence.StandardKey.Print, "Print the PDF"
        )

    def print_pdf(self) -> None:
        from copeditor.ui.preview.printing import print_document  # loads QtPdf, QtPrintSupport

        print_document(self, self.document, self.preview.current_pdf())

    def create_menus(self) -> None:
        menus = self.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.new_action, self.open_action])
        self.recent_menu = RecentFilesMenu(lambda path: self.files.open_path(path), file_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([self.save_action, self.save_as_action])
        file_menu.addSeparator()
        file_menu.addActions([self.import_action, self.export_pdf_action, self.export_text_action])
        options = file_menu.addMenu("PDF &Options")
        options.addActions([self.omit_empty_action, self.letter_action])
        file_menu.addSeparator()
        file_menu.addActions([self.send_action, self.email_settings_action])
        file_menu.addSeparator()
        file_menu.addAction(self.print_action)
        file_menu.addSeparator()
        file_menu.addAction(self.quit_action)
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.undo_action, self.redo_action])
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_programme_action)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.preview_action)
        format_menu = menus.addMenu("F&ormat")
        format_menu.addActions(self.format.all)
        tools_menu = menus.addMenu("&Tools")
        tools_menu.addAction(self.check_action)
        help_menu = menus.addMenu("&Help")
        help_menu.addAction(self.about_action)

    def create_tool_bars(self) -> None:
        file_bar = self.addToolBar("File")
        file_bar.setObjectName("file_toolbar")
        file_bar.addActions([self.new_action, self.open_action, self.save_action])
        file_bar.addAction(self.export_pdf_action)
        edit_bar = self.addToolBar("Edit")
        edit_bar.setObjectName("edit_toolbar")
        edit_bar.addActions([self.undo_action, self.redo_action])
        format_bar = self.addToolBar("Format")
        format_bar.setObjectName("format_toolbar")
        format_bar.addActions(self.format.all)
        check_bar = self.addToolBar("Check")
        check_bar.setObjectName("check_toolbar")
        check_bar.addAction(self.check_action)

    def create_status_bar(self) -> None:
        self.word_count_label = QLabel(self)
        self.word_count_label.setTextFormat(Qt.TextFormat.PlainText)
        self.word_count_label.setAccessibleName("Word count")
        self.statusBar().addPermanentWidget(self.word_count_label)
        self.total_words = 0
        self.word_count_timer = debounce_timer(self, WORD_COUNT_DELAY_MS, self.count_all_words)
        # A bound method (not a lambda): the connection ends when the window is deleted.
        QApplication.instance().focusChanged.connect(self._focus_changed)  # type: ignore[union-attr]

    def connect_document(self) -> None:
        # Bound methods, never lambdas: Qt ends a bound method's connection when the window is
        # deleted, while a lambda would still be called (on a deleted window) as the document's
        # undo stack is cleared during the window's own destruction.
        stack = self.document.undo_stack
        stack.cleanChanged.connect(self.update_modified)
        self.document.can_undo_changed.connect(self.update_undo_action)
        stack.canRedoChanged.connect(self.redo_action.setEnabled)
        stack.undoTextChanged.connect(self.update_undo_text)
        stack.redoTextChanged.connect(self.update_redo_text)
        self.undo_action.setEnabled(False)
        self.redo_action.setEnabled(False)
        self.autosave.failed.connect(self.show_status)
        self.document.replaced.connect(self.document_replaced)
        self.document.path_changed.connect(self.update_title)
        self.document.pending_changed.connect(self.update_modified)
        self.document.pending_changed.connect(self.update_undo_action)
        self.document.focus_requested.connect(self.show_field)
        self.document.area_focus_requested.connect(self.show_area)
        self.document.field_changed.connect(self.field_changed)

    # --- the document -----------------------------------------------------------------------

    def document_replaced(self) -> None:
        for page in self.pages:
            page.reload()
        self.update_title()
        self.tabs.setCurrentIndex(0)
        self.pages[0].field_widget(FieldPath.organisation()).setFocus()  # type: ignore[union-attr]
        self.tab_status.update_now()
        self.count_all_words()

    def update_modified(self, *args: object) -> None:
        self.setWindowModified(self.document.is_modified)

    def update_undo_text(self, text: str) -> None:
        """The Edit menu and the tooltip say what Undo takes back; the tool bar shows an icon."""
        self.undo_action.setText(f"&Undo {text}".strip())
        self.undo_action.setToolTip(f"Undo {text}".strip())

    def update_redo_text(self, text: str) -> None:
        self.redo_action.setText(f"&Redo {text}".strip())
        self.redo_action.setToolTip(f"Redo {text}".strip())

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def show_area(self, area_index: int) -> None:
        self.tabs.setCurrentIndex(area_index + 1)

    def field_changed(self, path: FieldPath) -> None:
        self.word_count_timer.start()
        self.show_word_counts()

    def update_undo_action(self) -> None:
        """Typing not yet in the model (see binding.py) can be undone too."""
        pending = self.document.has_pending_edits
        self.undo_action.setEnabled(self.document.undo_stack.canUndo() or pending)

    def update_title(self) -> None:
        read_only = " (read-only)" if self.document.read_only else ""
        self.setWindowTitle(f"{self.document.display_name()}{read_only}[*] - {APP_NAME}")
        self.setWindowModified(self.document.is_modified)
        self.apply_read_only()

    def apply_read_only(self) -> None:
        """A draft another editor has open can be read, and saved under another name only."""
        read_only = self.document.read_only
        for line in self.tabs.findChildren(FieldLineEdit):
            line.setReadOnly(read_only)
        for prose in self.tabs.findChildren(RichTextEdit):
            prose.setReadOnly(read_only)
        for page in self.pages:
            if isinstance(page, AreaTab):
                page.add_button.setEnabled(not read_only)
                for editor in page.editors:
                    for button in editor.buttons:
                        button.setVisible(not read_only)
        self.save_action.setEnabled(not read_only)
        self.add_programme_action.setEnabled(not read_only)

    def offer_recovery(self) -> None:
        """Offer, never restore silently, what an editor that stopped abruptly left unsaved."""
        while works := self.recovery.leftovers():
            choice, work = dialogs.choose_recovery(self, works)
            if choice is RecoveryChoice.LATER or work is None:
                return
            if choice is RecoveryChoice.DISCARD:
                self.recovery.discard(work)
                continue
            if not self.files.maybe_save():
                return
            self.files.recover(work.submission, work.original_path)
            self.recovery.discard(work)  # this editor's own autosave protects it from now on
            return

    def show_field(self, path: FieldPath) -> None:
        """Bring a field into view and give it the focus (after undo, redo or a problem)."""
        index = 0 if not path.in_programme else (path.area_index or 0) + 1
        self.tabs.setCurrentIndex(index)
        widget = self.pages[index].field_widget(path)
        if widget is not None:
            self.pages[index].ensureWidgetVisible(widget)
            widget.setFocus(Qt.FocusReason.OtherFocusReason)

    def show_problem(self, problem: Problem) -> None:
        if problem.area_index is None:
            self.show_field(FieldPath.organisation())
        elif problem.field is not None and problem.programme_index is not None:
            self.show_field(FieldPath(problem.field, problem.area_index, problem.programme_index))
        else:
            self.tabs.setCurrentIndex(problem.area_index + 1)

    def add_programme(self) -> None:
        area_index = self.tabs.currentIndex() - 1
        if area_index < 0:
            area_index = 0
        self.document.add_programme(area_index)

    def check_submission(self) -> list[Problem]:
        self.document.flush_edits()
        first_time = not self.problems.isVisible()
        problems = self.problems.check(self.document.submission)
        if first_time:  # a short panel: the form stays the main thing on screen
            self.resizeDocks([self.problems], [160], Qt.Orientation.Vertical)
        return problems

    # --- word counts ------------------------------------------------------------------------

    def count_all_words(self) -> None:
        self.word_count_timer.stop()
        self.total_words = submission_word_count(self.document.submission)
        self.show_word_counts()

    def _focus_changed(self, old: QWidget | None, new: QWidget | None) -> None:
        self.show_word_counts()

    def show_word_counts(self) -> None:
        focused = QApplication.focusWidget()
        binding = focused.findChild(Binding) if focused is not None else None
        total = f"Submission: {self.total_words} words"
        if binding is not None and binding.parent() is focused:
            field_words = count_words(binding.path.read(self.document.submission))
            self.word_count_label.setText(f"This field: {field_words} words    {total}")
        else:
            self.word_count_label.setText(total)

    # --- window events ----------------------------------------------------------------------

    def closeEvent(self, event: QCloseEvent) -> None:  # noqa: N802
        try:
            may_close = self.files.maybe_save()
        except Exception:  # an error here must not take the unsaved work down with the window
            traceback.print_exc()
            event.ignore()
            return
        if may_close:
            self.write_settings()
            self.preview.close_builder()
            self.autosave.close()
            self.files.release_lock()
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.ActivationChange and self.isActiveWindow():
            self.files.disk.check()  # back from another program: was the draft changed there?

    def dragEnterEvent(self, event: QDragEnterEvent) -> None:  # noqa: N802
        if self._dropped_path(event) is not None:
            event.acceptProposedAction()

    def dropEvent(self, event: QDropEvent) -> None:  # noqa: N802
        path = self._dropped_path(event)
        if path is not None:
            event.acceptProposedAction()
            self.files.open_path(path)

    @staticmethod
    def _dropped_path(event: QDragEnterEvent | QDropEvent) -> Path | None:
        urls = event.mimeData().urls() if event.mimeData().hasUrls() else []
        if len(urls) == 1 and urls[0].isLocalFile():
            path = Path(urls[0].toLocalFile())
            if path.suffix.lower() in OPENABLE_SUFFIXES:
                return path
        return None

    def read_settings(self) -> None:
        geometry = settings.read_bytes("window/geometry")
        if geometry.isEmpty() or not self.restoreGeometry(geometry):
            self.resize(1000, 760)
        state = settings.read_bytes("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.problems.hide()  # its list is of a past check: shown again by the next one

    def write_settings(self) -> None:
        settings.app_settings().setValue("window/geometry", self.saveGeometry())
        settings.app_settings().setValue("window/state", self.saveState())

    def about(self) -> None:
        dialogs.show_information(
            self,
            f"About {APP_NAME}",
            f"{APP_NAME} {__version__}\n\nWrite the COP Partners' Ongoing Project Summary "
            "offline, save private drafts, and export the PDF for the ITU COP secretariat.",
        )
