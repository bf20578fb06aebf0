"""An email draft (.eml) with the PDF attached, for the user's mail client to open and send.

`X-Unsent: 1` makes Outlook and Thunderbird open the message as a draft to edit, not as a
received message. Nothing is ever sent from here.
"""

from __future__ import annotations

import re
from datetime import date
from email.message import EmailMessage
from email.policy import SMTP

from copeditor.formats.filenames import safe_name_part
from copeditor.model import Submission, form_template


def pdf_file_name(submission: Submission, day: date) -> str:
    organisation = re.sub(r"[-\s]+", "-", safe_name_part(submission.organisation)) or "Partner"
    return f"COP-Partner-Summary_{organisation}_{day.isoformat()}.pdf"


def email_subject(submission: Submission) -> str:
    organisation = " ".join(submission.organisation.split()) or "(organisation not named)"
    return f"{form_template().title}: {organisation}"


def email_body(submission: Submission) -> str:
    template = form_template()
    organisation = " ".join(submission.organisation.split()) or "our organisation"
    answered = [
        f"  - Area {area.number}: {area.short_name}"
        for area, entry in zip(template.areas, submission.areas, strict=True)
        if entry.is_answered()
    ]
    areas = "\n".join(answered) if answered else "  (no area answered yet)"
    return (
        "Dear COP Secretariat,\n\n"
        f"Please find attached the {template.title} of {organisation}.\n\n"
        f"It describes our programmes in these action areas:\n{areas}\n\n"
        "Kind regards,\n"
    )


def email_draft(submission: Submission, pdf: bytes, pdf_name: str, recipient: str = "") -> bytes:
    message = EmailMessage(policy=SMTP)
    if recipient.strip():
        message["To"] = recipient.strip()
    message["Subject"] = email_subject(submission)
    message["X-Unsent"] = "1"
    message.set_content(email_body(submission))
    # add_attachment encodes a non-ASCII file name per RFC 2231.
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    return message.as_bytes()
