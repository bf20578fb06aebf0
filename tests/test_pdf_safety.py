"""PDF export is safe and complete for any text: markup is shown, never obeyed; nothing is lost."""

from __future__ import annotations

import re

import pytest

from copeditor.formats.pdf import pdf_bytes
from copeditor.model import Programme, Submission
from tests.pdftools import all_text, body_text, image_count, link_uris, reader

INJECTIONS = [
    "<b>not bold</b>",
    "Fish & Chips, a < b && c > d",
    "</para>",
    '<font name="x">font</font>',
    '<img src="/etc/hostname"/>',
    '<a href="javascript:alert(1)">js</a>',
    "<font color=\"[[[getattr(pow, Word('__globals__'))]]]\">x</font>",
]


def injected_submission() -> Submission:
    joined = " ".join(INJECTIONS)
    submission = Submission(organisation=joined)
    submission.areas[0].programmes.append(
        Programme(
            name=joined,
            website='javascript:alert("x")',
            summary="\n\n".join(
                [
                    *INJECTIONS,
                    "[click me](javascript:alert(1)) [local](file:///etc/passwd) "
                    "[mail](mailto:info@example.org) ![pic](/etc/hostname)",
                ]
            ),
            additional_information=joined,
        )
    )
    submission.areas[1].programmes.append(
        Programme(name="x", website="file:///etc/passwd", summary="<img src='/etc/hostname'>")
    )
    return submission


def flat(text: str) -> str:
    return re.sub(r"\s+", "", text)


def test_markup_in_user_text_appears_literally() -> None:
    data = pdf_bytes(injected_submission())
    text = flat(all_text(data))
    for injection in INJECTIONS:
        # Once in the organisation, the name, each summary paragraph and the additional info.
        assert text.count(flat(injection)) >= 4, injection
    assert flat('javascript:alert("x")') in text
    assert flat("[click me](javascript:alert(1))") in text or flat("click me") in text


def test_no_image_is_embedded_and_no_file_is_read(monkeypatch: pytest.MonkeyPatch) -> None:
    import builtins

    opened: list[str] = []
    real_open = builtins.open

    def watching_open(file, *args, **kwargs):  # type: ignore[no-untyped-def]
        opened.append(str(file))
        return real_open(file, *args, **kwargs)

    submission = injected_submission()
    pdf_bytes(Submission())  # fonts are registered and cached first
    monkeypatch.setattr(builtins, "open", watching_open)
    data = pdf_bytes(submission)
    assert [name for name in opened if "hostname" in name or "passwd" in name] == []
    assert image_count(data) == 0


def test_links_only_for_http_https_and_mailto() -> None:
    uris = link_uris(pdf_bytes(injected_submission()))
    assert uris == ["mailto:info@example.org"]
    assert all(uri.split(":")[0] in ("http", "https", "mailto") for uri in uris)


def test_a_5000_character_word_is_kept_whole() -> None:
    word = "".join(chr(ord("a") + i % 26) for i in range(5000))
    submission = Submission(organisation="Org")
    submission.areas[0].programmes.append(Programme(name="n", summary=word))
    assert word in flat(body_text(pdf_bytes(submission)))


def test_a_100_kb_url_is_kept_whole() -> None:
    url = "https://example.org/" + "a1b2c3d4" * 12_000  # 96 KB: under the field cap
    submission = Submission(organisation="Org")
    submission.areas[0].programmes.append(Programme(name="n", website=url, summary="s"))
    data = pdf_bytes(submission)
    assert url in flat(body_text(data))
    # Too long for mail clients and browsers: shown, not linked (a link repeats per line).
    assert link_uris(data) == []


def test_a_long_but_usable_url_is_linked() -> None:
    url = "https://example.org/?q=" + "x" * 1900
    submission = Submission(organisation="Org")
    submission.areas[0].programmes.append(Programme(name="n", website=url, summary="s"))
    uris = link_uris(pdf_bytes(submission))
    assert uris and set(uris) == {url}


def test_a_200_page_summary_exports_every_paragraph() -> None:
    paragraphs = [
        f"Paragraph {number}: " + "the hotline answered reports from partners. " * 12
        for number in range(1, 1401)
    ]
    submission = Submission(organisation="Org")
    for first in range(0, 1400, 175):  # 8 summaries of about 98,000 characters (the cap: 100,000)
        summary = "\n\n".join(paragraphs[first : first + 175])
        submission.areas[0].programmes.append(Programme(name="n", summary=summary))
    data = pdf_bytes(submission)
    pages = reader(data).pages
    assert len(pages) >= 200
    text = all_text(data)
    numbers = [int(n) for n in re.findall(r"Paragraph (\d+):", text)]
    assert numbers == list(range(1, 1401))
