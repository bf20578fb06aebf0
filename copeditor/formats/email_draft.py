"""An email draft (.eml) with the PDF attached, for the user's mail client to open and send.

`X-Unsent: 1` makes Outlook and Thunderbird open the message as a draft to edit, not as a
received message. Nothing is ever sent from here.

No user text may become a header. Python's email package decodes RFC 2047 encoded words in a
value it is given (`=?utf-8?b?...?=` in an organisation's name became `Bcc: evil@x` on a line of
its own); so a header holding anything but plain printable ASCII is encoded here, as encoded
words that decode to exactly the text typed, and stored without being parsed again. The
finished message is parsed back and its headers compared with what was meant.
"""

from __future__ import annotations

import re
from datetime import date
from email import message_from_bytes
from email.header import Header
from email.message import EmailMessage
from email.policy import SMTP, default

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


class EmailHeaderError(ValueError):
    """A header cannot be written as given (a malformed recipient address)."""


# A plain address (name@example.org): no display name, comments, groups or encoded words.
_ADDRESS = re.compile(r"[^\s@<>(),;:\"\[\]\\]+@[^\s@<>(),;:\"\[\]\\]+")
_PLAIN_HEADER_TEXT = re.compile(r"[ -~]*")


def recipient_address(text: str) -> str:
    """The recipient as an ASCII address (an internationalised domain in punycode)."""
    address = text.strip()
    if not _ADDRESS.fullmatch(address) or "=?" in address:
        raise EmailHeaderError(
            f"the recipient {address[:80]!r} is not a plain email address such as name@example.org"
        )
    local, domain = address.rsplit("@", 1)
    try:
        domain = domain.encode("idna").decode("ascii")
    except UnicodeError:
        raise EmailHeaderError(f"the recipient's domain {domain[:80]!r} is not valid") from None
    if not local.isascii():
        raise EmailHeaderError("the recipient's address must be written in ASCII letters")
    return f"{local}@{domain}"


def _set_text_header(message: EmailMessage, name: str, text: str) -> None:
    """Set a header to exactly `text`: short plain ASCII as it is, anything else as encoded
    words (never handed to the parser that would decode encoded words found in it)."""
    # Plain only when it fits on one line: Python's folding of a long word adds white space.
    if _PLAIN_HEADER_TEXT.fullmatch(text) and "=?" not in text and len(name) + len(text) < 76:
        message[name] = text
        return
    message.set_raw(name, Header(text, "utf-8", header_name=name).encode(linesep="\r\n"))


def email_draft(submission: Submission, pdf: bytes, pdf_name: str, recipient: str = "") -> bytes:
    message = EmailMessage(policy=SMTP)
    expected = {"Subject": email_subject(submission), "X-Unsent": "1"}
    if recipient.strip():
        expected["To"] = recipient_address(recipient)
        message["To"] = expected["To"]
    _set_text_header(message, "Subject", expected["Subject"])
    message["X-Unsent"] = "1"
    message.set_content(email_body(submission))
    # add_attachment encodes a non-ASCII file name per RFC 2231.
    message.add_attachment(pdf, maintype="application", subtype="pdf", filename=pdf_name)
    data = message.as_bytes()
    _check_headers(data, expected)
    return data


def _check_headers(data: bytes, expected: dict[str, str]) -> None:
    """Parse the message back: exactly the headers we set, each with exactly its text."""
    parsed = message_from_bytes(data, policy=default)
    names = {name.lower() for name in parsed}
    wanted = {name.lower() for name in expected} | {"content-type", "mime-version"}
    if names != wanted or any(str(parsed[name]) != text for name, text in expected.items()):
        raise EmailHeaderError("the email draft's headers could not be written safely")
