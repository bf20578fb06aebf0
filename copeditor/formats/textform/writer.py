"""Write a Submission as the text form: the template's Markdown, as the ECPAT sample shows it."""

from __future__ import annotations

from copeditor.formats.textform.markdown_text import block_text, escape_line, plain_lines
from copeditor.links import complete_web_address
from copeditor.model import Programme, Submission, form_template, is_web_address

_HARD_BREAK = "  \n"


def write_text_form(submission: Submission) -> str:
    template = form_template()
    blocks = [
        f"**{escape_line(template.title)}**{_HARD_BREAK}{escape_line(template.subtitle)}",
        _labelled_line(template.organisation_label, submission.organisation),
    ]
    for area_index, area in enumerate(submission.areas):
        blocks.append(f"*{escape_line(template.heading_for(area_index))}*")
        programmes = [p for p in area.programmes if not p.is_blank()] or [Programme()]
        for programme in programmes:
            blocks.extend(_programme_blocks(area_index, programme))
    return "\n\n".join(blocks) + "\n"


def _programme_blocks(area_index: int, programme: Programme) -> list[str]:
    template = form_template()
    name_label = template.name_label_for(area_index)
    name_lines = plain_lines(programme.name)
    name = name_label + "".join(_HARD_BREAK + escape_line(line) for line in name_lines)
    blocks = [name, _website_line(programme.website)]
    for label, text in (
        (template.labels.summary, programme.summary),
        (template.labels.additional_information, programme.additional_information),
    ):
        blocks.append(label)
        if block_text(text):
            blocks.append(block_text(text))
    return blocks


def _labelled_line(label: str, value: str) -> str:
    text = " ".join(escape_line(line) for line in plain_lines(value))
    return f"{label} {text}" if text else label


def _website_line(website: str) -> str:
    label = form_template().labels.website
    shown = website.strip()
    address = complete_web_address(shown)
    if address is not None and is_web_address(address) and not any(c in address for c in "<>\\"):
        # Angle brackets keep parentheses inside the address from ending the link.
        destination = f"<{address}>" if any(c in address for c in "()") else address
        return f"{label} [{escape_line(shown)}]({destination})"
    return _labelled_line(label, website)
