"""The editor's main window: a tab per page of the form, menus, tool bars and status bar."""

from __future__ import annotations

import traceback
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, Qt
from PySide6.QtGui import QCloseEvent, QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import (
    QApplication,
    QMainWindow,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from copeditor import __version__
from copeditor.model import Problem, form_template
from copeditor.spelling import SpellingProblem, check_submission
from copeditor.ui import dialogs, guide, menus, settings
from copeditor.ui.dialogs import RecoveryChoice
from copeditor.ui.document.commands import retranslate_steps
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.files.autosave import Autosave, open_recovery_store
from copeditor.ui.files.file_operations import FileOperations
from copeditor.ui.files.importing import IMPORTABLE_SUFFIXES
from copeditor.ui.files.send_email import EmailSender
from copeditor.ui.find.find_bar import FindBar
from copeditor.ui.form.fields import FieldLineEdit
from copeditor.ui.form.look import FormZoom
from copeditor.ui.form.problems_dock import ProblemsDock
from copeditor.ui.form.richtext import RichTextEdit
from copeditor.ui.form.tab_status import TabStatus, tab_names
from copeditor.ui.form.tabs import AreaTab, FormPage, OrganisationTab
from copeditor.ui.language import ensure_language
from copeditor.ui.preview.dock import PreviewDock
from copeditor.ui.spelling import underlines
from copeditor.ui.spelling.select import select_word
from copeditor.ui.spelling.service import SpellService
from copeditor.ui.tools.compile_runner import CompileRunner
from copeditor.ui.window_actions import WindowActions
from copeditor.ui.word_count import WordCountLabel

APP_NAME = "COP Submission Editor"  # in English; app_name() in the interface's language


def app_name() -> str:
    return QCoreApplication.translate("MainWindow", "COP Submission Editor")


OPENABLE_SUFFIXES = (".json", *IMPORTABLE_SUFFIXES)


class MainWindow(QMainWindow):
    def __init__(self, private_folder: Path | None = None) -> None:
        super().__init__()
        ensure_language()
        self.document = Document(self)
        self.recovery = open_recovery_store(private_folder or settings.private_folder())
        self.autosave = Autosave(self.document, self.recovery.new_session())
        self.files = FileOperations(self, self.document, self.recovery.folder)
        self.email = EmailSender(self, self.document)
        self.spelling = SpellService(settings.spelling_folder(), self)
        self.compiler = CompileRunner(self)
        self.create_pages()
        self.create_preview()
        self.commands = WindowActions(self)
        menus.build_menus(self.commands)
        menus.build_tool_bars(self.commands)
        self.create_status_bar()
        self.retranslate()
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
        self.find_bar = FindBar(self)  # under the form, shown by Edit > Find
        central = QWidget(self)
        column = QVBoxLayout(central)
        column.setContentsMargins(0, 0, 0, 0)
        column.setSpacing(0)
        column.addWidget(self.tabs)
        column.addWidget(self.find_bar)
        self.setCentralWidget(central)
        self.zoom = FormZoom(self.tabs)
        self.tab_status = TabStatus(self.tabs, self.document)
        self.problems = ProblemsDock(self)
        self.problems.hide()
        self.addDockWidget(Qt.DockWidgetArea.BottomDockWidgetArea, self.problems)
        self.problems.problem_activated.connect(self.show_problem)
        self.tab_status.updated.connect(self.follow_problems)

    def create_preview(self) -> None:
        """View > PDF Preview (F9) and File > Print (Ctrl+P); the logic is in ui/preview."""
        self.preview = PreviewDock(self.document, self)
        self.addDockWidget(Qt.DockWidgetArea.RightDockWidgetArea, self.preview)
        self.preview.hide()
        self.preview.field_activated.connect(self.show_field)

    def print_pdf(self) -> None:
        from copeditor.ui.preview.printing import print_document  # loads QtPdf, QtPrintSupport

        print_document(self, self.document, self.preview.current_pdf())

    def create_status_bar(self) -> None:
        self.word_count_label = WordCountLabel(self.document, self)
        self.statusBar().addPermanentWidget(self.word_count_label)

    def retranslate(self) -> None:
        """The window's own texts, its commands and its tabs in the interface's language."""
        app = QApplication.instance()
        if isinstance(app, QApplication):
            app.setApplicationDisplayName(app_name())
        self.preview.retranslate_title()  # before the menus: it names View > PDF Preview
        self.commands.retranslate()
        for index, name in enumerate(tab_names()):
            self.tabs.setTabText(index, name)
        stack = self.document.undo_stack
        retranslate_steps([stack.command(index) for index in range(stack.count())])
        self.update_undo_text(self.document.undo_stack.undoText())
        self.update_redo_text(self.document.undo_stack.redoText())
        self.update_title()
        self.tab_status.update_now()

    def connect_document(self) -> None:
        # Bound methods, never lambdas: Qt ends a bound method's connection when the window is
        # deleted, while a lambda would still be called (on a deleted window) as the document's
        # undo stack is cleared during the window's own destruction.
        stack = self.document.undo_stack
        stack.cleanChanged.connect(self.update_modified)
        self.document.can_undo_changed.connect(self.update_undo_action)
        stack.canRedoChanged.connect(self.commands.redo.setEnabled)
        stack.undoTextChanged.connect(self.update_undo_text)
        stack.redoTextChanged.connect(self.update_redo_text)
        self.commands.undo.setEnabled(False)
        self.commands.redo.setEnabled(False)
        self.autosave.failed.connect(self.show_status)
        self.files.status_message.connect(self.show_status)
        self.document.replaced.connect(self.document_replaced)
        self.document.path_changed.connect(self.update_title)
        self.document.pending_changed.connect(self.update_modified)
        self.document.pending_changed.connect(self.update_undo_action)
        self.document.focus_requested.connect(self.show_field)
        self.document.area_focus_requested.connect(self.show_area)
        self.document.refused.connect(self.refuse)
        # After the tabs (connected when they were made): a rebuilt area gets its underlines.
        self.document.programmes_changed.connect(self.attach_spelling)
        self.document.field_changed.connect(self.language_changed)
        self.spelling.changed.connect(self.refresh_spelling)
        self.spelling.notice.connect(self.show_status)
        self.compiler.finished.connect(self.show_status)

    # --- the document -----------------------------------------------------------------------

    def document_replaced(self) -> None:
        for page in self.pages:
            page.reload()
        self.update_title()
        self.tabs.setCurrentIndex(0)
        organisation = self.pages[0].field_widget(FieldPath.organisation())
        if organisation is not None:
            organisation.setFocus()
        self.tab_status.update_now()
        self.spelling.set_language(self.document.submission.language)
        for area_index in range(len(self.pages) - 1):
            self.attach_spelling(area_index)

    # --- spelling ---------------------------------------------------------------------------

    def attach_spelling(self, area_index: int) -> None:
        page = self.pages[area_index + 1]
        if isinstance(page, AreaTab):
            for editor in page.editors:
                underlines.attach(editor.fields, self.spelling)

    def language_changed(self, path: FieldPath) -> None:
        if path.field == "language" and not path.in_programme:
            self.spelling.set_language(self.document.submission.language)

    def refresh_spelling(self) -> None:
        underlines.refresh(self.tabs)

    def update_modified(self, *args: object) -> None:
        self.setWindowModified(self.document.is_modified)

    def update_undo_text(self, text: str) -> None:
        """The Edit menu and the tooltip say what Undo takes back; the tool bar shows an icon."""
        if not text:
            self.commands.undo.setText(self.tr("&Undo"))
            self.commands.undo.setToolTip(self.tr("Undo"))
            return
        self.commands.undo.setText(self.tr("&Undo {action}").format(action=text))
        self.commands.undo.setToolTip(self.tr("Undo {action}").format(action=text))

    def update_redo_text(self, text: str) -> None:
        if not text:
            self.commands.redo.setText(self.tr("&Redo"))
            self.commands.redo.setToolTip(self.tr("Redo"))
            return
        self.commands.redo.setText(self.tr("&Redo {action}").format(action=text))
        self.commands.redo.setToolTip(self.tr("Redo {action}").format(action=text))

    def refuse(self, message: str) -> None:
        dialogs.show_error(self, self.tr("Cannot Do That"), message)

    def show_status(self, message: str) -> None:
        self.statusBar().showMessage(message, 10000)

    def update_undo_action(self) -> None:
        """Typing not yet in the model (see binding.py) can be undone too."""
        pending = self.document.has_pending_edits
        self.commands.undo.setEnabled(self.document.undo_stack.canUndo() or pending)

    def update_title(self) -> None:
        name = self.document.display_name()
        if self.document.read_only:
            name = self.tr("{name} (read-only)").format(name=name)
        # [*] is where Qt shows the "modified" star; the name is the file's, never translated.
        self.setWindowTitle(self.tr("{name}[*] - {editor}").format(name=name, editor=app_name()))
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
        self.commands.save.setEnabled(not read_only)
        self.commands.add_programme.setEnabled(not read_only)

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

    # --- moving around the form -------------------------------------------------------------

    def show_field(self, path: FieldPath) -> None:
        """Bring a field into view and give it the focus (after undo, redo or a problem)."""
        index = 0 if not path.in_programme else (path.area_index or 0) + 1
        self.tabs.setCurrentIndex(index)
        widget = self.pages[index].field_widget(path)
        if widget is not None:
            widget.setFocus(Qt.FocusReason.OtherFocusReason)
            self.pages[index].bring_into_view(widget)

    def show_area(self, area_index: int) -> None:
        self.tabs.setCurrentIndex(area_index + 1)

    def show_problem(self, problem: Problem | SpellingProblem) -> None:
        if isinstance(problem, SpellingProblem):
            self.show_field(FieldPath(problem.field, problem.area_index, problem.programme_index))
            select_word(QApplication.focusWidget(), problem.word)
            return
        if problem.area_index is None:
            self.show_field(FieldPath.organisation())
        elif problem.field is not None and problem.programme_index is not None:
            self.show_field(FieldPath(problem.field, problem.area_index, problem.programme_index))
        else:
            self.show_area(problem.area_index)

    def add_programme(self) -> None:
        self.document.add_programme(max(self.tabs.currentIndex() - 1, 0))

    def check_submission(self) -> list[Problem]:
        self.document.flush_edits()
        first_time = not self.problems.isVisible()
        submission = self.document.submission
        problems = self.problems.check(
            submission, settings.omit_empty_areas(), self.spelling_problems()
        )
        if first_time:  # a short panel: the form stays the main thing on screen
            self.resizeDocks([self.problems], [160], Qt.Orientation.Vertical)
        return problems

    def follow_problems(self, problems: list[Problem]) -> None:
        if self.problems.isVisible():
            submission = self.document.submission
            omit = settings.omit_empty_areas()
            self.problems.follow(submission, problems, omit, self.spelling_problems())

    def spelling_problems(self) -> list[SpellingProblem]:
        checker = self.spelling.checker
        return check_submission(self.document.submission, checker) if checker else []

    # --- help -------------------------------------------------------------------------------

    def show_guide(self) -> None:
        dialogs.show_guide(self, self.tr("How to Fill In the Form"), guide.guide_html())

    def show_field_help(self) -> None:
        guide.explain_focused_field(self.show_guide)  # F1

    def about(self) -> None:
        dialogs.show_information(
            self,
            self.tr("About {editor}").format(editor=app_name()),
            self.tr(
                "{editor} {version}\n\nWrite the COP Partners' Ongoing Project Summary "
                "offline, save private drafts, and export the PDF for the ITU COP secretariat."
            ).format(editor=app_name(), version=__version__),
        )

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
            self.autosave.close()
            self.spelling.close()
            self.compiler.close()
            self.preview.close_builder()
            self.files.release_lock()
            event.accept()
        else:
            event.ignore()

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()  # the widgets inside retranslate themselves on the same event
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
            self.resize(settings.first_window_size(self.screen().availableSize()))
        state = settings.read_bytes("window/state")
        if not state.isEmpty():
            self.restoreState(state)
        self.problems.hide()  # its list is of a past check: shown again by the next one

    def write_settings(self) -> None:
        settings.app_settings().setValue("window/geometry", self.saveGeometry())
        settings.app_settings().setValue("window/state", self.saveState())
