"""Started by bench_compile: one compile (or one single-draft export) in a fresh process.

Prints JSON: wall seconds, CPU seconds of this process, peak resident memory of this process
and of the largest worker process, in MiB, and the page count.
"""

from __future__ import annotations

import json
import resource
import sys
import time
from pathlib import Path


def _peak_mib(who: int) -> float:
    peak = resource.getrusage(who).ru_maxrss  # KiB on Linux
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def _cpu(who: int) -> float:
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    mode, folder = sys.argv[1], Path(sys.argv[2])
    start, cpu = time.perf_counter(), time.process_time()
    if mode == "compile":
        from copeditor.compile import compile_report

        pages = compile_report([folder]).pages
    else:  # "single": every submission's programmes in one draft, exported as one PDF
        from pypdf import PdfReader

        from copeditor.formats.pdf import pdf_bytes
        from copeditor.model import Submission
        from copeditor.storage import load_draft

        # Built in memory: a saved draft holds at most 100 programmes an area, this one 1,000.
        everything = Submission(organisation="All partners")
        for path in sorted(folder.glob("*.json")):
            partner = load_draft(path)
            for mine, theirs in zip(everything.areas, partner.areas, strict=True):
                mine.programmes.extend(theirs.programmes)
        data = pdf_bytes(everything)
        pages = len(PdfReader(__import__("io").BytesIO(data)).pages)
    result = {
        "seconds": time.perf_counter() - start,
        "cpu": time.process_time() - cpu,
        "peak_mib": _peak_mib(resource.RUSAGE_SELF),
        "worker_peak_mib": _peak_mib(resource.RUSAGE_CHILDREN),
        "worker_cpu": _cpu(resource.RUSAGE_CHILDREN),
        "pages": pages,
    }
    print(json.dumps(result), flush=True)


if __name__ == "__main__":
    main()
