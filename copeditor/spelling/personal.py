"""The user's own word list ("Add to Dictionary"): a UTF-8 text file, one word a line."""

from __future__ import annotations

from datetime import datetime
from pathlib import Path

from copeditor.atomicfile import write_atomic

PERSONAL_WORDS_FILE = "personal-words.txt"
# A real list holds hundreds of words; anything far larger is not a word list.
MAX_PERSONAL_BYTES = 2 * 1024 * 1024
MAX_WORD_LENGTH = 100


class PersonalWordListError(Exception):
    """The word list cannot be read or saved (the message is one line for the user)."""


class _Damaged(Exception):
    pass


class PersonalWordList:
    """Words the user added, shared by all languages, kept in `folder` (created when needed).

    A file that is not a word list (not UTF-8, binary, far too large) is renamed aside, never
    overwritten; `damaged_copy` then says where it went, so the caller can tell the user.
    """

    def __init__(self, folder: Path) -> None:
        self.path = folder / PERSONAL_WORDS_FILE
        self.damaged_copy: Path | None = None
        try:
            self._words = self._read()
        except PersonalWordListError:
            self._words = set()  # unreadable for now; add() tries again before writing

    def __contains__(self, word: str) -> bool:
        return word in self._words

    @property
    def words(self) -> frozenset[str]:
        return frozenset(self._words)

    def add(self, word: str) -> None:
        """Add a word and save the list at once. Raises PersonalWordListError, ValueError."""
        word = word.strip()
        if not word or len(word) > MAX_WORD_LENGTH or any(c.isspace() for c in word):
            raise ValueError(f"{word[:40]!r} cannot be added to the word list")
        # Another window may have added words since we read the file: keep theirs too.
        words = self._read() | self._words | {word}
        data = "".join(f"{entry}\n" for entry in sorted(words)).encode("utf-8")
        try:
            self.path.parent.mkdir(parents=True, exist_ok=True)
            write_atomic(self.path, data)
        except OSError as error:
            raise PersonalWordListError(
                f"the word list {self.path} cannot be saved: {error.strerror or error}"
            ) from None
        self._words = words

    def _read(self) -> set[str]:
        try:
            text = self._read_text()
        except FileNotFoundError:
            return set()
        except OSError as error:
            raise PersonalWordListError(
                f"the word list {self.path} cannot be read: {error.strerror or error}"
            ) from None
        except _Damaged:
            self._put_aside()
            return set()
        words = (line.strip() for line in text.splitlines())
        return {word for word in words if word and len(word) <= MAX_WORD_LENGTH}

    def _read_text(self) -> str:
        with self.path.open("rb") as handle:
            data = handle.read(MAX_PERSONAL_BYTES + 1)
        if len(data) > MAX_PERSONAL_BYTES or b"\x00" in data:
            raise _Damaged
        try:
            return data.decode("utf-8-sig")
        except UnicodeDecodeError:
            raise _Damaged from None

    def _put_aside(self) -> None:
        stamp = datetime.now().strftime("%Y%m%d-%H%M%S")
        for attempt in range(100):
            suffix = f"-{attempt}" if attempt else ""
            aside = self.path.with_name(f"{self.path.stem}.damaged-{stamp}{suffix}.txt")
            if not aside.exists():
                break
        try:
            self.path.rename(aside)
        except OSError as error:
            # Left in place; add() will not write over it.
            raise PersonalWordListError(
                f"the damaged word list {self.path} cannot be renamed: {error.strerror or error}"
            ) from None
        self.damaged_copy = aside
