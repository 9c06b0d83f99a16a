"""Scoring extracted mentions against annotated JSONL."""

from __future__ import annotations

import argparse
import gzip
import itertools
import json
from pathlib import Path

import pytest

from kgraph import evaluate
from kgraph.records import Mention

CORPORA = Path(__file__).resolve().parents[2] / "shared" / "corpora"

RECORDS = [
    {
        "text": "国务院总理李鹏在北京会见了美国客人。",
        "entities": [
            {"start": 0, "end": 3, "type": "ORG", "text": "国务院"},
            {"start": 3, "end": 5, "type": "POSITION", "text": "总理"},
            {"start": 5, "end": 7, "type": "PER", "text": "李鹏"},
            {"start": 8, "end": 10, "type": "LOC", "text": "北京"},
            {"start": 13, "end": 15, "type": "LOC", "text": "美国"},
        ],
    },
    {"text": "今天天气很好。", "entities": []},
]
TYPES = {"PER": "Person", "ORG": "Organization", "LOC": "Place", "POSITION": "Position"}


def gold_predictor(text: str) -> list[Mention]:
    record = next(r for r in RECORDS if r["text"] == text)
    return [Mention(e["start"], e["end"], TYPES[e["type"]], e["text"]) for e in record["entities"]]


def test_perfect_prediction_scores_one() -> None:
    result = evaluate.score(RECORDS, gold_predictor)
    assert result["records"] == 2
    assert result["micro"]["f1"] == 1.0
    assert result["types"]["Place"]["tp"] == 2
    assert "Position" not in result["types"]  # not asked for


def test_boundary_and_type_errors_count_twice() -> None:
    def shifted(text: str) -> list[Mention]:
        found = gold_predictor(text)
        if not found:
            return [Mention(0, 2, "Place", text[:2])]  # spurious
        # 李鹏 with the wrong type, 北京 with a wrong boundary, 美国 missed
        return [found[0], Mention(5, 7, "Organization", "李鹏"), Mention(8, 11, "Place", "北京会")]

    result = evaluate.score(RECORDS, shifted)
    org, person, place = (result["types"][t] for t in ("Organization", "Person", "Place"))
    assert (org["tp"], org["fp"], org["fn"]) == (1, 1, 0)
    assert (person["tp"], person["fp"], person["fn"]) == (0, 0, 1)
    assert (place["tp"], place["fp"], place["fn"]) == (0, 2, 2)
    micro = result["micro"]
    assert micro["precision"] == pytest.approx(1 / 4)
    assert micro["recall"] == pytest.approx(1 / 4)


def test_types_select_what_is_scored() -> None:
    result = evaluate.score(RECORDS, gold_predictor, ["Position"])
    assert list(result["types"]) == ["Position"]
    assert result["micro"]["tp"] == 1
    assert evaluate.score(RECORDS, lambda text: [], ["Person"])["micro"]["recall"] == 0.0


def test_read_gold_plain_and_gzip(tmp_path: Path) -> None:
    lines = "".join(json.dumps(r, ensure_ascii=False) + "\n\n" for r in RECORDS)
    plain = tmp_path / "gold.jsonl"
    plain.write_text(lines, encoding="utf-8")
    packed = tmp_path / "gold.jsonl.gz"
    with gzip.open(packed, "wt", encoding="utf-8") as handle:
        handle.write(lines)
    assert list(evaluate.read_gold(plain)) == RECORDS
    assert list(evaluate.read_gold(packed)) == RECORDS


def test_eval_command_prints_a_table(capsys: pytest.CaptureFixture[str]) -> None:
    parser = argparse.ArgumentParser()
    evaluate.add_arguments(parser)
    args = parser.parse_args([str(CORPORA / "pd98_dev.jsonl"), "--limit", "40"])
    assert evaluate.run(args) == 0
    out = capsys.readouterr().out
    rows = {line.split()[0]: line.split() for line in out.splitlines() if line.strip()}
    assert {"Person", "Organization", "Place", "micro"} <= set(rows)
    assert "(40 records)" in out
    assert float(rows["micro"][-1]) > 0.6


def test_eval_json_matches_score(capsys: pytest.CaptureFixture[str]) -> None:
    path = CORPORA / "pd98_dev.jsonl"
    parser = argparse.ArgumentParser()
    evaluate.add_arguments(parser)
    evaluate.run(parser.parse_args([str(path), "--limit", "25", "--json", "--types", "Place"]))
    printed = json.loads(capsys.readouterr().out)
    expected = evaluate.score(
        itertools.islice(evaluate.read_gold(path), 25), evaluate._load_predictor(), ["Place"]
    )
    assert printed == json.loads(json.dumps(expected))
