"""Importing Word documents: files made by LibreOffice, label placements, what cannot be placed."""

from __future__ import annotations

from pathlib import Path

import pytest

from copeditor.formats.docx import read_word_bytes, read_word_file
from copeditor.formats.textform import read_text_form
from copeditor.model import Programme
from tests.docxtools import make_docx, minimal_form, p, r, table

DATA = Path(__file__).parent / "data"
DOCX = DATA / "docx"


def test_ecpat_as_plain_paragraphs_from_libreoffice_gives_the_sample_back(ecpat_text: str) -> None:
    result = read_word_file(DOCX / "ecpat-plain-paragraphs.docx")
    expected = read_text_form(ecpat_text).submission
    got = result.submission
    assert got.organisation == "ECPAT International"
    for area, wanted in zip(got.areas, expected.areas, strict=True):
        assert len(area.programmes) == len(wanted.programmes)
        for programme, original in zip(area.programmes, wanted.programmes, strict=True):
            assert programme.name == original.name
            # LibreOffice writes "http://www.ecpat.net/" for "http://www.ecpat.net".
            assert programme.website.rstrip("/") == original.website
            assert _paragraphs(programme.summary) == _paragraphs(original.summary)
    summary = got.areas[0].programmes[0].summary
    assert "[www.saferinternet.org](http://www.saferinternet.org/)" in summary
    # A "%20" that LibreOffice stored as a space is a working link again.
    assert "(http://www.ecpat.net/EI/Publications/Journals/ECPAT%20Journal_Mar2010_FINAL.pdf)" in (
        got.areas[2].programmes[0].summary
    )
    assert result.warnings == []


def _paragraphs(markdown: str) -> list[str]:
    """Paragraph texts without link addresses (LibreOffice adds slashes to some)."""
    import re

    text = re.sub(r"\]\([^)]*\)", "]", markdown).replace("\\", "")
    return [" ".join(block.split()) for block in text.split("\n\n") if block.strip()]


def test_form_filled_in_as_tables_from_libreoffice_keeps_every_fact() -> None:
    result = read_word_file(DOCX / "filled-form-tables.docx")
    submission = result.submission
    assert submission.organisation == "Fundación Niñez Segura — «Protección en línea»"
    assert [len(area.programmes) for area in submission.areas] == [2, 0, 1, 0, 0]
    first, second = submission.areas[0].programmes
    assert first.name == "Escuelas Seguras en Línea"
    assert first.website == "https://www.ninezsegura.example.org/escuelas"
    assert first.summary == (
        "Workshops for **teachers and parents** in 40 schools of Bogotá and Medellín, "
        "with *UNICEF Colombia*.\n\n"
        "What the workshops cover:\n\n"
        "- privacy settings on social networks\n"
        "- reporting abuse to the **hotline**\n\n"
        "Материалы на русском языке; 儿童在线保护; حماية الأطفال على الإنترنت."
    )
    assert first.additional_information == (
        "Report: [informe 2010](https://www.ninezsegura.example.org/informe-2010.pdf)"
    )
    assert second == Programme(
        name="Línea de ayuda «Te Protejo»",
        website="https://teprotejo.example.org",
        summary="A national hotline, run with the police:\n\n"
        "1. citizens report content online\n"
        "2. analysts check each report within **24 hours**\n"
        "3. illegal content is taken down",
    )
    (study,) = submission.areas[2].programmes
    assert (study.name, study.website) == ("Estudio de riesgos 2010", "")
    assert study.summary == "A survey of 2 000 children aged 9–16."
    assert result.warnings == ["table 3, row 3: an image was not imported (Image1)"]


def test_answers_on_the_label_line_after_line_breaks_and_in_later_paragraphs() -> None:
    body = (
        p("Name of the Partner Organization:", "<w:r><w:tab/></w:r>", "Org")
        + p(r("Area 2: Assist countries", "<w:b/>"))
        + p("Name of the program related to the Area 2:", "<w:r><w:br/></w:r>", "Helpline")
        + p("Website: https://help.example.org")
        + p("Short summary:")
        + p("First paragraph.")
        + p("Second paragraph.")
        + p("Additional information if any :", "<w:r><w:br/></w:r>", "More.")
    )
    submission = read_word_bytes(make_docx(body), "t.docx").submission
    assert submission.organisation == "Org"
    assert submission.areas[1].programmes == [
        Programme(
            name="Helpline",
            website="https://help.example.org",
            summary="First paragraph.\n\nSecond paragraph.",
            additional_information="More.",
        )
    ]


def test_labels_in_bold_or_in_word_styles_are_still_labels() -> None:
    body = (
        p(r("Name of the Partner Organization:", "<w:b/>"), " Org")
        + p("Area 1: Create public awareness on the issues", style="Heading1")
        + p(r("Name of the program related to Area 1 :", "<w:b/><w:i/>"), r(" P", "<w:b/>"))
    )
    submission = read_word_bytes(make_docx(body), "t.docx").submission
    assert submission.organisation == "Org"
    assert submission.areas[0].programmes == [Programme(name="P")]


def test_lists_links_and_formatting_from_word_xml() -> None:
    answer = (
        p("See ", '<w:hyperlink r:id="rIdL1">' + r("our site", "<w:b/>") + "</w:hyperlink>", ".")
        + p("one", style="ListBullet")
        + p("two", style="ListBullet")
        + p(
            '<w:r><w:fldChar w:fldCharType="begin"/></w:r>'
            '<w:r><w:instrText> HYPERLINK "https://field.example.org/" \\o "tip"'
            "</w:instrText></w:r>"
            '<w:r><w:fldChar w:fldCharType="separate"/></w:r>',
            "a field link",
            '<w:r><w:fldChar w:fldCharType="end"/></w:r>',
        )
        + p("Javascript ", '<w:hyperlink r:id="rIdL2">' + r("here") + "</w:hyperlink>")
    )
    links = {"rIdL1": "https://example.org/a b", "rIdL2": "javascript:alert(1)"}
    result = read_word_bytes(make_docx(minimal_form(answer), links=links), "t.docx")
    assert result.submission.areas[0].programmes[0].summary == (
        "See [**our site**](https://example.org/a%20b).\n\n"
        "- one\n- two\n\n"
        "[a field link](https://field.example.org/)\n\n"
        "Javascript here"
    )
    assert result.warnings == [
        "paragraph 10 ('Javascript here'): the link to 'javascript:alert(1)' was kept as text only"
    ]


def test_what_has_no_place_is_one_warning_each_in_document_order() -> None:
    footnote = '<w:footnote w:id="1">' + p("Source: 2010 survey") + "</w:footnote>"
    comment = '<w:comment w:id="0" w:author="Ana">' + p("Check") + "</w:comment>"
    picture = (
        '<w:r><w:drawing><wp:inline><wp:docPr id="1" name="Picture 1" descr="Logo"/>'
        "</wp:inline></w:drawing></w:r>"
    )
    body = p("Draft for the board") + minimal_form(
        p("Text", '<w:r><w:footnoteReference w:id="1"/></w:r>')
        + p("More", '<w:r><w:commentReference w:id="0"/></w:r>', picture)
        + p("<m:oMath><m:r><m:t>x=1</m:t></m:r></m:oMath>")
        + p('<w:ins w:id="1" w:author="A">' + r("Kept") + "</w:ins>")
        + p('<w:del w:id="2" w:author="A"><w:r><w:delText>Gone</w:delText></w:r></w:del>', "Rest")
    )
    parts = {"footnotes": footnote, "comments": comment}
    result = read_word_bytes(make_docx(body, parts=parts), "t.docx")
    summary = result.submission.areas[0].programmes[0].summary
    assert summary == "Text\n\nMore\n\nKept\n\nRest"
    assert result.submission.organisation == "Draft for the board Org"
    assert result.warnings == [
        "the document has tracked changes: they were read as if accepted",
        "paragraph 1 ('Draft for the board'): "
        "text outside any field was added to the organisation's name",
        "paragraph 7: a footnote was not imported: 'Source: 2010 survey'",
        "paragraph 8: a comment was not imported: 'Ana: Check'",
        "paragraph 8: an image was not imported (Logo)",
        "paragraph 9: an equation was not imported: 'x=1'",
    ]


def test_text_outside_fields_goes_nearby_with_a_warning_naming_its_place() -> None:
    body = (
        minimal_form(p("Summary."))
        + p("Name of the program related to Area 1 : Two")
        + table(("Website :", "https://two.example.org"), ("Note to self", "keep this"))
    )
    result = read_word_bytes(make_docx(body), "t.docx")
    programmes = result.submission.areas[0].programmes
    assert [(x.name, x.website) for x in programmes] == [
        ("Prog", ""),
        ("Two", "https://two.example.org"),
    ]
    assert programmes[1].summary == "Note to self\n\nkeep this"
    assert result.warnings == [
        "table 1, row 2 ('Note to self'): text outside any field was added to a short "
        "summary in Area 1"
    ]


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("x", [["x"]]),
        ("a  \nb", [["a"], ["b"]]),
    ],
)
def test_line_breaks_inside_answers_come_back(text: str, expected: list[list[str]]) -> None:
    lines = "<w:r><w:br/></w:r>".join(r(line[0]) for line in expected)
    body = minimal_form(p(lines))
    summary = read_word_bytes(make_docx(body), "t.docx").submission.areas[0].programmes[0].summary
    assert summary == text


def test_our_export_saved_again_by_libreoffice_gives_the_draft_back() -> None:
    from copeditor.storage import load_draft

    draft = load_draft(DOCX / "rich-draft.json")
    result = read_word_file(DOCX / "rich-draft-resaved-by-libreoffice.docx")
    assert result.warnings == []
    got = result.submission
    # LibreOffice adds a slash to a bare host name.
    got.areas[0].programmes[1].website = got.areas[0].programmes[1].website.rstrip("/")
    assert got == draft


def test_the_ecpat_html_source_is_the_sample_as_markdown_it_renders_it(ecpat_text: str) -> None:
    from markdown_it import MarkdownIt

    html = (DOCX / "ecpat-plain-paragraphs.html").read_text(encoding="utf-8")
    assert MarkdownIt("commonmark").render(ecpat_text) in html
