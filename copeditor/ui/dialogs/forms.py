"""Dialogs with forms of their own: a link, email settings, recovery, compiling, reports."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import (
    QApplication,
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
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from copeditor.formats.textform.markdown_text import markdown_plain_text
from copeditor.storage.recovery import RecoveredWork
from copeditor.ui.dialogs.choices import (
    COMPILE_FILTER,
    PDF_FILTER,
    CompileRequest,
    RecoveryChoice,
)
from copeditor.ui.dialogs.messages import _disposed, save_path, show_error, window_of

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def ask_link(
    parent: QWidget | None, text: str, address: str, complete: Callable[[str], str | None]
) -> tuple[str, str] | None:
    """The link's text and full address, or None when cancelled. `address` is offered
    selected, so typing replaces it; `complete` turns what was typed into the full address,
    or None: then the dialog stays open and says why beside the box."""
    dialog = QDialog(window_of(parent))
    dialog.setWindowTitle(translate("Dialogs", "Insert Link"))
    dialog.setMinimumWidth(460)
    text_field = QLineEdit(text, dialog)
    address_field = QLineEdit(address, dialog)
    address_field.setPlaceholderText(
        translate("Dialogs", "www.example.org, https://... or name@example.org")
    )
    text_field.setAccessibleName(translate("Dialogs", "Link text"))
    address_field.setAccessibleName(translate("Dialogs", "Link address"))
    problem = QLabel(dialog)
    problem.setTextFormat(Qt.TextFormat.PlainText)
    problem.setWordWrap(True)
    problem.setForegroundRole(QPalette.ColorRole.BrightText)
    problem.hide()
    layout = QFormLayout(dialog)
    layout.addRow(_buddy_label(translate("Dialogs", "&Text:"), text_field, dialog), text_field)
    layout.addRow(
        _buddy_label(translate("Dialogs", "&Address:"), address_field, dialog), address_field
    )
    layout.addRow("", problem)
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    result: list[str] = []

    def accept() -> None:
        full = complete(address_field.text())
        if full is None:
            problem.setText(
                translate(
                    "Dialogs",
                    "Not a web or email address. Write it like www.example.org, "
                    "https://example.org/page or name@example.org.",
                )
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


def _ok_cancel(dialog: QDialog) -> QDialogButtonBox:
    """OK and Cancel, answering `dialog`."""
    buttons = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, dialog
    )
    buttons.accepted.connect(dialog.accept)
    buttons.rejected.connect(dialog.reject)
    return buttons


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
    # A caret the arrow keys move, line by line: how a screen reader reads a text (read-only
    # text has none by default, and was read as one block).
    browser.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextBrowserInteraction
        | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    layout.addWidget(browser)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    buttons.rejected.connect(dialog.close)
    layout.addWidget(buttons)
    dialog.show()
    dialog.activateWindow()  # the keyboard goes to the guide, where the reader is
    browser.setFocus(Qt.FocusReason.OtherFocusReason)


def choose_recovery(
    parent: QWidget | None, works: list[RecoveredWork]
) -> tuple[RecoveryChoice, RecoveredWork | None]:
    """Offer work an editor left unsaved when it stopped: recover, discard, or decide later."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Recover Unsaved Work"))
    dialog.setMinimumWidth(560)
    layout = QVBoxLayout(dialog)
    intro = QLabel(
        translate(
            "Dialogs",
            "The editor did not close normally. This unsaved work was kept; choose what to do.",
        ),
        dialog,
    )
    intro.setWordWrap(True)
    layout.addWidget(intro)
    listing = QListWidget(dialog)
    listing.setAccessibleName(translate("Dialogs", "Unsaved work"))
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
        (
            translate("Dialogs", "&Recover"),
            RecoveryChoice.RECOVER,
            QDialogButtonBox.ButtonRole.AcceptRole,
        ),
        (
            translate("Dialogs", "&Discard"),
            RecoveryChoice.DISCARD,
            QDialogButtonBox.ButtonRole.DestructiveRole,
        ),
        (
            translate("Dialogs", "&Later"),
            RecoveryChoice.LATER,
            QDialogButtonBox.ButtonRole.RejectRole,
        ),
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
    dialog.setWindowTitle(translate("Dialogs", "Email Settings"))
    dialog.setMinimumWidth(520)
    layout = QFormLayout(dialog)
    recipient_field = QLineEdit(recipient, dialog)
    recipient_field.setPlaceholderText(
        translate("Dialogs", "none: choose the recipient in your mail program")
    )
    recipient_field.setAccessibleName(translate("Dialogs", "Recipient"))
    folder_field = QLineEdit(str(folder) if folder else "", dialog)
    folder_field.setAccessibleName(translate("Dialogs", "Folder for the PDF and the email draft"))
    browse = QPushButton(translate("Dialogs", "&Browse..."), dialog)

    def choose() -> None:
        start = folder_field.text() or str(Path.home())
        chosen = QFileDialog.getExistingDirectory(
            dialog, translate("Dialogs", "Folder for Emailed PDFs"), start
        )
        if chosen:
            folder_field.setText(chosen)

    browse.clicked.connect(choose)
    folder_row = QHBoxLayout()
    folder_row.addWidget(folder_field, 1)
    folder_row.addWidget(browse)
    prefer = QCheckBox(
        translate("Dialogs", "Show the PDF in its folder instead of opening an email draft"),
        dialog,
    )
    prefer.setChecked(prefers_folder)
    layout.addRow(
        _buddy_label(translate("Dialogs", "&Send to:"), recipient_field, dialog), recipient_field
    )
    layout.addRow(_buddy_label(translate("Dialogs", "&Folder:"), folder_field, dialog), folder_row)
    layout.addRow(prefer)
    layout.addRow(_ok_cancel(dialog))
    with _disposed(dialog):
        while dialog.exec() == QDialog.DialogCode.Accepted:
            chosen_folder = Path(folder_field.text().strip())
            if folder_field.text().strip() and chosen_folder.is_dir():
                return recipient_field.text().strip(), chosen_folder, prefer.isChecked()
            show_error(
                dialog,
                translate("Dialogs", "Email Settings"),
                translate("Dialogs", "Choose an existing folder for the PDF."),
            )
        return None


def ask_compile(parent: QWidget | None, folder: Path) -> CompileRequest | None:
    """The files (or a folder) to compile, where the report goes, and how it is grouped."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(translate("Dialogs", "Compile Submissions"))
    dialog.setMinimumWidth(560)
    layout = QFormLayout(dialog)
    inputs = QListWidget(dialog)
    inputs.setAccessibleName(translate("Dialogs", "Submissions to compile"))
    chosen: list[Path] = []

    def add_files() -> None:
        names, _ = QFileDialog.getOpenFileNames(
            dialog,
            translate("Dialogs", "Submissions"),
            str(folder),
            f"{translate('Dialogs', COMPILE_FILTER)};;{translate('Dialogs', 'All files (*)')}",
        )
        for name in names:
            chosen.append(Path(name))
            inputs.addItem(name)

    def add_folder() -> None:
        name = QFileDialog.getExistingDirectory(
            dialog, translate("Dialogs", "Folder of Submissions"), str(folder)
        )
        if name:
            chosen.append(Path(name))
            inputs.addItem(
                translate("Dialogs", "{folder} (every submission inside)").format(folder=name)
            )

    add_row = QHBoxLayout()
    for text, slot in (
        (translate("Dialogs", "Add &Files..."), add_files),
        (translate("Dialogs", "Add a F&older..."), add_folder),
    ):
        button = QPushButton(text, dialog)
        button.clicked.connect(slot)
        add_row.addWidget(button)
    add_row.addStretch(1)
    title = QLineEdit("COP Partners' Ongoing Project Summaries", dialog)
    by_area = QCheckBox(
        translate("Dialogs", "Group by &area (all partners' programmes under each area)"), dialog
    )
    with_csv = QCheckBox(translate("Dialogs", "Also write a spreadsheet o&verview (CSV)"), dialog)
    layout.addRow(_buddy_label(translate("Dialogs", "&Submissions:"), inputs, dialog), inputs)
    layout.addRow("", add_row)
    layout.addRow(_buddy_label(translate("Dialogs", "&Title:"), title, dialog), title)
    layout.addRow(by_area)
    layout.addRow(with_csv)
    layout.addRow(_ok_cancel(dialog))
    with _disposed(dialog):
        while dialog.exec() == QDialog.DialogCode.Accepted:
            if not chosen:
                show_error(
                    dialog,
                    translate("Dialogs", "Compile Submissions"),
                    translate("Dialogs", "Add the files or folder to compile."),
                )
                continue
            report = save_path(
                dialog,
                translate("Dialogs", "Save Report As"),
                folder / "COP report.pdf",
                PDF_FILTER,
                ".pdf",
            )
            if report is None:
                continue
            overview = report.with_suffix(".csv") if with_csv.isChecked() else None
            by = "area" if by_area.isChecked() else "partner"
            return CompileRequest(chosen, report, overview, by, title.text().strip())
        return None


def show_report(parent: QWidget | None, title: str, text: str) -> None:
    """A plain-text report (diagnostics, licences) with a button to copy it for support."""
    dialog = QDialog(parent)
    dialog.setWindowTitle(title)
    dialog.resize(640, 480)
    layout = QVBoxLayout(dialog)
    view = QTextBrowser(dialog)
    view.setPlainText(text)
    view.setAccessibleName(title)
    layout.addWidget(view)
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close, dialog)
    copy = buttons.addButton(translate("Dialogs", "&Copy"), QDialogButtonBox.ButtonRole.ActionRole)
    copy.clicked.connect(lambda: QApplication.clipboard().setText(text))
    buttons.rejected.connect(dialog.reject)
    layout.addWidget(buttons)
    with _disposed(dialog):
        dialog.exec()
