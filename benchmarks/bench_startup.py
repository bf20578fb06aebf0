"""Start-up: launching the editor with a draft until its window is shown, against a floor."""

from __future__ import annotations

import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from benchmarks.common import ECPAT_MD, Row

PROBE = Path(__file__).resolve().parent / "startup_probe.py"
TARGET_RATIO = 1.5


def time_to_shown(arguments: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    process = subprocess.Popen(
        [sys.executable, str(PROBE), *arguments], stdout=subprocess.PIPE, text=True, env=environment
    )
    assert process.stdout is not None
    line = process.stdout.readline()
    elapsed = time.perf_counter() - start
    process.wait()
    process.stdout.close()
    if line.strip() != "shown":
        raise RuntimeError(f"start-up probe failed: {arguments}")
    return elapsed


def run(quick: bool = False) -> list[Row]:
    from copeditor.formats.textform import read_text_form
    from copeditor.storage import save_draft

    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "ecpat.json"
        save_draft(read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission, draft)
        environment = dict(
            os.environ,
            QT_QPA_PLATFORM="offscreen",
            HOME=folder,
            XDG_DATA_HOME=folder,
            XDG_CONFIG_HOME=folder,
        )
        repeats = 1 if quick else 9
        # One run of each first, unmeasured: bytecode written, files in the disk cache.
        time_to_shown(["editor", str(draft)], environment)
        time_to_shown(["floor"], environment)
        editor, floor = [], []
        for _ in range(repeats):  # interleaved, so drift on a shared machine hits both alike
            editor.append(time_to_shown(["editor", str(draft)], environment))
            floor.append(time_to_shown(["floor"], environment))
    shown, bare = statistics.median(editor), statistics.median(floor)
    return [
        Row(
            "Start-up: `copeditor ecpat.json` to the window shown (offscreen)",
            shown * 1000,
            "ms",
            floor=f"pydantic + a bare five-tab window: {bare * 1000:.0f} ms",
            ratio=shown / bare,
            target=f"<= {TARGET_RATIO}x",
            met=shown / bare <= TARGET_RATIO,
        )
    ]
