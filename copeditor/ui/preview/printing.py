"""File > Print: the PDF Export would write, on paper.

Pages are rendered from that same PDF at the printer's resolution (in bands, so a 1200 dpi page
never needs one huge image) and drawn with the printer's painter, so paper matches the PDF.
Qt's "Print to File (PDF)" gets the PDF itself (the chosen pages of it): real text, not images.
"""

from __future__ import annotations

import io
from pathlib import Path

from PySide6.QtCore import (
    QBuffer,
    QByteArray,
    QCoreApplication,
    QIODevice,
    QPoint,
    QRect,
    QSize,
    QSizeF,
    Qt,
)
from PySide6.QtGui import QGuiApplication, QPagedPaintDevice, QPageSize, QPainter
from PySide6.QtPdf import QPdfDocument, QPdfDocumentRenderOptions
from PySide6.QtPrintSupport import QPrinter
from PySide6.QtWidgets import QWidget

from copeditor.atomicfile import write_atomic
from copeditor.ui import dialogs
from copeditor.ui.document.document import Document
from copeditor.ui.files.pdf_export import PdfNotMade, make_pdf

BAND_PIXELS = 512  # rows rendered at a time: a 1200 dpi A4 band is about 20 MB

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


class PrintFailed(Exception):
    """The printer could not be used; str() is the message to show."""


def print_document(parent: QWidget, document: Document, ready_pdf: bytes | None = None) -> bool:
    """Ask where and what to print, then print. `ready_pdf`: the preview's PDF when it shows the
    document as it is now (saves building it again). Returns whether anything was printed."""
    title = translate("Printing", "Print")
    if ready_pdf is None:
        document.flush_edits()
        QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
        try:
            ready_pdf = make_pdf(document.submission)
        except PdfNotMade as error:
            dialogs.show_error(parent, title, str(error))
            return False
        finally:
            QGuiApplication.restoreOverrideCursor()
    pdf = PdfPages(ready_pdf)
    printer = QPrinter(QPrinter.PrinterMode.HighResolution)
    printer.setDocName(document.display_name())
    printer.setFullPage(True)  # the PDF has its own margins
    printer.setPageSize(pdf.page_size(0))
    if not dialogs.ask_print(parent, printer, pdf.page_count()):
        return False
    pages = chosen_pages(printer, pdf.page_count())
    QGuiApplication.setOverrideCursor(Qt.CursorShape.WaitCursor)
    try:
        if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
            write_pdf_pages(ready_pdf, pages, Path(printer.outputFileName()))
        else:
            paint_pages(pdf.document, printer, pages, printer.resolution())
    except (PrintFailed, OSError) as error:
        QGuiApplication.restoreOverrideCursor()
        dialogs.show_error(
            parent, title, translate("Printing", "Could not print: {reason}").format(reason=error)
        )
        return False
    QGuiApplication.restoreOverrideCursor()
    return True


class PdfPages:
    """PDF bytes loaded with QtPdf (the buffer it reads is kept with it)."""

    def __init__(self, data: bytes) -> None:
        self.buffer = QBuffer()
        self.buffer.setData(QByteArray(data))
        self.buffer.open(QIODevice.OpenModeFlag.ReadOnly)
        self.document = QPdfDocument()
        self.document.load(self.buffer)

    def page_count(self) -> int:
        return self.document.pageCount()

    def page_size(self, page: int) -> QPageSize:
        points = self.document.pagePointSize(page)
        match = QPageSize.SizeMatchPolicy.FuzzyMatch  # A4 or Letter by name, when it is one
        return QPageSize(QSizeF(points), QPageSize.Unit.Point, "", match)


def chosen_pages(printer: QPrinter, page_count: int) -> list[int]:
    """The page indices to print, in order: the range chosen in the dialog, copies for printers
    that cannot make copies themselves (a PDF file gets one)."""
    first, last = 0, page_count - 1
    if printer.printRange() == QPrinter.PrintRange.PageRange and printer.fromPage() > 0:
        first = max(printer.fromPage() - 1, 0)
        last = min(max(printer.toPage(), printer.fromPage()) - 1, page_count - 1)
    pages = list(range(first, last + 1))
    if printer.pageOrder() == QPrinter.PageOrder.LastPageFirst:
        pages.reverse()
    if printer.outputFormat() == QPrinter.OutputFormat.PdfFormat:
        return pages
    copies = 1 if printer.supportsMultipleCopies() else max(printer.copyCount(), 1)
    if printer.collateCopies():
        return pages * copies
    return [page for page in pages for _ in range(copies)]


def write_pdf_pages(data: bytes, pages: list[int], path: Path) -> None:
    """Print to a PDF file: the PDF itself, or the chosen pages of it (in the order chosen)."""
    if not str(path).strip() or str(path) == ".":
        raise PrintFailed(translate("Printing", "no file name was given"))
    if not pages:
        raise PrintFailed(translate("Printing", "no pages were chosen"))
    from pypdf import PdfReader, PdfWriter

    reader = PdfReader(io.BytesIO(data))
    if pages != list(range(len(reader.pages))):
        writer = PdfWriter()
        for page in pages:
            writer.add_page(reader.pages[page])
        writer.add_metadata(reader.metadata or {})
        output = io.BytesIO()
        writer.write(output)
        data = output.getvalue()
    write_atomic(path, data)


def paint_pages(
    document: QPdfDocument, device: QPagedPaintDevice, pages: list[int], dpi: int
) -> None:
    """Draw the pages onto a printer (or any paged device whose painter starts at the paper's
    corner), each scaled to the paper and centred, rendered at `dpi`."""
    painter = QPainter()
    if not painter.begin(device):
        raise PrintFailed(translate("Printing", "the printer could not be started"))
    try:
        for count, page in enumerate(pages):
            if count and not device.newPage():
                raise PrintFailed(translate("Printing", "the printer refused a new page"))
            paper = device.pageLayout().fullRectPixels(dpi)
            _paint_page(painter, document, page, QRect(QPoint(0, 0), paper.size()))
    finally:
        painter.end()


def _paint_page(painter: QPainter, document: QPdfDocument, page: int, paper: QRect) -> None:
    points = document.pagePointSize(page)
    scale = min(paper.width() / points.width(), paper.height() / points.height())
    size = QSize(round(points.width() * scale), round(points.height() * scale))
    origin = paper.topLeft() + QPoint(
        (paper.width() - size.width()) // 2, (paper.height() - size.height()) // 2
    )
    options = QPdfDocumentRenderOptions()
    options.setScaledSize(size)
    for top in range(0, size.height(), BAND_PIXELS):
        band = QRect(0, top, size.width(), min(BAND_PIXELS, size.height() - top))
        options.setScaledClipRect(band)
        image = document.render(page, band.size(), options)
        painter.drawImage(origin + band.topLeft(), image)
