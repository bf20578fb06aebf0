"""The Word template the export starts from: where it is shipped and the names of its styles."""

from __future__ import annotations

from pathlib import Path

from copeditor.resources import resource_path

TEMPLATE_PARTS = ("docx", "cop-summary-template.docx")

# Paragraph styles a partner sees in Word's style list, one per part of the form.
TITLE = "COP Title"
SUBTITLE = "COP Subtitle"
AREA_HEADING = "COP Area Heading"
LABEL = "COP Label"
ANSWER = "COP Answer"
ANSWER_LIST = "COP Answer List"
LINK = "Hyperlink"  # character style, Word's own name so that Word treats links as links

# Numbering definitions in the template: every list in the export is an instance of one.
BULLET_NUMBERING = 0
DECIMAL_NUMBERING = 1


def template_path() -> Path:
    return resource_path(*TEMPLATE_PARTS)
