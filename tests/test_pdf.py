"""PDF export: the template's layout and wording, read back from the file."""

from __future__ import annotations

from pathlib import Path

import pytest
from markdown_it import MarkdownIt

from copeditor.formats.pdf import PdfOptions, export_pdf, pdf_bytes
from copeditor.model import Submission, form_template
from tests.pdftools import all_text, is_subsequence, link_uris, reader, text_runs, words


@pytest.fixture(scope="module")
def ecpat_pdf() -> bytes:
    from copeditor.formats.textform import read_text_form
    from tests.conftest import ECPAT_MD

    return pdf_bytes(read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission)


def markdown_words(source: str) -> list[str]:
    """The words a reader sees in rendered Markdown (link text, not link addresses)."""
    found: list[str] = []
    for token in MarkdownIt("commonmark").parse(source):
        for child in token.children or []:
            if child.type == "text":
                # Link text in the sample carries doubled escapes; the PDF shows them resolved.
                found.extend(words(child.content.replace("\\_", "_")))
    return found


def expected_words(submission: Submission) -> list[str]:
    template = form_template()
    expected = words(template.title) + words(template.subtitle)
    expected += words(template.organisation_label) + words(submission.organisation)
    for index, area in enumerate(submission.areas):
        expected += words(template.heading_for(index))
        for programme in area.programmes or [None]:
            expected += words(template.name_label_for(index))
            expected += words(programme.name) if programme else []
            expected += words(template.labels.website)
            expected += words(programme.website) if programme else []
            expected += words(template.labels.summary)
            expected += markdown_words(programme.summary) if programme else []
            expected += words(template.labels.additional_information)
    return expected


def test_every_word_of_the_ecpat_sample_appears_in_order(
    ecpat: Submission, ecpat_pdf: bytes
) -> None:
    found, missing = is_subsequence(expected_words(ecpat), words(all_text(ecpat_pdf)))
    assert found, f"not found in order: {missing!r}"
    assert "Journal_Mar2010_FINAL.pdf" in all_text(ecpat_pdf).replace("\n", "")
    assert "\\_" not in all_text(ecpat_pdf)


def test_title_is_bold_and_area_headings_italic(ecpat_pdf: bytes) -> None:
    runs = text_runs(ecpat_pdf)
    fonts = {run.text: run.font for run in runs}
    assert fonts["COP Partners' Ongoing Project Summary"] == "DejaVuSans-Bold"
    headings = [run for run in runs if run.text.startswith("Area ")]
    assert [run.text[:7] for run in headings] == [
        "Area 1:",
        "Area 2:",
        "Area 3:",
        "Area 4:",
        "Area 5:",
    ]
    assert {run.font for run in headings} == {"DejaVuSans-Oblique"}
    # Labels are plain, as in the original.
    assert fonts["Short summary (please list any relevant partners):"] == "DejaVuSans"


def test_fonts_are_embedded_truetype_not_helvetica(ecpat_pdf: bytes) -> None:
    for page in reader(ecpat_pdf).pages:
        for font in page["/Resources"]["/Font"].values():
            font = font.get_object()
            assert "Helvetica" not in str(font["/BaseFont"])
            descendant = (
                font["/DescendantFonts"][0].get_object() if "/DescendantFonts" in font else font
            )
            assert "/FontFile2" in descendant["/FontDescriptor"], font["/BaseFont"]


def test_website_is_a_link(ecpat_pdf: bytes) -> None:
    uris = link_uris(ecpat_pdf)
    assert uris[0] == "http://www.ecpat.net"
    assert "http://www.saferinternet.org" in uris


def test_bookmarks_name_the_areas_and_programmes(ecpat_pdf: bytes) -> None:
    outline = reader(ecpat_pdf).outline
    areas = [item.title for item in outline if not isinstance(item, list)]
    assert areas == [
        "Area 1: Public awareness",
        "Area 2: National approach",
        "Area 3: Risks and vulnerabilities",
        "Area 4: Resources",
        "Area 5: Capacity building",
    ]
    programmes = [item[0].title for item in outline if isinstance(item, list)]
    assert programmes[0] == "Combating child exploitation in cyberspace"
    assert len(programmes) == 4  # Area 4 has none


def test_metadata(ecpat_pdf: bytes) -> None:
    pdf = reader(ecpat_pdf)
    meta = pdf.metadata
    assert meta.title == "COP Partners' Ongoing Project Summary: ECPAT International"
    assert meta.author == "ECPAT International"
    assert "Child Online Protection" in meta.subject
    assert meta.creator == "copeditor 0.1.0"
    assert pdf.trailer["/Root"]["/Lang"] == "en"


def test_page_numbers_say_x_of_y(ecpat_pdf: bytes) -> None:
    pages = reader(ecpat_pdf).pages
    for number, page in enumerate(pages, start=1):
        # The total is drawn from a form, which pypdf reads as a separate line.
        assert " ".join(page.extract_text().split()).startswith(f"Page {number} of {len(pages)} ")


def test_a4_by_default_and_letter_as_an_option(ecpat: Submission) -> None:
    a4 = reader(pdf_bytes(ecpat)).pages[0].mediabox
    letter = reader(pdf_bytes(ecpat, PdfOptions(page_size="letter"))).pages[0].mediabox
    assert (round(a4.width), round(a4.height)) == (595, 842)
    assert (round(letter.width), round(letter.height)) == (612, 792)


def test_unanswered_areas_show_empty_labels_or_can_be_left_out(ecpat: Submission) -> None:
    kept = all_text(pdf_bytes(ecpat))
    assert "Area 4: Build resource depositories" in kept
    assert "Name of the program related to Area 4 :" in kept
    omitted = all_text(pdf_bytes(ecpat, PdfOptions(omit_empty_areas=True)))
    assert "Area 4" not in omitted
    assert "Area 5: Promote capacity building" in omitted


def test_several_programmes_follow_one_heading(ecpat: Submission) -> None:
    second = ecpat.areas[0].programmes[0].model_copy(update={"name": "Second programme"})
    ecpat.areas[0].programmes.append(second)
    text = all_text(pdf_bytes(ecpat))
    assert text.count("Area 1: Create public awareness") == 1
    assert text.count("Name of the program related to Area 1 :") == 2
    assert text.index("Combating child exploitation") < text.index("Second programme")


def test_markdown_in_summaries_is_rendered(tmp_path: Path) -> None:
    submission = Submission(organisation="Org")
    from copeditor.model import Programme

    submission.areas[0].programmes.append(
        Programme(
            name="P",
            summary="Plain **bold** and *italic*.\n\n- first bullet\n- second bullet\n\n"
            "1. one\n2. two\n\nSee [our site](https://example.org/a_b).",
        )
    )
    data = pdf_bytes(submission)
    runs = text_runs(data)
    fonts = {run.text: run.font for run in runs}
    assert fonts["bold"] == "DejaVuSans-Bold"
    assert fonts["italic"] == "DejaVuSans-Oblique"
    text = all_text(data)
    assert "\u2022" in text and "first bullet" in text
    assert "1." in text and "2." in text and "two" in text
    assert "https://example.org/a_b" in link_uris(data)
    assert "**" not in text and "[our site]" not in text


def test_exports_are_byte_identical_and_dated_from_the_draft(
    ecpat: Submission, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("SOURCE_DATE_EPOCH", raising=False)
    assert pdf_bytes(ecpat) == pdf_bytes(ecpat)
    from datetime import UTC, datetime

    ecpat.last_modified = datetime(2010, 3, 15, 9, 30, tzinfo=UTC)
    assert reader(pdf_bytes(ecpat)).metadata["/CreationDate"].startswith("D:20100315093000")
    monkeypatch.setenv("SOURCE_DATE_EPOCH", "1700000000")
    first = pdf_bytes(ecpat)
    assert reader(first).metadata["/CreationDate"].startswith("D:20231114")
    assert pdf_bytes(ecpat) == first


def test_export_to_a_path_or_a_stream(tmp_path: Path, ecpat: Submission) -> None:
    import io

    stream = io.BytesIO()
    export_pdf(ecpat, stream)
    export_pdf(ecpat, tmp_path / "out.pdf")
    assert stream.getvalue() == (tmp_path / "out.pdf").read_bytes() == pdf_bytes(ecpat)


def test_no_local_path_in_the_file(tmp_path: Path, ecpat: Submission) -> None:
    export_pdf(ecpat, tmp_path / "out.pdf")
    data = (tmp_path / "out.pdf").read_bytes()
    assert str(tmp_path).encode() not in data
    assert b"/work" not in data and b"site-packages" not in data and b"resources/fonts" not in data


def test_the_website_is_printed_as_written_and_linked_in_full(ecpat: Submission) -> None:
    ecpat.areas[0].programmes[0].website = "www.ecpat.net"
    data = pdf_bytes(ecpat)
    first_page = reader(data).pages[0].extract_text()
    assert "Website : www.ecpat.net" in first_page
    assert "http://www.ecpat.net" not in first_page
    assert "http://www.ecpat.net" in link_uris(data)


def _page_finder(pages: list[str]):  # type: ignore[no-untyped-def]
    """page_of(needle, after): the page where `needle` first appears at or after the text
    offset `after`, and that offset (the pages' texts read as one)."""
    text = "".join(pages)
    starts = [sum(len(page) for page in pages[:i]) for i in range(len(pages))]

    def page_of(needle: str, after: int = 0) -> tuple[int, int]:
        offset = text.index(needle, after)
        return max(i for i, start in enumerate(starts) if start <= offset), offset

    return page_of


def test_page_breaks_never_part_a_heading_a_label_or_an_empty_area() -> None:
    """Wherever the page ends (a summary of growing length moves everything after it), an empty
    area stays on one page, and a label stays with the first line of its answer."""
    from copeditor.model import Programme

    for count in range(60, 1400, 37):
        submission = Submission(organisation="Org")
        submission.areas[0].programmes = [Programme(name="P", summary=" ".join(["word"] * count))]
        submission.areas[2].programmes = [Programme(name="Third", summary="Firstline of three.")]
        page_of = _page_finder(
            [page.extract_text() for page in reader(pdf_bytes(submission)).pages]
        )
        heading, at = page_of("Area 2:")
        for label in ("related to Area 2", "Short summary", "Additional information"):
            assert page_of(label, at)[0] == heading, (count, label)
        summary_label, at = page_of("Short summary", page_of("related to Area 3")[1])
        assert page_of("Firstline", at)[0] == summary_label, count
