"""The status bar's recount of the 100-page draft: words and characters as the PDF shows them."""

from __future__ import annotations

from benchmarks.common import Row, median_seconds


def run(quick: bool = False) -> list[Row]:
    from benchmarks.drafts import hundred_page_draft, paragraphs
    from copeditor.formats.text_counts import CountMemory
    from copeditor.model import Programme, Submission
    from copeditor.model.words import submission_word_count

    if quick:
        submission = Submission(organisation="Quick")
        submission.areas[0].programmes.append(Programme(summary=paragraphs(300, 1)))
    else:
        submission = hundred_page_draft()
    repeats = 1 if quick else 9
    words_only = median_seconds(lambda: submission_word_count(submission), repeats)
    # After typing in the long summary: that field's Markdown is parsed again.
    changed = median_seconds(lambda: CountMemory().submission_counts(submission), repeats)
    memory = CountMemory()
    memory.submission_counts(submission)
    # After typing in any other field: the long summary's count is remembered.
    unchanged = median_seconds(lambda: memory.submission_counts(submission), repeats)
    floor = f"counting words of the Markdown source (no parsing): {words_only * 1000:.0f} ms"
    return [
        Row(
            "Recount words and characters, a 10,000-word summary changed (100-page draft)",
            changed * 1000,
            "ms",
            floor=floor,
            ratio=changed / words_only,
            target="< 100 ms, 400 ms after typing stops",
            met=changed < 0.1,
        ),
        Row(
            "Recount words and characters, another field changed",
            unchanged * 1000,
            "ms",
            target="< 16 ms",
            met=unchanged < 0.016,
        ),
    ]
