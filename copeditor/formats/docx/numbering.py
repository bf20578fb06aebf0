"""Word's list numbering as the reader needs it: is a paragraph a bullet or a numbered item,
at which level, and which number does Word show for it."""

from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree

from copeditor.formats.docx.ooxml import w
from copeditor.formats.docx.richtext import ListKind

MAX_LEVEL = 8  # Word's lists have levels 0 to 8


@dataclass(frozen=True)
class ListItem:
    kind: ListKind
    level: int
    number: int
    list_id: str


@dataclass(frozen=True)
class _Instance:
    """A w:num: the definition it uses, its levels, and the levels it starts afresh."""

    definition: str
    levels: dict[int, tuple[ListKind | None, int]]  # level -> (kind, None: no marker; start)
    restarts: frozenset[int]


@dataclass
class Numbering:
    """Counts list items as Word does: paragraphs of every w:num that uses one definition count
    on together, and a w:num with a start override starts its level afresh where first used
    (LibreOffice writes each list that way: its first item alone in a restarting w:num)."""

    instances: dict[str, _Instance] = field(default_factory=dict)
    counters: dict[str, dict[int, int]] = field(default_factory=dict)  # per definition
    lists: dict[tuple[str, int], int] = field(default_factory=dict)  # restarts so far
    used: set[tuple[str, int]] = field(default_factory=set)  # (numId, level) seen

    @classmethod
    def from_element(cls, root: etree._Element | None) -> Numbering:
        numbering = cls()
        if root is None:
            return numbering
        abstract: dict[str, dict[int, tuple[ListKind | None, int]]] = {}
        for definition in root.iter(w("abstractNum")):
            abstract[definition.get(w("abstractNumId"), "")] = _levels(definition)
        for instance in root.iter(w("num")):
            base = instance.find(w("abstractNumId"))
            definition_id = base.get(w("val"), "") if base is not None else ""
            levels = dict(abstract.get(definition_id, {}))
            restarts: set[int] = set()
            for override in instance.iter(w("lvlOverride")):
                level = _int(override.get(w("ilvl")), 0)
                kind, start = levels.get(level, ("ordered", 1))
                if (replaced := override.find(w("lvl"))) is not None:
                    kind, start = _level(replaced)
                    restarts.add(level)
                if (start_override := override.find(w("startOverride"))) is not None:
                    start = _int(start_override.get(w("val")), start)
                    restarts.add(level)
                levels[level] = (kind, start)
            numbering.instances[instance.get(w("numId"), "")] = _Instance(
                definition_id, levels, frozenset(restarts)
            )
        return numbering

    def item(self, num_id: str | None, level: int | None, style_name: str) -> ListItem | None:
        """The list item a paragraph is, counting it; None for a paragraph that is not one."""
        level = min(max(level or 0, 0), MAX_LEVEL)
        if num_id is None:
            return _from_style_name(style_name)
        instance = self.instances.get(num_id)
        if num_id == "0" or instance is None:
            return None
        kind, start = instance.levels.get(level, ("bullet", 1))
        if kind is None:
            return None
        counters = self.counters.setdefault(instance.definition, {})
        key = (instance.definition, level)
        if (num_id, level) not in self.used:
            self.used.add((num_id, level))
            if level in instance.restarts:
                counters.pop(level, None)
                self.lists[key] = self.lists.get(key, 0) + 1
        for deeper in [known for known in counters if known > level]:
            del counters[deeper]  # a new item restarts the levels below it, as in Word
        counters[level] = counters.get(level, start - 1) + 1
        list_id = f"{instance.definition}/{self.lists.get(key, 0)}"
        return ListItem(kind, level, counters[level], list_id)


def _levels(definition: etree._Element) -> dict[int, tuple[ListKind | None, int]]:
    return {_int(lvl.get(w("ilvl")), 0): _level(lvl) for lvl in definition.iter(w("lvl"))}


def _level(lvl: etree._Element) -> tuple[ListKind | None, int]:
    number_format = lvl.find(w("numFmt"))
    value = number_format.get(w("val"), "decimal") if number_format is not None else "decimal"
    start = lvl.find(w("start"))
    kinds: dict[str, ListKind | None] = {"bullet": "bullet", "none": None}
    kind = kinds.get(value, "ordered")
    return kind, _int(start.get(w("val")) if start is not None else None, 1)


_STYLE_NAME = re.compile(r"list (bullet|number)(?: (\d))?$", re.I)


def _from_style_name(style_name: str) -> ListItem | None:
    """Word's built-in "List Bullet 2" and "List Number" styles, used without numbering."""
    found = _STYLE_NAME.match(style_name.strip())
    if not found:
        return None
    kind: ListKind = "bullet" if found.group(1).lower() == "bullet" else "ordered"
    level = int(found.group(2)) - 1 if found.group(2) else 0
    return ListItem(kind, level, 1, f"style:{style_name}")


def _int(value: str | None, default: int) -> int:
    try:
        return int(value) if value is not None else default
    except ValueError:
        return default
