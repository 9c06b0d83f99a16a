"""Safe file output and safe terminal output.

* :func:`write_atomic`: write to a temporary file beside the target, fsync, rename.
* :func:`printable`: the one helper every file name or user string goes through
  before it is printed, so a name cannot move the cursor, recolour the terminal
  or forge a second line.
"""

from __future__ import annotations

import os
import re
import tempfile
from pathlib import Path

__all__ = ["fsync_dir", "printable", "write_atomic"]


def write_atomic(path: str | os.PathLike[str], data: str | bytes) -> Path:
    """Write ``data`` to ``path`` so that readers never see a half-written file.

    The bytes go to a temporary file in the same folder (same file system, so the
    final :func:`os.replace` is atomic) and are fsynced before the rename.
    """
    target = Path(path)
    target.parent.mkdir(parents=True, exist_ok=True)
    payload = data.encode("utf-8") if isinstance(data, str) else data
    fd, tmp = tempfile.mkstemp(prefix=f".{target.name}.", suffix=".tmp", dir=target.parent)
    try:
        with os.fdopen(fd, "wb") as handle:
            handle.write(payload)
            handle.flush()
            os.fsync(handle.fileno())
        os.chmod(tmp, 0o644)
        os.replace(tmp, target)
    except BaseException:
        Path(tmp).unlink(missing_ok=True)
        raise
    return target


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
