"""Message boxes and file choosers: one question each, answered, then deleted."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QLabel,
    QMessageBox,
    QWidget,
)

if TYPE_CHECKING:  # QtPrintSupport is loaded when printing, not at start-up
    from PySide6.QtPrintSupport import QPrinter

from copeditor.ui.dialogs.choices import AfterExport, SaveChoice
from copeditor.ui.language import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _filters(filters: str) -> str:
    """File chooser filters ("A (*.a);;B (*.b)") in the interface's language."""
    return ";;".join(translate("Dialogs", part) for part in filters.split(";;"))


@contextmanager
def _disposed(dialog: QDialog) -> Iterator[QDialog]:
    """Delete the dialog once it has been answered: each is made anew for one question, and
    would otherwise live as long as its parent (or for ever, without one)."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()


def window_of(parent: QWidget | None) -> QWidget | None:
    """The window a dialog belongs to. A dialog parented to a widget inside a group box (a
    programme's card) would be "labelled by" that group box for a screen reader."""
    return parent.window() if parent is not None else None


_ICON_NAMES = {
    QMessageBox.Icon.Warning: QT_TRANSLATE_NOOP("Dialogs", "Warning"),
    QMessageBox.Icon.Question: QT_TRANSLATE_NOOP("Dialogs", "Question"),
    QMessageBox.Icon.Critical: QT_TRANSLATE_NOOP("Dialogs", "Error"),
    QMessageBox.Icon.Information: QT_TRANSLATE_NOOP("Dialogs", "Information"),
}


class _MessageBox(QMessageBox):
    """A message box as a screen reader should meet it: its question and explanation as its
    description, its icon named, its buttons in the order they are shown."""

    def showEvent(self, event: QShowEvent) -> None:  # noqa: N802
        super().showEvent(event)
        texts = (self.text(), self.informativeText())
        self.setAccessibleDescription("\n".join(text for text in texts if text))
        icon = self.findChild(QLabel, "qt_msgboxex_icon_label")
        if icon is not None and self.icon() in _ICON_NAMES:
            icon.setAccessibleName(translate("Dialogs", _ICON_NAMES[self.icon()]))
        # Screen readers list children in creation order (Save, Cancel, Discard); the screen
        # and Tab follow the platform's order (Save, Discard, Cancel). Raising each button in
        # the layout's order makes the two agree.
        buttons = self.findChild(QDialogButtonBox)
        layout = buttons.layout() if buttons is not None else None
        if layout is not None:
            for index in range(layout.count()):
                item = layout.itemAt(index)
                button = item.widget() if item is not None else None
                if button is not None:
                    button.raise_()


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = _MessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, window_of(parent))
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def save_changes_box(parent: QWidget | None, document_name: str) -> QMessageBox:
    """The Save/Discard/Cancel question; Qt's own translation words the standard buttons."""
    box = _message_box(
        parent,
        QMessageBox.Icon.Warning,
        translate("Dialogs", "Unsaved Changes"),
        translate("Dialogs", 'Save the changes to "{name}" before closing?').format(
            name=document_name
        ),
    )
    box.setInformativeText(
        translate("Dialogs", "Your changes will be lost if you don't save them.")
    )
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
    return box


def ask_save_changes(parent: QWidget | None, document_name: str) -> SaveChoice:
    box = save_changes_box(parent, document_name)
    with _disposed(box):
        answer = box.exec()
    return {
        QMessageBox.StandardButton.Save: SaveChoice.SAVE,
        QMessageBox.StandardButton.Discard: SaveChoice.DISCARD,
    }.get(QMessageBox.StandardButton(answer), SaveChoice.CANCEL)


def confirm(parent: QWidget | None, title: str, text: str, action: str) -> bool:
    """Ask before doing something; `action` names the confirming button (e.g. "Remove")."""
    box = _message_box(parent, QMessageBox.Icon.Question, title, text)
    yes = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(yes)
    with _disposed(box):
        box.exec()
        return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    with _disposed(_message_box(parent, QMessageBox.Icon.Critical, title, message)) as box:
        box.exec()


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    with _disposed(_message_box(parent, QMessageBox.Icon.Information, title, message)) as box:
        box.exec()


def offer_exported_pdf(parent: QWidget | None, path: Path) -> tuple[AfterExport, bool]:
    """Say where the PDF went and offer to open it or show it in its folder; the flag is
    "open PDFs after export from now on, without asking"."""
    box = _message_box(
        parent,
        QMessageBox.Icon.Information,
        translate("Dialogs", "Export PDF"),
        translate("Dialogs", "The PDF was saved:\n{path}").format(path=path),
    )
    open_button = box.addButton(
        translate("Dialogs", "&Open PDF"), QMessageBox.ButtonRole.AcceptRole
    )
    folder_button = box.addButton(
        translate("Dialogs", "Show in &Folder"), QMessageBox.ButtonRole.ActionRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    always = QCheckBox(translate("Dialogs", "Always open the PDF after exporting"), box)
    box.setCheckBox(always)
    with _disposed(box):
        box.exec()
        clicked = box.clickedButton()
        choice = (
            AfterExport.OPEN
            if clicked is open_button
            else AfterExport.SHOW_FOLDER
            if clicked is folder_button
            else AfterExport.CLOSE
        )
        return choice, always.isChecked() and choice is AfterExport.OPEN


def open_path(parent: QWidget | None, caption: str, folder: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), _filters(filters))
    return Path(name) if name else None


def save_path(
    parent: QWidget | None, caption: str, suggested: Path, filters: str, suffix: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), _filters(filters))
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


def ask_print(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system's print dialog: printer, pages, copies. Sets up `printer`; False: cancelled."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle(translate("Dialogs", "Print"))
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    with _disposed(dialog):
        return dialog.exec() == QDialog.DialogCode.Accepted
