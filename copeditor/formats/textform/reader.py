"""Read the text form (Markdown, as converted from the Word template) into a Submission.

Blocks are found with markdown-it; label lines are recognised at the start of paragraph lines.
Every line of the input lands in some field: text that fits none goes to the nearest field, and
the import reports it as a notice.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from markdown_it.token import Token

from copeditor.formats.textform.labels import (
    Label,
    LabelMatch,
    is_title,
    match_area_heading,
    match_label,
)
from copeditor.formats.textform.markdown_text import (
    block_text,
    first_link,
    inline_tokens,
    markdown_parser,
    plain_text,
)
from copeditor.inputfiles import InputFileError, read_input_bytes
from copeditor.links import complete_web_address
from copeditor.model import (
    MAX_FIELD_CHARACTERS,
    MAX_PROGRAMMES_PER_AREA,
    AreaEntry,
    Programme,
    Submission,
    form_template,
    too_long_message,
)


@dataclass(frozen=True)
class ImportNotice:
    line: int  # 1-based line of the input
    message: str

    def __str__(self) -> str:
        return f"line {self.line}: {self.message}"


@dataclass
class ImportResult:
    submission: Submission
    notices: list[ImportNotice]


@dataclass
class _Marker:
    """A line where a new part of the form starts: the title, an area heading or a label."""

    line: int  # 0-based
    kind: str  # "title", "area" or "label"
    label: LabelMatch | None = None
    area_number: int | None = None


@dataclass
class _Builder:
    """The document as the reader collects it, before it becomes a Submission."""

    lines: list[str]
    organisation: str = ""
    area_index: int | None = None
    areas: list[list[dict[str, str]]] = field(
        default_factory=lambda: [[] for _ in form_template().areas]
    )
    seen: set[Label] = field(default_factory=set)  # labels met in the current programme
    notices: list[ImportNotice] = field(default_factory=list)

    def notice(self, line: int, message: str) -> None:
        self.notices.append(ImportNotice(line + 1, message))

    def programme(self, line: int, *, new: bool = False) -> dict[str, str]:
        if self.area_index is None:
            self.area_index = 0
            self.notice(line, "programme fields before any area heading were put in Area 1")
        programmes = self.areas[self.area_index]
        if new or not programmes:
            programmes.append({})
            self.seen = set()
        return programmes[-1]

    def append_block(self, target: dict[str, str], key: str, text: str) -> None:
        target[key] = f"{target[key]}\n\n{text}" if target.get(key) else text

    def stray(self, search_from: int, text: str) -> None:
        text = block_text(text)
        if not text:
            return
        line = self._locate(search_from, text.split("\n", 1)[0])
        if self.area_index is None:
            words = " ".join(text.split())
            self.organisation = f"{self.organisation} {words}".strip()
            self.notice(line, "text outside any field was added to the organisation's name")
            return
        number = form_template().areas[self.area_index].number
        self.append_block(self.programme(line), "summary", text)
        self.notice(line, f"text outside any field was added to a short summary in Area {number}")

    def _locate(self, search_from: int, first_line: str) -> int:
        """The input line where stray text starts, for the notice."""
        for line in range(search_from, len(self.lines)):
            if first_line in self.lines[line]:
                return line
        return search_from


class TextFormFileError(Exception):
    """The file could not be read as text; str(error) is one line naming the file."""


class TextFormLimitError(TextFormFileError):
    """The text form holds more than a draft can (a field over the cap, too many programmes)."""


def read_text_form_file(path: Path) -> ImportResult:
    try:
        text = read_input_bytes(path).decode("utf-8-sig")
    except UnicodeDecodeError:
        raise TextFormFileError(f"{path.name}: is not UTF-8 text") from None
    except InputFileError as error:
        raise TextFormFileError(f"{path.name}: {error}") from None
    try:
        return read_text_form(text)
    except TextFormLimitError as error:
        raise TextFormLimitError(f"{path.name}: {error}") from None


def read_text_form(text: str) -> ImportResult:
    text = text.lstrip("\ufeff").replace("\r\n", "\n").replace("\r", "\n")
    lines = text.split("\n")
    markers = _find_markers(markdown_parser().parse(text), lines)
    builder = _Builder(lines)
    first_marker_line = markers[0].line if markers else len(lines)
    builder.stray(0, "\n".join(lines[:first_marker_line]))
    for position, marker in enumerate(markers):
        end = markers[position + 1].line if position + 1 < len(markers) else len(lines)
        rest = marker.label.rest if marker.label else ""
        region = "\n".join([rest, *lines[marker.line + 1 : end]])
        _apply(builder, marker, region)
    return ImportResult(_to_submission(builder), builder.notices)


def _find_markers(tokens: list[Token], lines: list[str]) -> list[_Marker]:
    template = form_template()
    markers: list[_Marker] = []
    for index, token in enumerate(tokens):
        if token.level != 0 or token.map is None or token.nesting == -1:
            continue
        start, end = token.map
        if token.type not in ("paragraph_open", "heading_open"):
            continue
        children = tokens[index + 1].children or []
        first_line = _first_line(children)
        heading_text = plain_text(first_line)
        # markdown-it puts an empty text token before a paragraph's opening `**`.
        visible = [t for t in first_line if t.type != "text" or t.content]
        emphasised = token.type == "heading_open" or (
            bool(visible) and visible[0].type in ("em_open", "strong_open")
        )
        number = match_area_heading(heading_text)
        if number is not None and (emphasised or _names_template_area(heading_text, number)):
            markers.append(_Marker(start, "area", area_number=number))
            continue
        if is_title(heading_text, template.title):
            markers.append(_Marker(start, "title"))
            continue
        if token.type == "paragraph_open":
            for line in range(start, end):
                found = match_label(lines[line])
                if found:
                    markers.append(_Marker(line, "label", label=found))
    return markers


def _first_line(children: list[Token]) -> list[Token]:
    for position, token in enumerate(children):
        if token.type in ("softbreak", "hardbreak"):
            return children[:position]
    return children


def _names_template_area(heading_text: str, number: int) -> bool:
    """A plain (not emphasised) paragraph counts as a heading only when it names the area."""
    areas = form_template().areas
    if not 1 <= number <= len(areas):
        return False
    title = areas[number - 1].title.casefold()[:30]
    return title in heading_text.casefold()


def _split_first_paragraph(region: str) -> tuple[str, str]:
    lines = block_text(region).split("\n")
    if "" in (line.strip() for line in lines):
        cut = next(i for i, line in enumerate(lines) if not line.strip())
        return "\n".join(lines[:cut]), "\n".join(lines[cut:])
    return "\n".join(lines), ""


def _apply(builder: _Builder, marker: _Marker, region: str) -> None:
    if marker.kind == "title":
        subtitle, rest = _split_first_paragraph(region)
        if not is_title(plain_text(inline_tokens(subtitle)), form_template().subtitle):
            rest = f"{subtitle}\n\n{rest}"
        builder.stray(marker.line, rest)
    elif marker.kind == "area":
        _start_area(builder, marker)
        builder.stray(marker.line, region)
    else:
        assert marker.label is not None
        _apply_label(builder, marker.line, marker.label, region)


def _start_area(builder: _Builder, marker: _Marker) -> None:
    number = marker.area_number or 0
    if 1 <= number <= len(form_template().areas):
        builder.area_index = number - 1
        builder.seen = set()
        builder.areas[builder.area_index].append({})  # a heading starts a fresh programme block
    else:
        builder.notice(marker.line, f"there is no Area {number} in the template")


def _apply_label(builder: _Builder, line: int, found: LabelMatch, region: str) -> None:
    label = found.label
    if label is Label.ORGANISATION:
        value, extra = _split_first_paragraph(region)
        name = plain_text(inline_tokens(value)).strip()
        # Stray text before the label was reported as added to the name: keep it there.
        builder.organisation = f"{builder.organisation} {name}".strip()
        builder.stray(line, extra)
        return
    # "Related to Area N" places a programme whose area heading is missing.
    number = found.area_number
    if builder.area_index is None and number and 1 <= number <= len(form_template().areas):
        builder.area_index = number - 1
    current = builder.programme(line)
    starts_new_block = label in builder.seen or (label is Label.NAME and builder.seen)
    if starts_new_block:
        current = builder.programme(line, new=True)
    builder.seen.add(label)
    if label in (Label.SUMMARY, Label.ADDITIONAL):
        text = block_text(region)
        if text:
            builder.append_block(current, label.value, text)
        return
    value, extra = _split_first_paragraph(region)
    tokens = inline_tokens(value)
    if label is Label.WEBSITE:
        current["website"] = _website(tokens)
    else:
        current["name"] = plain_text(tokens).strip()
    builder.stray(line, extra)


def _check_limits(builder: _Builder) -> None:
    """Refuse, in one line, what the model would refuse: a draft must hold all of the input."""
    template = form_template()
    fields = {"name": "programme name", "website": "website", "summary": "short summary"}
    fields["additional_information"] = "additional information"
    places = [("the organisation's name", builder.organisation)]
    for area, all_programmes in zip(template.areas, builder.areas, strict=True):
        programmes = [p for p in all_programmes if any(v.strip() for v in p.values())]
        if len(programmes) > MAX_PROGRAMMES_PER_AREA:
            raise TextFormLimitError(
                f"Area {area.number} has {len(programmes):,} programmes; an area holds at most "
                f"{MAX_PROGRAMMES_PER_AREA:,}"
            )
        for number, programme in enumerate(programmes, start=1):
            where = f"Area {area.number}, programme {number}"
            places += [(f"{where}, {fields[key]}", value) for key, value in programme.items()]
    for where, value in places:
        if len(value) > MAX_FIELD_CHARACTERS:
            raise TextFormLimitError(too_long_message(where, len(value)))


def _to_submission(builder: _Builder) -> Submission:
    _check_limits(builder)
    areas = []
    for programmes in builder.areas:
        kept = [Programme(**fields) for fields in programmes]
        areas.append(AreaEntry(programmes=[p for p in kept if not p.is_blank()]))
    return Submission(organisation=builder.organisation, areas=areas)


def _website(tokens: list[Token]) -> str:
    """The website as the partner wrote it: `[www.ecpat.net](http://www.ecpat.net)` is
    www.ecpat.net (printed so, linked in full); a link whose text says something else is its
    address."""
    shown = plain_text(tokens).strip()
    address = first_link(tokens)
    if address is None:
        return shown
    # Word processors add a slash to a bare host's address (http://www.ecpat.net/).
    if (complete_web_address(shown) or "").rstrip("/") == address.strip().rstrip("/"):
        return shown
    return address.strip()
