"""How a partner may write an address, and the full address it stands for.

People write `www.ecpat.net`, `ecpat.net` or `info@ecpat.net` as often as `http://...`: each is
taken to mean what a browser or mail program would make of it. Only http, https and mailto are
ever the result.
"""

from __future__ import annotations

import re
from urllib.parse import urlsplit

_SCHEME = re.compile(r"^[a-zA-Z][a-zA-Z0-9+.-]*:")
_EMAIL = re.compile(r"^[^@\s/:<>]+@[^@\s/:<>]+\.[^@\s/:<>.]{2,}$")
# A host name with at least one dot and a top-level part of two or more letters, an optional
# port, then anything after a slash, question mark or hash.
_HOST = re.compile(r"^[^\s/@:?#]+\.[^\s/@:?#.\d][^\s/@:?#.]+(:\d{1,5})?([/?#]\S*)?$")


def complete_address(text: str) -> str | None:
    """The full http, https or mailto address `text` stands for; None when it is none of those
    (empty, another scheme, or not an address)."""
    candidate = text.strip()
    if not candidate or any(character.isspace() for character in candidate):
        return None
    if candidate.lower().startswith("mailto:"):
        return candidate if _EMAIL.match(candidate[7:].split("?", 1)[0]) else None
    if _SCHEME.match(candidate) and "://" in candidate:
        try:
            parts = urlsplit(candidate)
            host = parts.hostname
        except ValueError:  # e.g. "http://[oops]": a malformed address, not an error of ours
            return None
        return candidate if parts.scheme.lower() in ("http", "https") and host else None
    if _EMAIL.match(candidate):
        return f"mailto:{candidate}"
    if _HOST.match(candidate):
        return f"http://{candidate}"
    return None


def complete_web_address(text: str) -> str | None:
    """As complete_address, for a website: http and https only."""
    address = complete_address(text)
    return address if address is not None and not address.startswith("mailto:") else None
