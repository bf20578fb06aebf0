"""Undo and redo of every kind of edit, on the Document alone: no window, no widgets."""

from __future__ import annotations

from typing import Any

import pytest

from copeditor.model import Programme, Submission
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath


@pytest.fixture
def document(qapp: Any) -> Any:
    made = Document()
    yield made
    made.deleteLater()


def names(document: Document, area: int = 0) -> list[str]:
    return [p.name for p in document.submission.areas[area].programmes]


def with_programmes(document: Document, *programme_names: str) -> None:
    submission = Submission()
    submission.areas[0].programmes = [Programme(name=name) for name in programme_names]
    document.replace(submission, None)


def test_typing_merges_until_sealed_and_undoes_in_steps(document: Document) -> None:
    path = FieldPath.organisation()
    document.set_field(path, "ECPAT")
    document.set_field(path, "ECPAT International")
    document.seal_typing()
    document.set_field(path, "ECPAT International, Bangkok")
    assert document.undo_stack.count() == 2
    document.undo()
    assert document.submission.organisation == "ECPAT International"
    document.undo()
    assert document.submission.organisation == ""
    document.redo()
    document.redo()
    assert document.submission.organisation == "ECPAT International, Bangkok"


def test_setting_the_same_value_is_no_step(document: Document) -> None:
    document.set_field(FieldPath.organisation(), "")
    assert document.undo_stack.count() == 0


def test_typing_in_an_unanswered_area_creates_the_programme_and_undo_removes_it(
    document: Document,
) -> None:
    changed: list[int] = []
    document.programmes_changed.connect(changed.append)
    path = FieldPath("name", 2, 0)
    document.set_field(path, "Hotline")
    assert names(document, 2) == ["Hotline"]
    document.undo()
    assert names(document, 2) == []
    assert changed == [2]  # the tab is rebuilt once, when the programme goes


def test_add_programme_adds_two_to_an_unanswered_area_and_one_after(document: Document) -> None:
    focus: list[FieldPath] = []
    document.focus_requested.connect(focus.append)
    document.add_programme(0)
    assert len(document.submission.areas[0].programmes) == 2
    assert focus[-1] == FieldPath("name", 0, 1)
    document.add_programme(0)
    assert len(document.submission.areas[0].programmes) == 3
    document.undo()
    document.undo()
    assert document.submission.areas[0].programmes == []


def test_remove_programme_and_undo_puts_it_back_in_place(document: Document) -> None:
    with_programmes(document, "A", "B", "C")
    document.remove_programme(0, 1)
    assert names(document) == ["A", "C"]
    document.undo()
    assert names(document) == ["A", "B", "C"]
    document.redo()
    assert names(document) == ["A", "C"]


def test_move_programme_and_undo(document: Document) -> None:
    with_programmes(document, "A", "B", "C")
    document.move_programme(0, 0, 2)
    assert names(document) == ["B", "C", "A"]
    document.move_programme(0, 0, 5)  # outside the area: nothing happens, no step
    assert document.undo_stack.count() == 1
    document.undo()
    assert names(document) == ["A", "B", "C"]


def test_modified_follows_the_clean_state(document: Document, tmp_path: Any) -> None:
    assert not document.is_modified
    document.set_field(FieldPath.organisation(), "X")
    assert document.is_modified
    document.mark_saved(tmp_path / "x.json")
    assert not document.is_modified
    document.undo()
    assert document.is_modified
