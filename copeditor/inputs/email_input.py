"""An email (.eml) a partner sent: the summary is the PDF attached to it."""

from __future__ import annotations

import email
import email.policy
from email.message import EmailMessage
from pathlib import Path

from copeditor.inputs.errors import InputError
from copeditor.inputs.pdf_draft import MAX_PDF_BYTES, pdf_draft_from_bytes
from copeditor.inputs.textfile import read_capped
from copeditor.model import Submission

# Base64 makes an attachment a third larger; the message has its text besides.
MAX_EMAIL_BYTES = MAX_PDF_BYTES * 3 // 2
_MAX_PARTS = 500


def read_email(path: Path) -> Submission:
    data = read_capped(path, MAX_EMAIL_BYTES, "an email")
    message = email.message_from_bytes(data, policy=email.policy.default)
    if not isinstance(message, EmailMessage):  # pragma: no cover - the default policy's class
        raise InputError(f"{path.name}: is not an email")
    pdfs = []
    for number, part in enumerate(message.walk()):
        if number > _MAX_PARTS:
            break
        name = part.get_filename() or ""
        if part.get_content_type() == "application/pdf" or name.lower().endswith(".pdf"):
            pdfs.append((name or "attachment.pdf", part))
    if not pdfs:
        raise InputError(f"{path.name}: has no PDF attached")
    problems = []
    for name, part in pdfs:
        content = part.get_payload(decode=True)
        if not isinstance(content, bytes):
            continue
        try:
            return pdf_draft_from_bytes(content, f"{path.name}, attachment {name}")
        except InputError as error:
            problems.append(str(error))
    raise InputError(problems[0] if problems else f"{path.name}: its PDF cannot be read")
