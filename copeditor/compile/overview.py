"""The CSV overview: one row per programme, for the secretariat's spreadsheet."""

from __future__ import annotations

import csv
import io

from copeditor.compile.options import Entry
from copeditor.model import form_template
from copeditor.model.words import count_words

HEADER = [
    "Organisation",
    "Area number",
    "Area title",
    "Programme",
    "Website",
    "Words in summary",
    "Source file",
]
# A cell starting with one of these is a formula to a spreadsheet: user text must stay text.
_FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def _cell(text: str) -> str:
    text = " ".join(text.split())
    return "'" + text if text.startswith(_FORMULA_STARTS) else text


def overview_csv(entries: list[Entry]) -> bytes:
    """UTF-8 with a byte-order mark (so spreadsheets read it as UTF-8), comma-separated."""
    template = form_template()
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow(HEADER)
    for entry in entries:
        for area_index, area in enumerate(entry.submission.areas):
            for programme in area.programmes:
                if programme.is_blank():
                    continue
                writer.writerow(
                    [
                        _cell(entry.submission.organisation),
                        template.areas[area_index].number,
                        template.areas[area_index].title,
                        _cell(programme.name),
                        _cell(programme.website),
                        count_words(programme.summary),
                        _cell(str(entry.source)),
                    ]
                )
    return out.getvalue().encode("utf-8-sig")
