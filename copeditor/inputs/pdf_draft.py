"""The draft carried inside a PDF this program exported: found, capped, validated, migrated.

The attachment is untrusted input: it goes through the same loader as a draft file on disk
(size cap, JSON checks, schema version, migrations, validation).
"""

from __future__ import annotations

from pathlib import Path

from copeditor.formats.pdf.attachment import (
    DRAFT_ATTACHMENT_NAME,
    AttachmentError,
    read_attachment,
)
from copeditor.inputs.errors import InputError
from copeditor.inputs.textfile import read_capped
from copeditor.model import Submission
from copeditor.storage import MAX_DRAFT_BYTES, DraftError, draft_from_bytes

# An exported summary is well under 1 MB; a scanned report in a partner's mail may be tens of MB.
MAX_PDF_BYTES = 200 * 1024 * 1024


def read_pdf_draft(path: Path) -> Submission:
    """The draft inside the PDF at `path`; InputError when there is none or it is damaged."""
    return pdf_draft_from_bytes(read_capped(path, MAX_PDF_BYTES, "a PDF summary"), path.name)


def pdf_draft_from_bytes(data: bytes, name: str) -> Submission:
    """The draft inside PDF bytes (`name` says where they came from, in messages)."""
    if len(data) > MAX_PDF_BYTES:
        raise InputError(f"{name}: is too large to be a PDF summary")
    if b"%PDF-" not in data[:1024]:  # readers accept the header anywhere in the first 1 KB
        raise InputError(f"{name}: is not a PDF")
    try:
        draft = read_attachment(data, DRAFT_ATTACHMENT_NAME, MAX_DRAFT_BYTES)
    except AttachmentError as error:
        raise InputError(f"{name}: {error}") from None
    try:
        return draft_from_bytes(draft, Path(name))
    except DraftError as error:
        raise InputError(f"{name}: the draft it carries {error.reason}") from None
