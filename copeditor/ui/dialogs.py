"""Every dialog the editor shows, in one module, so tests can replace them all.

Messages are shown as plain text: file and organisation names are user text and must never be
read as HTML.
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from contextlib import contextmanager
from enum import Enum
from pathlib import Path

from PySide6.QtCore import Qt
from PySide6.QtGui import QPalette
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
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from copeditor.formats.textform.markdown_text import markdown_plain_text
from copeditor.storage.recovery import RecoveredWork

DRAFT_FILTER = "COP drafts (*.json)"
TEXT_FORM_FILTER = "Text form (*.md *.markdown *.txt)"
PDF_FILTER = "PDF documents (*.pdf)"
WORD_FILTER = "Word documents (*.docx)"
IMPORT_FILTERS = (
    "Everything the editor reads (*.md *.markdown *.txt *.docx *.doc *.pdf);;"
    f"{TEXT_FORM_FILTER};;Word documents (*.docx *.doc);;PDFs made by the editor (*.pdf)"
)


class RecoveryChoice(Enum):
    RECOVER = "recover"
    DISCARD = "discard"
    LATER = "later"


class AfterExport(Enum):
    OPEN = "open"
    SHOW_FOLDER = "show folder"
    CLOSE = "close"


class SaveChoice(Enum):
    SAVE = "save"
    DISCARD = "discard"
    CANCEL = "cancel"


@contextmanager
def _disposed(dialog: QDialog) -> Iterator[QDialog]:
    """Delete the dialog once it has been answered: each is made anew for one question, and
    would otherwise live as long as its parent (or for ever, without one)."""
    try:
        yield dialog
    finally:
        dialog.deleteLater()


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
        parent, QMessageBox.Icon.Information, "Export PDF", f"The PDF was saved:\n{path}"
    )
    open_button = box.addButton("&Open PDF", QMessageBox.ButtonRole.AcceptRole)
    folder_button = box.addButton("Show in &Folder", QMessageBox.ButtonRole.ActionRole)
    box.addButton(QMessageBox.StandardButton.Close)
    box.setDefaultButton(open_button)
    always = QCheckBox("Always open the PDF after exporting", box)
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


def ask_link(
    parent: QWidget | None, text: str, address: str, complete: Callable[[str], str | None]
) -> tuple[str, str] | None:
    """The link's text and full address, or None when cancelled. `address` is offered
    selected, so typing replaces it; `complete` turns what was typed into the full address,
    or None: then the dialog stays open and says why beside the box."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Insert Link")
    dialog.setMinimumWidth(460)
    text_field = QLineEdit(text, dialog)
    address_field = QLineEdit(address, dialog)
    address_field.setPlaceholderText("www.example.org, https://... or name@example.org")
    text_field.setAccessibleName("Link text")
    address_field.setAccessibleName("Link address")
    problem = QLabel(dialog)
    problem.setTextFormat(Qt.TextFormat.PlainText)
    problem.setWordWrap(True)
    problem.setForegroundRole(QPalette.ColorRole.BrightText)
    problem.hide()
    layout = QFormLayout(dialog)
    layout.addRow(_buddy_label("&Text:", text_field, dialog), text_field)
    layout.addRow(_buddy_label("&Address:", address_field, dialog), address_field)
    layout.addRow("", problem)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    result: list[str] = []

    def accept() -> None:
        full = complete(address_field.text())
        if full is None:
            problem.setText(
                "Not a web or email address. Write it like www.example.org, "
                "https://example.org/page or name@example.org."
            )
            problem.show()
            address_field.setAccessibleDescription(problem.text())
            address_field.setFocus()
            return
        result.append(full)
        dialog.accept()

    buttons.accepted.connect(accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    address_field.setFocus()
    address_field.selectAll()
    with _disposed(dialog):
        if dialog.exec() != QDialog.DialogCode.Accepted or not result:
            return None
        return text_field.text(), result[0]


def _buddy_label(text: str, buddy: QWidget, parent: QWidget) -> QLabel:
    """A label whose Alt+letter moves to `buddy` (a form row given a layout has no buddy, and
    would show the & itself)."""
    label = QLabel(text, parent)
    label.setBuddy(buddy)
    return label


def show_guide(parent: QWidget | None, title: str, html: str) -> None:
    """A help text to read beside the form (not modal): our own HTML, links not followed."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.setAttribute(Qt.WidgetAttribute.WA_DeleteOnClose)
    dialog.resize(620, 640)
    layout = QVBoxLayout(dialog)
    browser = QTextBrowser(dialog)
    browser.setOpenLinks(False)
    browser.setHtml(html)
    browser.setAccessibleName(title)
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.show()


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
        preview = work.first_words(as_text=markdown_plain_text)  # "flagship", not "**flagship**"
        item = QListWidgetItem(f"{work.name}  ({when})\n{preview}")
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
    with _disposed(dialog):
        result = dialog.exec()
        row = listing.currentRow()
    if result == 0:
        return RecoveryChoice.LATER, None
    choice = list(RecoveryChoice)[result - 1]
    return choice, works[row] if choice is not RecoveryChoice.LATER else None


def ask_email_settings(
    parent: QWidget | None, recipient: str, folder: Path | None, prefers_folder: bool
) -> tuple[str, Path, bool] | None:
    """Where Send by Email puts the PDF, whom the draft is addressed to, and how it is opened."""
    dialog = QDialog(parent)
    dialog.setWindowTitle("Email Settings")
    dialog.setMinimumWidth(520)
    layout = QFormLayout(dialog)
    recipient_field = QLineEdit(recipient, dialog)
    recipient_field.setPlaceholderText("none: choose the recipient in your mail program")
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
    layout.addRow(_buddy_label("&Send to:", recipient_field, dialog), recipient_field)
    layout.addRow(_buddy_label("&Folder:", folder_field, dialog), folder_row)
    layout.addRow(prefer)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    layout.addRow(buttons)
    with _disposed(dialog):
        while dialog.exec() == QDialog.DialogCode.Accepted:
            chosen_folder = Path(folder_field.text().strip())
            if folder_field.text().strip() and chosen_folder.is_dir():
                return recipient_field.text().strip(), chosen_folder, prefer.isChecked()
            show_error(dialog, "Email Settings", "Choose an existing folder for the PDF.")
        return None
