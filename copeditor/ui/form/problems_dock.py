"""The "Check Submission" panel: every problem, one per line; activating one shows its field.

Once shown, the list follows the document (edits, undo, redo, another draft): it never offers
a problem that is gone, nor a field that no longer exists.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from copeditor.model import Problem, Submission, find_problems, form_template
from copeditor.spelling import SpellingProblem
from copeditor.ui.form.accessible import CurrentItemWithFocus, announce
from copeditor.ui.problem_text import problem_text, spelling_text
from copeditor.ui.template_text import area_short_name

_PROBLEM_ROLE = Qt.ItemDataRole.UserRole

translate = QCoreApplication.translate  # the name pyside6-lupdate looks for


def unanswered_note(submission: Submission, omit_empty_areas: bool) -> str | None:
    """What happens to the areas left empty, in words; None when every area is answered."""
    template = form_template()
    empty = [
        translate("ProblemsDock", "Area {number} ({name})").format(
            number=area.number, name=area_short_name(index)
        )
        for index, (area, entry) in enumerate(zip(template.areas, submission.areas, strict=True))
        if not entry.is_answered()
    ]
    if not empty:
        return None
    names = (
        empty[0]
        if len(empty) == 1
        else translate("ProblemsDock", "{first} and {last}").format(
            first=translate("ProblemsDock", ", ").join(empty[:-1]), last=empty[-1]
        )
    )
    if omit_empty_areas:
        note = (
            translate(
                "ProblemsDock",
                "{areas} is not answered: the PDF leaves them out (File > PDF Options).",
            )
            if len(empty) == 1
            else translate(
                "ProblemsDock",
                "{areas} are not answered: the PDF leaves them out (File > PDF Options).",
            )
        )
    else:
        note = (
            translate(
                "ProblemsDock",
                "{areas} is not answered: the PDF shows their headings and labels with no "
                "answer (File > PDF Options > Leave Out Unanswered Areas leaves them out).",
            )
            if len(empty) == 1
            else translate(
                "ProblemsDock",
                "{areas} are not answered: the PDF shows their headings and labels with no "
                "answer (File > PDF Options > Leave Out Unanswered Areas leaves them out).",
            )
        )
    return note.format(areas=names)


class ProblemsDock(QDockWidget):
    problem_activated = Signal(object)  # Problem or SpellingProblem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("problems")
        self.list = QListWidget(self)
        self._shown: tuple[Submission, list[Problem], bool] | None = None
        self.retranslate()
        self.list.setWordWrap(True)
        # Not in the form's Tab cycle: F7 (Check Submission) brings the keyboard here.
        self.list.setFocusPolicy(Qt.FocusPolicy.ClickFocus)
        CurrentItemWithFocus(self.list)  # one focused object for screen readers, not two
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.setWidget(self.list)
        self.spelling: list[SpellingProblem] = []

    def retranslate(self) -> None:
        self.setWindowTitle(translate("ProblemsDock", "Problems"))
        self.list.setAccessibleName(translate("ProblemsDock", "Problems in the submission"))
        if self._shown is not None:
            row = self.list.currentRow()
            self.show_problems(*self._shown)
            self.list.setCurrentRow(row)

    def changeEvent(self, event: QEvent) -> None:  # noqa: N802
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def check(
        self, submission: Submission, omit_empty_areas: bool, spelling: list[SpellingProblem]
    ) -> list[Problem]:
        """Show the panel with the submission's problems, and put the focus on the first."""
        problems = find_problems(submission)
        self.spelling = spelling
        self.show_problems(submission, problems, omit_empty_areas)
        self.show()
        self.raise_()
        self.list.setFocus()
        if problems:
            self.list.setCurrentRow(0)
        # Said first, before the first problem: how many there are (or that there are none).
        count = len(problems) + len(spelling)
        first = self.list.item(0)
        announce(
            self.list,
            translate("ProblemsDock", "%n problem(s) found", None, count)
            if count
            else (first.text() if first is not None else ""),
        )
        return problems

    def follow(
        self,
        submission: Submission,
        problems: list[Problem],
        omit: bool,
        spelling: list[SpellingProblem],
    ) -> None:
        """The document changed: a panel on screen shows what is true now, without taking
        the focus from the field being edited."""
        if not self.isVisible():
            return
        self.spelling = spelling
        row = self.list.currentRow()
        self.show_problems(submission, problems, omit)
        if 0 <= row < self.list.count():
            self.list.setCurrentRow(row)

    def show_problems(self, submission: Submission, problems: list[Problem], omit: bool) -> None:
        self._shown = (submission, problems, omit)
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem_text(problem, submission))
            item.setData(_PROBLEM_ROLE, problem)
            self.list.addItem(item)
        for misspelling in self.spelling:
            item = QListWidgetItem(spelling_text(misspelling))
            item.setData(_PROBLEM_ROLE, misspelling)
            self.list.addItem(item)
        if not problems and not self.spelling:
            note = unanswered_note(submission, omit)
            done = translate("ProblemsDock", "No problems found: the submission is complete.")
            self._add_note(f"{done} {note}" if note else done)
        elif note := unanswered_note(submission, omit):
            self._add_note(note)

    def _add_note(self, text: str) -> None:
        item = QListWidgetItem(text)
        item.setFlags(Qt.ItemFlag.ItemIsEnabled)
        self.list.addItem(item)

    def _activated(self, item: QListWidgetItem) -> None:
        problem = item.data(_PROBLEM_ROLE)
        if isinstance(problem, (Problem, SpellingProblem)):
            self.problem_activated.emit(problem)
