"""Autosave's timers and its failure path, on a Document alone: short intervals, no window."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest

from copeditor.storage.recovery import SUFFIX, RecoveryStore, read_recovery
from copeditor.ui.document.document import Document
from copeditor.ui.document.field_path import FieldPath
from copeditor.ui.files.autosave import Autosave


@pytest.fixture
def document(qapp: Any) -> Iterator[Document]:
    made = Document()
    yield made
    made.deleteLater()


def make_autosave(document: Document, folder: Path, idle_ms: int, max_delay_ms: int) -> Autosave:
    session = RecoveryStore(folder).new_session()
    return Autosave(document, session, idle_ms=idle_ms, max_delay_ms=max_delay_ms)


def recovery_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))


def test_a_pause_writes_the_work_and_saving_removes_it(
    document: Document, qtbot: Any, tmp_path: Path
) -> None:
    autosave = make_autosave(document, tmp_path, idle_ms=20, max_delay_ms=10_000)
    document.set_field(FieldPath.organisation(), "Unsaved org")
    assert autosave.idle.isActive() and autosave.deadline.isActive()
    qtbot.waitUntil(lambda: len(recovery_files(tmp_path)) == 1, timeout=5000)
    work = read_recovery(recovery_files(tmp_path)[0])
    assert work is not None
    assert work.submission.organisation == "Unsaved org"
    document.mark_saved(tmp_path / "d.json")
    qtbot.waitUntil(lambda: recovery_files(tmp_path) == [], timeout=5000)
    autosave.close()


def test_typing_without_pause_is_written_by_the_deadline(
    document: Document, qtbot: Any, tmp_path: Path
) -> None:
    autosave = make_autosave(document, tmp_path, idle_ms=60_000, max_delay_ms=50)
    document.set_field(FieldPath.organisation(), "A")
    document.set_field(FieldPath.organisation(), "AB")  # restarts the idle wait, not the deadline
    qtbot.waitUntil(lambda: len(recovery_files(tmp_path)) == 1, timeout=5000)
    work = read_recovery(recovery_files(tmp_path)[0])
    assert work is not None and work.submission.organisation == "AB"
    autosave.close()


def test_the_deadline_waits_for_a_break_between_keystrokes(
    document: Document, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copeditor.ui.files import autosave as module

    monkeypatch.setattr(module, "TYPING_BREAK_S", 0.2)
    autosave = make_autosave(document, tmp_path, idle_ms=60_000, max_delay_ms=50)
    document.set_field(FieldPath.organisation(), "Typed on")
    for _ in range(10):  # a key every 20 ms for 200 ms: the deadline (50 ms) comes meanwhile
        document.note_keystroke()
        qtbot.wait(20)
        assert recovery_files(tmp_path) == []
    qtbot.waitUntil(lambda: len(recovery_files(tmp_path)) == 1, timeout=5000)  # in the break
    autosave.close()


def test_the_deadline_waits_for_a_break_only_so_long(
    document: Document, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from copeditor.ui.files import autosave as module

    monkeypatch.setattr(module, "LONGEST_WAIT_MS", 100)
    autosave = make_autosave(document, tmp_path, idle_ms=60_000, max_delay_ms=50)
    document.set_field(FieldPath.organisation(), "Typed without a break")
    written_while_typing = False
    for _ in range(200):  # keys every 5 ms for a second: no break at all
        document.note_keystroke()
        qtbot.wait(5)
        if recovery_files(tmp_path):
            written_while_typing = True
            break
    assert written_while_typing  # the deadline (50 ms) plus the longest wait (100 ms)
    autosave.close()


def test_a_failed_write_is_reported_once_per_attempt_and_work_stays(
    document: Document, qtbot: Any, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    autosave = make_autosave(document, tmp_path, idle_ms=60_000, max_delay_ms=60_000)

    def full_disk(snapshot: bytes, original: Path | None) -> None:
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(autosave.session, "write", full_disk)
    document.set_field(FieldPath.organisation(), "Kept in memory")
    with qtbot.waitSignal(autosave.failed, timeout=5000) as reported:
        future = autosave.save_now()
        assert future is not None
        with pytest.raises(OSError):
            future.result(timeout=5)
    assert reported.args == ["Autosave failed: No space left on device"]
    assert document.is_modified and document.submission.organisation == "Kept in memory"
    autosave.close()


def test_the_recover_dialog_previews_plain_text_not_markdown(qapp: Any, tmp_path: Path) -> None:
    from datetime import UTC, datetime

    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QDialog, QListWidget

    from copeditor.model import Programme, Submission
    from copeditor.storage.recovery import RecoveredWork
    from copeditor.ui import dialogs

    submission = Submission(organisation="ECPAT")
    submission.areas[0].programmes = [
        Programme(name="P", summary="Our **flagship** [site](https://x.org)")
    ]
    work = RecoveredWork(
        file=tmp_path / "x.recovery",
        original_path=None,
        saved_at=datetime.now(UTC),
        submission=submission,
    )
    shown: list[str] = []

    def look() -> None:
        dialog = next(
            w for w in QApplication.topLevelWidgets() if isinstance(w, QDialog) and w.isVisible()
        )
        shown.append(dialog.findChild(QListWidget).item(0).text())
        dialog.done(0)

    QTimer.singleShot(0, look)
    assert dialogs.choose_recovery(None, [work]) == (dialogs.RecoveryChoice.LATER, None)
    assert shown[0].endswith("\nECPAT P Our flagship site")
