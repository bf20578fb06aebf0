"""The document: a Submission holds the organisation and its programmes in each action area."""

from __future__ import annotations

from datetime import datetime
from typing import Annotated, Final, Literal

from pydantic import BaseModel, BeforeValidator, ConfigDict, Field, field_validator

from copeditor.model.language import DEFAULT_LANGUAGE, LanguageTag
from copeditor.model.template import form_template

SCHEMA_VERSION: Final = 2  # 2: the draft's language

# The largest text one field holds: about 15,000 words, some 30 pages. Every field up to it,
# however written (one word, 14,000 list items, 50,000 `<`), exports to PDF in seconds (see
# benchmarks/README.md); the editor refuses to paste past it.
MAX_FIELD_CHARACTERS = 100_000
# Partners describe one to five programmes per area; the cap keeps a file of thousands of
# tiny programmes from taking an export hours.
MAX_PROGRAMMES_PER_AREA = 100


def too_long_message(where: str, length: int) -> str:
    """The one-line refusal of a text longer than a field holds (import, paste)."""
    return (
        f"{where} has {length:,} characters; a field holds at most {MAX_FIELD_CHARACTERS:,} "
        "(about 15,000 words): shorten it or split it into several programmes"
    )


def _reject_lone_surrogates(value: object) -> object:
    # A lone surrogate cannot be written as UTF-8: refusing it here keeps every valid
    # Submission saveable, whatever a damaged or hand-edited draft contained. (Before the
    # string checks, which would refuse it with a message nobody understands.)
    if isinstance(value, str):
        try:
            value.encode("utf-8")
        except UnicodeEncodeError as error:
            raise ValueError(f"contains an invalid character at position {error.start}") from None
    return value


Text = Annotated[
    str, Field(max_length=MAX_FIELD_CHARACTERS), BeforeValidator(_reject_lone_surrogates)
]


class _Model(BaseModel):
    model_config = ConfigDict(extra="forbid", validate_assignment=True)


class Programme(_Model):
    """One programme the partner runs in an action area."""

    name: Text = Field(
        default="",
        title="Programme name",
        description="The name of the programme, on one line.",
    )
    website: Text = Field(
        default="",
        title="Website",
        description="The programme's web address, starting with http:// or https://.",
    )
    summary: Text = Field(
        default="",
        title="Short summary",
        description="What the programme does, with its partners (Markdown: paragraphs, "
        "bold, italic, lists, links).",
    )
    additional_information: Text = Field(
        default="",
        title="Additional information",
        description="Anything else worth knowing; may be left empty (Markdown).",
    )

    def is_blank(self) -> bool:
        return not any(
            value.strip()
            for value in (self.name, self.website, self.summary, self.additional_information)
        )


class AreaEntry(_Model):
    """The partner's answer to one action area: zero, one or more programmes."""

    programmes: list[Programme] = Field(
        default_factory=list,
        max_length=MAX_PROGRAMMES_PER_AREA,
        description="The programmes in this area, in the order they are shown.",
    )

    def is_answered(self) -> bool:
        return any(not programme.is_blank() for programme in self.programmes)


def _empty_areas() -> list[AreaEntry]:
    return [AreaEntry() for _ in form_template().areas]


class Submission(_Model):
    """A COP Partners' Ongoing Project Summary."""

    schema_version: Literal[2] = Field(
        default=SCHEMA_VERSION,
        description="Version of the draft format; newer programs migrate older drafts.",
    )
    organisation: Text = Field(
        default="",
        title="Name of the Partner Organization",
        description="The partner organisation's full name, as it should appear on the summary.",
    )
    language: LanguageTag = Field(
        default=DEFAULT_LANGUAGE,
        title="Language",
        description="The language the summary is written in (a BCP 47 tag such as en-GB, fr "
        "or ar); it picks the spelling dictionary.",
    )
    areas: list[AreaEntry] = Field(
        default_factory=_empty_areas,
        description="The five action areas, in the template's order (Area 1 first).",
    )
    last_modified: datetime | None = Field(
        default=None,
        description="When the draft was last saved from the editor; used as the PDF's date.",
    )

    @field_validator("areas")
    @classmethod
    def _one_entry_per_template_area(cls, areas: list[AreaEntry]) -> list[AreaEntry]:
        expected = len(form_template().areas)
        if len(areas) != expected:
            raise ValueError(f"must list exactly {expected} areas, found {len(areas)}")
        return areas
