"""Recovery files, the private folder, locks, and saving under SIGKILL."""

from __future__ import annotations

import json
import os
import random
import signal
import stat
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest

from copeditor.model import Submission
from copeditor.storage import draft_bytes, load_draft, save_draft
from copeditor.storage.locks import LockedByOther, draft_lock_path, try_lock
from copeditor.storage.recovery import RecoveryStore

ROOT = Path(__file__).resolve().parent.parent


def mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.mark.skipif(os.name == "nt", reason="POSIX permissions")
def test_private_folder_and_files_are_user_only_even_with_umask_000(tmp_path: Path) -> None:
    previous = os.umask(0)
    try:
        store = RecoveryStore(tmp_path / "app" / "recovery")
        session = store.new_session()
        session.write(draft_bytes(Submission(organisation="Secret")), None)
    finally:
        os.umask(previous)
    assert mode(store.folder) == 0o700
    assert mode(session.file) == 0o600
    session.close()


def test_a_running_sessions_work_is_not_a_leftover(tmp_path: Path) -> None:
    store = RecoveryStore(tmp_path)
    session = store.new_session()
    session.write(draft_bytes(Submission(organisation="Mine")), tmp_path / "d.json")
    assert store.leftovers() == []
    session.clear()
    assert not session.file.exists()
    session.close()


def run_python(code: str, *args: str) -> subprocess.Popen[str]:
    return subprocess.Popen(
        [sys.executable, "-c", textwrap.dedent(code), *args],
        stdout=subprocess.PIPE,
        text=True,
        cwd=ROOT,
    )


def kill(child: subprocess.Popen[str]) -> None:
    child.send_signal(signal.SIGKILL)
    child.wait()
    if child.stdout is not None:
        child.stdout.close()


def test_work_of_a_killed_editor_is_offered(tmp_path: Path) -> None:
    child = run_python(
        """
        import sys, time
        from pathlib import Path
        from copeditor.model import Submission
        from copeditor.storage import draft_bytes
        from copeditor.storage.recovery import RecoveryStore
        session = RecoveryStore(Path(sys.argv[1])).new_session()
        work = Submission(organisation="Lost afternoon of writing")
        session.write(draft_bytes(work), Path(sys.argv[1]) / "draft.json")
        print("written", flush=True)
        time.sleep(60)
        """,
        str(tmp_path),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "written"
    store = RecoveryStore(tmp_path)
    assert store.leftovers() == []  # its editor still runs
    kill(child)
    (work,) = store.leftovers()
    assert work.submission.organisation == "Lost afternoon of writing"
    assert work.original_path == tmp_path / "draft.json"
    assert work.name == "draft.json"
    assert work.first_words() == "Lost afternoon of writing"
    store.discard(work)
    assert store.leftovers() == []


def test_draft_lock_with_a_live_and_a_dead_owner(tmp_path: Path) -> None:
    draft = tmp_path / "draft.json"
    lock_path = draft_lock_path(tmp_path / "private", draft)
    lock_path.parent.mkdir()
    child = run_python(
        """
        import sys, time
        from pathlib import Path
        from copeditor.storage.locks import try_lock
        lock = try_lock(Path(sys.argv[1]))
        print("locked", flush=True)
        time.sleep(60)
        """,
        str(lock_path),
    )
    assert child.stdout is not None and child.stdout.readline().strip() == "locked"
    with pytest.raises(LockedByOther) as caught:
        try_lock(lock_path)
    assert caught.value.owner is not None and caught.value.owner.pid == child.pid
    assert str(caught.value) == f"process {child.pid}"
    kill(child)
    held = try_lock(lock_path)  # a dead owner's lock is taken over
    assert json.loads(lock_path.with_suffix(".owner").read_text())["pid"] == os.getpid()
    held.release()


def test_the_next_save_removes_temporaries_left_by_a_crash(tmp_path: Path) -> None:
    path = tmp_path / "draft.json"
    save_draft(Submission(), path)
    (tmp_path / ".draft.json.abc123.tmp").write_bytes(b"half a draf")
    save_draft(Submission(organisation="Next"), path)
    assert sorted(p.name for p in tmp_path.iterdir()) == ["draft.json", "draft.json.bak"]


SAVER = """
import sys
from pathlib import Path
from copeditor.model import Programme, Submission
from copeditor.storage import save_draft
path = Path(sys.argv[1])
versions = [Submission(organisation=f"Version {n}") for n in range(2)]
for version in versions:
    version.areas[0].programmes.append(Programme(name="P", summary="word " * 20000))
print("ready", flush=True)
n = 0
while True:
    save_draft(versions[n % 2], path)
    n += 1
"""


@pytest.mark.slow
@pytest.mark.skipif(os.name == "nt", reason="SIGKILL")
def test_drafts_survive_200_kills_at_random_moments(tmp_path: Path) -> None:
    expected = {f"Version {n}" for n in range(2)}
    lanes = [tmp_path / f"lane{n}" / "draft.json" for n in range(4)]  # 4 x 50 kills, in parallel
    for path in lanes:
        path.parent.mkdir()
        save_draft(Submission(organisation="Version 1"), path)
    rng = random.Random(2010)
    for _ in range(50):
        children = [run_python(SAVER, str(path)) for path in lanes]
        for child in children:
            assert child.stdout is not None and child.stdout.readline().strip() == "ready"
        for child in children:
            time.sleep(rng.uniform(0, 0.02))  # each killed at its own random moment
            kill(child)
        for path in lanes:
            assert load_draft(path).organisation in expected
    for path in lanes:
        save_draft(load_draft(path), path)
        assert [p.name for p in path.parent.iterdir() if p.name.endswith(".tmp")] == []


def test_recovery_files_are_read_like_drafts(tmp_path: Path) -> None:
    from copeditor.storage.recovery import SUFFIX, read_recovery, recovery_bytes

    good = tmp_path / f"a{SUFFIX}"
    good.write_bytes(recovery_bytes(draft_bytes(Submission(organisation="Kept")), None))
    work = read_recovery(good)
    assert work is not None and work.submission.organisation == "Kept"
    newer = tmp_path / f"b{SUFFIX}"
    newer.write_bytes(recovery_bytes(b'{"schema_version": 99, "organisation": "x"}', None))
    assert read_recovery(newer) is None  # a newer editor's work is left for that editor
