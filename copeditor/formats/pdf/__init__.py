"""PDF export with reportlab: the template's layout, safe for any text, byte-for-byte repeatable."""

from copeditor.formats.pdf.builder import PdfOptions, export_pdf, pdf_bytes

__all__ = ["PdfOptions", "export_pdf", "pdf_bytes"]
