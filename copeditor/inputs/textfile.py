"""Reading a whole input file with a size cap, as one-line errors."""

from __future__ import annotations

import os
from pathlib import Path

from copeditor.inputs.errors import InputError


def read_capped(path: Path, max_bytes: int, kind: str) -> bytes:
    try:
        with path.open("rb") as handle:
            size = os.fstat(handle.fileno()).st_size
            if size > max_bytes:
                raise InputError(
                    f"{path.name}: is too large to be {kind} ({size / 1e6:.0f} MB; the limit "
                    f"is {max_bytes / 1e6:.0f} MB)"
                )
            data = handle.read(max_bytes + 1)
    except OSError as error:
        raise InputError(f"{path.name}: cannot be opened: {error.strerror or error}") from None
    if len(data) > max_bytes:
        raise InputError(f"{path.name}: is too large to be {kind}")
    return data
