"""Help > How to Fill In the Form: a short guide built from the template, as HTML whose every
piece of template text is escaped."""

from __future__ import annotations

from html import escape

from copeditor.model import Programme, Submission, form_template


def guide_html() -> str:
    template = form_template()
    parts = [
        f"<h2>{escape(template.title)}</h2>",
        f"<p><i>{escape(template.subtitle)}</i></p>",
        "<p>The COP secretariat compiles the summaries of all partners into one report, area by "
        "area. Fill in the organisation's name, then, in each area where you have work to "
        "report, one block per programme. Leave an area empty when you have nothing for it.</p>",
        f"<p><b>{escape(template.organisation_label)}</b> "
        f"{escape(Submission.model_fields['organisation'].description or '')}</p>",
        "<h3>The areas, and what each asks for</h3>",
        "<ol>",
        *(f"<li>{escape(area.title)}</li>" for area in template.areas),
        "</ol>",
        "<h3>For each programme</h3>",
        "<ul>",
        *(
            f"<li><b>{escape(label)}</b> {escape(Programme.model_fields[field].description or '')}"
            "</li>"
            for field, label in (
                ("name", template.name_label_for(0).replace("Area 1", "Area N")),
                ("website", template.labels.website),
                ("summary", template.labels.summary),
                ("additional_information", template.labels.additional_information),
            )
        ),
        "</ul>",
        "<h3>What a good summary holds</h3>",
        "<ul>",
        "<li>What the programme does, for whom, and where (countries or regions).</li>",
        "<li>The partners you work with, by name.</li>",
        "<li>Results so far, with numbers where you have them, and what comes next.</li>",
        "<li>Links to reports, tools or campaigns (Insert Link, Ctrl+K).</li>",
        "</ul>",
        "<p>A few short paragraphs are enough; lists help the reader. Never name or describe "
        "a child or a victim.</p>",
        "<h3>Checking and sending</h3>",
        "<ol>",
        "<li>Tools &gt; Check Submission (F7) lists what is missing; click a line to go "
        "there.</li>",
        "<li>File &gt; Export PDF writes the PDF exactly as the secretariat will read it.</li>",
        "<li>File &gt; Send by Email attaches that PDF to an email draft for you to send.</li>",
        "</ol>",
    ]
    return "\n".join(parts)
