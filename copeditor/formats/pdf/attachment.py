"""The draft inside an exported PDF: a standard file attachment, written and read back.

Like LibreOffice's hybrid PDF, the editable document travels in the PDF: a file specification in
the catalogue's EmbeddedFiles name tree (every PDF reader lists it as an attachment), named
`cop-submission.json`, MIME type application/json. Written with reportlab's own PDF objects and
compressed with zlib, so two exports of one draft stay byte-for-byte identical. Read with pypdf;
everything read is untrusted and capped.
"""

from __future__ import annotations

import hashlib
import io
import logging
import zlib
from dataclasses import dataclass
from functools import cache
from typing import Any

from reportlab.pdfbase.pdfdoc import PDFArray, PDFDictionary, PDFName, PDFStream, PDFString
from reportlab.pdfgen.canvas import Canvas

from copeditor.model import Submission
from copeditor.model.draft_json import draft_json

DRAFT_ATTACHMENT_NAME = "cop-submission.json"
DRAFT_MIME_TYPE = "application/json"
DRAFT_DESCRIPTION = "The editable draft of this summary (open it with the COP Submission Editor)"
# Name trees nest through /Kids; a real one is one level deep. Deeper is a hostile file.
_MAX_NAME_TREE_DEPTH = 8
_MAX_NAME_TREE_ENTRIES = 10_000


@dataclass(frozen=True)
class Attachment:
    name: str
    data: bytes
    mime_type: str
    description: str


def _mime_name(mime_type: str) -> str:
    # reportlab's PDFName leaves "/" alone; inside a PDF name it must be written #2F.
    return "/" + "".join(c if c.isalnum() or c in "-+." else f"#{ord(c):02X}" for c in mime_type)


def add_attachment(canvas: Canvas, attachment: Attachment) -> None:
    """Embed `attachment` in the canvas's document (call before save)."""
    document = canvas._doc
    stream = PDFStream(
        PDFDictionary(
            {
                "Type": PDFName("EmbeddedFile"),
                "Subtype": _mime_name(attachment.mime_type),
                "Filter": PDFName("FlateDecode"),
                "Params": PDFDictionary(
                    {
                        "Size": len(attachment.data),
                        "CheckSum": PDFString(
                            hashlib.md5(attachment.data, usedforsecurity=False).digest(), enc="raw"
                        ),
                    }
                ),
            }
        ),
        content=zlib.compress(attachment.data, 9),  # already compressed: no second filter
    )
    file_spec = PDFDictionary(
        {
            "Type": PDFName("Filespec"),
            "F": PDFString(attachment.name),
            "UF": PDFString(attachment.name),
            "Desc": PDFString(attachment.description),
            "AFRelationship": PDFName("Source"),  # the document this PDF was made from
            "EF": PDFDictionary({"F": document.Reference(stream)}),
        }
    )
    embedded = PDFDictionary(
        {"Names": PDFArray([PDFString(attachment.name), document.Reference(file_spec)])}
    )
    document.Catalog.Names = PDFDictionary({"EmbeddedFiles": embedded})


def canvas_with_attachment(base: type[Canvas], attachment: Attachment) -> type[Canvas]:
    """A canvas class like `base` that embeds `attachment` when the document is saved."""

    class AttachingCanvas(base):
        def save(self) -> None:
            add_attachment(self, attachment)
            super().save()

    return AttachingCanvas


class AttachmentError(ValueError):
    """The PDF cannot give the attachment; str() is one line saying why."""


class NoAttachmentError(AttachmentError):
    """A readable PDF without the attachment: not one this program made."""


def read_attachment(pdf: bytes, name: str, max_bytes: int) -> bytes:
    """The content of the attachment called `name`; AttachmentError when it cannot be had."""
    from pypdf import PdfReader
    from pypdf.errors import LimitReachedError

    _quiet_pypdf()
    try:
        reader = PdfReader(io.BytesIO(pdf))
        root: Any = reader.trailer["/Root"].get_object()  # untrusted: any shape
        names = root.get("/Names")
        tree = names.get_object().get("/EmbeddedFiles") if names is not None else None
        spec = _find_in_name_tree(tree.get_object(), name) if tree is not None else None
        if spec is None:
            raise NoAttachmentError(
                "this PDF was not made by the COP Submission Editor, or was exported without "
                "its draft"
            )
        stream = spec["/EF"]["/F"].get_object()
        declared = stream.get("/Params", {}).get("/Size")
        if isinstance(declared, int) and declared > max_bytes:
            raise AttachmentError(_too_large(declared, max_bytes))
        data = stream.get_data()
    except AttachmentError:
        raise
    except LimitReachedError:
        raise AttachmentError(_too_large(None, max_bytes)) from None
    except Exception:  # pypdf raises many kinds on damaged or hostile files; all mean this
        raise AttachmentError("the PDF is damaged: its attachments cannot be read") from None
    if len(data) > max_bytes:
        raise AttachmentError(_too_large(len(data), max_bytes))
    return bytes(data)


@cache
def _quiet_pypdf() -> None:
    """pypdf logs what it repairs in a damaged file; the caller reports one line instead."""
    logging.getLogger("pypdf").addHandler(logging.NullHandler())


def _find_in_name_tree(node: Any, name: str, depth: int = 0) -> Any:
    """The value for `name` in a PDF name tree (leaves hold /Names, inner nodes /Kids)."""
    if depth > _MAX_NAME_TREE_DEPTH:
        raise AttachmentError("the PDF's attachment list is nested too deeply")
    pairs = node.get("/Names")
    if pairs is not None:
        pairs = pairs.get_object()
        for index in range(0, min(len(pairs), _MAX_NAME_TREE_ENTRIES * 2) - 1, 2):
            if str(pairs[index].get_object()) == name:
                return pairs[index + 1].get_object()
    for kid in (node.get("/Kids") or [])[:_MAX_NAME_TREE_ENTRIES]:
        found = _find_in_name_tree(kid.get_object(), name, depth + 1)
        if found is not None:
            return found
    return None


def _too_large(size: int | None, max_bytes: int) -> str:
    shown = f" ({size / 1e6:.0f} MB)" if size is not None else ""
    return f"the draft it carries is too large{shown}; the limit is {max_bytes / 1e6:.0f} MB"


def draft_attachment_canvas(base: type[Canvas], submission: Submission) -> type[Canvas]:
    """`base` embedding the draft's JSON, the same bytes as a saved draft."""
    attachment = Attachment(
        DRAFT_ATTACHMENT_NAME, draft_json(submission), DRAFT_MIME_TYPE, DRAFT_DESCRIPTION
    )
    return canvas_with_attachment(base, attachment)
