"""Big drafts for the benchmarks, made the same way every time."""

from __future__ import annotations

import random

from copeditor.model import Programme, Submission

WORDS = (
    "children",
    "online",
    "protection",
    "hotline",
    "report",
    "partners",
    "awareness",
    "training",
    "schools",
    "parents",
    "teachers",
    "internet",
    "safety",
    "abuse",
    "exploitation",
    "prevention",
    "research",
    "policy",
    "law",
    "enforcement",
    "cybercafe",
    "youth",
    "ambassadors",
    "campaign",
    "network",
    "members",
    "countries",
    "region",
    "support",
    "victims",
)


def paragraphs(word_count: int, seed: int, words_per_paragraph: int = 100) -> str:
    rng = random.Random(seed)
    result = []
    for start in range(0, word_count, words_per_paragraph):
        count = min(words_per_paragraph, word_count - start)
        sentence = " ".join(rng.choice(WORDS) for _ in range(count))
        result.append(sentence.capitalize() + ".")
    return "\n\n".join(result)


def hundred_page_draft() -> Submission:
    """About 100 pages: one summary of 50,000 words, as the typing benchmark needs."""
    submission = Submission(organisation="Benchmark Partner Organisation")
    submission.areas[0].programmes.append(
        Programme(
            name="Long programme", website="https://example.org", summary=paragraphs(50_000, 1)
        )
    )
    return submission


def ten_megabyte_draft() -> Submission:
    """About 10 MB of JSON: 5 areas x 10 programmes of 200 KB each."""
    submission = Submission(organisation="Benchmark Partner Organisation")
    for area_index, area in enumerate(submission.areas):
        for number in range(10):
            area.programmes.append(
                Programme(
                    name=f"Programme {number + 1}",
                    website="https://example.org",
                    summary=paragraphs(23_000, area_index * 100 + number),
                )
            )
    return submission
