"""The draft's writing language: a well-formed BCP 47 tag such as en-GB, fr, ar or zh-Hans-CN."""

from __future__ import annotations

import re
from typing import Annotated

from pydantic import AfterValidator

DEFAULT_LANGUAGE = "en-GB"  # ITU writes British English ("programme", "organisation")

# language[-script][-region][-variant...]: the parts of RFC 5646 a writing language needs.
# Any well-formed tag is kept, not only the ones with a dictionary: a draft written for a
# language without one still opens, and spelling is simply off for it.
_TAG = re.compile(
    r"(?P<language>[A-Za-z]{2,3})"
    r"(?:-(?P<script>[A-Za-z]{4}))?"
    r"(?:-(?P<region>[A-Za-z]{2}|[0-9]{3}))?"
    r"(?P<variants>(?:-(?:[A-Za-z0-9]{5,8}|[0-9][A-Za-z0-9]{3}))*)"
)


# RFC 5646 asks programs to handle tags of at least 35 characters; ours are far shorter.
MAX_TAG_LENGTH = 35


def normalise_language_tag(tag: str) -> str:
    """The tag in its usual case (fr-ca -> fr-CA, zh-hans -> zh-Hans); ValueError if malformed."""
    found = _TAG.fullmatch(tag.strip().replace("_", "-")) if len(tag) <= MAX_TAG_LENGTH else None
    if found is None:
        raise ValueError(f"{tag[:40]!r} is not a language tag such as en-GB, fr or ar")
    parts = [found["language"].lower()]
    if found["script"]:
        parts.append(found["script"].title())
    if found["region"]:
        parts.append(found["region"].upper())
    parts.extend(variant.lower() for variant in found["variants"].split("-") if variant)
    return "-".join(parts)


LanguageTag = Annotated[str, AfterValidator(normalise_language_tag)]
