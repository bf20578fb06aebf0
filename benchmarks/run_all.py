"""Run every benchmark and write its table into benchmarks/README.md (`make bench`)."""

from __future__ import annotations

import datetime
import importlib
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent.parent))

from benchmarks.common import Row, machine  # noqa: E402

BENCHMARKS = [
    "bench_export",
    "bench_startup",
    "bench_typing",
    "bench_big_drafts",
    "bench_memory",
    "bench_spelling",
    "bench_compile",
    "bench_word",
    "bench_bundle",
    "bench_counts",
    "bench_limits",
    "bench_preview",
]
README = Path(__file__).resolve().parent / "README.md"
BEGIN, END = "<!-- results: begin -->", "<!-- results: end -->"


def table(rows: list[Row]) -> str:
    lines = [
        "| figure | value | floor | ratio | target | met |",
        "|---|---|---|---|---|---|",
    ]
    for row in rows:
        ratio = f"{row.ratio:.2f}x" if row.ratio is not None else ""
        met = {True: "yes", False: "**no**", None: ""}[row.met]
        value = f"{row.value:.1f} {row.unit}"
        lines.append(f"| {row.figure} | {value} | {row.floor} | {ratio} | {row.target} | {met} |")
    return "\n".join(lines)


def main() -> int:
    rows: list[Row] = []
    for name in BENCHMARKS:
        print(f"running {name}...", flush=True)
        rows += importlib.import_module(f"benchmarks.{name}").run()
    today = datetime.date.today().isoformat()
    block = f"{BEGIN}\nRun on {today}, on {machine()}.\n\n{table(rows)}\n{END}"
    text = README.read_text(encoding="utf-8")
    before, _, rest = text.partition(BEGIN)
    _, _, after = rest.partition(END)
    README.write_text(before + block + after, encoding="utf-8")
    print(table(rows))
    return 0


if __name__ == "__main__":
    sys.exit(main())
