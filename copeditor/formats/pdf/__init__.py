"""PDF export with reportlab: the template's layout, safe for any text, byte-for-byte repeatable."""

# First, before reportlab is imported: it must not run the user's ~/.reportlab_mods.
import copeditor.formats.pdf.isolation  # noqa: F401, I001

from copeditor.formats.pdf.builder import (
    PdfOptions,
    UndrawableCharactersError,
    export_pdf,
    pdf_bytes,
)

__all__ = ["PdfOptions", "UndrawableCharactersError", "export_pdf", "pdf_bytes"]
