"""PDF export: in process, and the whole `copeditor export` command against its import floor."""

from __future__ import annotations

import sys
import tempfile
from pathlib import Path

from benchmarks.common import ECPAT_MD, Row, median_process_seconds, median_seconds

FLOOR_CODE = "import reportlab.platypus, markdown_it; from pydantic import BaseModel"
TARGET_RATIO = 1.4


def run(quick: bool = False) -> list[Row]:
    from copeditor.formats.pdf import pdf_bytes
    from copeditor.formats.textform import read_text_form
    from copeditor.storage import save_draft

    submission = read_text_form(ECPAT_MD.read_text(encoding="utf-8")).submission
    pdf_bytes(submission)  # fonts registered once per process, as in the editor
    in_process = median_seconds(lambda: pdf_bytes(submission), 1 if quick else 30)
    repeats = 1 if quick else 15
    with tempfile.TemporaryDirectory() as folder:
        draft = Path(folder) / "ecpat.json"
        save_draft(submission, draft)
        export = [sys.executable, "-m", "copeditor", "export", str(draft), "-o", f"{folder}/e.pdf"]
        whole = median_process_seconds(export, repeats)
        floor = median_process_seconds([sys.executable, "-c", FLOOR_CODE], repeats)
    ratio = whole / floor
    return [
        Row("ECPAT sample to PDF, in process", in_process * 1000, "ms"),
        Row(
            "`copeditor export ecpat.json -o ecpat.pdf`, whole process",
            whole * 1000,
            "ms",
            floor=f'`python -c "{FLOOR_CODE}"`: {floor * 1000:.0f} ms',
            ratio=ratio,
            target=f"<= {TARGET_RATIO}x",
            met=ratio <= TARGET_RATIO,
        ),
    ]
