"""File > Send by Email, with the system's opener replaced."""

from __future__ import annotations

import email
from email.policy import default
from pathlib import Path
from typing import Any

import pytest
from PySide6.QtWidgets import QApplication

from copeditor.model import Programme, Submission
from copeditor.ui import system_open
from copeditor.ui.files import send_email
from tests.pdftools import reader
from tests.ui.conftest import ScriptedDialogs


@pytest.fixture
def opened(monkeypatch: pytest.MonkeyPatch) -> dict[str, list[Path]]:
    calls: dict[str, list[Path]] = {"file": [], "folder": []}
    result = {"opens": True}

    def open_own_file(path: Path) -> bool:
        calls["file"].append(path)
        return result["opens"]

    monkeypatch.setattr(system_open, "open_own_file", open_own_file)
    monkeypatch.setattr(
        system_open, "show_in_folder", lambda path: calls["folder"].append(path) or True
    )
    calls["result"] = result  # type: ignore[assignment]
    return calls


def complete(window: Any) -> None:
    submission = Submission(organisation="Org/Name: Ünïcode")
    submission.areas[0].programmes.append(Programme(name="P", summary="S"))
    window.document.replace(submission, None)


def test_send_writes_pdf_and_email_draft_and_opens_it(
    window: Any, scripted: ScriptedDialogs, opened: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    complete(window)
    scripted.email_settings = [("cop@itu.int", tmp_path, False)]  # asked once, on first use
    window.commands.send.trigger()
    assert scripted.names() == ["ask_email_settings"]
    (eml,) = opened["file"]
    assert eml.parent == tmp_path and eml.suffix == ".eml"
    assert eml.name.startswith("COP-Partner-Summary_Org-Name-Ünïcode_")
    message = email.message_from_bytes(eml.read_bytes(), policy=default)
    assert message["To"] == "cop@itu.int" and message["X-Unsent"] == "1"
    (attachment,) = message.iter_attachments()
    pdf = eml.with_suffix(".pdf")
    assert attachment.get_content() == pdf.read_bytes()
    assert reader(pdf.read_bytes()).metadata.author == "Org/Name: Ünïcode"


def test_without_a_mail_program_the_pdf_is_shown_and_its_path_copied(
    window: Any, scripted: ScriptedDialogs, opened: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from copeditor.ui import settings

    complete(window)
    settings.set_email_settings("", tmp_path, False)
    opened["result"]["opens"] = False
    window.commands.send.trigger()
    (pdf,) = opened["folder"]
    assert QApplication.clipboard().text() == str(pdf)
    assert scripted.calls[-1] == (
        "information",
        "No mail program could open the email draft.\n"
        f"The PDF is ready: {pdf}\n"
        "Its folder is open and its path is on the clipboard.\n"
        "Next: write a new message to the COP secretariat in your mail program and attach the "
        f"PDF (or open the email draft beside it, {pdf.with_suffix('.eml').name}, which has it "
        "attached).",
    )


def test_when_the_folder_cannot_be_opened_the_message_says_where_the_pdf_is(
    window: Any, scripted: ScriptedDialogs, opened: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from copeditor.ui import settings

    complete(window)
    settings.set_email_settings("cop@itu.int", tmp_path, True)  # prefers the folder
    monkeypatch.setattr(system_open, "show_in_folder", lambda path: False)
    window.commands.send.trigger()
    assert opened["file"] == []  # the mail program was not asked
    (pdf,) = tmp_path.glob("*.pdf")
    kind, message = scripted.calls[-1]
    assert kind == "information"
    assert message.splitlines() == [
        f"The PDF is ready: {pdf}",
        f"Its folder could not be opened; its path is on the clipboard. Find it in {tmp_path}.",
        "Next: write a new message to cop@itu.int in your mail program and attach the PDF (or "
        f"open the email draft beside it, {pdf.with_suffix('.eml').name}, which has it attached).",
    ]
    assert "\\n" not in message


def test_warnings_for_an_incomplete_submission_and_a_large_pdf(
    window: Any, scripted: ScriptedDialogs, opened: Any, tmp_path: Path, monkeypatch: Any
) -> None:
    from copeditor.ui import settings

    settings.set_email_settings("", tmp_path, False)
    scripted.confirmations = [False]  # go and fix
    window.commands.send.trigger()
    assert "problem" in scripted.calls[-1][1]
    assert window.problems.isVisible()
    assert opened["file"] == []

    complete(window)
    monkeypatch.setattr(send_email, "LARGE_ATTACHMENT_BYTES", 1000)
    scripted.confirmations = [False]
    window.commands.send.trigger()
    assert "10 MB" in scripted.calls[-1][1]
    assert opened["file"] == [] and list(tmp_path.glob("*.pdf")) == []
    scripted.confirmations = [True]
    window.commands.send.trigger()
    assert len(opened["file"]) == 1


def test_only_web_and_mail_links_are_handed_to_the_system(monkeypatch: Any) -> None:
    from PySide6.QtGui import QDesktopServices

    handed: list[str] = []
    monkeypatch.setattr(
        QDesktopServices, "openUrl", lambda url: handed.append(url.toString()) or True
    )
    assert system_open.open_link("https://ecpat.org")
    assert system_open.open_link("mailto:info@ecpat.org")
    assert not system_open.open_link("file:///etc/passwd")
    assert not system_open.open_link("javascript:alert(1)")
    assert handed == ["https://ecpat.org", "mailto:info@ecpat.org"]


def test_email_settings_show_the_default_recipient_and_clean_labels(qtbot: Any) -> None:
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QDialog, QLabel, QLineEdit

    from copeditor.ui import dialogs, settings

    settings.app_settings().clear()  # nothing chosen yet
    seen: dict[str, object] = {}

    def look() -> None:
        dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog))
        fields = {f.accessibleName(): f.text() for f in dialog.findChildren(QLineEdit)}
        seen["recipient"] = fields["Recipient"]
        seen["shown"] = sorted(
            label.buddy().accessibleName() for label in dialog.findChildren(QLabel) if label.buddy()
        )
        dialog.reject()

    QTimer.singleShot(0, look)
    answer = dialogs.ask_email_settings(None, settings.email_recipient(), None, False)
    assert answer is None
    assert seen["recipient"] == "cop@itu.int"
    # Both labels lead to their field with Alt+letter; none shows a stray "&" on screen.
    assert seen["shown"] == ["Folder for the PDF and the email draft", "Recipient"]
