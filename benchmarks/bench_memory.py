"""Resident memory of the editor with the ECPAT sample, and with the largest field, open."""

from __future__ import annotations

import os
import subprocess
import sys
import tempfile
from pathlib import Path

from benchmarks.common import ECPAT_MD, Row

PROBE = Path(__file__).resolve().parent / "memory_probe.py"


def resident(draft: Path, folder: str) -> float:
    environment = dict(os.environ, QT_QPA_PLATFORM="offscreen", HOME=folder)
    output = subprocess.run(
        [sys.executable, str(PROBE), str(draft), str(Path(folder) / "private")],
        capture_output=True,
        text=True,
        env=environment,
        check=True,
    ).stdout
    return float(output.strip().splitlines()[-1])


def run(quick: bool = False) -> list[Row]:
    from benchmarks.drafts import largest_field_draft
    from copeditor.formats.textform import read_text_form
    from copeditor.storage import save_draft

    rows = []
    with tempfile.TemporaryDirectory() as folder:
        ecpat = Path(folder) / "ecpat.json"
        save_draft(read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission, ecpat)
        drafts = [("the ECPAT sample", ecpat, 200.0)]
        if not quick:
            big = Path(folder) / "largest-field.json"
            save_draft(largest_field_draft(), big)
            drafts.append(("a summary at the field cap", big, 300.0))
        for name, draft, target in drafts:
            megabytes = resident(draft, folder)
            rows.append(
                Row(
                    f"Resident memory with {name} open",
                    megabytes,
                    "MB",
                    target=f"<= {target:.0f} MB",
                    met=megabytes <= target,
                )
            )
    return rows
