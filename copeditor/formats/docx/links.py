"""Which link addresses a .docx may carry, both ways: web and email addresses only."""

from __future__ import annotations

from urllib.parse import urlsplit

MAX_LINK_LENGTH = 2048  # as for the PDF: longer addresses are kept as text


def allowed_link(address: str) -> bool:
    """True for http, https and mailto addresses; a file: or javascript: link never is."""
    if len(address) > MAX_LINK_LENGTH or any(c.isspace() or ord(c) < 32 for c in address):
        return False
    try:
        parts = urlsplit(address)
        host = parts.hostname
    except ValueError:  # e.g. a malformed IPv6 host
        return False
    scheme = parts.scheme.lower()
    return scheme == "mailto" or (scheme in ("http", "https") and bool(host))
