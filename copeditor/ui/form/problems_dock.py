"""The "Check Submission" panel: every problem, one per line; activating one shows its field."""

from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QDockWidget, QListWidget, QListWidgetItem, QWidget

from copeditor.model import Problem, Submission, find_problems

_PROBLEM_ROLE = Qt.ItemDataRole.UserRole


class ProblemsDock(QDockWidget):
    problem_activated = Signal(object)  # Problem

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__("Problems", parent)
        self.setObjectName("problems")
        self.list = QListWidget(self)
        self.list.setAccessibleName("Problems in the submission")
        self.list.setWordWrap(True)
        self.list.itemActivated.connect(self._activated)
        self.list.itemClicked.connect(self._activated)
        self.setWidget(self.list)

    def check(self, submission: Submission) -> list[Problem]:
        problems = find_problems(submission)
        self.list.clear()
        for problem in problems:
            item = QListWidgetItem(problem.message)
            item.setData(_PROBLEM_ROLE, problem)
            self.list.addItem(item)
        if not problems:
            done = QListWidgetItem("No problems found: the submission is complete.")
            done.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.list.addItem(done)
        self.show()
        self.raise_()
        self.list.setFocus()
        if problems:
            self.list.setCurrentRow(0)
        return problems

    def _activated(self, item: QListWidgetItem) -> None:
        problem = item.data(_PROBLEM_ROLE)
        if isinstance(problem, Problem):
            self.problem_activated.emit(problem)
