"""Where the window's commands are shown: the menus, in their order, and the tool bars."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMenuBar, QToolBar, QWidget

from copeditor.ui.files.recent_files import RecentFilesMenu
from copeditor.ui.icons import icon
from copeditor.ui.language import LANGUAGES, QT_TRANSLATE_NOOP

if TYPE_CHECKING:
    from copeditor.ui.window_actions import WindowActions


def build_menus(commands: WindowActions) -> None:
    window = commands.window
    menus = window.menuBar()
    file_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&File"))
    file_menu.addActions([commands.new, commands.open])
    commands.recent_menu = RecentFilesMenu(window.files.open_path, file_menu)
    file_menu.addMenu(commands.recent_menu)
    file_menu.addActions([commands.save, commands.save_as])
    file_menu.addSeparator()
    file_menu.addActions(
        [commands.import_text, commands.export_pdf, commands.export_word, commands.export_text]
    )
    options = commands.menu(file_menu, QT_TRANSLATE_NOOP("WindowActions", "PD&F Options"))
    options.addActions(
        [commands.omit_empty, commands.letter, commands.embed_draft, commands.open_after_export]
    )
    file_menu.addSeparator()
    file_menu.addActions([commands.send, commands.email_settings])
    file_menu.addSeparator()
    file_menu.addActions([commands.print, commands.quit])
    edit_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Edit"))
    edit_menu.addActions([commands.undo, commands.redo])
    edit_menu.addSeparator()
    edit_menu.addActions([commands.cut, commands.copy, commands.paste, commands.select_all])
    edit_menu.addSeparator()
    edit_menu.addActions(
        [commands.find, commands.replace, commands.find_next, commands.find_previous]
    )
    edit_menu.addSeparator()
    edit_menu.addAction(commands.add_programme)
    view_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&View"))
    view_menu.addAction(commands.preview)
    view_menu.addSeparator()
    view_menu.addActions([commands.zoom_in, commands.zoom_out, commands.zoom_reset])
    view_menu.addSeparator()
    # The interface's language: under View, as no letter of "Settings" is free for Alt in
    # the window (Short summary, Edit, Tools, Replace w&ith, Name, Lan&guage of the summary).
    commands.language_menu = commands.menu(
        view_menu, QT_TRANSLATE_NOOP("WindowActions", "&Language")
    )
    commands.language_menu.setIcon(icon("languages"))
    commands.language_menu.addAction(commands.languages.system_language)
    commands.language_menu.addSeparator()
    commands.language_menu.addActions([commands.languages.actions[code] for code in LANGUAGES])
    commands.view_menu = view_menu
    # not Alt+O: "Move D&own" has it on the page
    format_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "For&mat"))
    format_menu.addActions(commands.format.all)
    tools_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Tools"))
    tools_menu.addAction(commands.check)
    tools_menu.addSeparator()
    tools_menu.addAction(commands.compile)
    commands.tools_menu = tools_menu
    help_menu = commands.menu(menus, QT_TRANSLATE_NOOP("WindowActions", "&Help"))
    help_menu.addActions([commands.guide, commands.field_help])
    help_menu.addSeparator()
    help_menu.addActions([commands.diagnostics, commands.licences, commands.about])
    commands.help_menu = help_menu


def build_tool_bars(commands: WindowActions) -> None:
    groups = {
        QT_TRANSLATE_NOOP("WindowActions", "File"): (
            "file",
            [
                commands.new,
                commands.open,
                commands.save,
                commands.export_pdf,
                commands.print,
                commands.send,
            ],
        ),
        QT_TRANSLATE_NOOP("WindowActions", "View"): ("view", [commands.preview]),
        QT_TRANSLATE_NOOP("WindowActions", "Edit"): ("edit", [commands.undo, commands.redo]),
        QT_TRANSLATE_NOOP("WindowActions", "Format"): ("format", commands.format.all),
        QT_TRANSLATE_NOOP("WindowActions", "Check"): ("check", [commands.check]),
    }
    for name, (key, actions) in groups.items():
        bar = commands.window.addToolBar(_tr(name))
        bar.setObjectName(f"{key}_toolbar")  # the saved window state names bars by it
        bar.setToolButtonStyle(Qt.ToolButtonStyle.ToolButtonIconOnly)
        bar.addActions(actions)
        commands.bars.append((bar, name))
    commands.retranslate()


def _tr(text: str) -> str:
    return QCoreApplication.translate("WindowActions", text)


def name_overflow_button(bar: QToolBar | QMenuBar) -> None:
    """The "»" button a narrow window shows for the buttons or menus that do not fit: a
    screen reader must be able to say what it is."""
    for button in bar.findChildren(QWidget):
        if button.objectName() == "qt_toolbar_ext_button":
            more = QCoreApplication.translate("WindowActions", "More {bar} buttons").format(
                bar=bar.windowTitle()
            )
        elif button.objectName() == "qt_menubar_ext_button":
            more = QCoreApplication.translate("WindowActions", "More menus")
        else:
            continue
        button.setAccessibleName(more)
        button.setToolTip(more)
