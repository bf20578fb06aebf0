"""Build small .docx files from WordprocessingML for the import tests, and read exports back."""

from __future__ import annotations

import io
import zipfile

import docx

W_NS = "http://schemas.openxmlformats.org/wordprocessingml/2006/main"
R_NS = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
NAMESPACES = (
    f'xmlns:w="{W_NS}" xmlns:r="{R_NS}" '
    'xmlns:m="http://schemas.openxmlformats.org/officeDocument/2006/math" '
    'xmlns:wp="http://schemas.openxmlformats.org/drawingml/2006/wordprocessingDrawing" '
    'xmlns:a="http://schemas.openxmlformats.org/drawingml/2006/main"'
)
_PART_TYPES = {
    "footnotes": "application/vnd.openxmlformats-officedocument.wordprocessingml.footnotes+xml",
    "comments": "application/vnd.openxmlformats-officedocument.wordprocessingml.comments+xml",
}


def p(*runs: str, style: str = "", numbering: tuple[int, int] | None = None) -> str:
    """A paragraph: plain strings become runs, strings starting with '<' are kept as XML."""
    properties = f'<w:pStyle w:val="{style}"/>' if style else ""
    if numbering:
        properties += (
            f'<w:numPr><w:ilvl w:val="{numbering[1]}"/><w:numId w:val="{numbering[0]}"/></w:numPr>'
        )
    inner = "".join(run if run.startswith("<") else r(run) for run in runs)
    return f"<w:p><w:pPr>{properties}</w:pPr>{inner}</w:p>"


def r(text: str, properties: str = "") -> str:
    return f'<w:r><w:rPr>{properties}</w:rPr><w:t xml:space="preserve">{text}</w:t></w:r>'


def table(*rows: tuple[str, str]) -> str:
    cells = "".join(
        f"<w:tr><w:tc>{p(label)}</w:tc><w:tc>{answer if answer.startswith('<') else p(answer)}"
        "</w:tc></w:tr>"
        for label, answer in rows
    )
    return f"<w:tbl><w:tblPr/>{cells}</w:tbl>"


def make_docx(
    body: str,
    *,
    links: dict[str, str] | None = None,
    parts: dict[str, str] | None = None,
    prolog: str = "",
) -> bytes:
    """A .docx with this body XML; `links` adds hyperlink relationships (id -> address),
    `parts` footnotes or comments (kind -> XML of their root's children)."""
    buffer = io.BytesIO()
    docx.Document().save(buffer)
    source = zipfile.ZipFile(io.BytesIO(buffer.getvalue()))
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w", zipfile.ZIP_DEFLATED) as target:
        for info in source.infolist():
            data = source.read(info.filename)
            if info.filename == "word/document.xml":
                data = (
                    f'<?xml version="1.0" encoding="UTF-8" standalone="yes"?>{prolog}'
                    f"<w:document {NAMESPACES}><w:body>{body}</w:body></w:document>"
                ).encode()
            elif info.filename == "word/_rels/document.xml.rels":
                data = _add_relationships(data.decode(), links or {}, parts or {}).encode()
            elif info.filename == "[Content_Types].xml":
                overrides = "".join(
                    f'<Override PartName="/word/{kind}.xml" ContentType="{_PART_TYPES[kind]}"/>'
                    for kind in parts or {}
                )
                data = data.decode().replace("</Types>", overrides + "</Types>").encode()
            target.writestr(info.filename, data)
        for kind, xml in (parts or {}).items():
            target.writestr(f"word/{kind}.xml", f"<w:{kind} {NAMESPACES}>{xml}</w:{kind}>")
    return out.getvalue()


def _add_relationships(rels: str, links: dict[str, str], parts: dict[str, str]) -> str:
    added = "".join(
        f'<Relationship Id="{rel_id}" TargetMode="External" Target="{address}" '
        f'Type="{R_NS}/hyperlink"/>'
        for rel_id, address in links.items()
    )
    added += "".join(
        f'<Relationship Id="rIdNote{kind}" Target="{kind}.xml" Type="{R_NS}/{kind}"/>'
        for kind in parts
    )
    return rels.replace("</Relationships>", added + "</Relationships>")


def minimal_form(answer_xml: str = "") -> str:
    """The labels of one programme in Area 1, with `answer_xml` after the summary label."""
    return (
        p("Name of the Partner Organization: Org")
        + p(r("Area 1: Awareness", "<w:i/>"))
        + p("Name of the program related to Area 1 :")
        + p("Prog")
        + p("Short summary (please list any relevant partners):")
        + answer_xml
    )


def read_back(data: bytes) -> docx.document.Document:
    return docx.Document(io.BytesIO(data))
