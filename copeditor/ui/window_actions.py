"""The window's commands: one QAction each, and the menus and tool bars that show them.

Menus hold every command, with their shortcuts; tool bars show icons only (the text is in the
tooltip), so that a long "Undo Typing in summary" never pushes buttons out of sight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject, Qt
from PySide6.QtGui import QAction, QActionGroup, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QApplication, QLineEdit, QMenu, QMenuBar, QTextEdit, QToolBar, QWidget

from copeditor.ui import settings
from copeditor.ui.files.recent_files import RecentFilesMenu
from copeditor.ui.form.fields import REDO_KEYS
from copeditor.ui.form.format_actions import FormatActions
from copeditor.ui.icons import icon
from copeditor.ui.language import (
    LANGUAGES,
    QT_TRANSLATE_NOOP,
    apply_language,
    current_language,
    system_language,
)
from copeditor.ui.tools.diagnostics import show_diagnostics, show_licences

if TYPE_CHECKING:
    from copeditor.ui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | None
_STANDARD = QKeySequence.StandardKey
# Icons with an arrow along the line of reading: mirrored in a right-to-left interface.
_POINTING = frozenset({"undo-2", "redo-2", "file-input", "file-output"})

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class WindowActions(QObject):
    """Every command of the window, made once; `window.actions.save` and so on."""

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._texts: list[tuple[QAction, str, str]] = []  # action, text and tip, untranslated
        self._menu_titles: list[tuple[QMenu, str]] = []
        self._bars: list[tuple[QToolBar, str]] = []
        self._pointing: list[tuple[QAction, str]] = []  # icons whose arrows follow the reading
        files, email, document = window.files, window.email, window.document
        self.new = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&New"),
            files.new,
            _STANDARD.New,
            QT_TRANSLATE_NOOP("WindowActions", "Start a new submission"),
            "file-plus",
        )
        self.open = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Open..."),
            files.open,
            _STANDARD.Open,
            QT_TRANSLATE_NOOP("WindowActions", "Open a draft"),
            "folder-open",
        )
        self.save = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Save"),
            files.save,
            _STANDARD.Save,
            QT_TRANSLATE_NOOP("WindowActions", "Save the draft"),
            "save",
        )
        self.save_as = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Save &As..."),
            files.save_as,
            _STANDARD.SaveAs,
            QT_TRANSLATE_NOOP("WindowActions", "Save the draft under a new name"),
        )
        self.import_text = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Import..."),
            files.import_file,
            "Ctrl+Shift+I",
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "Read a submission from a text form, a Word document or a PDF the editor made",
            ),
            "file-input",
        )
        self.export_pdf = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Export PDF..."),
            files.export_pdf,
            "Ctrl+Shift+E",
            QT_TRANSLATE_NOOP("WindowActions", "Write the PDF to send"),
            "file-output",
        )
        self.export_text = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Export &Text Form..."),
            files.export_text_form,
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Write the submission as Markdown"),
        )
        self.export_word = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Export as &Word Document..."),
            files.export_word,
            None,
            QT_TRANSLATE_NOOP(
                "WindowActions", "Write the submission as a .docx, laid out like the template"
            ),
            "file-type",
        )
        self.send = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Sen&d by Email..."),
            email.send,
            "Ctrl+Shift+M",
            QT_TRANSLATE_NOOP(
                "WindowActions", "Export the PDF and open an email draft with it attached"
            ),
            "mail",
        )
        self.email_settings = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "E&mail Settings..."),
            email.edit_settings,
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Recipient and folder for Send by Email"),
        )
        self.quit = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Quit"),
            window.close,
            _STANDARD.Quit,
            QT_TRANSLATE_NOOP("WindowActions", "Close the editor"),
        )
        self.undo = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Undo"),
            document.undo,
            _STANDARD.Undo,
            QT_TRANSLATE_NOOP("WindowActions", "Undo"),
            "undo-2",
        )
        self.redo = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Redo"),
            document.redo,
            None,
            QT_TRANSLATE_NOOP("WindowActions", "Redo"),
            "redo-2",
        )
        # Word's Ctrl+Y and Ctrl+Shift+Z on every system, beside the system's own Redo key.
        redo_keys = [QKeySequence(_STANDARD.Redo), *REDO_KEYS]
        unique = dict.fromkeys(key.toString() for key in redo_keys if not key.isEmpty())
        self.redo.setShortcuts([QKeySequence(key) for key in unique])
        self.cut = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Cu&t"),
            lambda: self._on_text_field("cut"),
            _STANDARD.Cut,
            "",
            "scissors",
        )
        self.copy = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Copy"),
            lambda: self._on_text_field("copy"),
            _STANDARD.Copy,
            "",
            "copy",
        )
        self.paste = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Paste"),
            lambda: self._on_text_field("paste"),
            _STANDARD.Paste,
            "",
            "clipboard-paste",
        )
        self.select_all = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Select &All"),
            lambda: self._on_text_field("selectAll"),
            _STANDARD.SelectAll,
            "",
        )
        find_bar = window.find_bar
        self.find = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Find..."),
            find_bar.open_find,
            _STANDARD.Find,
            QT_TRANSLATE_NOOP("WindowActions", "Find text in every field"),
            "search",
        )
        self.replace = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "R&eplace..."),
            find_bar.open_replace,
            "Ctrl+H",
            QT_TRANSLATE_NOOP("WindowActions", "Replace text in every field"),
            "replace",
        )
        self.find_next = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Find &Next"),
            find_bar.find_next,
            _STANDARD.FindNext,
            QT_TRANSLATE_NOOP("WindowActions", "Go to the next match"),
        )
        self.find_previous = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Find Pre&vious"),
            find_bar.find_previous,
            _STANDARD.FindPrevious,
            QT_TRANSLATE_NOOP("WindowActions", "Go to the previous match"),
        )
        self.add_programme = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "A&dd Programme"),
            window.add_programme,
            "Ctrl+Shift+N",
            QT_TRANSLATE_NOOP("WindowActions", "Add a programme to the current area"),
            "plus",
        )
        self.zoom_in = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Zoom &In"),
            window.zoom.zoom_in,
            _STANDARD.ZoomIn,
            QT_TRANSLATE_NOOP("WindowActions", "Larger text in the form"),
            "zoom-in",
        )
        self.zoom_in.setShortcuts([QKeySequence(_STANDARD.ZoomIn), QKeySequence("Ctrl+=")])
        self.zoom_out = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Zoom &Out"),
            window.zoom.zoom_out,
            _STANDARD.ZoomOut,
            QT_TRANSLATE_NOOP("WindowActions", "Smaller text in the form"),
            "zoom-out",
        )
        self.zoom_reset = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Reset Zoom"),
            window.zoom.reset,
            "Ctrl+0",
            QT_TRANSLATE_NOOP("WindowActions", "Text in the form at its normal size"),
        )
        self.check = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Check Submission"),
            window.check_submission,
            "F7",
            QT_TRANSLATE_NOOP(
                "WindowActions", "List everything missing before the submission is sent"
            ),
            "clipboard-check",
        )
        self.guide = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&How to Fill In the Form"),
            window.show_guide,
            None,
            QT_TRANSLATE_NOOP(
                "WindowActions", "What each area asks for, what a good summary holds, how to send"
            ),
            "book-open",
        )
        self.field_help = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Help on This &Field"),
            window.show_field_help,
            _STANDARD.HelpContents,
            QT_TRANSLATE_NOOP("WindowActions", "What the field being edited asks for"),
            "circle-help",
        )
        self.about = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&About"), window.about, None, ""
        )
        self.licences = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Licences"),
            lambda: show_licences(window),
            None,
            QT_TRANSLATE_NOOP("WindowActions", "What the editor is made of"),
        )
        self.diagnostics = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Diagnostics"),
            lambda: show_diagnostics(window),
            None,
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "Check that fonts, dictionaries and translations are installed and work",
            ),
        )
        self.compile = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Com&pile Submissions..."),
            window.compiler.start,
            None,
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "Many partners' submissions into one report (PDF) and a spreadsheet overview",
            ),
            "files",
        )
        self.omit_empty = self._toggle(
            QT_TRANSLATE_NOOP("WindowActions", "Leave Out &Unanswered Areas"),
            settings.omit_empty_areas(),
            settings.set_omit_empty_areas,
        )
        self.letter = self._toggle(
            QT_TRANSLATE_NOOP("WindowActions", "US &Letter Paper"),
            settings.page_size() == "letter",
            lambda on: settings.set_page_size("letter" if on else "a4"),
        )
        self.embed_draft = self._toggle(
            QT_TRANSLATE_NOOP("WindowActions", "&Include the Editable Draft in the PDF"),
            settings.embed_draft(),
            settings.set_embed_draft,
            QT_TRANSLATE_NOOP(
                "WindowActions",
                "The PDF carries the draft, so that it can be imported and edited again",
            ),
        )
        self.open_after_export = self._toggle(
            QT_TRANSLATE_NOOP("WindowActions", "&Open PDF After Export"),
            settings.open_after_export(),
            settings.set_open_after_export,
        )
        window.files.open_after_export_changed.connect(self.open_after_export.setChecked)
        # The preview refreshes with the new options (connected after the settings are stored).
        for option in (self.omit_empty, self.letter, self.embed_draft):
            option.toggled.connect(window.preview.options_changed)
        self.preview = window.preview.toggleViewAction()
        self.preview.setShortcut(QKeySequence("F9"))
        self.preview.setIcon(icon("panel-right"))
        self._texts.append(
            (
                self.preview,
                QT_TRANSLATE_NOOP("WindowActions", "PDF &Preview"),
                QT_TRANSLATE_NOOP(
                    "WindowActions", "Show the PDF beside the form as Export PDF writes it"
                ),
            )
        )
        self.print = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Print..."),
            window.print_pdf,
            _STANDARD.Print,
            QT_TRANSLATE_NOOP("WindowActions", "Print the PDF"),
            "printer",
        )
        self.format = FormatActions(window)
        for action, name in zip(
            self.format.all, ("bold", "italic", "list", "list-ordered", "link"), strict=True
        ):
            action.setIcon(icon(name))
        self._create_language_actions()

    def _create_language_actions(self) -> None:
        """View > Language: the system's language, or one chosen, switched at once."""
        self.languages = QActionGroup(self)
        self.language_actions: dict[str, QAction] = {}
        self.system_language = QAction(self.window)
        for code in ("", *LANGUAGES):
            action = self.system_language if not code else QAction(LANGUAGES[code], self.window)
            action.setCheckable(True)
            action.setData(code)
            self.languages.addAction(action)
            self.language_actions[code] = action
        self.languages.triggered.connect(self._choose_language)

    def _choose_language(self, action: QAction) -> None:
        code = str(action.data() or "")
        settings.set_language(code)
        apply_language(code or system_language())

    def _check_language(self) -> None:
        """The menu shows what is chosen: the system's language, or one by name."""
        chosen = settings.language() if settings.language() in LANGUAGES else ""
        if current_language() != (chosen or system_language()):
            chosen = current_language()  # --language for this session overrides the choice
        self.language_actions[chosen].setChecked(True)
        system = LANGUAGES[system_language()]
        self.system_language.setText(
            translate("WindowActions", "&System Language ({language})").format(language=system)
        )

    def _make(
        self, text: str, slot: Callable[[], object], keys: Keys, tip: str, icon_name: str = ""
    ) -> QAction:
        """An action whose `text` and `tip` (untranslated: see retranslate) are shown in the
        interface's language."""
        action = QAction(self.window)
        if keys is not None:
            action.setShortcut(QKeySequence(keys))
        self._texts.append((action, text, tip))
        if icon_name:
            action.setIcon(icon(icon_name))
            if icon_name in _POINTING:
                self._pointing.append((action, icon_name))
        action.triggered.connect(lambda checked=False: slot())
        return action

    def _toggle(
        self, text: str, checked: bool, store: Callable[[bool], None], tip: str = ""
    ) -> QAction:
        action = QAction(self.window, checkable=True)
        self._texts.append((action, text, tip))
        action.setChecked(checked)
        action.toggled.connect(store)
        return action

    def _menu(self, parent: QMenu | QMenuBar, title: str) -> QMenu:
        menu = parent.addMenu(title)
        self._menu_titles.append((menu, title))
        return menu

    def retranslate(self) -> None:
        """Every text in the interface's language: at start and on each QEvent.LanguageChange
        (the window calls this)."""
        for action, text, tip in self._texts:
            translated = _tr(text)
            action.setText(translated)
            plain = translated.replace("&", "").removesuffix("...").removesuffix("…")
            shortcut = action.shortcut().toString(QKeySequence.SequenceFormat.NativeText)
            action.setToolTip(f"{plain} ({shortcut})" if shortcut else plain)
            action.setStatusTip(_tr(tip) if tip else "")
        for menu, title in self._menu_titles:
            menu.setTitle(_tr(title))
        for bar, name in self._bars:
            bar.setWindowTitle(_tr(name))
            _name_overflow_button(bar)
        self.format.retranslate()
        right_to_left = QGuiApplication.isRightToLeft()
        for action, name in self._pointing:
            action.setIcon(icon(name, mirrored=right_to_left))
        self._check_language()

    def _on_text_field(self, operation: str) -> None:
        """Cut, Copy, Paste and Select All act on the text field that has the focus."""
        focused = QApplication.focusWidget()
        if isinstance(focused, (QLineEdit, QTextEdit)):
            getattr(focused, operation)()

    # --- where they are shown ---------------------------------------------------------------

    def build_menus(self) -> None:
        window = self.window
        menus = window.menuBar()
        file_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&File"))
        file_menu.addActions([self.new, self.open])
        self.recent_menu = RecentFilesMenu(window.files.open_path, file_menu)
        file_menu.addMenu(self.recent_menu)
        file_menu.addActions([self.save, self.save_as])
        file_menu.addSeparator()
        file_menu.addActions(
            [self.import_text, self.export_pdf, self.export_word, self.export_text]
        )
        options = self._menu(file_menu, QT_TRANSLATE_NOOP("WindowActions", "PD&F Options"))
        options.addActions([self.omit_empty, self.letter, self.embed_draft, self.open_after_export])
        file_menu.addSeparator()
        file_menu.addActions([self.send, self.email_settings])
        file_menu.addSeparator()
        file_menu.addActions([self.print, self.quit])
        edit_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Edit"))
        edit_menu.addActions([self.undo, self.redo])
        edit_menu.addSeparator()
        edit_menu.addActions([self.cut, self.copy, self.paste, self.select_all])
        edit_menu.addSeparator()
        edit_menu.addActions([self.find, self.replace, self.find_next, self.find_previous])
        edit_menu.addSeparator()
        edit_menu.addAction(self.add_programme)
        view_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&View"))
        view_menu.addAction(self.preview)
        view_menu.addSeparator()
        view_menu.addActions([self.zoom_in, self.zoom_out, self.zoom_reset])
        view_menu.addSeparator()
        # The interface's language: under View, as no letter of "Settings" is free for Alt in
        # the window (Short summary, Edit, Tools, Replace w&ith, Name, Lan&guage of the summary).
        self.language_menu = self._menu(view_menu, QT_TRANSLATE_NOOP("WindowActions", "&Language"))
        self.language_menu.setIcon(icon("languages"))
        self.language_menu.addAction(self.system_language)
        self.language_menu.addSeparator()
        self.language_menu.addActions([self.language_actions[code] for code in LANGUAGES])
        self.view_menu = view_menu
        # not Alt+O: "Move D&own" has it on the page
        format_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "For&mat"))
        format_menu.addActions(self.format.all)
        tools_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Tools"))
        tools_menu.addAction(self.check)
        tools_menu.addSeparator()
        tools_menu.addAction(self.compile)
        self.tools_menu = tools_menu
        help_menu = self._menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Help"))
        help_menu.addActions([self.guide, self.field_help])
        help_menu.addSeparator()
        help_menu.addActions([self.diagnostics, self.licences, self.about])
        self.help_menu = help_menu

    def build_tool_bars(self) -> None:
        groups = {
            QT_TRANSLATE_NOOP("WindowActions", "File"): (
                "file",
                [self.new, self.open, self.save, self.export_pdf, self.print, self.send],
            ),
            QT_TRANSLATE_NOOP("WindowActions", "View"): ("view", [self.preview]),
            QT_TRANSLATE_NOOP("WindowActions", "Edit"): ("edit", [self.undo, self.redo]),
            QT_TRANSLATE_NOOP("WindowActions", "Format"): ("format", self.format.all),
            QT_TRANSLATE_NOOP("WindowActions", "Check"): ("check", [self.check]),
        }
        for name, (key, actions) in groups.items():
            bar = self.window.addToolBar(_tr(name))
            bar.setObjectName(f"{key}_toolbar")  # the saved window state names bars by it
            bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
            bar.addActions(actions)
            self._bars.append((bar, name))
        self.retranslate()


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


def _name_overflow_button(bar: QToolBar) -> None:
    """The "»" button a narrow window shows for the buttons that do not fit: a screen reader
    must be able to say what it is."""
    for button in bar.findChildren(QWidget):
        if button.objectName() == "qt_toolbar_ext_button":
            more = QCoreApplication.translate("WindowActions", "More {bar} buttons").format(
                bar=bar.windowTitle()
            )
            button.setAccessibleName(more)
            button.setToolTip(more)
