"""Which addresses may become links: http, https and mailto, well formed; never raises.

One home for the allowed schemes and for web-address checks, used by the model's checks, the
exports and the editor. It imports nothing of ours, so any layer may use it. Every function
takes any string, however malformed (`http://[oops]`, `https://ex／ample.com`), and answers
instead of raising: urllib raises ValueError on such input, which must never stop a check or an
export.
"""

from __future__ import annotations

import ipaddress
import re
import unicodedata
from urllib.parse import SplitResult, quote, urlsplit

SAFE_SCHEMES = ("http", "https", "mailto")
WEB_SCHEMES = ("http", "https")
# Browsers and mail clients handle addresses up to about 2,000 characters; a longer one is shown
# as text. (reportlab repeats a link's address on every line it wraps to.)
MAX_LINK_LENGTH = 2048

# One label of a host name: letters or digits of any script, hyphens inside (IDN included).
_HOST_LABEL = re.compile(r"[^\W_](?:[\w-]*[^\W_])?")
_SCHEME = re.compile(r"([A-Za-z][A-Za-z0-9+.-]*):")
# Characters kept as they are when an address is percent-encoded for a PDF: RFC 3986's reserved
# and unreserved sets, and `%` so that existing escapes are not encoded twice.
_URI_SAFE = "!#$%&'()*+,/:;=?@[]~"


def scheme_of(address: str) -> str:
    """The lower-case scheme of `address`, "" when it has none (read even when malformed)."""
    found = _SCHEME.match(address.strip())
    return found.group(1).lower() if found else ""


def has_safe_scheme(address: str) -> bool:
    """True for an http, https or mailto address (well formed or not): the ones we may open."""
    return scheme_of(address) in SAFE_SCHEMES


def _split(address: str) -> SplitResult | None:
    try:
        parts = urlsplit(address)
        parts.port  # noqa: B018 (reading it is the check: a bad port raises ValueError)
    except ValueError:
        return None
    return parts


def _is_valid_host(host: str) -> bool:
    if host.startswith("[") and host.endswith("]"):
        try:
            ipaddress.IPv6Address(host[1:-1])
        except ValueError:
            return False
        return True
    # Compatibility characters (fullwidth letters, `℀`, `／`) look like ASCII but are not what
    # they seem; a host must be written in its normal form.
    if unicodedata.normalize("NFKC", host) != host:
        return False
    labels = host.rstrip(".").split(".")
    return all(len(label) <= 63 and _HOST_LABEL.fullmatch(label) for label in labels)


def _plain_characters(address: str) -> bool:
    """No white space, no control or format characters, not too long."""
    return 0 < len(address) <= MAX_LINK_LENGTH and not any(
        c.isspace() or unicodedata.category(c) in ("Cc", "Cf", "Cs") for c in address
    )


def is_web_address(text: str) -> bool:
    """True for a well-formed absolute http or https address with a valid host."""
    if not _plain_characters(text) or any(c in text for c in '<>"\\^`{|}'):
        return False
    parts = _split(text)
    if parts is None or parts.scheme.lower() not in WEB_SCHEMES:
        return False
    host = parts.netloc.rpartition("@")[2]
    if parts.port is not None or host.endswith(":"):
        host = host.rpartition(":")[0]
    return bool(host) and _is_valid_host(host)


def is_mail_address_link(text: str) -> bool:
    """True for `mailto:` followed by something that looks like an address."""
    if not _plain_characters(text) or scheme_of(text) != "mailto":
        return False
    rest = text.split(":", 1)[1]
    return "@" in rest and not any(c in rest for c in '<>"\\')


def is_safe_link(address: str) -> bool:
    """May `address` become a clickable link? Only well-formed http, https and mailto ones."""
    address = address.strip()
    return is_web_address(address) or is_mail_address_link(address)


def link_target(address: str) -> str | None:
    """The ASCII address a link should point to (IDN hosts in punycode, the rest
    percent-encoded), or None when `address` must stay plain text."""
    address = address.strip()
    if not is_safe_link(address):
        return None
    if scheme_of(address) == "mailto":
        return quote(address, safe=_URI_SAFE)
    parts = _split(address)
    if parts is None:
        return None
    host = parts.hostname or ""
    if not host.isascii():
        try:
            host = host.encode("idna").decode("ascii")
        except UnicodeError:
            return None
    if ":" in host:  # an IPv6 address: hostname drops its brackets
        host = f"[{host}]"
    netloc = host
    if parts.port is not None:
        netloc = f"{netloc}:{parts.port}"
    if "@" in parts.netloc:
        netloc = f"{quote(parts.netloc.rpartition('@')[0], safe=_URI_SAFE)}@{netloc}"
    rest = address[len(parts.scheme) + 3 + len(parts.netloc) :]
    return f"{parts.scheme.lower()}://{netloc}{quote(rest, safe=_URI_SAFE)}"


# How partners write addresses without a scheme: `info@ecpat.net`, and host names with at least
# one dot and a top-level part of two or more letters (`www.ecpat.net`, `ecpat.net/reports`).
_BARE_EMAIL = re.compile(r"^[^@\s/:<>]+@[^@\s/:<>]+\.[^@\s/:<>.]{2,}$")
_BARE_HOST = re.compile(r"^[^\s/@:?#]+\.[^\s/@:?#.\d][^\s/@:?#.]+(:\d{1,5})?([/?#]\S*)?$")


def complete_address(text: str) -> str | None:
    """The full http, https or mailto address `text` stands for, as a browser or mail program
    would take it (`www.ecpat.net` -> `http://www.ecpat.net`, `info@ecpat.net` ->
    `mailto:info@ecpat.net`); None when it is none of those."""
    candidate = text.strip()
    if not candidate:
        return None
    if _SCHEME.match(candidate) and (scheme_of(candidate) in SAFE_SCHEMES or "://" in candidate):
        return candidate if is_safe_link(candidate) else None
    if _BARE_EMAIL.match(candidate):
        return f"mailto:{candidate}" if is_mail_address_link(f"mailto:{candidate}") else None
    if _BARE_HOST.match(candidate):
        return f"http://{candidate}" if is_web_address(f"http://{candidate}") else None
    return None


def complete_web_address(text: str) -> str | None:
    """As complete_address, for a website: http and https only."""
    address = complete_address(text)
    return address if address is not None and scheme_of(address) in WEB_SCHEMES else None
