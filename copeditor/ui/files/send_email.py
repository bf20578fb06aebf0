"""File > Send by Email: the PDF exported and attached to an email draft, opened for sending.

The editor never sends anything: the user's mail program opens the draft, and the user sends it.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale
from PySide6.QtWidgets import QApplication, QMainWindow

from copeditor.atomicfile import write_atomic
from copeditor.model import find_problems
from copeditor.ui import dialogs, settings, system_open
from copeditor.ui.document.document import Document
from copeditor.ui.files.pdf_export import PdfNotMade, make_pdf
from copeditor.ui.problem_text import problem_text

LARGE_ATTACHMENT_BYTES = 10 * 1024 * 1024  # many mail servers refuse more
translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class EmailSender:
    def __init__(self, window: QMainWindow, document: Document) -> None:
        self.window = window
        self.document = document

    def edit_settings(self) -> bool:
        answer = dialogs.ask_email_settings(
            self.window,
            settings.email_recipient(),
            settings.email_folder(),
            settings.email_prefers_folder(),
        )
        if answer is not None:
            settings.set_email_settings(*answer)
        return answer is not None

    def send(self) -> Path | None:
        """Write the PDF and the email draft; returns the draft's path when one was written."""
        from copeditor.formats.email_draft import email_draft, pdf_file_name

        self.document.flush_edits()
        submission = self.document.submission
        problems = find_problems(submission)
        if problems and not dialogs.confirm(
            self.window,
            translate("SendEmail", "Send by Email"),
            translate(
                "SendEmail",
                "Check Submission lists problems ({count} in all), starting with: {problem} "
                "Send it anyway?",
            ).format(count=len(problems), problem=problem_text(problems[0], submission)),
            translate("SendEmail", "Send Anyway"),
        ):
            self.window.check_submission()  # type: ignore[attr-defined]
            return None
        if settings.email_folder() is None and not self.edit_settings():
            return None
        folder = settings.email_folder()
        assert folder is not None
        try:
            pdf = make_pdf(submission)
        except PdfNotMade as error:
            dialogs.show_error(self.window, translate("SendEmail", "Send by Email"), str(error))
            return None
        if len(pdf) > LARGE_ATTACHMENT_BYTES and not dialogs.confirm(
            self.window,
            translate("SendEmail", "Send by Email"),
            translate(
                "SendEmail",
                "The PDF is {size} MB; many mail servers refuse attachments over 10 MB. "
                "Attach it anyway?",
            ).format(size=QLocale().toString(len(pdf) / 1e6, "f", 1)),
            translate("SendEmail", "Attach Anyway"),
        ):
            return None
        pdf_path = folder / pdf_file_name(submission, date.today())
        eml_path = pdf_path.with_suffix(".eml")
        try:
            write_atomic(pdf_path, pdf)
            write_atomic(
                eml_path,
                email_draft(submission, pdf, pdf_path.name, settings.email_recipient()),
            )
        except OSError as error:
            dialogs.show_error(
                self.window,
                translate("SendEmail", "Send by Email"),
                translate("SendEmail", "{folder}: cannot write there: {reason}").format(
                    folder=folder, reason=error.strerror or error
                ),
            )
            return None
        tried_mail = not settings.email_prefers_folder()
        if tried_mail and system_open.open_own_file(eml_path):
            self.window.statusBar().showMessage(
                translate(
                    "SendEmail",
                    "The email draft is open in your mail program: check it, then send it. "
                    "({name})",
                ).format(name=eml_path.name),
                15000,
            )
            return eml_path
        folder_opened = system_open.show_in_folder(pdf_path)
        QApplication.clipboard().setText(str(pdf_path))
        dialogs.show_information(
            self.window,
            translate("SendEmail", "Send by Email"),
            ready_message(
                pdf_path, eml_path, settings.email_recipient(), tried_mail, folder_opened
            ),
        )
        return eml_path


def ready_message(
    pdf_path: Path, eml_path: Path, recipient: str, mail_failed: bool, folder_opened: bool
) -> str:
    """What happened, and what the user does next, when no mail program took the draft."""
    lines = []
    if mail_failed:
        lines.append(translate("SendEmail", "No mail program could open the email draft."))
    lines.append(translate("SendEmail", "The PDF is ready: {path}").format(path=pdf_path))
    where = (
        translate("SendEmail", "Its folder is open and its path is on the clipboard.")
        if folder_opened
        else translate(
            "SendEmail",
            "Its folder could not be opened; its path is on the clipboard. Find it in {folder}.",
        ).format(folder=pdf_path.parent)
    )
    lines.append(where)
    lines.append(
        translate(
            "SendEmail",
            "Next: write a new message to {recipient} in your mail program and attach the PDF "
            "(or open the email draft beside it, {draft}, which has it attached).",
        ).format(
            recipient=recipient or translate("SendEmail", "the COP secretariat"),
            draft=eml_path.name,
        )
    )
    return "\n".join(lines)
