"""The email draft: a message a mail client opens as a draft, with the PDF attached."""

from __future__ import annotations

import email
import subprocess
import sys
from datetime import date
from email.message import EmailMessage
from email.policy import default
from pathlib import Path

from copeditor.formats.email_draft import email_draft, pdf_file_name
from copeditor.formats.pdf import pdf_bytes
from copeditor.model import Programme, Submission
from copeditor.storage import save_draft
from tests.pdftools import reader


def parse(data: bytes) -> EmailMessage:
    return email.message_from_bytes(data, policy=default)  # type: ignore[return-value]


def submission(organisation: str) -> Submission:
    result = Submission(organisation=organisation)
    result.areas[2].programmes.append(Programme(name="Risk study", summary="Findings."))
    return result


def test_the_draft_carries_the_pdf_and_the_headers() -> None:
    work = submission("ECPAT International")
    pdf = pdf_bytes(work)
    name = pdf_file_name(work, date(2026, 11, 29))
    message = parse(email_draft(work, pdf, name, "cop@itu.int"))
    assert message["To"] == "cop@itu.int"
    assert message["Subject"] == "COP Partners' Ongoing Project Summary: ECPAT International"
    assert message["X-Unsent"] == "1"
    body = message.get_body(preferencelist=("plain",)).get_content()
    assert "ECPAT International" in body
    assert "Area 3: Risks and vulnerabilities" in body and "Area 1" not in body
    (attachment,) = message.iter_attachments()
    assert attachment.get_content_type() == "application/pdf"
    assert attachment.get_filename() == "COP-Partner-Summary_ECPAT-International_2026-11-29.pdf"
    assert attachment.get_content() == pdf
    assert reader(attachment.get_content()).metadata.author == "ECPAT International"


def test_unsafe_and_non_latin_organisation_names() -> None:
    work = submission("Фонд/Дети: 儿童 «Safe»")
    name = pdf_file_name(work, date(2026, 1, 2))
    assert name == "COP-Partner-Summary_Фонд-Дети-儿童-«Safe»_2026-01-02.pdf"
    message = parse(email_draft(work, pdf_bytes(work), name))
    assert message["To"] is None  # no recipient set yet: the user fills it in
    assert message["Subject"].endswith("Фонд/Дети: 儿童 «Safe»")
    (attachment,) = message.iter_attachments()
    assert attachment.get_filename() == name
    assert all(ord(c) < 128 for c in email_draft(work, b"%PDF", name).decode("ascii"))


def test_command_line_writes_the_email_draft(tmp_path: Path) -> None:
    draft = tmp_path / "d.json"
    save_draft(submission("Org"), draft)
    out = tmp_path / "send.eml"
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "copeditor",
            "export",
            str(draft),
            "-o",
            str(out),
            "--to",
            "a@b.org",
        ],
        capture_output=True,
        text=True,
    )
    assert (result.returncode, result.stderr) == (0, "")
    message = parse(out.read_bytes())
    assert message["To"] == "a@b.org"
    (attachment,) = message.iter_attachments()
    assert attachment.get_content().startswith(b"%PDF-")
