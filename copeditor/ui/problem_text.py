"""The problems the checks find (copeditor/model words them in English) as the editor shows them,
in the interface's language."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from copeditor.model import Problem, Submission, form_template
from copeditor.spelling import SpellingProblem
from copeditor.ui.language import QT_TRANSLATE_NOOP

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for

# Each wording of copeditor/model/completeness.py, by the field the problem is about.
_WHOLE = {
    "organisation": QT_TRANSLATE_NOOP("Problems", "The partner organisation is not named."),
    None: QT_TRANSLATE_NOOP(
        "Problems", "No action area is answered: describe at least one programme."
    ),
}
_WHERE = QT_TRANSLATE_NOOP("Problems", "Area {number}, programme {programme}")
_IN_PROGRAMME = {
    "name": QT_TRANSLATE_NOOP("Problems", "{where}: the programme has no name."),
    "summary": QT_TRANSLATE_NOOP("Problems", "{where}: the short summary is empty."),
    "website": QT_TRANSLATE_NOOP(
        "Problems", "{where}: the website {website} is not an http:// or https:// address."
    ),
}


def problem_text(problem: Problem, submission: Submission) -> str:
    """The problem in the interface's language. Only a wording the model still uses is
    translated: one it words differently (a new check) is shown as the model words it."""
    if problem.area_index is None or problem.programme_index is None:
        source = _WHOLE.get(problem.field) if problem.area_index is None else None
        if source is None or source != problem.message:
            return problem.message
        return translate("Problems", source)
    source = _IN_PROGRAMME.get(problem.field or "")
    if source is None:
        return problem.message
    area = {
        "number": form_template().areas[problem.area_index].number,
        "programme": problem.programme_index + 1,
    }
    programmes = submission.areas[problem.area_index].programmes
    website = ""
    if problem.programme_index < len(programmes):
        website = repr(programmes[problem.programme_index].website.strip())
    if source.format(where=_WHERE.format(**area), website=website) != problem.message:
        return problem.message
    where = translate("Problems", _WHERE).format(**area)
    return translate("Problems", source).format(where=where, website=website)


_SPELLING_FIELDS = {
    "name": QT_TRANSLATE_NOOP("Problems", "programme name"),
    "summary": QT_TRANSLATE_NOOP("Problems", "short summary"),
    "additional_information": QT_TRANSLATE_NOOP("Problems", "additional information"),
}


def spelling_text(misspelling: SpellingProblem) -> str:
    """An unknown word, where it is: "Area 1, programme 2, short summary: unknown word …"."""
    where = translate("Problems", "Area {number}, programme {programme}").format(
        number=form_template().areas[misspelling.area_index].number,
        programme=misspelling.programme_index + 1,
    )
    field = translate("Problems", _SPELLING_FIELDS.get(misspelling.field, misspelling.field))
    return translate("Problems", "{where}, {field}: unknown word “{word}”").format(
        where=where, field=field, word=misspelling.word
    )
