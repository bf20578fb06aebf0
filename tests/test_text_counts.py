"""Words and characters counted as the PDF shows the text: Markdown markup is not counted."""

from __future__ import annotations

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from copeditor.formats.text_counts import (
    CountMemory,
    Counts,
    field_counts,
    paragraphs,
    submission_counts,
)
from copeditor.model import Programme, Submission


def test_markdown_markup_is_not_counted_in_prose_fields() -> None:
    summary = "We run a **national** [hotline](https://example.org/report)."
    # Shown as "We run a national hotline.": 5 words, 26 characters.
    assert field_counts("summary", summary) == Counts(5, 26)
    assert field_counts("additional_information", "- *one*\n- two") == Counts(2, 6)


def test_names_and_websites_are_counted_as_typed() -> None:
    assert field_counts("name", "**Safe** Net") == Counts(2, 12)
    assert field_counts("website", "https://example.org") == Counts(2, 19)


def test_a_submission_adds_up_its_fields() -> None:
    submission = Submission(organisation="Child Net")
    submission.areas[1].programmes.append(
        Programme(name="Helpline", summary="Calls **answered**.", additional_information="")
    )
    submission.areas[4].programmes.append(Programme(summary="[Report](https://x.org) abuse"))
    assert submission_counts(submission) == Counts(2 + 1 + 2 + 2, 9 + 8 + 15 + 12)


# What Markdown looks like in a prose field, with every character that starts a block.
_PIECES = [
    *"ab é1.-*+#>[]()!`~<_\\|=\n\t",
    *("\n\n", "  ", "   ", "    ", "\n\n   ", "\n\n\t", "\n    ", "\n\n  - ", "\n\n1. "),
    *("1. ", "- ", "> ", "\n\n> ", "word ", "**", "`` ", "](", ")", "[x]: http://a"),
    *("```", "~~~", "<!--", "-->", "<div>", "</div>", "<script>", "|a|b|\n|-|-|\n"),
    *("* * *", "---", "\n===", "\n\n***"),
]
_MARKDOWN = st.lists(st.sampled_from(_PIECES), max_size=60).map("".join)


@settings(max_examples=3000, deadline=None)
@given(_MARKDOWN)
@example("1. ](`\n\n  - \n\n-->.é* * *\n\n- )_>")  # "](" and ")" paragraphs apart: no link
@example("1. =`\n\n   (\n===")  # an indented line continues the list item
@example("- ~~~|<word word !\n\n   !")  # a fence inside a list item
def test_counting_paragraph_by_paragraph_gives_the_whole_field_count(source: str) -> None:
    memory = CountMemory()
    assert memory.field_counts("summary", source) == field_counts("summary", source)


def test_only_the_changed_paragraph_is_parsed_again(monkeypatch: pytest.MonkeyPatch) -> None:
    from copeditor.formats import text_counts

    paragraphs = [f"Paragraph {n} with **bold** and a [link](https://x.org)." for n in range(50)]
    memory = CountMemory()
    before = memory.field_counts("summary", "\n\n".join(paragraphs))
    parsed: list[str] = []
    real = text_counts.markdown_plain_text
    monkeypatch.setattr(text_counts, "markdown_plain_text", lambda s: parsed.append(s) or real(s))
    paragraphs[7] += " More words here"
    after = memory.field_counts("summary", "\n\n".join(paragraphs))
    assert parsed == [paragraphs[7]]
    assert after.words == before.words + 3
    assert after == field_counts("summary", "\n\n".join(paragraphs))


def test_where_a_field_is_cut_into_paragraphs() -> None:
    assert paragraphs("One.\n\nTwo.\n\n- three\n\n  still three") == [
        "One.",
        "Two.",
        "- three\n\n  still three",
    ]
    for whole in ("```\nline one\n\nline two\n```", "<!--\n\n-->", "- ~~~\n\nb"):
        assert paragraphs(whole) is None
        assert CountMemory().field_counts("summary", whole) == field_counts("summary", whole)
