"""A 10 MB draft: open and save in process, and export it to PDF."""

from __future__ import annotations

import tempfile
import time
from pathlib import Path

from benchmarks.common import Row, median_seconds

TARGET_MS = 200.0


def run(quick: bool = False) -> list[Row]:
    from benchmarks.drafts import ten_megabyte_draft
    from copeditor.formats.pdf import pdf_bytes
    from copeditor.model import Programme, Submission
    from copeditor.storage import load_draft, save_draft

    if quick:
        submission = Submission(organisation="Quick")
        submission.areas[0].programmes.append(Programme(name="P", summary="words " * 500))
    else:
        submission = ten_megabyte_draft()
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "big.json"
        save_draft(submission, path)
        size = path.stat().st_size
        repeats = 1 if quick else 5
        save = median_seconds(lambda: save_draft(submission, path), repeats)
        load = median_seconds(lambda: load_draft(path), repeats)
    start = time.perf_counter()
    pdf = pdf_bytes(submission)
    export = time.perf_counter() - start
    import io

    from pypdf import PdfReader

    pages = len(PdfReader(io.BytesIO(pdf)).pages)
    label = f"{size / 1e6:.1f} MB draft"
    return [
        Row(
            f"Save a {label} (atomic, with backup)",
            save * 1000,
            "ms",
            target=f"<= {TARGET_MS:.0f} ms",
            met=save * 1000 <= TARGET_MS,
        ),
        Row(
            f"Open a {label}",
            load * 1000,
            "ms",
            target=f"<= {TARGET_MS:.0f} ms",
            met=load * 1000 <= TARGET_MS,
        ),
        Row(
            f"Export the {label} to PDF: {pages} pages",
            pages / export,
            "pages/s",
            floor=f"{export:.1f} s in all",
        ),
    ]
