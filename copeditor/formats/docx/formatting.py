"""Which runs are bold or italic, and which paragraphs are list items, following Word's styles.

A run is bold when it says so, or its character style does, or its paragraph's style does
(each style through the styles it is based on); the first that says anything wins.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from lxml import etree

from copeditor.formats.docx.ooxml import on_off, w


@dataclass(frozen=True)
class _Style:
    based_on: str | None
    bold: bool | None
    italic: bool | None
    numbering: tuple[str | None, int | None]  # (numId, ilvl) from the style's pPr
    name: str


@dataclass
class StyleSheet:
    styles: dict[str, _Style] = field(default_factory=dict)
    default_bold: bool = False
    default_italic: bool = False

    @classmethod
    def from_element(cls, root: etree._Element | None) -> StyleSheet:
        sheet = cls()
        if root is None:
            return sheet
        defaults = root.find(f"{w('docDefaults')}/{w('rPrDefault')}/{w('rPr')}")
        if defaults is not None:
            sheet.default_bold = bool(on_off(defaults.find(w("b"))))
            sheet.default_italic = bool(on_off(defaults.find(w("i"))))
        for style in root.iter(w("style")):
            style_id = style.get(w("styleId"))
            if not style_id:
                continue
            based_on = style.find(w("basedOn"))
            run_properties = style.find(w("rPr"))
            name = style.find(w("name"))
            sheet.styles[style_id] = _Style(
                based_on=based_on.get(w("val")) if based_on is not None else None,
                bold=_toggle(run_properties, "b"),
                italic=_toggle(run_properties, "i"),
                numbering=numbering_of(style.find(w("pPr"))),
                name=name.get(w("val"), style_id) if name is not None else style_id,
            )
        return sheet

    def emphasis(
        self, run_properties: etree._Element | None, paragraph_style: str | None
    ) -> tuple[bool, bool]:
        """(bold, italic) of a run with these properties in a paragraph of this style."""
        char_style = None
        if run_properties is not None and (found := run_properties.find(w("rStyle"))) is not None:
            char_style = found.get(w("val"))
        return (
            self._first("bold", run_properties, char_style, paragraph_style, self.default_bold),
            self._first("italic", run_properties, char_style, paragraph_style, self.default_italic),
        )

    def _first(
        self,
        what: str,
        run_properties: etree._Element | None,
        char_style: str | None,
        paragraph_style: str | None,
        default: bool,
    ) -> bool:
        direct = _toggle(run_properties, "b" if what == "bold" else "i")
        if direct is not None:
            return direct
        for style_id in (char_style, paragraph_style):
            for style in self._chain(style_id):
                value = style.bold if what == "bold" else style.italic
                if value is not None:
                    return value
        return default

    def numbering(self, paragraph_style: str | None) -> tuple[str | None, int | None]:
        """A paragraph style's list numbering, (numId, ilvl), through the styles it is based on."""
        num_id: str | None = None
        level: int | None = None
        for style in self._chain(paragraph_style):
            num_id = num_id if num_id is not None else style.numbering[0]
            level = level if level is not None else style.numbering[1]
        return num_id, level

    def name(self, style_id: str | None) -> str:
        style = self.styles.get(style_id or "")
        return style.name if style else ""

    def _chain(self, style_id: str | None) -> list[_Style]:
        chain: list[_Style] = []
        while style_id and style_id in self.styles and len(chain) < 20:  # 20: cycles in bad files
            style = self.styles[style_id]
            chain.append(style)
            style_id = style.based_on
        return chain


def _toggle(properties: etree._Element | None, tag: str) -> bool | None:
    return None if properties is None else on_off(properties.find(w(tag)))


def numbering_of(paragraph_properties: etree._Element | None) -> tuple[str | None, int | None]:
    if paragraph_properties is None:
        return None, None
    numbering = paragraph_properties.find(w("numPr"))
    if numbering is None:
        return None, None
    num_id = numbering.find(w("numId"))
    level = numbering.find(w("ilvl"))
    level_value = level.get(w("val")) if level is not None else None
    return (
        num_id.get(w("val")) if num_id is not None else None,
        int(level_value) if level_value and level_value.isdigit() else None,
    )
