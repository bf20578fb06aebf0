"""The window's commands: one QAction each, and the menus and tool bars that show them.

Menus hold every command, with their shortcuts; tool bars show icons only (the text is in the
tooltip), so that a long "Undo Typing in summary" never pushes buttons out of sight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QObject, Qt
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QTextEdit, QToolBar, QWidget

from copeditor.ui import settings
from copeditor.ui.files.recent_files import RecentFilesMenu
from copeditor.ui.form.fields import REDO_KEYS
from copeditor.ui.form.format_actions import FormatActions
from copeditor.ui.icons import icon
from copeditor.ui.tools.diagnostics import show_diagnostics, show_licences

if TYPE_CHECKING:
    from copeditor.ui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | None
_STANDARD = QKeySequence.StandardKey


class WindowActions(QObject):
    """Every command of the window, made once; `window.actions.save` and so on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        files, email, document = window.files, window.email, window.document
        self.new = self._make(
            "&New", files.new, _STANDARD.New, "Start a new submission", "file-plus"
        )
        self.open = self._make(
            "&Open...", files.open, _STANDARD.Open, "Open a draft", "folder-open"
        )
        self.save = self._make("&Save", files.save, _STANDARD.Save, "Save the draft", "save")
        self.save_as = self._make(
            "Save &As...", files.save_as, _STANDARD.SaveAs, "Save the draft under a new name"
        )
        self.import_text = self._make(
            "&Import...",
            files.import_file,
            "Ctrl+Shift+I",
            "Read a submission from a text form, a Word document or a PDF the editor made",
            "file-input",
        )
        self.export_pdf = self._make(
            "&Export PDF...",
            files.export_pdf,
            "Ctrl+Shift+E",
            "Write the PDF to send",
            "file-output",
        )
        self.export_text = self._make(
            "Export &Text Form...", files.export_text_form, None, "Write the submission as Markdown"
        )
        self.export_word = self._make(
            "Export as &Word Document...",
            files.export_word,
            None,
            "Write the submission as a .docx, laid out like the template",
            "file-type",
        )
        self.send = self._make(
            "Sen&d by Email...",
            email.send,
            "Ctrl+Shift+M",
            "Export the PDF and open an email draft with it attached",
            "mail",
        )
        self.email_settings = self._make(
            "E&mail Settings...",
            email.edit_settings,
            None,
            "Recipient and folder for Send by Email",
        )
        self.quit = self._make("&Quit", window.close, _STANDARD.Quit, "Close the editor")
        self.undo = self._make("&Undo", document.undo, _STANDARD.Undo, "Undo", "undo-2")
        self.redo = self._make("&Redo", document.redo, None, "Redo", "redo-2")
        # Word's Ctrl+Y and Ctrl+Shift+Z on every system, beside the system's own Redo key.
        redo_keys = [QKeySequence(_STANDARD.Redo), *REDO_KEYS]
        unique = dict.fromkeys(key.toString() for key in redo_keys if not key.isEmpty())
        self.redo.setShortcuts([QKeySequence(key) for key in unique])
        self.cut = self._make(
            "Cu&t", lambda: self._on_text_field("cut"), _STANDARD.Cut, "", "scissors"
        )
        self.copy = self._make(
            "&Copy", lambda: self._on_text_field("copy"), _STANDARD.Copy, "", "copy"
        )
        self.paste = self._make(
            "&Paste", lambda: self._on_text_field("paste"), _STANDARD.Paste, "", "clipboard-paste"
        )
        self.select_all = self._make(
            "Select &All", lambda: self._on_text_field("selectAll"), _STANDARD.SelectAll, ""
        )
        find_bar = window.find_bar
        self.find = self._make(
            "&Find...", find_bar.open_find, _STANDARD.Find, "Find text in every field", "search"
        )
        self.replace = self._make(
            "R&eplace...",
            find_bar.open_replace,
            "Ctrl+H",
            "Replace text in every field",
            "replace",
        )
        self.find_next = self._make(
            "Find &Next", find_bar.find_next, _STANDARD.FindNext, "Go to the next match"
        )
        self.find_previous = self._make(
            "Find Pre&vious",
            find_bar.find_previous,
            _STANDARD.FindPrevious,
            "Go to the previous match",
        )
        self.add_programme = self._make(
            "A&dd Programme",
            window.add_programme,
            "Ctrl+Shift+N",
            "Add a programme to the current area",
            "plus",
        )
        self.zoom_in = self._make(
            "Zoom &In", window.zoom.zoom_in, _STANDARD.ZoomIn, "Larger text in the form", "zoom-in"
        )
        self.zoom_in.setShortcuts([QKeySequence(_STANDARD.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(
            "Zoom &Out",
            window.zoom.zoom_out,
            _STANDARD.ZoomOut,
            "Smaller text in the form",
            "zoom-out",
        )
        self.zoom_reset = self._make(
            "&Reset Zoom", window.zoom.reset, "Ctrl+0", "Text in the form at its normal size"
        )
        self.check = self._make(
            "&Check Submission",
            window.check_submission,
            "F7",
            "List everything missing before the submission is sent",
            "clipboard-check",
        )
        self.guide = self._make(
            "&How to Fill In the Form",
            window.show_guide,
            None,
            "What each area asks for, what a good summary holds, how to send",
            "book-open",
        )
        self.field_help = self._make(
            "Help on This &Field",
            window.show_field_help,
            _STANDARD.HelpContents,
            "What the field being edited asks for",
            "circle-help",
        )
        self.about = self._make("&About", window.about, None, "")
        self.licences = self._make(
            "&Licences", lambda: show_licences(window), None, "What the editor is made of"
        )
        self.diagnostics = self._make(
            "&Diagnostics",
            lambda: show_diagnostics(window),
            None,
            "Check that fonts, dictionaries and translations are installed and work",
        )
        self.compile = self._make(
            "Com&pile Submissions...",
            window.compiler.start,
            None,
            "Many partners' submissions into one report (PDF) and a spreadsheet overview",
            "files",
        )
        self.omit_empty = self._toggle(
            "Leave Out &Unanswered Areas",
            settings.omit_empty_areas(),
            settings.set_omit_empty_areas,
        )
        self.letter = self._toggle(
            "US &Letter Paper",
            settings.page_size() == "letter",
            lambda on: settings.set_page_size("letter" if on else "a4"),
        )
        self.embed_draft = self._toggle(
            "&Include the Editable Draft in the PDF",
            settings.embed_draft(),
            settings.set_embed_draft,
        )
        self.embed_draft.setStatusTip(
            "The PDF carries the draft, so that it can be imported and edited again"
        )
        self.open_after_export = self._toggle(
            "&Open PDF After Export", settings.open_after_export(), settings.set_open_after_export
        )
        window.files.open_after_export_changed.connect(self.open_after_export.setChecked)
        # The preview refreshes with the new options (connected after the settings are stored).
        for option in (self.omit_empty, self.letter, self.embed_draft):
            option.toggled.connect(window.preview.options_changed)
        self.preview = window.preview.toggleViewAction()
        self.preview.setText("PDF &Preview")
        self.preview.setShortcut(QKeySequence("F9"))
        self.preview.setIcon(icon("panel-right"))
        self.preview.setToolTip("PDF Preview (F9)")
        self.preview.setStatusTip("Show the PDF beside the form as Export PDF writes it")
        self.print = self._make(
            "&Print...", window.print_pdf, _STANDARD.Print, "Print the PDF", "printer"
        )
        self.format = FormatActions(window)
        for action, name in zip(
            self.format.all, ("bold", "italic", "list", "list-ordered", "link"), strict=True
        ):
            action.setIcon(icon(name))

    def _make(
        self, text: str, slot: Callable[[], object], keys: Keys, tip: str, icon_name: str = ""
    ) -> QAction:
        action = QAction(text, self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        plain = text.replace("&", "").removesuffix("...")
        shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
        action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
        action.setStatusTip(tip)
        if icon_name:
            action.setIcon(icon(icon_name))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _toggle(self, text: str, checked: bool, store: Callable[[bool], None]) -> QAction:
        action = QAction(text, self.window, checkable=True)
        action.setChecked(checked)
        action.toggled.connect(store)
        return action

    def _on_text_field(self, operation: str) -> None:
        """Cut, Copy, Paste and Select All act on the text field that has the focus."""
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QTextEdit)):
            getattr(focused, operation)()

    # --- where they are shown ---------------------------------------------------------------

    def build_menus(self) -> None:
        window = self.window
        menus = window.menuBar()
        file_menu = menus.addMenu("&File")
        file_menu.addActions([self.new, self.open])
        self.recent_menu = RecentFilesMenu(window.files.open_path, file_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_text, self.export_pdf, self.export_word, self.export_text]
        )
        options = file_menu.addMenu("PD&F Options")
        options.addActions([self.omit_empty, self.letter, self.embed_draft, self.open_after_export])
        file_menu.addSeparator()
        file_menu.addActions([self.send, self.email_settings])
        file_menu.addSeparator()
        file_menu.addActions([self.print, self.quit])
        edit_menu = menus.addMenu("&Edit")
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.select_all])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.replace, self.find_next, self.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_programme)
        view_menu = menus.addMenu("&View")
        view_menu.addAction(self.preview)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        self.view_menu = view_menu
        format_menu = menus.addMenu("For&mat")  # not Alt+O: "Move D&own" has it on the page
        format_menu.addActions(self.format.all)
        tools_menu = menus.addMenu("&Tools")
        tools_menu.addAction(self.check)
        tools_menu.addSeparator()
        tools_menu.addAction(self.compile)
        self.tools_menu = tools_menu
        help_menu = menus.addMenu("&Help")
        help_menu.addActions([self.guide, self.field_help])
        help_menu.addSeparator()
        help_menu.addActions([self.diagnostics, self.licences, self.about])
        self.help_menu = help_menu

    def build_tool_bars(self) -> None:
        groups = {
            "File": [self.new, self.open, self.save, self.export_pdf, self.print, self.send],
            "View": [self.preview],
            "Edit": [self.undo, self.redo],
            "Format": self.format.all,
            "Check": [self.check],
        }
        for name, actions in groups.items():
            bar = self.window.addToolBar(name)
            bar.setObjectName(f"{name.lower()}_toolbar")
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addActions(actions)
            _name_overflow_button(bar)


def _name_overflow_button(bar: QToolBar) -> None:
    """The "»" button a narrow window shows for the buttons that do not fit: a screen reader
    must be able to say what it is."""
    for button in bar.findChildren(QWidget):
        if button.objectName() == "qt_toolbar_ext_button":
            button.setAccessibleName(f"More {bar.windowTitle()} buttons")
            button.setToolTip(f"More {bar.windowTitle()} buttons")
