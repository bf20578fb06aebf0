"""Reading exported PDFs back in tests, with pypdf."""

from __future__ import annotations

import io
import re
from dataclasses import dataclass

from pypdf import PdfReader
from pypdf.generic import DictionaryObject


@dataclass(frozen=True)
class TextRun:
    text: str
    font: str  # base font name without the subset tag, e.g. "DejaVuSans-Bold"


def reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def text_runs(data: bytes) -> list[TextRun]:
    runs: list[TextRun] = []

    def visit(
        text: str, cm: object, tm: object, font: DictionaryObject | None, size: float
    ) -> None:
        if text.strip() and font is not None:
            runs.append(TextRun(text.strip(), str(font["/BaseFont"]).split("+")[-1]))

    for page in reader(data).pages:
        page.extract_text(visitor_text=visit)
    return runs


def words(text: str) -> list[str]:
    return re.findall(r"\S+", text)


def all_text(data: bytes) -> str:
    return "\n".join(page.extract_text() for page in reader(data).pages)


def body_text(data: bytes) -> str:
    """The text of all pages without their "Page X of Y" footers."""
    return re.sub(r"Page \d+ of\s+\d+", "", all_text(data))


def link_uris(data: bytes) -> list[str]:
    uris = []
    for page in reader(data).pages:
        for annotation in page.get("/Annots", []) or []:
            action = annotation.get_object().get("/A")
            if action is not None and "/URI" in action:
                uris.append(str(action["/URI"]))
    return uris


def image_count(data: bytes) -> int:
    count = 0
    for page in reader(data).pages:
        resources = page.get("/Resources", {})
        for obj in (resources.get("/XObject") or {}).values():
            count += obj.get_object().get("/Subtype") == "/Image"
    return count


def is_subsequence(needles: list[str], haystack: list[str]) -> tuple[bool, str | None]:
    """True when all needles appear in haystack in order; else the first one not found."""
    position = 0
    for needle in needles:
        try:
            position = haystack.index(needle, position) + 1
        except ValueError:
            return False, needle
    return True, None
