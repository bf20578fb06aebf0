"""Every dialog the editor shows, in one module, so tests can replace them all.

Messages are shown as plain text: file and organisation names are user text and must never be
read as HTML.
"""

from __future__ import annotations

from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QDialog,
    QDialogButtonBox,
    QFileDialog,
    QFormLayout,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QMessageBox,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from copeditor.storage.recovery import RecoveredWork

if TYPE_CHECKING:  # QtPrintSupport is loaded when printing, not at start-up
    from PySide6.QtPrintSupport import QPrinter

DRAFT_FILTER = "COP drafts (*.json)"
TEXT_FORM_FILTER = "Text form (*.md *.markdown *.txt)"
PDF_FILTER = "PDF documents (*.pdf)"


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


def _message_box(
    parent: QWidget | None, icon: QMessageBox.Icon, title: str, text: str
) -> QMessageBox:
    box = QMessageBox(icon, title, text, QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    return box


def ask_save_changes(parent: QWidget | None, document_name: str) -> SaveChoice:
    box = _message_box(
        parent,
        QMessageBox.Icon.Warning,
        "Unsaved Changes",
        f'Save the changes to "{document_name}" before closing?',
    )
    box.setInformativeText("Your changes will be lost if you don't save them.")
    box.setStandardButtons(
        QMessageBox.StandardButton.Save
        | QMessageBox.StandardButton.Discard
        | QMessageBox.StandardButton.Cancel
    )
    box.setDefaultButton(QMessageBox.StandardButton.Save)
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
    box.exec()
    return box.clickedButton() is yes


def show_error(parent: QWidget | None, title: str, message: str) -> None:
    _message_box(parent, QMessageBox.Icon.Critical, title, message).exec()


def show_information(parent: QWidget | None, title: str, message: str) -> None:
    _message_box(parent, QMessageBox.Icon.Information, title, message).exec()


def open_path(parent: QWidget | None, caption: str, folder: Path, filters: str) -> Path | None:
    name, _ = QFileDialog.getOpenFileName(parent, caption, str(folder), filters)
    return Path(name) if name else None


def save_path(
    parent: QWidget | None, caption: str, suggested: Path, filters: str, suffix: str
) -> Path | None:
    name, _ = QFileDialog.getSaveFileName(parent, caption, str(suggested), filters)
    if not name:
        return None
    path = Path(name)
    return path if path.suffix else path.with_suffix(suffix)


def ask_link(parent: QWidget | None, text: str, address: str) -> tuple[str, str] | None:
    """The link's text and address, or None when cancelled."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Insert Link")
    text_field = QLineEdit(text, dialog)
    address_field = QLineEdit(address or "https://", dialog)
    text_field.setAccessibleName("Link text")
    address_field.setAccessibleName("Link address")
    layout = QFormLayout(dialog)
    layout.addRow("&Text:", text_field)
    layout.addRow("&Address:", address_field)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    address_field.setFocus()
    if dialog.exec() != QDialog.DialogCode.Accepted:
        return None
    return text_field.text(), address_field.text().strip()


def choose_recovery(
    parent: QWidget | None, works: list[RecoveredWork]
) -> tuple[RecoveryChoice, RecoveredWork | None]:
    """Offer work an editor left unsaved when it stopped: recover, discard, or decide later."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Recover Unsaved Work")
    dialog.setMinimumWidth(560)
    layout = QVBoxLayout(dialog)
    intro = QLabel(
        "The editor did not close normally. This unsaved work was kept; choose what to do.",
        dialog,
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    listing = QListWidget(dialog)
    listing.setAccessibleName("Unsaved work")
    listing.setWordWrap(True)
    for work in works:
        when = work.saved_at.astimezone().strftime("%Y-%m-%d %H:%M:%S")
        item = QListWidgetItem(f"{work.name}  ({when})\n{work.first_words()}")
        listing.addItem(item)
    listing.setCurrentRow(0)
    layout.addWidget(listing)
    buttons = QDialogButtonBox(dialog)
    for text, choice, role in (
        ("&Recover", RecoveryChoice.RECOVER, QDialogButtonBox.ButtonRole.AcceptRole),
        ("&Discard", RecoveryChoice.DISCARD, QDialogButtonBox.ButtonRole.DestructiveRole),
        ("&Later", RecoveryChoice.LATER, QDialogButtonBox.ButtonRole.RejectRole),
    ):
        button = buttons.addButton(text, role)
        code = list(RecoveryChoice).index(choice) + 1  # 0 is "closed the window": later
        button.clicked.connect(lambda checked=False, c=code: dialog.done(c))
    layout.addWidget(buttons)
    result = dialog.exec()
    if result == 0:
        return RecoveryChoice.LATER, None
    choice = list(RecoveryChoice)[result - 1]
    return choice, works[listing.currentRow()] if choice is not RecoveryChoice.LATER else None


def ask_email_settings(
    parent: QWidget | None, recipient: str, folder: Path | None, prefers_folder: bool
) -> tuple[str, Path, bool] | None:
    """Where Send by Email puts the PDF, whom the draft is addressed to, and how it is opened."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Email Settings")
    dialog.setMinimumWidth(520)
    layout = QFormLayout(dialog)
    recipient_field = QLineEdit(recipient, dialog)
    recipient_field.setPlaceholderText("the COP secretariat's address")
    recipient_field.setAccessibleName("Recipient")
    folder_field = QLineEdit(str(folder) if folder else "", dialog)
    folder_field.setAccessibleName("Folder for the PDF and the email draft")
    browse = QPushButton("&Browse...", dialog)

    def choose() -> None:
        start = folder_field.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(dialog, "Folder for Emailed PDFs", start)
        if chosen:
            folder_field.setText(chosen)

    browse.clicked.connect(choose)
    folder_row = QHBoxLayout()
    folder_row.addWidget(folder_field, 1)
    folder_row.addWidget(browse)
    prefer = QCheckBox("Show the PDF in its folder instead of opening an email draft", dialog)
    prefer.setChecked(prefers_folder)
    layout.addRow("&Send to:", recipient_field)
    layout.addRow("&Folder:", folder_row)
    layout.addRow(prefer)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    while dialog.exec() == QDialog.DialogCode.Accepted:
        chosen_folder = Path(folder_field.text().strip())
        if folder_field.text().strip() and chosen_folder.is_dir():
            return recipient_field.text().strip(), chosen_folder, prefer.isChecked()
        show_error(dialog, "Email Settings", "Choose an existing folder for the PDF.")
    return None


def ask_print(parent: QWidget | None, printer: QPrinter, page_count: int) -> bool:
    """The system's print dialog: printer, pages, copies. Sets up `printer`; False: cancelled."""
    from PySide6.QtPrintSupport import QAbstractPrintDialog, QPrintDialog

    dialog = QPrintDialog(printer, parent)
    dialog.setWindowTitle("Print")
    dialog.setMinMax(1, max(page_count, 1))
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintPageRange, True)
    dialog.setOption(QAbstractPrintDialog.PrintDialogOption.PrintToFile, True)
    return dialog.exec() == QDialog.DialogCode.Accepted
