"""Shared pieces of the benchmarks: timing, the result row, the machine's description."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import sys
import time
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent

# Measure the program as users run it: pip compiles every module to bytecode when it installs,
# the bundle carries bytecode, and a checkout writes its .pyc files on the first run. With
# PYTHONDONTWRITEBYTECODE set in the shell, every process started here would compile our modules
# from source again (about 100 ms of the editor's start-up, which the floors do not pay).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.dont_write_bytecode = False
ECPAT_MD = ROOT / "tests" / "data" / "ecpat-international-2010.md"


@dataclass(frozen=True)
class Row:
    figure: str
    value: float
    unit: str
    floor: str = ""  # what the figure is compared with, and its value
    ratio: float | None = None
    target: str = ""
    met: bool | None = None


def median_seconds(action: Callable[[], object], repeats: int) -> float:
    samples = []
    for _ in range(repeats):
        start = time.perf_counter()
        action()
        samples.append(time.perf_counter() - start)
    return statistics.median(samples)


def median_process_seconds(command: Sequence[str], repeats: int, cwd: Path = ROOT) -> float:
    def run() -> None:
        subprocess.run(command, check=True, cwd=cwd, capture_output=True)

    run()  # warm the file cache
    return median_seconds(run, repeats)


def machine() -> str:
    cpu = platform.processor() or platform.machine()
    try:
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    except OSError:
        pass
    return f"{cpu}, {platform.system()} {platform.release()}, Python {sys.version.split()[0]}"
