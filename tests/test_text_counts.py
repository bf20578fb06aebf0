"""Words and characters counted as the PDF shows the text: Markdown markup is not counted."""

from __future__ import annotations

from copeditor.formats.text_counts import Counts, field_counts, submission_counts
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
