"""copeditor.links: which addresses may be links; never raises, whatever the text."""

from __future__ import annotations

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from copeditor.links import (
    SAFE_SCHEMES,
    has_safe_scheme,
    is_safe_link,
    is_web_address,
    link_target,
    scheme_of,
)
from copeditor.model import Programme, Submission, find_problems

MALFORMED = [
    "http://www.ecpa[.net",
    "http://[oops]",
    "https://ex\uff0fample.com",  # a fullwidth solidus
    "http://a\u2100b.com",  # ℀, which NFKC turns into "a/c"
    "http://[::1",
    "http://x.org:99999",
    "http://x.org:port",
    "http://",
    "http://exa mple.org",
    "http://-x.org",
    "http://x..org",
    "http://x.org/\x00",
    "http://\u200bx.org",  # a zero-width space
    "https://x.org/" + "a" * 3000,
]


@pytest.mark.parametrize("address", MALFORMED)
def test_malformed_addresses_are_neither_web_addresses_nor_links(address: str) -> None:
    assert not is_web_address(address)
    assert not is_safe_link(address)
    assert link_target(address) is None


@pytest.mark.parametrize(
    ("address", "target"),
    [
        ("https://www.ecpat.org/", "https://www.ecpat.org/"),
        ("HTTP://WWW.ECPAT.ORG/Path", "http://www.ecpat.org/Path"),
        ("http://[::1]:8080/x", "http://[::1]:8080/x"),
        ("https://example.org/a(b)?q=1#f", "https://example.org/a(b)?q=1#f"),
        ("http://例え.jp/パス", "http://xn--r8jz45g.jp/%E3%83%91%E3%82%B9"),
        ("https://example.org/a%20b", "https://example.org/a%20b"),
        ("mailto:hotline@example.org", "mailto:hotline@example.org"),
    ],
)
def test_good_addresses_link_to_an_ascii_target(address: str, target: str) -> None:
    assert is_safe_link(address)
    assert link_target(address) == target


@pytest.mark.parametrize("address", ["javascript:alert(1)", "file:///etc/passwd", "data:,x"])
def test_other_schemes_are_never_links(address: str) -> None:
    assert not has_safe_scheme(address)
    assert link_target(address) is None


def test_the_scheme_is_read_even_from_a_malformed_address() -> None:
    assert scheme_of(" HTTP://[oops]") == "http"
    assert scheme_of("no scheme") == ""
    assert set(SAFE_SCHEMES) == {"http", "https", "mailto"}


@settings(max_examples=300, deadline=None)
@given(st.text(max_size=60).map(lambda rest: "http://" + rest) | st.text(max_size=60))
def test_no_text_makes_the_checks_raise(address: str) -> None:
    # Each answers for any text; a link target, when there is one, is plain ASCII.
    target = link_target(address)
    assert is_web_address(address) in (True, False)
    assert target is None or (target.isascii() and not any(c.isspace() for c in target))


def test_validate_lists_malformed_websites_and_summary_links() -> None:
    submission = Submission(organisation="Org")
    submission.areas[0].programmes.append(
        Programme(
            name="P",
            website="http://www.ecpa[.net",
            summary="See <http://[::1> and [ours](https://ex\uff0fample.com).",
            additional_information="[fine](https://example.org) [bad](ftp://x.org)",
        )
    )
    problems = [str(p) for p in find_problems(submission)]
    assert problems == [
        "Area 1, programme 1: the website 'http://www.ecpa[.net' is not a valid web address "
        "(write it like www.example.org or https://example.org).",
        "Area 1, programme 1: the short summary links to 'http://[::1', which is not a valid "
        "address; it is shown as text without a link.",
        "Area 1, programme 1: the short summary links to 'https://ex\uff0fample.com', which is "
        "not a valid address; it is shown as text without a link.",
        "Area 1, programme 1: the additional information links to 'ftp://x.org', which is not "
        "an http://, https:// or mailto: address; it is shown as text without a link.",
    ]
