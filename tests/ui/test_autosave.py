"""Autosave, recovery, locks, changes on disk, and failures that lose nothing."""

from __future__ import annotations

import os
import signal
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from copeditor import atomicfile
from copeditor.model import Submission
from copeditor.storage import backup_path, draft_bytes, load_draft, save_draft
from copeditor.storage.recovery import SUFFIX, RecoveryStore, recovery_bytes
from copeditor.ui.dialogs import RecoveryChoice, SaveChoice
from tests.ui.conftest import ScriptedDialogs
from tests.ui.typing_driver import TEXT

ROOT = Path(__file__).resolve().parents[2]


def recovery_files(folder: Path) -> list[Path]:
    return sorted(folder.glob(f"*{SUFFIX}"))


def autosave_now(window: Any) -> None:
    future = window.autosave.save_now()
    if future is not None:
        future.result(timeout=10)


def test_autosave_writes_a_private_recovery_file_soon_after_typing(
    window: Any, qtbot: Any, private_folder: Path, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.pages[0].name_field, "Unsaved org")
    qtbot.waitUntil(lambda: len(recovery_files(private_folder)) == 1, timeout=6000)
    (file,) = recovery_files(private_folder)
    assert oct(file.stat().st_mode & 0o777) == "0o600"
    assert not list(tmp_path.glob("*.json"))  # nothing beside drafts
    (work,) = RecoveryStore(private_folder).leftovers() or [None]  # locked: not a leftover
    assert work is None


def test_recovery_file_goes_after_save_and_after_discard(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, private_folder: Path, tmp_path: Path
) -> None:
    qtbot.keyClicks(window.pages[0].name_field, "Org")
    autosave_now(window)
    assert len(recovery_files(private_folder)) == 1
    scripted.save_paths = [tmp_path / "d.json"]
    window.commands.save.trigger()
    qtbot.waitUntil(lambda: recovery_files(private_folder) == [])

    qtbot.keyClicks(window.pages[0].name_field, " more")
    autosave_now(window)
    assert len(recovery_files(private_folder)) == 1
    scripted.save_choices = [SaveChoice.DISCARD]
    window.commands.new.trigger()
    qtbot.waitUntil(lambda: recovery_files(private_folder) == [])


def leave_work_behind(folder: Path, submission: Submission, original: Path | None) -> None:
    """What an editor killed mid-work leaves: a recovery file whose lock nobody holds."""
    RecoveryStore(folder)
    (folder / f"deadbeef{SUFFIX}").write_bytes(recovery_bytes(draft_bytes(submission), original))


def test_leftover_work_is_offered_and_recovered_as_modified(
    make_window: Any, scripted: ScriptedDialogs, private_folder: Path, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="Saved version"), draft)
    leave_work_behind(private_folder, Submission(organisation="Unsaved version"), draft)
    window = make_window()
    scripted.recovery_choices = [RecoveryChoice.RECOVER]
    window.offer_recovery()
    (works,) = [arg for name, arg in scripted.calls if name == "choose_recovery"]
    assert [w.name for w in works] == ["draft.json"]
    assert window.document.submission.organisation == "Unsaved version"
    assert window.document.path == draft and window.isWindowModified()
    window.commands.save.trigger()
    assert load_draft(draft).organisation == "Unsaved version"


def test_leftover_work_can_be_discarded_or_kept_for_later(
    make_window: Any, scripted: ScriptedDialogs, private_folder: Path
) -> None:
    leave_work_behind(private_folder, Submission(organisation="Maybe"), None)
    window = make_window()
    scripted.recovery_choices = [RecoveryChoice.LATER]
    window.offer_recovery()
    assert len(RecoveryStore(private_folder).leftovers()) == 1
    assert window.document.submission.organisation == ""
    scripted.recovery_choices = [RecoveryChoice.DISCARD]
    window.offer_recovery()
    assert RecoveryStore(private_folder).leftovers() == []


def test_a_draft_open_in_another_editor_opens_read_only(
    make_window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="Shared"), draft)
    first, second = make_window(), make_window()
    assert first.files.open_path(draft)
    scripted.confirmations = [False]
    assert not second.files.open_path(draft)
    assert f"process {os.getpid()}" in scripted.calls[-1][1]
    scripted.confirmations = [True]
    assert second.files.open_path(draft)
    assert second.document.read_only
    assert "(read-only)" in second.windowTitle()
    assert second.pages[0].name_field.isReadOnly()
    assert not second.commands.save.isEnabled()
    first.close()  # the first editor lets go: the draft is free again
    third = make_window()
    assert third.files.open_path(draft) and not third.document.read_only


def test_a_change_on_disk_is_noticed_and_reload_is_offered(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="Mine"), draft)
    assert window.files.open_path(draft)
    scripted.confirmations = [True]
    with qtbot.waitSignal(window.files.disk.changed_elsewhere, timeout=5000):
        save_draft(Submission(organisation="From the sync client"), draft)
    assert (
        scripted.calls[-1][0] == "confirm" and "changed by another program" in scripted.calls[-1][1]
    )
    assert window.document.submission.organisation == "From the sync client"


def test_keeping_my_version_never_overwrites_theirs_silently(
    window: Any, qtbot: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="Mine"), draft)
    assert window.files.open_path(draft)
    qtbot.keyClicks(window.pages[0].name_field, " edited")
    save_draft(Submission(organisation="Theirs"), draft)
    scripted.confirmations = [False, False]  # keep mine; then do not replace theirs
    window.files.disk.check()
    window.commands.save.trigger()
    assert load_draft(draft).organisation == "Theirs"
    assert window.isWindowModified()


@pytest.mark.parametrize(
    ("errno", "reason"), [(28, "no space left on device"), (13, "permission denied")]
)
def test_a_failed_save_keeps_the_original_and_autosave_keeps_protecting(
    window: Any,
    qtbot: Any,
    scripted: ScriptedDialogs,
    private_folder: Path,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    errno: int,
    reason: str,
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="On disk"), draft)
    assert window.files.open_path(draft)
    before = draft.read_bytes()
    qtbot.keyClicks(window.pages[0].name_field, " and more")
    real_replace = os.replace

    def failing_replace(source: Any, target: Any) -> None:
        if Path(target) == draft:
            raise OSError(errno, os.strerror(errno))
        real_replace(source, target)

    monkeypatch.setattr(atomicfile.os, "replace", failing_replace)
    monkeypatch.setattr(atomicfile, "REPLACE_RETRY_SECONDS", 0.01)
    window.commands.save.trigger()
    assert scripted.calls[-1] == ("error", f"draft.json: could not be saved: {reason}")
    assert draft.read_bytes() == before
    assert window.isWindowModified()
    autosave_now(window)
    (file,) = recovery_files(private_folder)
    assert b"On disk and more" in file.read_bytes()


def test_a_damaged_draft_offers_its_backup(
    window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    draft = tmp_path / "draft.json"
    save_draft(Submission(organisation="Good"), draft)
    save_draft(Submission(organisation="Better"), draft)
    draft.write_text('{"schema_version": 1, "organisat', encoding="utf-8")
    scripted.confirmations = [True]
    assert window.files.open_path(draft)
    assert backup_path(draft).name in scripted.calls[-1][1]
    assert window.document.submission.organisation == "Good"
    assert window.document.path == draft and window.isWindowModified()


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_typing_then_a_kill_loses_at_most_five_seconds(
    make_window: Any, scripted: ScriptedDialogs, tmp_path: Path
) -> None:
    folder = tmp_path / "kill-private"
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    child = subprocess.Popen(
        [sys.executable, "-m", "tests.ui.typing_driver", str(folder)],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
        env=environment,
    )
    assert child.stdout is not None
    typed: list[tuple[float, int]] = []
    start = time.monotonic()
    while time.monotonic() - start < 9:
        moment, position = child.stdout.readline().split()
        typed.append((float(moment), int(position)))
    child.send_signal(signal.SIGKILL)
    killed_at = time.monotonic()
    child.wait()
    child.stdout.close()
    safe = [position for moment, position in typed if moment <= killed_at - 5]
    assert safe, "the editor typed nothing in its first four seconds"
    expected = "".join(TEXT[p % len(TEXT)] for p in range(safe[-1] + 1))

    window = make_window()
    window.recovery = RecoveryStore(folder)
    scripted.recovery_choices = [RecoveryChoice.RECOVER]
    window.offer_recovery()
    recovered = window.document.submission.organisation
    assert recovered.startswith(expected.strip())
    assert len(recovered) >= len(expected.strip())


def test_an_unwritable_application_data_folder_does_not_stop_the_editor(
    make_window: Any, tmp_path: Path
) -> None:
    from copeditor.ui.main_window import MainWindow

    blocker = tmp_path / "not-a-folder"
    blocker.write_text("a file where the folder should be", encoding="utf-8")
    window = MainWindow(blocker / "recovery")
    try:
        assert window.recovery.folder.is_dir()
        assert window.recovery.folder != blocker / "recovery"
    finally:
        window.close()
        window.deleteLater()
