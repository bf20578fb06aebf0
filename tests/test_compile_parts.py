"""Pieces of the compile on their own: line breaking done ahead, the lazy story, input discovery."""

from __future__ import annotations

import pickle
from pathlib import Path

import pytest
from reportlab.platypus import Paragraph

from copeditor.compile.lazy_story import LOW_WATER, LazyStory
from copeditor.compile.prewrap import PrewrappedParagraph, prewrap
from copeditor.formats.pdf.fonts import register_fonts
from copeditor.formats.pdf.styles import paragraph_styles
from copeditor.inputs import InputError, find_inputs, read_submission


def test_a_prewrapped_paragraph_keeps_its_lines_across_processes(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    register_fonts()
    paragraph = Paragraph("word " * 200, paragraph_styles()["body"])
    (sent,) = prewrap([paragraph], 400.0)
    received = pickle.loads(pickle.dumps(sent))
    assert isinstance(received, PrewrappedParagraph)

    def no_breaking(*args: object) -> None:
        raise AssertionError("lines broken again")

    monkeypatch.setattr(Paragraph, "breakLines", no_breaking)
    width, height = received.wrap(400.0, 1000.0)
    assert (width, height) == (400.0, len(received.blPara.lines) * 14.5)
    with pytest.raises(AssertionError, match="broken again"):
        received.wrap(300.0, 1000.0)  # another width is wrapped as usual


def test_the_lazy_story_asks_for_sections_only_as_layout_reaches_them() -> None:
    made: list[int] = []

    def sections():  # type: ignore[no-untyped-def]
        for number in range(1000):
            made.append(number)
            yield [f"flowable {number}.{i}" for i in range(10)]

    story = LazyStory(sections())
    assert len(story) >= LOW_WATER and len(made) == LOW_WATER // 10 + 1
    taken = 0
    while len(story):
        del story[0]
        taken += 1
    assert taken == 10_000 and len(made) == 1000


def test_folders_give_their_inputs_and_named_files_are_kept_to_be_reported(tmp_path: Path) -> None:
    (tmp_path / "sub").mkdir()
    for name in ("b.json", "a.pdf", "sub/c.md", "sub/d.eml", ".hidden.json", "x.docx.tmp", "e.png"):
        (tmp_path / name).write_text("", encoding="utf-8")
    assert [p.relative_to(tmp_path).as_posix() for p in find_inputs([tmp_path])] == [
        "a.pdf",
        "b.json",
        "sub/c.md",
        "sub/d.eml",
    ]
    assert find_inputs([tmp_path / "e.png", tmp_path / "e.png"]) == [tmp_path / "e.png"]
    with pytest.raises(InputError, match=r"^e.png: cannot read '.png' files \(known: "):
        read_submission(tmp_path / "e.png")
