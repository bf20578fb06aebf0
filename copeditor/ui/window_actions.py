"""The window's commands: one QAction each, and the menus and tool bars that show them.

Menus hold every command, with their shortcuts; tool bars show icons only (the text is in the
tooltip), so that a long "Undo Typing in summary" never pushes buttons out of sight.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QObject
from PySide6.QtGui import QAction, QGuiApplication, QKeySequence
from PySide6.QtWidgets import QMenu, QMenuBar, QToolBar

from copeditor.ui import settings
from copeditor.ui.files.recent_files import RecentFilesMenu
from copeditor.ui.form.fields import REDO_KEYS, on_focused_field
from copeditor.ui.form.format_actions import FormatActions
from copeditor.ui.icons import icon
from copeditor.ui.language import (
    QT_TRANSLATE_NOOP,
)
from copeditor.ui.language_actions import LanguageActions
from copeditor.ui.menus import name_overflow_button
from copeditor.ui.tools.diagnostics import show_diagnostics, show_licences

if TYPE_CHECKING:
    from copeditor.ui.main_window import MainWindow

Keys = QKeySequence | QKeySequence.StandardKey | str | None
_STANDARD = QKeySequence.StandardKey
# Icons with an arrow along the line of reading: mirrored in a right-to-left interface.
_POINTING = frozenset({"undo-2", "redo-2", "file-input", "file-output"})

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class WindowActions(QObject):
    """Every command of the window, made once; `window.commands.save` and so on."""

    # Made by menus.build_menus: the menus other parts of the window add to or look at.
    recent_menu: RecentFilesMenu
    language_menu: QMenu
    view_menu: QMenu
    tools_menu: QMenu
    help_menu: QMenu

    def __init__(self, window: MainWindow) -> None:
        super().__init__(window)
        self.window = window
        self._texts: list[tuple[QAction, str, str]] = []  # action, text and tip, untranslated
        self._menu_titles: list[tuple[QMenu, str]] = []
        self.bars: list[tuple[QToolBar, str]] = []  # with their untranslated names
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
            lambda: on_focused_field("cut"),
            _STANDARD.Cut,
            "",
            "scissors",
        )
        self.copy = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Copy"),
            lambda: on_focused_field("copy"),
            _STANDARD.Copy,
            "",
            "copy",
        )
        self.paste = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "&Paste"),
            lambda: on_focused_field("paste"),
            _STANDARD.Paste,
            "",
            "clipboard-paste",
        )
        self.select_all = self._make(
            QT_TRANSLATE_NOOP("WindowActions", "Select &All"),
            lambda: on_focused_field("selectAll"),
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
        self.languages = LanguageActions(window)

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

    def menu(self, parent: QMenu | QMenuBar, title: str) -> QMenu:
        """A menu whose (untranslated) title follows the interface's language."""
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
            menu.setAccessibleName(menu.title().replace("&", ""))  # not the window's title
        for bar, name in self.bars:
            bar.setWindowTitle(_tr(name))
            name_overflow_button(bar)
        name_overflow_button(self.window.menuBar())
        self.format.retranslate()
        right_to_left = QGuiApplication.isRightToLeft()
        for action, name in self._pointing:
            action.setIcon(icon(name, mirrored=right_to_left))
        self.languages.show_choice()


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)
