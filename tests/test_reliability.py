"""Trustworthy under faults and hostile input: the extraction cache never executes
code, a build publishes all or nothing under a lock and cleans up after real signals,
its workers die with it, and names are escaped when printed."""

from __future__ import annotations

import contextlib
import dataclasses
import json
import os
import pickle
import shutil
import signal
import subprocess
import sys
import time
from array import array
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

import pytest

from conftest import ROOT, SEEDS, seed_path
from kgraph import publish
from kgraph.cache import CacheFormatError, ExtractionCache, decode, encode, schema_fingerprint
from kgraph.fileio import printable
from kgraph.pipeline import build

LINUX = sys.platform.startswith("linux") and Path("/proc/self/task").exists()

# ---------------------------------------------------------------- the cache is data


@dataclass(frozen=True)
class Inner:
    start: int
    label: str | None = None
    tags: tuple[str, ...] = ()


@dataclass
class Outer:
    name: str
    inner: list[Inner]
    seen: set[str]
    table: dict[str, int]
    offsets: array
    pair: tuple[int, str]
    score: float
    flag: bool
    maybe: Inner | None = None
    anything: object = None
    added_later: list[tuple[int, int]] = field(default_factory=list)


def sample_outer() -> Outer:
    return Outer(
        name="中华全国总工会\udcff",  # a lone surrogate, as from an undecodable file name
        inner=[Inner(1, "习近平", ("a", "b")), Inner(2)],
        seen={"b", "a"},
        table={"x": 1, "y": 2},
        offsets=array("l", [0, 5, 9]),
        pair=(7, "seven"),
        score=0.5,
        flag=True,
        maybe=Inner(3, None),
        anything={"k": [1, "v"]},
        added_later=[(1, 2)],
    )


def test_codec_round_trips_any_record_field_by_field() -> None:
    value = sample_outer()
    text = json.dumps(encode(value), ensure_ascii=False)
    again = decode(Outer, json.loads(text))
    assert again == value and type(again.inner[0].tags) is tuple


@pytest.mark.parametrize(
    "damage",
    [
        lambda e: e.__setitem__(0, 5),  # name: an int, not a str
        lambda e: e[1][0].__setitem__(0, "1"),  # Inner.start: a str, not an int
        lambda e: e[1][0].__setitem__(0, True),  # a bool is not an int
        lambda e: e.pop(),  # a field missing
        lambda e: e.append(1),  # a field too many
        lambda e: e.__setitem__(4, ["l", ["x"]]),  # array items of the wrong type
    ],
)
def test_codec_checks_every_type(damage: Callable[[list], None]) -> None:
    encoded = json.loads(json.dumps(encode(sample_outer()), ensure_ascii=False))
    damage(encoded)
    with pytest.raises(CacheFormatError):
        decode(Outer, encoded)


def test_schema_fingerprint_follows_the_fields() -> None:
    before = dataclasses.make_dataclass("Record", [("a", int), ("b", str)])
    after = dataclasses.make_dataclass("Record", [("a", int), ("b", str), ("c", int)])
    assert schema_fingerprint(before) != schema_fingerprint(after)
    assert schema_fingerprint(before) == schema_fingerprint(before)


class Exploit:
    """Unpickling this creates the marker file: proof that the pickle was executed."""

    def __init__(self, marker: Path) -> None:
        self.marker = marker

    def __reduce__(self):
        return (open, (str(self.marker), "w"))


@pytest.fixture(scope="module")
def cached_seed(tmp_path_factory: pytest.TempPathFactory):
    folder = tmp_path_factory.mktemp("cache")
    cache = ExtractionCache(folder / "cache", warn=lambda m: None)
    first = build([seed_path("000")], cache=cache)
    assert (cache.hits, cache.misses) == (0, 1)
    return folder / "cache", first


def test_cache_round_trips_a_real_extraction(cached_seed) -> None:
    folder, first = cached_seed
    entries = list(folder.rglob("*.json"))
    assert len(entries) == 1
    head = json.loads(entries[0].read_bytes().partition(b"\n")[0])
    assert head["kgraph-cache"] == 1 and head["schema"] == schema_fingerprint()
    again = ExtractionCache(folder)
    second = build([seed_path("000")], cache=again)
    assert (again.hits, again.misses) == (1, 0)
    assert second.extractions == first.extractions


def planted(folder: Path, payload: bytes) -> tuple[Path, bytes]:
    (entry,) = folder.rglob("*.json")
    original = entry.read_bytes()
    entry.write_bytes(payload)
    return entry, original


@pytest.mark.parametrize("kind", ["pickle", "garbage", "truncated", "tampered", "retyped"])
def test_a_planted_or_damaged_entry_is_ignored_with_one_warning(
    cached_seed, tmp_path: Path, kind: str
) -> None:
    folder, first = cached_seed
    work = tmp_path / "cache"
    shutil.copytree(folder, work)
    marker = tmp_path / "executed"
    (entry,) = work.rglob("*.json")
    original = entry.read_bytes()
    head, _, body = original.partition(b"\n")
    if kind == "pickle":
        payload = pickle.dumps(Exploit(marker))
        # The old cache's file name too: never read.
        entry.with_suffix(".pickle").write_bytes(payload)
    elif kind == "garbage":
        payload = b"\x00\xff not a cache entry"
    elif kind == "truncated":
        payload = original[: len(original) // 2]
    elif kind == "tampered":
        payload = head + b"\n" + body.replace("王".encode(), "汪".encode(), 1)
    else:  # a well-formed entry (right checksum) whose values have the wrong types
        value = json.loads(body)
        value[1][0][1] = "0"  # a sentence index as a string
        body = json.dumps(value, ensure_ascii=False).encode()
        header = json.loads(head)
        header["bytes"] = len(body)
        header["sha256"] = __import__("hashlib").sha256(body).hexdigest()
        payload = json.dumps(header).encode() + b"\n" + body
    entry.write_bytes(payload)
    warnings: list[str] = []
    cache = ExtractionCache(work, warn=warnings.append)
    result = build([seed_path("000")], cache=cache)
    assert not marker.exists(), "the cache executed a pickle"
    assert (cache.hits, cache.misses, cache.rejected) == (0, 1, 1)
    assert len(warnings) == 1 and warnings[0].startswith("kgraph: warning: ignoring cache entry")
    assert "\n" not in warnings[0]
    assert result.extractions == first.extractions  # re-extracted
    again = ExtractionCache(work, warn=warnings.append)
    build([seed_path("000")], cache=again)
    assert again.hits == 1 and len(warnings) == 1  # and written back, valid


# ---------------------------------------------------------------- names escaped


def test_printable_escapes_control_and_format_characters() -> None:
    assert printable("seeds/会议.txt") == "seeds/会议.txt"
    assert printable("a\nb\x1b[31mc\td\u202ee\x7f\\") == "a\\nb\\x1b[31mc\\td\\u202ee\\x7f\\\\"
    assert printable(Path("x\udcff")) == "x\\udcff"
    assert printable("\u2028") == "\\u2028"


def run_kgraph(*args: str, timeout: float = 300) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "kgraph.cli", *args],
        capture_output=True,
        timeout=timeout,
        cwd=ROOT,
    )


def test_file_names_are_escaped_in_messages(tmp_path: Path) -> None:
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    shutil.copy(seed_path("002"), corpus)
    (corpus / "evil\x1b[2J\nkgraph: all good.txt").write_bytes(b"")
    result = run_kgraph("build", str(corpus), "-o", str(tmp_path / "out"), "-j", "1", "-q")
    assert result.returncode == 3
    err = result.stderr.decode()
    assert "\x1b" not in err
    assert "evil\\x1b[2J\\nkgraph: all good.txt" in err
    assert all(line.startswith("kgraph") for line in err.splitlines())


@pytest.mark.parametrize(
    "base", ["not an iri", "http://example.org/a b/", "http://example.org/id", "\x1b[2J:x/"]
)
def test_invalid_base_is_one_usage_error_before_any_work(tmp_path: Path, base: str) -> None:
    out = tmp_path / "out"
    started = time.monotonic()
    result = run_kgraph("build", str(SEEDS), "-o", str(out), "--base", base)
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err.startswith("kgraph build: error: argument --base: ") and err.count("\n") == 1
    assert "\x1b" not in err and not out.exists()
    assert time.monotonic() - started < 60


# ---------------------------------------------------------------- all or nothing, locked


def snapshot(folder: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(folder.glob("graph.*"))}


def leftovers(folder: Path) -> list[str]:
    return sorted(
        str(p.relative_to(folder))
        for p in folder.rglob("*")
        if p.name.startswith(publish.STAGING_PREFIX) or p.name.endswith(".tmp")
    )


@pytest.fixture(scope="module")
def old_and_new(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, dict, dict]:
    """A folder holding an old build (one seed) and the file set a build of seeds/ makes."""
    base = tmp_path_factory.mktemp("sets")
    old, new = base / "old", base / "new"
    for paths, out in (([str(seed_path("002"))], old), ([str(SEEDS)], new)):
        result = run_kgraph("build", *paths, "-o", str(out), "-j", "1", "-q", "--no-cache")
        assert result.returncode == 0, result.stderr.decode()
    old_set, new_set = snapshot(old), snapshot(new)
    assert {"graph.json", "graph.ttl"} <= set(old_set) == set(new_set)
    assert old_set != new_set
    assert publish.check_output(old, deep=True) is None
    return old, old_set, new_set


def start_build(out: Path, jobs: int) -> subprocess.Popen:
    command = [sys.executable, "-m", "kgraph.cli", "build", str(SEEDS), "-o", str(out)]
    return subprocess.Popen(
        [*command, "-j", str(jobs), "-q", "--no-cache"],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        cwd=ROOT,
    )


def children(pid: int) -> list[int]:
    found: list[int] = []
    for task in Path(f"/proc/{pid}/task").glob("*/children"):
        with contextlib.suppress(OSError):
            found += [int(p) for p in task.read_text().split()]
    return found


def alive(pid: int) -> bool:
    try:
        return "zombie" not in Path(f"/proc/{pid}/status").read_text().lower()
    except OSError:
        return False


def wait_for(condition: Callable[[], bool], process: subprocess.Popen, limit: float = 180) -> None:
    deadline = time.monotonic() + limit
    while not condition():
        if process.poll() is not None:
            pytest.fail(f"the build ended before the signal: {process.stderr.read().decode()}")
        if time.monotonic() > deadline:
            process.kill()
            pytest.fail("the build never reached the point")
        time.sleep(0.002)


POINTS = {
    # extraction running in worker processes
    "workers": (2, lambda out, process: bool(children(process.pid))),
    # reading and extracting, before any output
    "locked": (1, lambda out, process: publish.lock_holder(out) == process.pid),
    # the exporters are writing the staging folder
    "staging": (
        1,
        lambda out, process: any(
            any(p.glob("graph.*")) for p in out.glob(f"{publish.STAGING_PREFIX}*")
        ),
    ),
}


@pytest.mark.skipif(not LINUX, reason="real signals and /proc")
@pytest.mark.parametrize(
    ("signum", "point"),
    [
        (signal.SIGINT, "workers"),
        (signal.SIGINT, "staging"),
        (signal.SIGTERM, "staging"),
        (signal.SIGKILL, "workers"),
        (signal.SIGKILL, "staging"),
    ],
    ids=[
        "SIGINT-workers",
        "SIGINT-staging",
        "SIGTERM-staging",
        "SIGKILL-workers",
        "SIGKILL-staging",
    ],
)
def test_a_signal_leaves_the_old_set_or_the_new_one(
    old_and_new, tmp_path: Path, signum: int, point: str
) -> None:
    old, old_set, new_set = old_and_new
    out = tmp_path / "out"
    shutil.copytree(old, out)
    jobs, reached = POINTS[point]
    process = start_build(out, jobs)
    wait_for(lambda: reached(out, process), process)
    workers = children(process.pid)
    process.send_signal(signum)
    _, err = process.communicate(timeout=120)
    if signum != signal.SIGKILL:
        assert process.returncode == 128 + signum, err.decode()
        message = "interrupted" if signum == signal.SIGINT else f"stopped by signal {signum}"
        assert err.decode() == f"kgraph build: {message}\n"
    else:
        assert process.returncode == -signal.SIGKILL
    deadline = time.monotonic() + 10
    while any(alive(pid) for pid in workers) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not any(alive(pid) for pid in workers), "a worker outlived its build"
    assert snapshot(out) in (old_set, new_set)
    assert publish.check_output(out, deep=True) is None
    if signum == signal.SIGKILL:  # nothing can clean up after SIGKILL: the next build does
        with publish.OutputLock(out):
            publish.recover(out)
        assert snapshot(out) in (old_set, new_set)
    assert leftovers(out) == []
    with publish.OutputLock(out):  # the lock died with the build
        pass


@pytest.mark.skipif(not LINUX, reason="SIGKILL-like exit in a child")
def test_a_crash_in_the_middle_of_publishing_is_rolled_forward(old_and_new, tmp_path) -> None:
    """The only window a SIGKILL can hit: some files renamed, others not."""
    old, old_set, new_set = old_and_new
    out = tmp_path / "out"
    shutil.copytree(old, out)
    code = (
        "import os, sys\n"
        "from kgraph import publish\n"
        "from kgraph.cli import main\n"
        "calls = []\n"
        "real = os.replace\n"
        "def replace(a, b):\n"
        "    if '.staging-' in str(a) and '.staging-' not in str(b):\n"
        "        calls.append(a)\n"
        "        if len(calls) == 3:\n"
        "            os._exit(99)  # as if killed\n"
        "    return real(a, b)\n"
        "publish.os.replace = replace\n"
        f"sys.exit(main(['build', {str(SEEDS)!r}, '-o', {str(out)!r}, '-j', '1', '-q']))\n"
    )
    result = subprocess.run([sys.executable, "-c", code], capture_output=True, timeout=300)
    assert result.returncode == 99, result.stderr.decode()
    mixed = snapshot(out)
    assert mixed not in (old_set, new_set)  # two files new, the rest old
    problem = publish.check_output(out)
    assert problem and "interrupted build" in problem
    # The next build (here: its first step) completes the publication.
    with publish.OutputLock(out):
        done = publish.recover(out)
    assert done and done[0].startswith("completed the publication")
    assert snapshot(out) == new_set and leftovers(out) == []
    assert publish.check_output(out, deep=True) is None


def test_a_locked_folder_is_refused_at_once(old_and_new, tmp_path: Path) -> None:
    old, old_set, _ = old_and_new
    out = tmp_path / "out"
    shutil.copytree(old, out)
    with publish.OutputLock(out):
        started = time.monotonic()
        result = run_kgraph("build", str(SEEDS), "-o", str(out), "-q")
        assert time.monotonic() - started < 60
    assert result.returncode == 2
    err = result.stderr.decode()
    assert err == (
        f"kgraph build: error: {out} is in use by another kgraph build (pid {os.getpid()}); "
        "wait for it to finish or choose another -o folder\n"
    )
    assert snapshot(out) == old_set and leftovers(out) == []


@pytest.mark.skipif(not LINUX, reason="/proc")
def test_two_concurrent_builds_one_refuses(old_and_new, tmp_path: Path) -> None:
    _, _, new_set = old_and_new
    out = tmp_path / "out"
    first = start_build(out, 1)
    wait_for(lambda: publish.lock_holder(out) == first.pid, first)
    first.send_signal(signal.SIGSTOP)  # it holds the lock for as long as the test needs
    try:
        second = run_kgraph("build", str(SEEDS), "-o", str(out), "-q")
    finally:
        first.send_signal(signal.SIGCONT)
    assert second.returncode == 2
    assert second.stderr.decode() == (
        f"kgraph build: error: {out} is in use by another kgraph build (pid {first.pid}); "
        "wait for it to finish or choose another -o folder\n"
    )
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err.decode()
    assert snapshot(out) == new_set and leftovers(out) == []
    manifest = json.loads((out / publish.MANIFEST_NAME).read_text())
    assert set(manifest["files"]) >= set(new_set)


def test_a_failing_export_leaves_the_old_set(old_and_new, tmp_path: Path, monkeypatch, capsys):
    from kgraph import pipeline
    from kgraph.cli import main

    old, old_set, _ = old_and_new
    out = tmp_path / "out"
    shutil.copytree(old, out)

    def full_disk(graph, folder, options, jobs=1):
        (Path(folder) / "graph.ttl").write_text("half a graph")
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(pipeline, "export_all", full_disk)
    assert main(["build", str(seed_path("002")), "-o", str(out), "-q", "-j", "1"]) == 1
    assert capsys.readouterr().err == "kgraph build: error: [Errno 28] No space left on device\n"
    assert snapshot(out) == old_set and leftovers(out) == []
    assert publish.check_output(out, deep=True) is None


def test_recover_removes_what_an_unfinished_build_left(tmp_path: Path) -> None:
    out = tmp_path / "out"
    staging = out / f"{publish.STAGING_PREFIX}1-abcd"
    staging.mkdir(parents=True)
    (staging / "graph.ttl").write_text("half a graph")  # no COMMIT: never published
    (out / ".graph.ttl.x1y2.tmp").write_text("half a file")
    (out / publish.CACHE_FOLDER / "ab").mkdir(parents=True)
    (out / publish.CACHE_FOLDER / "ab" / ".abc.json.z.tmp").write_text("")
    warnings: list[str] = []
    with publish.OutputLock(out):
        done = publish.recover(out, warnings.append)
    assert done == ["removed the unfinished build .staging-1-abcd", "removed 2 temporary files"]
    assert len(warnings) == 2 and leftovers(out) == []
    assert publish.check_output(out) is None  # no manifest: nothing to check
    (out / publish.MANIFEST_NAME).write_text("{")
    assert "is damaged" in (publish.check_output(out) or "")


def test_publishing_replaces_the_whole_set_and_only_it(tmp_path: Path) -> None:
    out = tmp_path / "out"
    out.mkdir()
    (out / "notes.txt").write_text("the user's own file")
    for files in ({"graph.ttl": "old", "graph.nt": "old"}, {"graph.ttl": "new"}):
        with publish.OutputLock(out), publish.Staging(out) as staging:
            for name, text in files.items():
                (staging.path / name).write_text(text)
            published = staging.publish()
        assert [p.name for p in published] == sorted(files)
    assert sorted(p.name for p in out.iterdir()) == [
        publish.LOCK_NAME,
        "graph.ttl",
        publish.MANIFEST_NAME,
        "notes.txt",
    ]
    assert (out / "graph.ttl").read_text() == "new" and leftovers(out) == []
    manifest = json.loads((out / publish.MANIFEST_NAME).read_text())
    assert list(manifest["files"]) == ["graph.ttl"]
    assert publish.check_output(out, deep=True) is None


def test_a_changed_rule_is_no_cache_hit(tmp_path: Path) -> None:
    """The cache key holds the extraction's code: a rule edited without a version bump
    must not bring back results extracted by the old rule."""
    import shutil
    import subprocess
    import sys

    import kgraph
    from kgraph.lexicons import ontology_dir

    copy = tmp_path / "src" / "kgraph"
    shutil.copytree(Path(kgraph.__file__).parent, copy)

    def key() -> str:
        probe = "from kgraph.cache import _extractor_fingerprint; print(_extractor_fingerprint())"
        env = {**os.environ, "PYTHONPATH": str(copy.parent), "KGRAPH_ONTOLOGY": str(ontology_dir())}
        run = subprocess.run([sys.executable, "-c", probe], env=env, capture_output=True, text=True)
        assert run.returncode == 0, run.stderr
        return run.stdout.strip()

    before = key()
    assert key() == before
    with (copy / "extract" / "frames.py").open("a", encoding="utf-8") as rule:
        rule.write("\n# a rule changed\n")
    assert key() != before


def test_a_signal_that_lands_as_a_fork_hook_starts_is_held_for_the_build(monkeypatch) -> None:
    # A full run once printed "Exception ignored in: <function _before_fork …>" on Ctrl-C: the
    # signal came as the hook started, before it blocks signals, and the handler's exception
    # was lost there. The handler records it; the build raises it on its way out.
    from types import SimpleNamespace

    monkeypatch.setattr(publish, "_received", [])
    monkeypatch.setattr(publish, "_kill_children", lambda: None)
    publish._on_signal(signal.SIGINT, SimpleNamespace(f_code=publish._before_fork.__code__))
    assert publish._received == [signal.SIGINT]
    with pytest.raises(KeyboardInterrupt):
        publish.check_interrupted()
    with pytest.raises(KeyboardInterrupt):  # (anywhere else the handler raises at once)
        publish._on_signal(
            signal.SIGINT, SimpleNamespace(f_code=publish.check_interrupted.__code__)
        )
