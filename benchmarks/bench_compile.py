"""The compiled report of 1,000 ECPAT-size submissions, against exporting the same content as
one single draft; each in its own process, one after the other, in the same run."""

from __future__ import annotations

import json
import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import ECPAT_MD, ROOT, Row

COUNT = 1000
TARGET_SECONDS = 30.0
TARGET_MIB = 500.0


def _probe(mode: str, folder: Path) -> dict[str, float]:
    probe = Path(__file__).with_name("compile_probe.py")
    done = subprocess.run(
        [sys.executable, str(probe), mode, str(folder)],
        check=True,
        capture_output=True,
        text=True,
        cwd=ROOT,
    )
    return dict(json.loads(done.stdout.strip().splitlines()[-1]))


def _inputs(folder: Path, count: int) -> None:
    from copeditor.formats.textform import read_text_form
    from copeditor.storage import save_draft

    sample = read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission
    for number in range(count):
        partner = sample.model_copy(deep=True, update={"organisation": f"Partner {number:04d}"})
        save_draft(partner, folder / f"partner-{number:04d}.json", keep_backup=False)


def run(quick: bool = False) -> list[Row]:
    count = 3 if quick else COUNT
    with tempfile.TemporaryDirectory() as name:
        folder = Path(name)
        (folder / "inputs").mkdir()
        _inputs(folder / "inputs", count)
        compiled = _probe("compile", folder / "inputs")
        # The same drafts read and joined in memory, then exported as one PDF.
        single = _probe("single", folder / "inputs")
    ratio = compiled["seconds"] / single["seconds"]
    memory = compiled["peak_mib"] + compiled["worker_peak_mib"]
    load = os.getloadavg()[0] if hasattr(os, "getloadavg") else float("nan")
    return [
        Row(
            f"Compile {count:,} ECPAT-size submissions by partner: {compiled['pages']:.0f} pages "
            f"(load average {load:.1f} on 2 cores: shared machine)",
            compiled["seconds"],
            "s",
            floor=f"the same content as one draft, exported: {single['seconds']:.1f} s, "
            f"{single['pages']:.0f} pages",
            ratio=ratio,
            target=f"<= {TARGET_SECONDS:.0f} s and <= 1.0x",
            met=compiled["seconds"] <= TARGET_SECONDS and ratio <= 1.0,
        ),
        Row(
            "Compile: CPU time of the main (layout) process",
            compiled["cpu"],
            "s",
            floor=f"workers {compiled['worker_cpu']:.1f} s; single-draft export "
            f"{single['cpu']:.1f} s",
        ),
        Row(
            "Compile: peak memory, main process + largest worker",
            memory,
            "MiB",
            floor=f"main {compiled['peak_mib']:.0f} MiB; single-draft export "
            f"{single['peak_mib']:.0f} MiB",
            target=f"<= {TARGET_MIB:.0f} MiB",
            met=memory <= TARGET_MIB,
        ),
    ]
