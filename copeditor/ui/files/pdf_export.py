"""The PDF as the editor makes it everywhere (Export PDF, Send by Email, the preview, Print):
one set of options read from the settings, and one wording for a PDF that cannot be made."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from copeditor.model import Submission

if TYPE_CHECKING:  # reportlab is imported when a PDF is first made, not at start-up
    from copeditor.formats.pdf import PdfOptions


class PdfNotMade(Exception):
    """The submission cannot be laid out as a PDF; str() is the message to show."""


def pdf_options() -> PdfOptions:
    """The PDF options chosen under File > PDF Options."""
    from copeditor.formats.pdf import PdfOptions
    from copeditor.ui import settings  # here, so the preview's build process never loads Qt

    return PdfOptions(
        page_size=settings.page_size(),
        omit_empty_areas=settings.omit_empty_areas(),
        embed_draft=settings.embed_draft(),
    )


def make_pdf(submission: Submission, options: PdfOptions | None = None) -> bytes:
    """`options`: pdf_options() read beforehand (the preview's build process reads no
    settings); None reads them now."""
    from copeditor.formats.pdf import pdf_bytes

    try:
        return pdf_bytes(submission, options or pdf_options())
    except ValueError as error:  # e.g. characters no shipped font can draw
        raise PdfNotMade(
            QCoreApplication.translate("PdfExport", "Cannot export: {reason}").format(reason=error)
        ) from error
