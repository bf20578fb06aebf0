"""PDFs that carry their draft: written as a standard attachment, read back as untrusted input."""

from __future__ import annotations

import io
import json
import subprocess
from email.message import EmailMessage
from pathlib import Path

import pytest
from reportlab.pdfgen.canvas import Canvas

from copeditor.formats.pdf import PdfOptions, pdf_bytes
from copeditor.formats.pdf.attachment import (
    DRAFT_ATTACHMENT_NAME,
    Attachment,
    AttachmentError,
    add_attachment,
    read_attachment,
)
from copeditor.inputs import InputError, read_pdf_draft, read_submission
from copeditor.model import Submission
from copeditor.storage import MAX_DRAFT_BYTES, draft_bytes, save_draft
from tests.pdftools import reader
from tests.test_cli import run


def pdf_with_attachment(data: bytes, name: str = DRAFT_ATTACHMENT_NAME) -> bytes:
    buffer = io.BytesIO()
    canvas = Canvas(buffer, invariant=1)
    canvas.drawString(72, 720, "A PDF from somewhere else")
    add_attachment(canvas, Attachment(name, data, "application/json", "test"))
    canvas.save()
    return buffer.getvalue()


def test_the_pdf_carries_the_saved_drafts_bytes_as_a_standard_attachment(
    ecpat: Submission,
) -> None:
    pdf = pdf_bytes(ecpat)
    assert reader(pdf).attachments == {DRAFT_ATTACHMENT_NAME: [draft_bytes(ecpat)]}
    assert b"/Subtype /application#2Fjson" in pdf
    assert pdf == pdf_bytes(ecpat)  # still byte-for-byte repeatable


def test_poppler_lists_the_attachment(tmp_path: Path, ecpat: Submission) -> None:
    path = tmp_path / "e.pdf"
    path.write_bytes(pdf_bytes(ecpat))
    listing = subprocess.run(["pdfdetach", "-list", path], capture_output=True, text=True)
    assert listing.returncode == 0
    assert DRAFT_ATTACHMENT_NAME in listing.stdout


def test_no_embed_leaves_the_draft_out(ecpat: Submission) -> None:
    pdf = pdf_bytes(ecpat, PdfOptions(embed_draft=False))
    assert reader(pdf).attachments == {}
    with pytest.raises(AttachmentError, match="not made by the COP Submission Editor"):
        read_attachment(pdf, DRAFT_ATTACHMENT_NAME, MAX_DRAFT_BYTES)


def test_export_then_import_from_the_pdf_gives_the_same_draft(
    tmp_path: Path, ecpat: Submission
) -> None:
    save_draft(ecpat, tmp_path / "d.json")
    assert run("export", tmp_path / "d.json", "-o", tmp_path / "d.pdf").returncode == 0
    result = run("import", tmp_path / "d.pdf", "-o", tmp_path / "back.json")
    assert (result.returncode, result.stderr) == (0, "")
    assert (tmp_path / "back.json").read_bytes() == (tmp_path / "d.json").read_bytes()


def _import_fails(tmp_path: Path, pdf: bytes) -> str:
    (tmp_path / "x.pdf").write_bytes(pdf)
    result = run("import", tmp_path / "x.pdf", "-o", tmp_path / "out.json")
    assert result.returncode == 2
    assert len(result.stderr.splitlines()) == 1, result.stderr
    assert not (tmp_path / "out.json").exists()
    return result.stderr


def test_a_foreign_pdf_is_refused_in_one_line(tmp_path: Path, ecpat: Submission) -> None:
    message = _import_fails(tmp_path, pdf_bytes(ecpat, PdfOptions(embed_draft=False)))
    assert message == (
        "copeditor: x.pdf: this PDF was not made by the COP Submission Editor, or was exported "
        "without its draft\n"
    )


def test_a_tampered_attachment_is_refused_in_one_line(tmp_path: Path, ecpat: Submission) -> None:
    document = json.loads(draft_bytes(ecpat))
    document["areas"] = document["areas"][:2]
    message = _import_fails(tmp_path, pdf_with_attachment(json.dumps(document).encode()))
    assert "x.pdf: the draft it carries is damaged: field 'areas'" in message
    message = _import_fails(tmp_path, pdf_with_attachment(b"{not json"))
    assert "x.pdf: the draft it carries is not a draft (not valid JSON" in message


def test_a_damaged_pdf_and_a_non_pdf_are_refused_in_one_line(
    tmp_path: Path, ecpat: Submission
) -> None:
    pdf = pdf_bytes(ecpat)
    start = pdf.index(b"/EmbeddedFile")
    damaged = pdf[:start] + b"\x00" * 400 + pdf[start + 400 :]
    assert "x.pdf: " in _import_fails(tmp_path, damaged)
    assert "x.pdf: is not a PDF" in _import_fails(tmp_path, b"just text, named .pdf")


def test_a_huge_attachment_is_refused_before_it_is_parsed(tmp_path: Path) -> None:
    # Zeros compress to almost nothing: a small file that would expand past the draft cap.
    huge = b" " * (MAX_DRAFT_BYTES + 1)
    message = _import_fails(tmp_path, pdf_with_attachment(huge))
    assert "the draft it carries is too large" in message


def test_an_undeclared_huge_attachment_is_refused_after_decompression() -> None:
    pdf = pdf_with_attachment(b" " * 5000).replace(b"/Size 5000", b"/Size 0000")
    with pytest.raises(AttachmentError, match="too large"):
        read_attachment(pdf, DRAFT_ATTACHMENT_NAME, 1000)


def test_a_newer_drafts_attachment_asks_for_an_update(tmp_path: Path, ecpat: Submission) -> None:
    document = json.loads(draft_bytes(ecpat)) | {"schema_version": 99}
    message = _import_fails(tmp_path, pdf_with_attachment(json.dumps(document).encode()))
    assert "newer version of the editor" in message


def test_the_draft_is_found_in_an_email_with_the_pdf_attached(
    tmp_path: Path, ecpat: Submission
) -> None:
    message = EmailMessage()
    message["Subject"] = "Our summary"
    message.set_content("Please find it attached.")
    message.add_attachment(
        pdf_bytes(ecpat), maintype="application", subtype="pdf", filename="summary.pdf"
    )
    (tmp_path / "m.eml").write_bytes(message.as_bytes())
    assert read_submission(tmp_path / "m.eml") == ecpat
    plain = EmailMessage()
    plain.set_content("no attachment")
    (tmp_path / "plain.eml").write_bytes(plain.as_bytes())
    with pytest.raises(InputError, match="plain.eml: has no PDF attached"):
        read_submission(tmp_path / "plain.eml")


def test_reading_a_missing_pdf_is_one_line(tmp_path: Path) -> None:
    with pytest.raises(InputError, match="^gone.pdf: cannot be opened"):
        read_pdf_draft(tmp_path / "gone.pdf")
