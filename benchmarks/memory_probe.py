"""Started by bench_memory: the editor with a draft open; prints its resident memory in MB."""

from __future__ import annotations

import sys
from pathlib import Path


def resident_mb() -> float:
    try:
        for line in Path("/proc/self/status").read_text().splitlines():
            if line.startswith("VmRSS:"):
                return int(line.split()[1]) / 1024
    except OSError:
        pass
    import resource

    peak = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    return peak / (1024 * 1024 if sys.platform == "darwin" else 1024)


def main() -> None:
    sys.path.insert(0, str(Path(__file__).resolve().parent.parent))
    import copeditor.storage.recovery  # noqa: F401
    from copeditor.ui.app import create_application
    from copeditor.ui.main_window import MainWindow

    app = create_application()
    window = MainWindow(Path(sys.argv[2]))
    window.show()
    window.files.open_path(Path(sys.argv[1]), ask_first=False)
    for index in range(window.tabs.count()):  # every tab laid out, as a user would look
        window.tabs.setCurrentIndex(index)
        app.processEvents()
    print(f"{resident_mb():.1f}", flush=True)
    window.close()


if __name__ == "__main__":
    main()
