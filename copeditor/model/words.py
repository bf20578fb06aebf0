"""Word counts of fields and of a whole submission, as a reader of the exported text sees them."""

from __future__ import annotations

import re

from copeditor.model.submission import Submission

# A word is a run of letters, digits or joining punctuation; Markdown syntax (*, _, #, brackets)
# and link addresses are not words. CJK text has no spaces: each ideograph counts as one word,
# as word processors count it.
_WORD = re.compile(
    r"[\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff]|[^\W_](?:[\w'’.-]*[^\W_])?"
)
# A link's address ends on its line: "](" on one line and ")" on a later one is not a link.
_LINK_TARGET = re.compile(r"\]\([^)\n]*\)")


def count_words(text: str) -> int:
    return len(_WORD.findall(_LINK_TARGET.sub("]", text)))


def submission_word_count(submission: Submission) -> int:
    total = count_words(submission.organisation)
    for area in submission.areas:
        for programme in area.programmes:
            total += sum(count_words(value) for value in programme.model_dump().values())
    return total
