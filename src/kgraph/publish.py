"""All-or-nothing output: a build publishes its whole file set at once, under a lock.

How a build writes ``OUTPUT/`` (``kgraph build``, :func:`kgraph.pipeline.run`):

1. It takes an exclusive ``flock`` on ``OUTPUT/.kgraph.lock`` (never blocking: a
   second build into the same folder stops at once with a clear message) and
   finishes or removes whatever an earlier, killed build left (:func:`recover`).
2. The exporters write every file into ``OUTPUT/.staging-<pid>-<random>/``, each
   one fsynced; nothing in ``OUTPUT/`` itself changes yet.
3. When every file is there, the staging folder gets ``COMMIT``: the manifest of the
   new set (build id, and each file's size and SHA-256), fsynced.
4. With SIGINT, SIGTERM and SIGHUP held back, each file is renamed into ``OUTPUT/``
   (same file system: each rename is atomic), the files the previous manifest listed
   and the new set lacks are removed, then ``OUTPUT/manifest.json`` is written
   (atomically) last and the staging folder removed. Its build id is a hash
   of the file set, so the same input gives the same bytes everywhere.

So an interrupted build (Ctrl-C, SIGTERM, an exception, a failed exporter, a full
disk) leaves the complete old set and removes its staging folder on the way out.
Only a SIGKILL or a power cut can land inside step 4's few renames; then the
committed staging folder is still there, ``manifest.json`` does not match the
files (:func:`check_output` says so, and ``kgraph query``/``serve`` warn), and the
next build rolls the publication forward before it starts, so the folder again
holds one complete set and no temporary files.

Worker processes forked during a build die with it (:func:`die_with_parent`) and
leave Ctrl-C to the parent, which kills them at once (:func:`build_guard`).
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import secrets
import shutil
import signal
import sys
import threading
import time
from collections.abc import Callable, Iterable, Iterator
from pathlib import Path
from typing import TYPE_CHECKING, Literal, TypedDict

from kgraph.fileio import fsync_dir, write_atomic

if TYPE_CHECKING:
    import ctypes

__all__ = [
    "LOCK_NAME",
    "MANIFEST_NAME",
    "OutputBusy",
    "OutputLock",
    "Staging",
    "Terminated",
    "build_guard",
    "check_output",
    "deferred_signals",
    "die_with_parent",
    "lock_holder",
    "recover",
    "worker_init",
]

LOCK_NAME = ".kgraph.lock"
MANIFEST_NAME = "manifest.json"
STAGING_PREFIX = ".staging-"
COMMIT_NAME = "COMMIT"
MANIFEST_FORMAT = "kgraph-output"
MANIFEST_VERSION = 1
CACHE_FOLDER = ".kgraph-cache"
_HELD_SIGNALS = tuple(
    getattr(signal, name) for name in ("SIGINT", "SIGTERM", "SIGHUP") if hasattr(signal, name)
)


class OutputBusy(Exception):
    """Another build holds the output folder's lock."""


class Terminated(BaseException):
    """SIGTERM or SIGHUP, raised in the main thread so that cleanup code runs."""

    def __init__(self, signum: int) -> None:
        super().__init__(f"terminated by signal {signum}")
        self.signum = signum


# ---------------------------------------------------------------- the lock


class OutputLock:
    """An exclusive, non-blocking ``flock`` on ``FOLDER/.kgraph.lock``.

    The lock file is never deleted (deleting it would let two builds lock two
    different files) and stays empty, so that two builds of the same input leave
    byte-identical folders; who holds it is read from ``/proc/locks``.
    """

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.path = self.folder / LOCK_NAME
        self.fd: int | None = None

    def acquire(self) -> OutputLock:
        import fcntl

        self.folder.mkdir(parents=True, exist_ok=True)
        fd = os.open(self.path, os.O_RDWR | os.O_CREAT | getattr(os, "O_CLOEXEC", 0), 0o644)
        try:
            fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
        except OSError:
            holder = _flock_holder(fd)
            os.close(fd)
            who = f" (pid {holder})" if holder else ""
            raise OutputBusy(
                f"{self.folder} is in use by another kgraph build{who}; "
                "wait for it to finish or choose another -o folder"
            ) from None
        self.fd = fd
        return self

    def release(self) -> None:
        if self.fd is not None:
            os.close(self.fd)  # closing the last descriptor releases the flock
            self.fd = None

    def __enter__(self) -> OutputLock:
        return self.acquire() if self.fd is None else self

    def __exit__(self, *exc: object) -> None:
        self.release()


def _flock_holder(fd: int) -> int | None:
    """The pid holding a flock on the file open as ``fd`` (Linux), else None."""
    try:
        info = os.fstat(fd)
        lines = Path("/proc/locks").read_text().splitlines()
    except OSError:
        return None
    for line in lines:
        fields = line.split()
        if len(fields) < 6 or fields[1] != "FLOCK" or not fields[4].isdigit():
            continue  # a POSIX lock, or a waiter ("1: -> FLOCK …")
        try:
            major, minor, inode = (
                int(part, 16 if i < 2 else 10) for i, part in enumerate(fields[5].split(":"))
            )
        except ValueError:
            continue
        if (major, minor, inode) == (os.major(info.st_dev), os.minor(info.st_dev), info.st_ino):
            pid = int(fields[4])
            return pid if pid > 0 else None
    return None


def lock_holder(folder: str | os.PathLike[str]) -> int | None:
    """The pid of the build that holds ``folder``'s lock, where it can be told."""
    try:
        fd = os.open(Path(folder) / LOCK_NAME, os.O_RDONLY)
    except OSError:
        return None
    try:
        return _flock_holder(fd)
    finally:
        os.close(fd)


# ---------------------------------------------------------------- the manifest


def _digest(path: Path) -> str:
    digest = hashlib.sha256()
    with path.open("rb") as handle:
        for block in iter(lambda: handle.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def _make_manifest(folder: Path, names: Iterable[str]) -> dict[str, object]:
    """The manifest of the files ``names`` in ``folder``. Its build id is a hash of the
    file set, so the same input gives a byte-identical manifest too."""
    from kgraph import __version__

    files = {}
    for name in sorted(names):
        path = folder / name
        files[name] = {"bytes": path.stat().st_size, "sha256": _digest(path)}
    build_id = hashlib.sha256(json.dumps(files, sort_keys=True).encode()).hexdigest()[:16]
    return {
        "format": MANIFEST_FORMAT,
        "version": MANIFEST_VERSION,
        "build": build_id,
        "kgraph": __version__,
        "files": files,
    }


def _read_manifest(path: Path) -> dict[str, object] | None:
    try:
        manifest = json.loads(path.read_text(encoding="utf-8"))
    except (OSError, ValueError):
        return None
    if not isinstance(manifest, dict) or manifest.get("format") != MANIFEST_FORMAT:
        return None
    files = manifest.get("files")
    if not isinstance(files, dict) or not all(
        isinstance(name, str)
        and not name.startswith("/")
        and all(part not in ("", ".", "..") for part in name.split("/"))
        and isinstance(entry, dict)
        for name, entry in files.items()
    ):
        return None
    return manifest


def check_output(folder: str | os.PathLike[str], deep: bool = False) -> str | None:
    """Why ``folder`` does not hold one complete published set, or None when it does
    (or carries no manifest: an older build, or files made by hand).

    Sizes are compared; ``deep`` also compares the SHA-256 of every file.
    """
    folder = Path(folder)
    path = folder / MANIFEST_NAME
    if not path.exists():
        return None
    manifest = _read_manifest(path)
    if manifest is None:
        return f"{path} is damaged"
    files = manifest["files"]
    assert isinstance(files, dict)
    pending = any((p / COMMIT_NAME).exists() for p in folder.glob(f"{STAGING_PREFIX}*"))
    for name, entry in files.items():
        target = folder / name
        try:
            size = target.stat().st_size
        except OSError:
            size = -1
        if size != entry.get("bytes") or (deep and _digest(target) != entry.get("sha256")):
            why = "an interrupted build" if pending else "changed after the build"
            return f"{target} does not match {path} ({why}); run `kgraph build` again"
    return None


# ---------------------------------------------------------------- staging and publishing


class Staging:
    """``OUTPUT/.staging-<random id>/``: where a build writes; removed on any exit."""

    def __init__(self, folder: str | os.PathLike[str]) -> None:
        self.folder = Path(folder)
        self.path = self.folder / f"{STAGING_PREFIX}{os.getpid()}-{secrets.token_hex(4)}"

    def __enter__(self) -> Staging:
        self.path.mkdir(parents=True)
        return self

    def __exit__(self, *exc: object) -> None:
        shutil.rmtree(self.path, ignore_errors=True)

    def publish(self, written: Iterable[str | os.PathLike[str]] = ()) -> list[Path]:
        """Move every file staged (``written`` must be among them) into the output
        folder as one set; returns their new paths."""
        names = sorted(
            path.relative_to(self.path).as_posix()
            for path in self.path.rglob("*")
            if path.is_file() and not path.is_symlink() and path.name != COMMIT_NAME
        )
        staged = self.path.resolve()
        for item in written:
            if not Path(item).resolve().is_relative_to(staged):
                raise ValueError(f"{item} was written outside the staging folder")
        check_interrupted()
        manifest = _make_manifest(self.path, names)
        write_atomic(self.path / COMMIT_NAME, json.dumps(manifest, indent=1) + "\n")
        fsync_dir(self.path)
        with deferred_signals():
            _roll_forward(self.path, self.folder, manifest)
        return [self.folder / name for name in names]


def _roll_forward(staging: Path, folder: Path, manifest: dict[str, object]) -> None:
    files = manifest["files"]
    assert isinstance(files, dict)
    for name in files:
        source = staging / name
        if source.exists():
            target = folder / name
            target.parent.mkdir(parents=True, exist_ok=True)
            os.replace(source, target)
    # Files of the previous set that the new one lacks (a format no longer asked for)
    # go too: the folder holds one set. Only names the old manifest lists, never others.
    previous = _read_manifest(folder / MANIFEST_NAME)
    if previous is not None:
        old_files = previous["files"]
        assert isinstance(old_files, dict)
        for name in old_files:
            if name not in files:
                with contextlib.suppress(OSError):
                    (folder / name).unlink()
    write_atomic(folder / MANIFEST_NAME, json.dumps(manifest, indent=1) + "\n")
    fsync_dir(folder)
    shutil.rmtree(staging, ignore_errors=True)


def recover(folder: str | os.PathLike[str], warn: Callable[[str], None] | None = None) -> list[str]:
    """Finish or undo what a killed build left in ``folder``; call it holding the lock.

    A staging folder with a valid ``COMMIT`` had every file written: its publication
    is completed. Any other staging folder, and temporary files of interrupted
    atomic writes (in the folder and in its extraction cache), are removed.
    Returns one line per thing done.
    """
    folder = Path(folder)
    done: list[str] = []

    def committed_at(staging: Path) -> int:
        try:
            return (staging / COMMIT_NAME).stat().st_mtime_ns
        except OSError:
            return -1

    # Oldest commit first, so that the newest set is the one left in place.
    for staging in sorted(folder.glob(f"{STAGING_PREFIX}*"), key=committed_at):
        if not staging.is_dir() or staging.is_symlink():
            continue
        manifest = _read_manifest(staging / COMMIT_NAME)
        files = manifest["files"] if manifest else None
        complete = isinstance(files, dict) and all(
            (staging / name).exists() or (folder / name).exists() for name in files
        )
        if manifest and complete:
            with deferred_signals():
                _roll_forward(staging, folder, manifest)
            done.append(f"completed the publication of build {manifest.get('build')}")
        else:
            shutil.rmtree(staging, ignore_errors=True)
            done.append(f"removed the unfinished build {staging.name}")
    stray = [*folder.glob(".*.tmp"), *(folder / CACHE_FOLDER).glob("*/.*.tmp")]
    for path in stray:
        with contextlib.suppress(OSError):
            path.unlink()
    if stray:
        done.append(f"removed {len(stray)} temporary file{'s' if len(stray) != 1 else ''}")
    for line in done:
        if warn:
            warn(f"kgraph: {folder}: {line} (an earlier build was interrupted)")
    return done


# ---------------------------------------------------------------- signals and processes


@contextlib.contextmanager
def deferred_signals() -> Iterator[None]:
    """Hold SIGINT, SIGTERM and SIGHUP back for the duration (main thread, POSIX)."""
    usable = hasattr(signal, "pthread_sigmask") and threading.current_thread() is (
        threading.main_thread()
    )
    if not usable:
        yield
        return
    previous = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    try:
        yield
    finally:
        signal.pthread_sigmask(signal.SIG_SETMASK, previous)


_PR_SET_PDEATHSIG = 1
_libc: ctypes.CDLL | Literal[False] | None = None  # False: no libc to load


def _load_libc() -> ctypes.CDLL | Literal[False] | None:
    global _libc
    if _libc is None and sys.platform.startswith("linux"):
        try:
            import ctypes

            _libc = ctypes.CDLL(None, use_errno=True)
        except OSError:
            _libc = False
    return _libc


def die_with_parent(parent_pid: int | None = None) -> None:
    """Make this process die when its parent does: ``prctl(PR_SET_PDEATHSIG)`` on
    Linux, elsewhere a watchdog thread that watches ``getppid()``."""
    parent_pid = parent_pid if parent_pid is not None else os.getppid()
    libc = _load_libc()
    if libc:
        try:
            if libc.prctl(_PR_SET_PDEATHSIG, signal.SIGKILL, 0, 0, 0) == 0:
                if os.getppid() != parent_pid:  # the parent died before prctl
                    os._exit(1)
                return
        except AttributeError:
            pass
    _watchdog(parent_pid)


def worker_init() -> None:
    """An ``initializer`` for worker pools of any start method: leave Ctrl-C to the
    parent (which kills its workers) and die with it. Forked workers of a build get
    the same without it (:func:`build_guard`)."""
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    die_with_parent()


def _watchdog(parent: int) -> None:
    def watch() -> None:
        while os.getppid() == parent:
            time.sleep(0.5)
        os._exit(1)

    threading.Thread(target=watch, name="kgraph-parent-watch", daemon=True).start()


# ---- the build guard: signals become exceptions, forked workers follow the parent

_build_active = False
_hooks_installed = False
_received: list[int] = []


class _ForkState(TypedDict, total=False):
    mask: set[int | signal.Signals]  # the signal mask before fork, as pthread_sigmask gives it
    parent: int
    main: bool
    in_hook: bool


_fork_state: _ForkState = {}


def _before_fork() -> None:
    if not _build_active:
        return
    # No signal handler may run inside fork's hooks, where its exception would be lost.
    _fork_state["mask"] = signal.pthread_sigmask(signal.SIG_BLOCK, _HELD_SIGNALS)
    _fork_state["parent"] = os.getpid()
    _fork_state["main"] = threading.current_thread() is threading.main_thread()


def _after_fork_in_parent() -> None:
    mask = _fork_state.pop("mask", None)
    if mask is not None:
        # A signal held back meanwhile arrives now, inside a fork hook: the handler
        # only records it (an exception here would be lost) and check_interrupted()
        # raises it on the way out.
        _fork_state["in_hook"] = True
        try:
            signal.pthread_sigmask(signal.SIG_SETMASK, mask)
        finally:
            _fork_state["in_hook"] = False


def _after_fork_in_child() -> None:
    mask = _fork_state.pop("mask", None)
    if mask is None:
        return
    # Ctrl-C is the parent's to handle (it kills its workers at once); a worker
    # interrupted on its own would only print a traceback. SIGTERM: die quietly.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    for signum in _HELD_SIGNALS:
        if signum != signal.SIGINT:
            signal.signal(signum, signal.SIG_DFL)
    parent = _fork_state["parent"]
    assert isinstance(parent, int)
    if _fork_state.get("main"):
        die_with_parent(parent)
    else:  # PDEATHSIG follows the forking thread, not the process: watch instead
        _watchdog(parent)
    signal.pthread_sigmask(signal.SIG_SETMASK, mask)


def _kill_children() -> None:
    if "multiprocessing" not in sys.modules:
        return
    import multiprocessing

    for child in multiprocessing.active_children():
        with contextlib.suppress(OSError, ValueError, AttributeError):
            child.kill()


def _signal_error(signum: int) -> BaseException:
    return KeyboardInterrupt() if signum == signal.SIGINT else Terminated(signum)


def _on_signal(signum: int, frame: object) -> None:
    _received.append(signum)
    _kill_children()
    # (a signal that lands as a fork hook starts, before it blocks signals, runs the handler
    # in the hook's frame: an exception there would be printed as "ignored" and lost)
    in_hook = getattr(frame, "f_code", None) in _FORK_HOOK_CODES
    if not (in_hook or _fork_state.get("in_hook")):
        raise _signal_error(signum)


_FORK_HOOK_CODES = frozenset(
    hook.__code__ for hook in (_before_fork, _after_fork_in_parent, _after_fork_in_child)
)


def check_interrupted() -> None:
    """Raise the exception of a signal received during the build, even where code
    between swallowed it (a worker pool broken by its killed workers, say)."""
    if _received:
        raise _signal_error(_received[0])


@contextlib.contextmanager
def build_guard() -> Iterator[None]:
    """For the duration of a build: SIGINT raises KeyboardInterrupt and SIGTERM/SIGHUP
    raise :class:`Terminated` (so ``finally`` blocks clean up), each after killing the
    build's worker processes; processes forked meanwhile ignore Ctrl-C and die with
    this one. Whatever error a signal caused on its way comes out as the signal's."""
    global _build_active, _hooks_installed
    if threading.current_thread() is not threading.main_thread():
        yield
        return
    _load_libc()  # not in a fork hook
    if not _hooks_installed and hasattr(os, "register_at_fork"):
        os.register_at_fork(
            before=_before_fork,
            after_in_parent=_after_fork_in_parent,
            after_in_child=_after_fork_in_child,
        )
        _hooks_installed = True
    previous = {signum: signal.getsignal(signum) for signum in _HELD_SIGNALS}
    _received.clear()
    for signum in _HELD_SIGNALS:
        signal.signal(signum, _on_signal)
    _build_active = True
    try:
        yield
        check_interrupted()
    except (KeyboardInterrupt, Terminated):
        raise
    except BaseException:
        check_interrupted()
        raise
    finally:
        _build_active = False
        _received.clear()
        for signum, handler in previous.items():
            signal.signal(signum, handler if handler is not None else signal.SIG_DFL)
