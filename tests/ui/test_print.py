"""File > Print: the exported PDF on paper; Print to File (PDF) gives that PDF's pages."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from PySide6.QtCore import QMarginsF
from PySide6.QtGui import QPageSize, QPdfWriter
from PySide6.QtPrintSupport import QPrinter

from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.files.pdf_export import make_pdf
from copeditor.ui.preview.printing import PdfPages, paint_pages
from tests.pdftools import reader
from tests.ui.conftest import ScriptedDialogs


def page_texts(data: bytes) -> list[str]:
    return [" ".join(page.extract_text().split()) for page in reader(data).pages]


def to_pdf_file(path: Path, first: int = 0, last: int = 0, reverse: bool = False) -> Any:
    def set_up(printer: QPrinter) -> bool:
        printer.setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        printer.setOutputFileName(str(path))
        if first:
            printer.setPrintRange(QPrinter.PrintRange.PageRange)
            printer.setFromTo(first, last)
        if reverse:
            printer.setPageOrder(QPrinter.PageOrder.LastPageFirst)
        return True

    return set_up


def test_print_to_a_pdf_file_gives_the_pages_of_the_export(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path, ecpat: Any
) -> None:
    window.document.replace(ecpat, None)
    window.document.set_field(FieldPath.organisation(), "ECPAT International (printed)")
    exported = page_texts(make_pdf(window.document.submission))
    scripted.print_setups = [
        to_pdf_file(tmp_path / "all.pdf"),
        to_pdf_file(tmp_path / "some.pdf", 2, 3),
        to_pdf_file(tmp_path / "reversed.pdf", 1, 2, reverse=True),
        lambda printer: False,  # cancelled
    ]
    for _ in range(4):
        window.commands.print.trigger()
    assert scripted.calls == [("ask_print", 5)] * 4
    assert page_texts((tmp_path / "all.pdf").read_bytes()) == exported
    assert "ECPAT International (printed)" in exported[0]
    assert page_texts((tmp_path / "some.pdf").read_bytes()) == exported[1:3]
    assert page_texts((tmp_path / "reversed.pdf").read_bytes()) == [exported[1], exported[0]]
    names = sorted(p.name for p in tmp_path.iterdir())
    assert names == ["all.pdf", "private", "reversed.pdf", "some.pdf"]


def test_pages_are_painted_at_the_printers_resolution(tmp_path: Path, ecpat: Any) -> None:
    """The path real printers take: each page rendered from the PDF, in bands, at the device's
    resolution, scaled to the paper. Painted here onto a PDF writer standing in for a printer."""
    pdf = PdfPages(make_pdf(ecpat))
    target = tmp_path / "painted.pdf"
    writer = QPdfWriter(str(target))
    writer.setResolution(150)
    writer.setPageSize(QPageSize(QPageSize.PageSizeId.A4))
    writer.setPageMargins(QMarginsF(0, 0, 0, 0))
    paint_pages(pdf.document, writer, [0, 2], 150)
    del writer  # finishes the file
    painted = reader(target.read_bytes())
    assert len(painted.pages) == 2
    assert round(float(painted.pages[0].mediabox.width)) == 595  # A4 in points
    images = painted.pages[0].images
    widths = {image.image.width for image in images}
    heights = sum(image.image.height for image in images)
    page = pdf.document.pagePointSize(0)  # A4: 595 x 842 points
    assert len(widths) == 1 and abs(widths.pop() - page.width() / 72 * 150) <= 3  # at 150 dpi
    assert abs(heights - page.height() / 72 * 150) <= 3  # bands of 512 rows, the whole page
    assert len(images) == 4
    # The paper is the PDF: the top band carries the first page's ink (title, organisation),
    # drawn where the PDF has it, on transparent paper.
    band = images[0].image
    ink = band.getchannel("A") if "A" in band.getbands() else band.convert("L").point(
        lambda v: 255 - v
    )
    inked = sum(ink.histogram()[129:])
    assert 5000 < inked < band.width * band.height // 4
