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


# Words of paragraphs() that fill one field to about 99,500 characters, under the model's cap
# of MAX_FIELD_CHARACTERS (100,000).
LARGEST_FIELD_WORDS = 11_500


def largest_field_draft() -> Submission:
    """One summary as large as a field may be (11,500 words, about 25 pages): the typing and
    memory benchmarks need the largest field the editor can hold."""
    submission = Submission(organisation="Benchmark Partner Organisation")
    submission.areas[0].programmes.append(
        Programme(
            name="Long programme",
            website="https://example.org",
            summary=paragraphs(LARGEST_FIELD_WORDS, 1),
        )
    )
    return submission


HUNDRED_PAGE_WORDS = 50_000
PROGRAMME_WORDS = 10_000  # under the field cap: five such summaries make the hundred pages


def programmes_of(words: list[str]) -> list[Programme]:
    """`words` as the summaries of as many programmes as the field cap asks for."""
    return [
        Programme(
            name=f"Long programme {start // PROGRAMME_WORDS + 1}",
            website="https://example.org",
            summary=" ".join(words[start : start + PROGRAMME_WORDS]),
        )
        for start in range(0, len(words), PROGRAMME_WORDS)
    ]


def hundred_page_draft() -> Submission:
    """About 100 pages: 50,000 words in five programmes of Area 1 (a single field may hold
    11,500 words at most)."""
    submission = Submission(organisation="Benchmark Partner Organisation")
    words = paragraphs(HUNDRED_PAGE_WORDS, 1).split(" ")
    submission.areas[0].programmes.extend(programmes_of(words))
    return submission


def ten_megabyte_draft() -> Submission:
    """About 10 MB of JSON: 5 areas x 20 programmes of 100 KB each (each field near the cap)."""
    submission = Submission(organisation="Benchmark Partner Organisation")
    for area_index, area in enumerate(submission.areas):
        for number in range(20):
            area.programmes.append(
                Programme(
                    name=f"Programme {number + 1}",
                    website="https://example.org",
                    summary=paragraphs(LARGEST_FIELD_WORDS, area_index * 100 + number),
                )
            )
    return submission
