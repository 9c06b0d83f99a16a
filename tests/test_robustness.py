"""Hostile and messy input, incremental and parallel builds."""

from __future__ import annotations

import shutil

import pytest

from conftest import SEEDS, digest, seed_path
from kgraph.cache import ExtractionCache
from kgraph.cli import main
from kgraph.export.html import render_html
from kgraph.ingest import read_document
from kgraph.pipeline import build
from kgraph.segment import MAX_SENTENCE, split_sentences


def test_robustness_megabytes_without_a_newline(tmp_path):
    line = seed_path("001").read_text(encoding="utf-8").replace("\n", "")
    text = (line * (2_000_000 // len(line) + 1))[:2_000_000]
    path = tmp_path / "one_line.txt"
    path.write_text(text, encoding="utf-8")
    document = read_document(path)
    sentences = split_sentences(document)
    assert max(s.end - s.start for s in sentences) <= MAX_SENTENCE
    assert sum(len(s.text) for s in sentences) >= 0.95 * len(text)


def test_robustness_nul_bytes_are_removed_with_a_warning(tmp_path, capsys):
    path = tmp_path / "nul.txt"
    path.write_bytes(
        "习近平在中南海同中华全国总工会新一届领导班子成员集体谈话。".encode() + b"\x00\x00"
    )
    result = build([path], warn=lambda m: print(m))
    assert "NUL bytes removed" in capsys.readouterr().out
    assert result.graph.has_node("Person:习近平")


def test_robustness_markup_in_the_corpus_stays_text(tmp_path):
    corpus = tmp_path / "corpus"
    corpus.mkdir()
    hostile = "<script>alert(1)</script>王东明<img src=x onerror=alert(2)>在北京出席会议。"
    (corpus / "<img src=x onerror=alert(3)>.txt").write_text(hostile, encoding="utf-8")
    html = render_html(build([corpus]).graph)
    for payload in ("<script>alert(1)", "<img src=x onerror"):
        assert payload not in html


def test_robustness_cache_reextracts_only_changed_files(tmp_path):
    corpus = tmp_path / "corpus"
    shutil.copytree(SEEDS, corpus)
    cache = ExtractionCache(tmp_path / "cache")
    first = build([corpus], cache=cache)
    assert (cache.hits, cache.misses) == (0, 8)  # 5 files, one a page of 3 items
    again = ExtractionCache(tmp_path / "cache")
    second = build([corpus], cache=again)
    assert (again.hits, again.misses) == (8, 0)
    assert sorted(second.graph.edges(keys=True)) == sorted(first.graph.edges(keys=True))
    changed = next(corpus.glob("003_*.txt"))
    changed.write_text(
        changed.read_text(encoding="utf-8") + "\n王东明出席会议。\n", encoding="utf-8"
    )
    third_cache = ExtractionCache(tmp_path / "cache")
    build([corpus], cache=third_cache)
    assert (third_cache.hits, third_cache.misses) == (7, 1)


def test_robustness_damaged_cache_entries_are_misses(tmp_path):
    cache = ExtractionCache(tmp_path / "cache")
    build([seed_path("004")], cache=cache)
    for entry in (tmp_path / "cache").rglob("*.json"):
        entry.write_bytes(b"not a pickle")
    fresh = ExtractionCache(tmp_path / "cache")
    result = build([seed_path("004")], cache=fresh)
    assert fresh.misses == 4 and result.graph.number_of_nodes() > 10  # the page and its 3 items


@pytest.mark.slow
def test_robustness_output_is_the_same_whatever_jobs(tmp_path):
    for jobs in (1, 2):
        assert (
            main(
                [
                    "build",
                    str(SEEDS),
                    "-o",
                    str(tmp_path / f"j{jobs}"),
                    "-j",
                    str(jobs),
                    "--no-cache",
                    "--quiet",
                ]
            )
            == 0
        )
    for path in sorted((tmp_path / "j1").glob("graph.*")):
        assert digest(path) == digest(tmp_path / "j2" / path.name), path.name


def test_robustness_debug_shows_the_traceback_otherwise_one_line(tmp_path, capsys):
    """A failing build is one line; with --debug the exception itself reaches the caller."""
    seeds = tmp_path / "seeds"
    shutil.copytree(SEEDS, seeds)
    out = tmp_path / "out"
    out.mkdir()
    (out / "graph.json").mkdir()  # the JSON file cannot be written: a directory is in its place
    assert main(["build", str(seeds), "-o", str(out), "--quiet", "--no-cache"]) != 0
    err = capsys.readouterr().err
    assert "Traceback" not in err and err.strip().count("\n") == 0 and "error" in err
    with pytest.raises(OSError):
        main(["--debug", "build", str(seeds), "-o", str(out), "--quiet", "--no-cache"])


def test_robustness_a_fault_in_one_document_loses_only_its_facts(tmp_path, capsys, monkeypatch):
    """A bug that raises while one file is read is reported with the file's name; the other
    files of the corpus are still built."""
    import kgraph.worker as worker

    real = worker.extract_document

    def faulty(document, sentences, progress=None):
        if document.path.endswith("broken.txt"):
            raise IndexError("string index out of range")
        return real(document, sentences, progress)

    monkeypatch.setattr(worker, "extract_document", faulty)
    (tmp_path / "broken.txt").write_text("国家主席习近平会见普京。\n", encoding="utf-8")
    (tmp_path / "fine.txt").write_text("国务院总理李强会见马克·吕特。\n", encoding="utf-8")
    graph = build([tmp_path], jobs=1).graph
    labels = {d["label"] for _, d in graph.nodes(data=True)}
    assert {"李强", "马克·吕特"} <= labels and "普京" not in labels
    err = capsys.readouterr().err
    assert "broken.txt: extraction failed (IndexError" in err


def test_robustness_a_fault_while_reading_one_file_skips_only_that_file(
    tmp_path, capsys, monkeypatch
):
    """A bug that raises while one file is read (as the Markdown reader once did on two headings
    with no blank line between) skips that file, named with the fault; the others are built."""
    import kgraph.pipeline as pipeline

    real = pipeline.read_documents

    def faulty(path, doc_id, **options):
        if path.name == "broken.md":
            raise UnboundLocalError("cannot access local variable 'listed'")
        return real(path, doc_id, **options)

    monkeypatch.setattr(pipeline, "read_documents", faulty)
    (tmp_path / "broken.md").write_text(
        "# 标题\n## 小节\n国家主席习近平会见普京。\n", encoding="utf-8"
    )
    (tmp_path / "fine.txt").write_text("国务院总理李强会见马克·吕特。\n", encoding="utf-8")
    result = build([tmp_path], jobs=1)
    labels = {d["label"] for _, d in result.graph.nodes(data=True)}
    assert {"李强", "马克·吕特"} <= labels and "普京" not in labels
    assert [path for path, _reason in result.skipped] == [str(tmp_path / "broken.md")]
    err = capsys.readouterr().err
    assert "broken.md: reading it failed (UnboundLocalError" in err and "Traceback" not in err
