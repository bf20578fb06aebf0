"""PDF export with reportlab: the template's layout, safe for any text, byte-for-byte repeatable."""

from copeditor.formats.pdf.builder import (
    PdfOptions,
    UndrawableCharactersError,
    export_pdf,
    pdf_bytes,
)

__all__ = ["PdfOptions", "UndrawableCharactersError", "export_pdf", "pdf_bytes"]
