"""The PyInstaller bundle's start-up against the same program run from the virtual environment.

`copeditor --version` and an export as whole processes; and `copeditor` until its window is on
an X display (Xvfb, watched with xwininfo), which needs both tools. Without `dist/copeditor`
(`make dist`) the rows say so and show the virtual environment's figures alone; without Xvfb
the window row is left out.
"""

from __future__ import annotations

import os
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from benchmarks.common import ECPAT_MD, ROOT, Row, median_process_seconds

BUNDLE = ROOT / "dist" / "copeditor" / "copeditor"
VENV_COMMAND = [sys.executable, "-m", "copeditor"]
WINDOW_TITLE = "COP Submission Editor"
TIMEOUT_S = 60.0


def run(quick: bool = False) -> list[Row]:
    repeats = 1 if quick else 9
    bundle = BUNDLE if BUNDLE.is_file() else None
    rows = [_version_row(bundle, repeats)]
    if bundle is not None:
        rows.append(_export_row(bundle, repeats))
    if shutil.which("Xvfb") and shutil.which("xwininfo"):
        rows.append(_window_row(bundle, 1 if quick else 5))
    return rows


def _version_row(bundle: Path | None, repeats: int) -> Row:
    venv = median_process_seconds([*VENV_COMMAND, "--version"], repeats) * 1000
    if bundle is None:
        return Row(
            "`copeditor --version`, virtual environment (bundle row skipped)",
            venv,
            "ms",
            floor="no dist/copeditor: run `make dist` first",
        )
    frozen = median_process_seconds([str(bundle), "--version"], repeats) * 1000
    return Row(
        "`copeditor --version`, bundle (dist/copeditor)",
        frozen,
        "ms",
        floor=f"virtual environment: {venv:.0f} ms",
        ratio=frozen / venv,
    )


def _export_row(bundle: Path, repeats: int) -> Row:
    from copeditor.formats.textform import read_text_form
    from copeditor.storage import save_draft

    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "ecpat.json"
        save_draft(read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission, draft)
        arguments = ["export", str(draft), "-o", str(Path(folder) / "ecpat.pdf")]
        venv = median_process_seconds([*VENV_COMMAND, *arguments], repeats) * 1000
        frozen = median_process_seconds([str(bundle), *arguments], repeats) * 1000
    return Row(
        "`copeditor export ecpat.json -o ecpat.pdf`, bundle",
        frozen,
        "ms",
        floor=f"virtual environment: {venv:.0f} ms",
        ratio=frozen / venv,
    )


def _window_row(bundle: Path | None, repeats: int) -> Row:
    with _x_display() as display, tempfile.TemporaryDirectory() as home:
        environment = dict(
            os.environ, DISPLAY=display, QT_QPA_PLATFORM="xcb", HOME=home, XDG_CONFIG_HOME=home,
            XDG_DATA_HOME=home,
        )
        venv, frozen = [], []
        for _ in range(repeats):  # alternating, so drift on a shared machine hits both alike
            venv.append(_time_to_window(VENV_COMMAND, environment))
            if bundle is not None:
                frozen.append(_time_to_window([str(bundle)], environment))
    venv_ms = statistics.median(venv) * 1000
    if bundle is None:
        return Row(
            "`copeditor` to its window on X (Xvfb), virtual environment (bundle row skipped)",
            venv_ms,
            "ms",
            floor="no dist/copeditor: run `make dist` first",
        )
    frozen_ms = statistics.median(frozen) * 1000
    return Row(
        "`copeditor` to its window on X (Xvfb), bundle",
        frozen_ms,
        "ms",
        floor=f"virtual environment: {venv_ms:.0f} ms",
        ratio=frozen_ms / venv_ms,
    )


@contextmanager
def _x_display() -> Iterator[str]:
    # -displayfd: Xvfb picks a free display number, so parallel runs do not collide; -noreset:
    # no server reset when the last editor quits, which would refuse the next one meanwhile.
    server = subprocess.Popen(
        ["Xvfb", "-displayfd", "1", "-noreset", "-screen", "0", "1280x1024x24", "-nolisten", "tcp"],
        stdout=subprocess.PIPE,
        stderr=subprocess.DEVNULL,
        text=True,
    )
    try:
        assert server.stdout is not None
        yield f":{server.stdout.readline().strip()}"
    finally:
        server.terminate()
        server.wait()
        if server.stdout is not None:
            server.stdout.close()


def _time_to_window(command: list[str], environment: dict[str, str]) -> float:
    start = time.perf_counter()
    editor = subprocess.Popen(
        command, env=environment, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL
    )
    try:
        while not _window_shown(environment):
            if editor.poll() is not None or time.perf_counter() - start > TIMEOUT_S:
                raise RuntimeError(f"no window from {command}")
            time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        editor.terminate()
        editor.wait()


def _window_shown(environment: dict[str, str]) -> bool:
    tree = subprocess.run(
        ["xwininfo", "-root", "-tree"], env=environment, capture_output=True, text=True
    ).stdout
    for window_id in re.findall(rf'^\s+(0x[0-9a-f]+) ".*{WINDOW_TITLE}"', tree, re.MULTILINE):
        info = subprocess.run(
            ["xwininfo", "-id", window_id], env=environment, capture_output=True, text=True
        ).stdout
        if "Map State: IsViewable" in info:
            return True
    return False
