"""Read the structure of Qt's compiled translations (.qm) without Qt, to check they are whole."""

from __future__ import annotations

import struct
from dataclasses import dataclass
from pathlib import Path

QM_MAGIC = bytes.fromhex("3cb86418caef9c95cd211cbf60a1bddd")
# The block tags of QTranslator's file format (qtbase/src/corelib/kernel/qtranslator.cpp).
CONTEXTS, HASHES, MESSAGES = 0x2F, 0x42, 0x69
NUMERUS_RULES, DEPENDENCIES, LANGUAGE = 0x88, 0x96, 0xA7
KNOWN_TAGS = {CONTEXTS, HASHES, MESSAGES, NUMERUS_RULES, DEPENDENCIES, LANGUAGE}


class QmFileError(ValueError):
    """The file is not a complete Qt translation."""


@dataclass(frozen=True)
class QmSummary:
    language: str  # from the file's language block; "" when lrelease was not told one
    message_bytes: int  # size of the translated messages
    dependencies: tuple[str, ...]  # other catalogues it loads (Qt's qt_xx.qm is only these)


def read_qm(path: Path) -> QmSummary:
    """Walk the file's blocks as QTranslator does; raise QmFileError when it would refuse it."""
    data = path.read_bytes()
    if not data.startswith(QM_MAGIC):
        raise QmFileError(f"{path.name}: not a Qt translation (wrong magic number)")
    blocks: dict[int, bytes] = {}
    position = len(QM_MAGIC)
    while position < len(data):
        if position + 5 > len(data):
            raise QmFileError(f"{path.name}: truncated block header at byte {position}")
        tag, length = struct.unpack_from(">BI", data, position)
        position += 5
        if tag not in KNOWN_TAGS:
            raise QmFileError(f"{path.name}: unknown block 0x{tag:02x} at byte {position - 5}")
        if position + length > len(data):
            raise QmFileError(f"{path.name}: truncated (block 0x{tag:02x} runs past the end)")
        blocks[tag] = data[position : position + length]
        position += length
    return QmSummary(
        language=blocks.get(LANGUAGE, b"").decode("utf-8", "replace"),
        message_bytes=len(blocks.get(MESSAGES, b"")),
        dependencies=_dependencies(blocks.get(DEPENDENCIES, b"")),
    )


def _dependencies(block: bytes) -> tuple[str, ...]:
    names, position = [], 0
    while position + 4 <= len(block):
        (length,) = struct.unpack_from(">I", block, position)
        names.append(block[position + 4 : position + 4 + length].decode("utf-16-be", "replace"))
        position += 4 + length
    return tuple(names)
