"""The text form: importing the ECPAT sample and its variations, and both round trips."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from copeditor.formats.textform import read_text_form, write_text_form
from copeditor.model import AreaEntry, Programme, Submission


def paragraphs(text: str) -> list[str]:
    return [block for block in text.split("\n\n") if block.strip()]


def test_ecpat_sample_imports_to_the_known_facts(ecpat_text: str) -> None:
    result = read_text_form(ecpat_text)
    assert result.notices == []
    submission = result.submission
    assert submission.organisation == "ECPAT International"
    expected = [
        # As written in the template: www.ecpat.net, linked to http://www.ecpat.net.
        ("Combating child exploitation in cyberspace", "www.ecpat.net", 7),
        ("Country reports by ECPAT International", "www.ecpat.net", 6),
        ("ECPAT activities", "www.ecpat.net", 2),
        None,
        ("Dynamic Coalition on Child Online Safety at the Internet Governance forum", "", 5),
    ]
    for area, facts in zip(submission.areas, expected, strict=True):
        if facts is None:
            assert area.programmes == []
            continue
        (programme,) = area.programmes
        assert (programme.name, programme.website, len(paragraphs(programme.summary))) == facts
        assert programme.additional_information == ""
    first = submission.areas[0].programmes[0].summary
    assert first.startswith("ECPAT International is a global network engaged")
    assert first.endswith("other non government and International agencies.")
    assert "[www.saferinternet.org](http://www.saferinternet.org)" in first


def test_import_export_import_gives_an_equal_submission(ecpat_text: str) -> None:
    first = read_text_form(ecpat_text).submission
    again = read_text_form(write_text_form(first))
    assert again.notices == []
    assert again.submission == first


def test_export_import_export_gives_the_same_bytes(ecpat: Submission) -> None:
    exported = write_text_form(ecpat)
    assert write_text_form(read_text_form(exported).submission) == exported


def test_export_keeps_the_template_wording(ecpat: Submission) -> None:
    text = write_text_form(ecpat)
    assert text.startswith(
        "**COP Partners' Ongoing Project Summary**  \n"
        "(based on ITU Secretary General's call for action 2009)\n\n"
        "Name of the Partner Organization: ECPAT International\n\n"
        "*Area 1: Create public awareness"
    )
    # The unanswered Area 4 keeps its heading and empty labels, as in the blank template.
    assert (
        "*Area 4: Build resource depositories for general use*\n\n"
        "Name of the program related to Area 4 :\n\nWebsite :\n\n"
        "Short summary (please list any relevant partners):\n\n"
        "Additional information if any :\n\n*Area 5" in text
    )
    assert "Website : [www.ecpat.net](http://www.ecpat.net)" in text


def test_crlf_line_ends_import_like_lf(ecpat_text: str) -> None:
    crlf = read_text_form(ecpat_text.replace("\n", "\r\n"))
    assert crlf.submission == read_text_form(ecpat_text).submission
    assert "\r" not in crlf.submission.areas[0].programmes[0].summary


def test_missing_labels_at_the_end_and_missing_areas() -> None:
    text = (
        "Name of the Partner Organization: Example Org\n\n"
        "*Area 2: Assist countries*\n\n"
        "Name of the program related to Area 2 :\nNational helpline\n"
    )
    result = read_text_form(text)
    assert result.notices == []
    assert result.submission.organisation == "Example Org"
    assert [len(area.programmes) for area in result.submission.areas] == [0, 1, 0, 0, 0]
    assert result.submission.areas[1].programmes[0].name == "National helpline"


def test_repeated_programme_block_in_one_area() -> None:
    text = (
        "*Area 1: Awareness*\n\n"
        "Name of the program related to Area 1 : First\n\nShort summary : One.\n\n"
        "Name of the program related to Area 1 :  \nSecond\n\nWebsite: https://two.org\n\n"
        "Short summary :\n\nTwo.\n\nAnother paragraph.\n"
    )
    programmes = read_text_form(text).submission.areas[0].programmes
    assert [(p.name, p.website, p.summary) for p in programmes] == [
        ("First", "", "One."),
        ("Second", "https://two.org", "Two.\n\nAnother paragraph."),
    ]


def test_label_variations_from_the_template() -> None:
    text = (
        "*Area 3: Identify risks*\n\n"
        "Name of the program related to the Area 3:\nRisk study\n\n"
        "Website :\n\n"
        "Short summary:Found on the label's line.\n\n"
        "Additional information if any:\n\nMore.\n"
    )
    (programme,) = read_text_form(text).submission.areas[2].programmes
    assert programme == Programme(
        name="Risk study",
        website="",
        summary="Found on the label's line.",
        additional_information="More.",
    )


def test_text_that_fits_no_field_is_kept_with_a_notice() -> None:
    text = (
        "Name of the Partner Organization: Org\n\nA stray remark.\n\n"
        "*Area 1: Awareness*\n\nAn introduction before any label.\n\n"
        "Name of the program related to Area 1 :\nProg\n\nAn extra paragraph after the name.\n"
    )
    result = read_text_form(text)
    assert result.submission.organisation == "Org A stray remark."
    summary = result.submission.areas[0].programmes[0].summary
    assert summary == "An introduction before any label.\n\nAn extra paragraph after the name."
    assert [notice.line for notice in result.notices] == [3, 7, 12]
    assert "organisation" in str(result.notices[0])
    assert "Area 1" in str(result.notices[1])


def test_markdown_in_single_line_fields_is_read_as_text() -> None:
    submission = Submission(organisation="*Stars* & <b>tags</b> [x](y) 1. not a list")
    submission.areas[0].programmes.append(
        Programme(name="- dash\n# hash", website="javascript:alert(1)", summary="s")
    )
    again = read_text_form(write_text_form(submission)).submission
    assert again.organisation == submission.organisation
    assert again.areas[0].programmes[0].name == "- dash\n# hash"
    assert again.areas[0].programmes[0].website == "javascript:alert(1)"


def test_website_addresses_are_kept_as_written() -> None:
    submission = Submission()
    address = "https://example.org/dossier_(2010)/caf\u00e9?q=a%20b&x=1"
    submission.areas[0].programmes.append(Programme(name="n", website=address))
    assert read_text_form(write_text_form(submission)).submission == submission


# Single-line fields take any printable text; summaries take Markdown paragraphs.
line_text = st.text(
    alphabet=st.characters(blacklist_categories=["Cs", "Cc", "Zl", "Zp"]), max_size=40
).map(lambda text: " ".join(text.split()))
word = st.text(alphabet=st.characters(whitelist_categories=["L", "N"]), min_size=1, max_size=12)
paragraph = st.lists(word, min_size=1, max_size=8).map(" ".join)
markdown_block = st.lists(paragraph, max_size=4).map("\n\n".join)
programme = st.builds(
    Programme,
    name=line_text,
    website=st.one_of(line_text, st.just("https://example.org/a_(b)")),
    summary=markdown_block,
    additional_information=markdown_block,
)
submissions = st.builds(
    Submission,
    organisation=line_text,
    areas=st.lists(
        st.builds(AreaEntry, programmes=st.lists(programme, max_size=3)), min_size=5, max_size=5
    ),
)


@settings(max_examples=150, deadline=None)
@given(submissions)
def test_any_submission_survives_export_import_export(submission: Submission) -> None:
    exported = write_text_form(submission)
    imported = read_text_form(exported)
    assert imported.notices == []
    assert write_text_form(imported.submission) == exported
    for area, original in zip(imported.submission.areas, submission.areas, strict=True):
        kept = [p for p in original.programmes if not p.is_blank()]
        assert len(area.programmes) == len(kept)


def test_a_bold_area_heading_is_a_heading_and_stray_text_before_the_name_is_kept() -> None:
    text = (
        "Letterhead\n\nName of the Partner Organization: Org\n\n**Area 2: Assist**\n\n"
        "Name of the program related to Area 2 : P\n"
    )
    result = read_text_form(text)
    assert result.submission.organisation == "Letterhead Org"
    assert [len(area.programmes) for area in result.submission.areas] == [0, 1, 0, 0, 0]
    assert [str(notice) for notice in result.notices] == [
        "line 1: text outside any field was added to the organisation's name"
    ]
