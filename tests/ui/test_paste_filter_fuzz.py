"""The paste filter is security code: random HTML never yields an image, resource or bad link."""

from __future__ import annotations

from html.parser import HTMLParser
from urllib.parse import urlsplit

from hypothesis import given, settings
from hypothesis import strategies as st

from copeditor.ui.form.paste_filter import clean_pasted_html

ALLOWED_TAGS = {"p", "br", "b", "i", "ul", "ol", "li", "a"}
TAGS = [
    "p", "div", "span", "b", "strong", "i", "em", "ul", "ol", "li", "a", "br", "img", "image",
    "svg", "use", "script", "style", "link", "meta", "iframe", "object", "embed", "video",
    "audio", "source", "picture", "table", "tr", "td", "th", "input", "form", "base", "font",
    "h1", "blockquote", "pre", "body", "html", "head", "title", "template", "math", "xml",
]  # fmt: skip
ATTRIBUTES = [
    "href", "src", "srcset", "style", "background", "xlink:href", "data", "poster", "action",
    "formaction", "lowsrc", "dynsrc", "onerror", "onclick", "class", "id", "width",
]  # fmt: skip
VALUES = [
    "http://example.org/a", "https://example.org", "mailto:a@b.org", "javascript:alert(1)",
    "JaVaScRiPt:alert(1)", " javascript:x", "file:///etc/passwd", "data:image/png;base64,AAAA",
    "//evil.example/x.png", "ftp://x/y", "\\\\server\\share\\x.png", "qrc:/x.png", "x.png",
    "background-image:url(http://evil/x.png)", "font-weight:bold", "font-style:italic",
    "java\tscript:x", "&#106;avascript:x", "http://[oops", "", '"><img src=x>',
]  # fmt: skip


@st.composite
def html_fragments(draw: st.DrawFn, depth: int = 0) -> str:
    parts = []
    for _ in range(draw(st.integers(0, 4))):
        kind = draw(st.sampled_from(["text", "element", "element", "raw"]))
        if kind == "text" or depth > 3:
            parts.append(draw(st.sampled_from(["text", "<", ">", "&amp;", "&lt;img&gt;", "é"])))
        elif kind == "raw":
            parts.append(draw(st.sampled_from(["<!--x-->", "<![CDATA[x]]>", "</p>", "<br/>", "<"])))
        else:
            tag = draw(st.sampled_from(TAGS))
            attributes = "".join(
                f' {name}="{value}"'
                for name, value in draw(
                    st.lists(
                        st.tuples(st.sampled_from(ATTRIBUTES), st.sampled_from(VALUES)), max_size=3
                    )
                )
            )
            inner = draw(html_fragments(depth + 1))
            closing = draw(st.sampled_from([f"</{tag}>", ""]))
            parts.append(f"<{tag}{attributes}>{inner}{closing}")
    return "".join(parts)


class _Inspector(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.bad: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in ALLOWED_TAGS:
            self.bad.append(f"tag {tag}")
        for name, value in attrs:
            if tag != "a" or name != "href":
                self.bad.append(f"attribute {name} on {tag}")
            elif urlsplit((value or "").strip()).scheme.lower() not in ("http", "https", "mailto"):
                self.bad.append(f"link {value!r}")


@settings(max_examples=400, deadline=None)
@given(html_fragments())
def test_cleaned_html_has_only_text_formatting_and_safe_links(source: str) -> None:
    inspector = _Inspector()
    inspector.feed(clean_pasted_html(source))
    inspector.close()
    assert inspector.bad == [], source
