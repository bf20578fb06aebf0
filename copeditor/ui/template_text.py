"""The form's own words (resources/template.json and the fields' descriptions) as the editor shows
them, in the interface's language. The PDF keeps the template's English: it is the
secretariat's form; this is only what the partner reads while filling it in.

The words are listed here so that pyside6-lupdate puts them in the .ts files (context
"Template"); a test checks that the list holds every text of the template.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from copeditor.model import REQUIRED_FIELDS, Programme, Submission, form_template
from copeditor.ui.language import QT_TRANSLATE_NOOP

TEMPLATE_WORDS = (
    QT_TRANSLATE_NOOP("Template", "COP Partners' Ongoing Project Summary"),
    QT_TRANSLATE_NOOP("Template", "(based on ITU Secretary General's call for action 2009)"),
    QT_TRANSLATE_NOOP("Template", "Name of the Partner Organization:"),
    QT_TRANSLATE_NOOP("Template", "Area {number}: {title}"),
    QT_TRANSLATE_NOOP("Template", "Name of the program related to Area {number} :"),
    QT_TRANSLATE_NOOP("Template", "Website :"),
    QT_TRANSLATE_NOOP("Template", "Short summary (please list any relevant partners):"),
    QT_TRANSLATE_NOOP("Template", "Additional information if any :"),
    QT_TRANSLATE_NOOP(
        "Template",
        "Create public awareness on the issues related to protecting children in cyberspace "
        "and to share policies, best practices, tools and resources",
    ),
    QT_TRANSLATE_NOOP("Template", "Public awareness"),
    QT_TRANSLATE_NOOP(
        "Template",
        "Assist countries in developing a national approach to protecting children online",
    ),
    QT_TRANSLATE_NOOP("Template", "National approach"),
    QT_TRANSLATE_NOOP("Template", "Identify risks and vulnerabilities to children in cyberspace"),
    QT_TRANSLATE_NOOP("Template", "Risks and vulnerabilities"),
    QT_TRANSLATE_NOOP("Template", "Build resource depositories for general use"),
    QT_TRANSLATE_NOOP("Template", "Resources"),
    QT_TRANSLATE_NOOP(
        "Template",
        "Promote capacity building to contribute to and strengthen the global response in "
        "protecting children",
    ),
    QT_TRANSLATE_NOOP("Template", "Capacity building"),
    # The fields' titles and descriptions (copeditor/model/submission.py): tooltips, screen
    # readers and F1 help.
    QT_TRANSLATE_NOOP("Template", "Name of the Partner Organization"),
    QT_TRANSLATE_NOOP(
        "Template",
        "The partner organisation's full name, as it should appear on the summary.",
    ),
    QT_TRANSLATE_NOOP("Template", "Programme name"),
    QT_TRANSLATE_NOOP("Template", "The name of the programme, on one line."),
    QT_TRANSLATE_NOOP("Template", "Website"),
    QT_TRANSLATE_NOOP(
        "Template", "The programme's web address, starting with http:// or https://."
    ),
    QT_TRANSLATE_NOOP("Template", "Short summary"),
    QT_TRANSLATE_NOOP(
        "Template",
        "What the programme does, with its partners (Markdown: paragraphs, bold, italic, "
        "lists, links).",
    ),
    QT_TRANSLATE_NOOP("Template", "Additional information"),
    QT_TRANSLATE_NOOP("Template", "Anything else worth knowing; may be left empty (Markdown)."),
    QT_TRANSLATE_NOOP("Template", "Language"),
    QT_TRANSLATE_NOOP(
        "Template",
        "The language the summary is written in (a BCP 47 tag such as en-GB, fr or ar); it "
        "picks the spelling dictionary.",
    ),
)
# The fields the form shows, whose title and description the list above must hold.
SHOWN_FIELDS = (
    (Submission, "organisation"),
    (Submission, "language"),
    (Programme, "name"),
    (Programme, "website"),
    (Programme, "summary"),
    (Programme, "additional_information"),
)


def template_tr(english: str) -> str:
    """A text of the template in the interface's language (itself when not translated)."""
    return QCoreApplication.translate("Template", english) if english else english


def title() -> str:
    return template_tr(form_template().title)


def subtitle() -> str:
    return template_tr(form_template().subtitle)


def organisation_label() -> str:
    return template_tr(form_template().organisation_label)


def area_title(area_index: int) -> str:
    return template_tr(form_template().areas[area_index].title)


def area_short_name(area_index: int) -> str:
    return template_tr(form_template().areas[area_index].short_name)


def area_heading(area_index: int) -> str:
    template = form_template()
    number = template.areas[area_index].number
    return template_tr(template.area_heading).format(number=number, title=area_title(area_index))


def programme_label(field: str, area_index: int) -> str:
    """A programme field's label, as the template words it, for the area's number."""
    template = form_template()
    number = template.areas[area_index].number
    return template_tr(getattr(template.labels, field)).format(number=number)


def field_title(model: type[Programme] | type[Submission], field: str) -> str:
    return template_tr(model.model_fields[field].title or "")


def field_description(model: type[Programme] | type[Submission], field: str) -> str:
    return template_tr(model.model_fields[field].description or "")


def accessible_description(model: type[Programme] | type[Submission], field: str) -> str:
    """What a screen reader says about a field: its description, and whether it is required.
    Qt has no "required" state for a widget (QAccessible::State has none, nor does its AT-SPI
    bridge send one): a screen reader is told in the field's description instead."""
    description = field_description(model, field)
    if field not in REQUIRED_FIELDS:
        return description
    return QCoreApplication.translate("TemplateText", "Required. {description}").format(
        description=description
    )
