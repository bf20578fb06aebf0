"""Help > How to Fill In the Form: a short guide built from the template, in the interface's
language, as HTML whose every piece of template and translated text is escaped."""

from __future__ import annotations

from collections.abc import Callable
from html import escape

from PySide6.QtCore import QCoreApplication, QPoint
from PySide6.QtWidgets import QApplication, QWhatsThis

from copeditor.model import Programme, Submission, form_template
from copeditor.ui import template_text
from copeditor.ui.form.accessible import announce

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def _tag(tag: str, text: str) -> str:
    """`text` (a translation or the template's words: text, never markup) in an HTML tag."""
    return f"<{tag}>{escape(text)}</{tag}>"


def guide_html() -> str:
    areas = range(len(form_template().areas))
    labels = (
        ("name", translate("Guide", "Name of the programme (one for each area)")),
        ("website", template_text.programme_label("website", 0)),
        ("summary", template_text.programme_label("summary", 0)),
        ("additional_information", template_text.programme_label("additional_information", 0)),
    )
    parts = [
        _tag("h2", template_text.title()),
        f"<p>{_tag('i', template_text.subtitle())}</p>",
        _tag(
            "p",
            translate(
                "Guide",
                "The COP secretariat compiles the summaries of all partners into one report, "
                "area by area. Fill in the organisation's name, then, in each area where you "
                "have work to report, one block per programme. Leave an area empty when you "
                "have nothing for it.",
            ),
        ),
        f"<p>{_tag('b', template_text.organisation_label())} "
        f"{escape(template_text.field_description(Submission, 'organisation'))}</p>",
        _tag("h3", translate("Guide", "The areas, and what each asks for")),
        "<ol>",
        *(_tag("li", template_text.area_title(index)) for index in areas),
        "</ol>",
        _tag("h3", translate("Guide", "For each programme")),
        "<ul>",
        *(
            f"<li>{_tag('b', label)} "
            f"{escape(template_text.field_description(Programme, field))}</li>"
            for field, label in labels
        ),
        "</ul>",
        _tag("h3", translate("Guide", "What a good summary holds")),
        "<ul>",
        _tag(
            "li",
            translate(
                "Guide", "What the programme does, for whom, and where (countries or regions)."
            ),
        ),
        _tag("li", translate("Guide", "The partners you work with, by name.")),
        _tag(
            "li",
            translate(
                "Guide", "Results so far, with numbers where you have them, and what comes next."
            ),
        ),
        _tag(
            "li", translate("Guide", "Links to reports, tools or campaigns (Insert Link, Ctrl+K).")
        ),
        "</ul>",
        _tag(
            "p",
            translate(
                "Guide",
                "A few short paragraphs are enough; lists help the reader. Never name or "
                "describe a child or a victim.",
            ),
        ),
        _tag("h3", translate("Guide", "Checking and sending")),
        "<ol>",
        _tag(
            "li",
            translate(
                "Guide",
                "Tools > Check Submission (F7) lists what is missing; click a line to go there.",
            ),
        ),
        _tag(
            "li",
            translate(
                "Guide", "File > Export PDF writes the PDF exactly as the secretariat will read it."
            ),
        ),
        _tag(
            "li",
            translate(
                "Guide", "File > Send by Email attaches that PDF to an email draft for you to send."
            ),
        ),
        "</ol>",
    ]
    return "\n".join(parts)


def explain_focused_field(show_guide: Callable[[], None]) -> None:
    """F1: what the field being edited asks for, beside it (What's This), and said by a screen
    reader (Qt's What's This popup is not on the accessibility bus); elsewhere, the guide."""
    focused = QApplication.focusWidget()
    text = focused.whatsThis() if focused is not None else ""
    if focused is None or not text:
        show_guide()
        return
    QWhatsThis.showText(focused.mapToGlobal(QPoint(0, focused.height())), text, focused)
    announce(focused, text)
