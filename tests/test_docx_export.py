"""Exporting Word documents: the template's styles, italic headings, real links, lists, options."""

from __future__ import annotations

import io
import runpy
import zipfile
from pathlib import Path

from docx.enum.text import WD_ALIGN_PARAGRAPH

from copeditor.formats.docx import WordOptions, read_word_bytes, word_bytes
from copeditor.formats.docx.template import template_path
from copeditor.model import Programme, Submission
from tests.docxtools import read_back

CHECKOUT = Path(__file__).resolve().parent.parent
W = "{http://schemas.openxmlformats.org/wordprocessingml/2006/main}"


def test_the_ecpat_export_has_the_template_styles(ecpat: Submission) -> None:
    document = read_back(word_bytes(ecpat))
    paragraphs = document.paragraphs
    assert [(x.style.name, x.text) for x in paragraphs[:3]] == [
        ("COP Title", "COP Partners' Ongoing Project Summary"),
        ("COP Subtitle", "(based on ITU Secretary General's call for action 2009)"),
        ("COP Label", "Name of the Partner Organization: ECPAT International"),
    ]
    title, subtitle = document.styles["COP Title"], document.styles["COP Subtitle"]
    assert title.font.bold is True
    assert title.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert subtitle.paragraph_format.alignment == WD_ALIGN_PARAGRAPH.CENTER
    assert document.styles["COP Area Heading"].font.italic is True
    headings = [x.text for x in paragraphs if x.style.name == "COP Area Heading"]
    assert [heading[:7] for heading in headings] == [f"Area {n}:" for n in range(1, 6)]
    labels = [x.text for x in paragraphs if x.style.name == "COP Label"]
    assert "Website : www.ecpat.net" in labels
    answers = [x.text for x in paragraphs if x.style.name == "COP Answer"]
    assert "Combating child exploitation in cyberspace" in answers
    assert any(text.startswith("ECPAT International is a global network") for text in answers)


def test_links_are_real_hyperlinks_that_python_docx_reads_back(ecpat: Submission) -> None:
    document = read_back(word_bytes(ecpat))
    links = [
        (item.text, item.address)
        for paragraph in document.paragraphs
        for item in paragraph.iter_inner_content()
        if hasattr(item, "address")
    ]
    assert ("www.ecpat.net", "http://www.ecpat.net") in links
    assert ("www.saferinternet.org", "http://www.saferinternet.org") in links
    # As in the PDF, link text shows no backslashes left by doubly-escaped conversions.
    assert (
        "www.ecpat.net/EI/Publications/Journals/ECPAT%20Journal_Mar2010_FINAL.pdf",
        "http://www.ecpat.net/EI/Publications/Journals/ECPAT%20Journal_Mar2010_FINAL.pdf",
    ) in links
    link_runs = [
        run
        for paragraph in document.paragraphs
        for item in paragraph.iter_inner_content()
        if hasattr(item, "address")
        for run in item.runs
    ]
    assert {run.style.name for run in link_runs} == {"Hyperlink"}


def test_bold_italic_and_lists_are_word_formatting() -> None:
    submission = Submission()
    submission.areas[0].programmes.append(
        Programme(
            name="P",
            summary="Plain **bold** *italic*\n\n- one\n- two\n  1. nested\n\n3. three\n4. four",
        )
    )
    document = read_back(word_bytes(submission))
    paragraphs = document.paragraphs
    index = next(i for i, x in enumerate(paragraphs) if x.text == "Plain bold italic")
    runs = paragraphs[index].runs
    assert [(x.text, x.bold, x.italic) for x in runs] == [
        ("Plain ", None, None),
        ("bold", True, None),
        (" ", None, None),
        ("italic", None, True),
    ]
    items = paragraphs[index + 1 : index + 6]
    assert [x.text for x in items] == ["one", "two", "nested", "three", "four"]
    assert {x.style.name for x in items} == {"COP Answer List"}
    numbering = [
        (x._p.pPr.numPr.numId.val, x._p.pPr.numPr.ilvl.val) for x in items
    ]  # each list its own Word list, nested one level down
    assert [level for _, level in numbering] == [0, 0, 1, 0, 0]
    assert len({number for number, _ in numbering}) == 3
    xml = document.part.numbering_part.element.xml
    assert '<w:startOverride w:val="3"/>' in xml


def test_empty_areas_are_shown_or_left_out_as_for_the_pdf(ecpat: Submission) -> None:
    shown = read_back(word_bytes(ecpat)).paragraphs
    omitted = read_back(word_bytes(ecpat, WordOptions(omit_empty_areas=True))).paragraphs
    heading = "Area 4: Build resource depositories for general use"
    assert heading in [x.text for x in shown]
    assert "Name of the program related to Area 4 :" in [x.text for x in shown]
    assert heading not in [x.text for x in omitted]
    assert sum(x.style.name == "COP Area Heading" for x in omitted) == 4


def test_two_exports_are_the_same_bytes_and_carry_the_organisation(ecpat: Submission) -> None:
    first = word_bytes(ecpat)
    assert word_bytes(ecpat) == first
    properties = read_back(first).core_properties
    assert properties.author == "ECPAT International"
    assert properties.title == "COP Partners' Ongoing Project Summary: ECPAT International"


def test_arabic_paragraphs_are_right_to_left_and_control_characters_do_not_break_it() -> None:
    submission = Submission(organisation="Org\x0bName")
    submission.areas[0].programmes.append(
        Programme(name="حماية الأطفال", summary="نص عربي\n\nEnglish text\x0c here")
    )
    data = word_bytes(submission)
    document = read_back(data)
    by_text = {x.text: x for x in document.paragraphs}
    assert by_text["حماية الأطفال"]._p.pPr.find(f"{W}bidi") is not None
    assert by_text["English text  here"]._p.pPr.find(f"{W}bidi") is None
    assert read_word_bytes(data, "x.docx").submission.organisation == "Org Name"


def test_the_shipped_template_is_what_its_script_makes() -> None:
    script = runpy.run_path(str(CHECKOUT / "tools" / "make_docx_template.py"))
    assert script["build"]() == template_path().read_bytes()


def test_the_template_holds_no_leftovers() -> None:
    names = zipfile.ZipFile(io.BytesIO(template_path().read_bytes())).namelist()
    assert not [name for name in names if "thumbnail" in name or "customXml" in name]
    document = read_back(template_path().read_bytes())
    assert document.paragraphs == []
    assert document.core_properties.author == ""
