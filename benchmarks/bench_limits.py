"""Hostile fields at the size cap: each shape the fuzzing found slow, exported to PDF in process.

One field of MAX_FIELD_CHARACTERS written the worst ways we know (one word, hard line breaks,
markup characters, links, list items...); each export must end within TARGET_SECONDS.
"""

from __future__ import annotations

import time

from benchmarks.common import Row

TARGET_SECONDS = 10.0


def shapes(size: int) -> dict[str, str]:
    """Field texts of about `size` characters, by the shape that used to be slow."""
    return {
        "one word": "x" * size,
        "one paragraph of words": "lorem ipsum dolor " * (size // 18),
        "hard line breaks": "line  \n" * (size // 7),
        "`<` characters": "<" * size,
        "`&amp;` entities": "&amp;" * (size // 5),
        "links in one paragraph": " ".join(f"[l{i}](http://x{i}.org)" for i in range(size // 22)),
        "autolinks": " ".join(f"<http://x{i}.org>" for i in range(size // 18)),
        "list items": "- item\n" * (size // 7),
        "short paragraphs": "word word\n\n" * (size // 11),
        "unmatched `[`": "[" * size,
        "Chinese, no spaces": "\u4e2d\u6587\u5b57" * (size // 3),
        "one Arabic word": "\u0628" * size,
        "quote markers to the cap (flattened)": ">" * (size - 5) + " deep",
    }


def run(quick: bool = False) -> list[Row]:
    from copeditor.formats.pdf import pdf_bytes
    from copeditor.model import MAX_FIELD_CHARACTERS, Programme, Submission

    size = 2_000 if quick else MAX_FIELD_CHARACTERS
    rows = []
    for shape, text in shapes(size).items():
        submission = Submission(organisation="Benchmark")
        submission.areas[0].programmes.append(Programme(name="P", summary=text[:size]))
        start = time.perf_counter()
        pdf_bytes(submission)
        seconds = time.perf_counter() - start
        rows.append(
            Row(
                f"Export a {size:,}-character field: {shape}",
                seconds,
                "s",
                target=f"<= {TARGET_SECONDS:.0f} s",
                met=seconds <= TARGET_SECONDS,
            )
        )
    return rows
