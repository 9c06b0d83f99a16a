"""Safe file output and safe terminal output.

* :func:`atomic_output`, :func:`write_atomic`, :func:`write_pieces`: write to a
  temporary file beside the target, fsync, rename.
* :func:`printable`: the one helper every file name or user string goes through
  before it is printed, so a name cannot move the cursor, recolour the terminal
  or forge a second line.
"""

from __future__ import annotations

import os
import re
import tempfile
from collections.abc import Iterable, Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

__all__ = ["atomic_output", "fsync_dir", "printable", "write_atomic", "write_pieces"]


@contextmanager
def atomic_output(path: str | os.PathLike[str]) -> Iterator[BinaryIO]:
    """A binary file that appears at ``path`` complete or not at all.

    The bytes go to a temporary file in the same folder (same file system, so the
    final :func:`os.replace` is atomic) and are fsynced before the rename; on any
    error the temporary file is removed.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            yield handle
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so that readers never see a half-written file."""
    with atomic_output(path) as handle:
        handle.write(data.encode("utf-8") if isinstance(data, str) else data)
    return Path(path)


def write_pieces(path: str | os.PathLike[str], pieces: Iterable[str], batch: int = 2000) -> Path:
    """Write text produced piece by piece, atomically, never holding the whole file."""
    with atomic_output(path) as handle:
        buffer: list[str] = []
        for piece in pieces:
            buffer.append(piece)
            if len(buffer) >= batch:
                handle.write("".join(buffer).encode("utf-8"))
                buffer.clear()
        handle.write("".join(buffer).encode("utf-8"))
    return Path(path)


def fsync_dir(folder: str | os.PathLike[str]) -> None:
    """Make the renames inside ``folder`` durable (a no-op where folders cannot be opened)."""
    try:
        fd = os.open(folder, os.O_RDONLY | getattr(os, "O_DIRECTORY", 0))
    except OSError:
        return
    try:
        os.fsync(fd)
    except OSError:
        pass
    finally:
        os.close(fd)


# C0 and C1 controls, DEL, the Unicode line and paragraph separators, the bidirectional
# and zero-width format characters (which can reorder or hide what follows), lone
# surrogates (undecodable bytes in a file name) and the backslash itself, so that an
# escape in the output is never ambiguous.
_UNSAFE = re.compile(
    "[\\\\\x00-\x1f\x7f-\x9f\u00ad\u061c\u180e\u200b-\u200f\u2028-\u202e\u2060-\u206f"
    "\ufeff\ufff9-\ufffb\ud800-\udfff]"
)
_NAMED = {"\\": "\\\\", "\n": "\\n", "\r": "\\r", "\t": "\\t"}


def _escape(match: re.Match[str]) -> str:
    char = match.group()
    if char in _NAMED:
        return _NAMED[char]
    code = ord(char)
    return f"\\x{code:02x}" if code < 0x100 else f"\\u{code:04x}"


def printable(value: object) -> str:
    """``value`` as text that is safe to print: control and format characters escaped
    ``repr``-style (``\\n``, ``\\x1b``, ``\\u202e``); Chinese and other text unchanged."""
    text = os.fspath(value) if isinstance(value, os.PathLike) else str(value)
    if isinstance(text, bytes):
        text = os.fsdecode(text)
    return _UNSAFE.sub(_escape, text)
