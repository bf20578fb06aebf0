"""WordprocessingML names and small helpers shared by the .docx reader and writer."""

from __future__ import annotations

from lxml import etree

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
MC_NS = "http://schemas.openxmlformats.org/markup-compatibility/2006"
MATH_NS = "http://schemas.openxmlformats.org/officeDocument/2006/math"

RT_FOOTNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/footnotes"
RT_ENDNOTES = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/endnotes"
RT_COMMENTS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships/comments"


def w(tag: str) -> str:
    """The Clark name of a w: element or attribute: w("p") == "{...main}p"."""
    return f"{{{W_NS}}}{tag}"


def local(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).localname if isinstance(tag, str) else ""


def namespace(element: etree._Element) -> str:
    tag = element.tag
    return etree.QName(tag).namespace or "" if isinstance(tag, str) else ""


def on_off(element: etree._Element | None) -> bool | None:
    """A w:b-like toggle: None when absent, else its value (no value means on)."""
    if element is None:
        return None
    return element.get(w("val"), "true").lower() not in ("0", "false", "off", "none")


def text_of(element: etree._Element) -> str:
    """The visible text under an element: w:t, tabs as spaces, paragraphs as spaces."""
    parts: list[str] = []
    for node in element.iter():
        name = local(node)  # w:t, and m:t in equations
        if name == "t" and node.text:
            parts.append(node.text)
        elif name in ("tab", "br", "cr") or (name == "p" and parts):
            parts.append(" ")
    return " ".join("".join(parts).split())


def snippet(text: str, size: int = 40) -> str:
    text = " ".join(text.split())
    return text if len(text) <= size else text[: size - 1].rstrip() + "\u2026"
