"""A draft exported to .docx imports back to the same draft, exactly; Markdown meets Word."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from copeditor.cli import main
from copeditor.formats.docx import read_word_bytes, word_bytes
from copeditor.formats.docx.markdown_in import markdown_blocks
from copeditor.formats.docx.markdown_out import blocks_markdown, render_line
from copeditor.formats.docx.richtext import Block, Span
from copeditor.model import AreaEntry, Programme, Submission
from copeditor.storage import load_draft
from tests.test_textform import line_text


def canonical(markdown: str) -> str:
    return blocks_markdown(markdown_blocks(markdown))[0]


def test_markdown_in_its_canonical_form_is_a_fixed_point() -> None:
    for source in (
        "Plain **bold** *italic **both*** [a **b** c](<https://x.org/a_(b)?q=1\\&r=2>) end",
        "- a\n  - b\n- c\n\n1. x\n2. y\n\n3) z\n\npara  \nline *two*",
        "a**b**c *x **y** z* **a***b*",
        "\\*not bold\\* \\[not a link\\] 1. \\# - x\n\n\\- not a list\n\n1\\. nor this",
    ):
        assert canonical(source) == source


def test_other_markdown_becomes_its_canonical_form() -> None:
    assert canonical("# Heading\n\n> quote\n\n```\ncode *x*\n```") == (
        "**Heading**\n\nquote\n\ncode \\*x\\*"
    )
    assert canonical("1. one\n\n   two\n2. three") == "1. one  \n   two\n2. three"
    assert canonical("__bold__ _it_ [ spaced ](http://x.org)") == (
        "**bold** *it*  [spaced](http://x.org)"  # the spaces move out of the link
    )


def test_formatting_markdown_cannot_say_is_dropped_with_a_note_and_the_text_kept() -> None:
    rendered = render_line([Span("a"), Span('"q"', bold=True)])
    assert (rendered.text, rendered.lost) == ('a"q"', "bold and italic")
    assert render_line([Span("x", link="https://a.org/\n")]).text == "x"


def test_the_ecpat_draft_survives_a_word_round_trip(ecpat: Submission) -> None:
    once = read_word_bytes(word_bytes(ecpat), "x.docx")
    assert once.warnings == []
    for area, original in zip(once.submission.areas, ecpat.areas, strict=True):
        for programme, expected in zip(area.programmes, original.programmes, strict=True):
            assert (programme.name, programme.website) == (expected.name, expected.website)
            # One link's text had doubled backslashes, which Word does not show (as in the PDF).
            assert programme.summary == expected.summary.replace("\\\\_", "\\_")
    twice = read_word_bytes(word_bytes(once.submission), "x.docx").submission
    assert twice == once.submission


def test_the_command_line_round_trip(tmp_path: Path, ecpat: Submission) -> None:
    from copeditor.storage import save_draft

    draft = tmp_path / "ecpat.json"
    save_draft(ecpat, draft)
    docx_file, again = tmp_path / "ecpat.docx", tmp_path / "again.json"
    assert main(["export", str(draft), "-o", str(docx_file)]) == 0
    assert main(["import", str(docx_file), "-o", str(again)]) == 0
    assert main(["export", str(draft), "-o", str(tmp_path / "o.docx"), "--omit-empty-areas"]) == 0
    imported = load_draft(again)
    assert imported.organisation == "ECPAT International"
    assert [len(a.programmes) for a in imported.areas] == [1, 1, 1, 0, 1]


# Text with the characters Markdown gives meaning to, in any script.
word = st.text(
    alphabet=st.one_of(
        st.characters(whitelist_categories=["L", "N"]), st.sampled_from("*_[]()<>&!#\\`-+=.:'\"~|")
    ),
    min_size=1,
    max_size=10,
)
phrase = st.lists(word, min_size=1, max_size=4).map(" ".join)
addresses = st.sampled_from(
    [None, None, "https://example.org/a_(b)?x=1&y=2", "mailto:someone@example.org"]
)
# Link text shows no backslash before punctuation, as in the PDF (see the ECPAT test above), so
# linked spans are drawn without backslashes.
span = st.builds(Span, text=phrase, bold=st.booleans(), italic=st.booleans(), link=addresses).map(
    lambda s: Span(s.text.replace("\\", "/"), s.bold, s.italic, s.link) if s.link else s
)
separated_spans = st.lists(span, min_size=1, max_size=4).map(
    lambda spans: [Span(s.text + " ", s.bold, s.italic, s.link) for s in spans]
)
adjacent_spans = st.lists(span, min_size=1, max_size=4)
lines = st.lists(st.one_of(separated_spans, adjacent_spans), min_size=1, max_size=3)


@st.composite
def markdown_fields(draw: st.DrawFn) -> str:
    """Paragraphs and lists (nested one level) written as the reader writes Markdown."""
    blocks: list[Block] = []
    for chunk in range(draw(st.integers(0, 4))):
        if draw(st.booleans()):
            blocks.append(Block(draw(lines)))
            continue
        kind = draw(st.sampled_from(["bullet", "ordered"]))
        start = draw(st.integers(0, 12)) if kind == "ordered" else 1
        for item in range(draw(st.integers(1, 3))):
            blocks.append(Block(draw(lines), kind, 0, start + item, f"list{chunk}"))
            if draw(st.integers(0, 3)) == 0:
                inner = draw(st.sampled_from(["bullet", "ordered"]))
                for position in range(draw(st.integers(1, 2))):
                    blocks.append(Block(draw(lines), inner, 1, 1 + position, f"{chunk}.{item}"))
    return blocks_markdown(blocks)[0]


programme = st.builds(
    Programme,
    name=line_text,
    website=st.one_of(line_text, st.just("https://example.org/a_(b)?x=1&y=2")),
    summary=markdown_fields(),
    additional_information=markdown_fields(),
)
submissions = st.builds(
    Submission,
    organisation=line_text,
    areas=st.lists(
        st.builds(AreaEntry, programmes=st.lists(programme, max_size=2)), min_size=5, max_size=5
    ),
)


@settings(max_examples=80, deadline=None)
@given(submissions)
def test_any_draft_survives_export_to_word_and_import_exactly(submission: Submission) -> None:
    result = read_word_bytes(word_bytes(submission), "draft.docx")
    assert result.warnings == []
    expected = submission.model_copy(deep=True)
    for area in expected.areas:
        area.programmes = [p for p in area.programmes if not p.is_blank()]
    assert result.submission == expected


@settings(max_examples=40, deadline=None)
@given(st.text(max_size=200))
def test_any_markdown_reaches_its_canonical_form_in_one_word_round_trip(text: str) -> None:
    submission = Submission()
    submission.areas[0].programmes.append(Programme(name="n", summary=text))
    once = read_word_bytes(word_bytes(submission), "x.docx").submission
    twice = read_word_bytes(word_bytes(once), "x.docx").submission
    assert twice == once


@settings(max_examples=300, deadline=None)
@given(line_text.filter(bool))
def test_plain_lines_read_back_without_being_checked(text: str) -> None:
    from copeditor.formats.docx.markdown_out import _reads_back
    from copeditor.formats.docx.richtext import normal_line

    line = normal_line([Span(text)])
    assert _reads_back(render_line(line).text, line)
