"""Curated lexicons: tables, alias resolution and the lexicon matcher on real text."""

from __future__ import annotations

import gzip
import itertools
import json
import re
from pathlib import Path

import pytest

from conftest import CORPORA, SEEDS
from kgraph.extract.lexicon import BACKENDS, LexiconMatcher, match_lexicon
from kgraph.lexicons import (
    TABLES,
    canonical,
    entity_info,
    lexicon,
    load,
    members,
    ontology_dir,
)
from kgraph.text import TableError, read_table

PFR = CORPORA / "pfr199801.jsonl.gz"


def seed_sentence(*needles: str) -> str:
    """The first sentence of the seed texts that contains every needle."""
    for path in sorted(SEEDS.glob("*.txt")):
        for sentence in re.split(r"(?<=[。！？])", path.read_text(encoding="utf-8")):
            if all(needle in sentence for needle in needles):
                return sentence.strip()
    raise LookupError(needles)


def found(text: str) -> dict[str, tuple[str, str]]:
    """surface text -> (type, canonical) of every lexicon match."""
    return {m.text: (m.type, m.value) for m in match_lexicon(text)}


# --- the tables ---------------------------------------------------------------------------


def test_tables_are_broad() -> None:
    counts = {type_: 0 for type_ in TABLES.values()}
    for type_, _name in lexicon().entries:
        counts[type_] += 1
    assert counts["Organization"] >= 400
    assert counts["Place"] >= 300
    assert counts["PolicyConcept"] >= 300
    assert counts["Person"] >= 100


def test_no_alias_names_two_entities_of_one_type() -> None:
    assert lexicon().conflicts == ()


def test_wikidata_ids_are_well_formed_and_unique() -> None:
    seen: dict[str, str] = {}
    for entry in lexicon().entries.values():
        if entry.wikidata:
            assert re.fullmatch(r"Q[1-9]\d*", entry.wikidata), entry
            assert seen.setdefault(entry.wikidata, entry.name) == entry.name, entry


def test_every_group_is_itself_a_concept() -> None:
    lex = lexicon()
    for group in lex.members:
        assert lex.get("PolicyConcept", group), group


def test_ontology_dir_honours_the_environment(
    monkeypatch: pytest.MonkeyPatch, tmp_path: Path
) -> None:
    assert (ontology_dir() / "organizations.tsv").is_file()
    monkeypatch.setenv("KGRAPH_ONTOLOGY", str(tmp_path))
    assert ontology_dir() == tmp_path


def test_load_reads_resolve_only_marks(tmp_path: Path) -> None:
    for table in ("organizations.tsv", "people.tsv", "policy_concepts.tsv", "titles.tsv"):
        (tmp_path / table).write_text("name\taliases\ttitle\n", encoding="utf-8")
    (tmp_path / "places.tsv").write_text(
        "# comment\nname\taliases\tlabel_en\twikidata\tkind\n"
        "广东省\t广东|~粤\tGuangdong\tQ15175\tprovince\n",
        encoding="utf-8",
    )
    (tmp_path / "aliases.tsv").write_text(
        "type\talias\tcanonical\nPlace\t~南粤\t广东省\n", encoding="utf-8"
    )
    lex = load(tmp_path)
    entry = lex.get("Place", "广东省")
    assert entry is not None
    assert entry.aliases == ("广东", "粤", "南粤")
    assert entry.matchable == ("广东省", "广东")
    assert lex.aliases[("Place", "粤")] == "广东省"
    matcher = LexiconMatcher.from_forms(lex.match_forms())
    assert [m.value for m in matcher("粤港两地，南粤大地，广东人")] == ["广东省"]


def test_a_missing_table_stops_the_build_naming_the_file(tmp_path: Path) -> None:
    import shutil
    import subprocess
    import sys

    from conftest import ROOT, SEEDS

    ontology = tmp_path / "ontology"
    shutil.copytree(ROOT / "ontology", ontology)
    (ontology / "aliases.tsv").unlink()
    with pytest.raises(TableError, match=r"aliases\.tsv: missing"):
        load(ontology)
    env = {**__import__("os").environ, "KGRAPH_ONTOLOGY": str(ontology)}
    done = subprocess.run(
        [sys.executable, "-m", "kgraph.cli", "build", str(SEEDS), "-o", str(tmp_path / "out")],
        capture_output=True,
        text=True,
        env=env,
    )
    assert done.returncode == 2
    assert "aliases.tsv: missing" in done.stderr and "Traceback" not in done.stderr
    assert done.stderr.strip().count("\n") == 0
    assert not (tmp_path / "out" / "graph.json").exists()


def test_a_malformed_table_names_the_file_and_the_column(tmp_path: Path) -> None:
    path = tmp_path / "titles.tsv"
    path.write_text("titel\tlabel_en\n主席\tchairman\n", encoding="utf-8")
    with pytest.raises(TableError, match=r"titles.tsv: header lacks column\(s\) title"):
        read_table(path, ("title",))


# --- canonical() ----------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("type_", "alias", "expected"),
    [
        ("Organization", "党中央", "中共中央"),
        ("Organization", "全总", "中华全国总工会"),
        ("Organization", "全国总工会", "中华全国总工会"),
        ("Organization", "人社部", "人力资源和社会保障部"),
        ("Organization", "住房城乡建设部", "住房和城乡建设部"),
        ("Organization", "全国工商联", "中华全国工商业联合会"),
        ("Organization", "中华全国工商联", "中华全国工商业联合会"),
        ("Organization", "中国共产党中央委员会", "中共中央"),
        ("Organization", "ＷＴＯ", "世界贸易组织"),
        ("Place", "粤", "广东省"),
        ("Place", "美利坚合众国", "美国"),
        ("PolicyConcept", "“一带一路”倡议", "一带一路"),
        ("PolicyConcept", "“四个意识”", "四个意识"),
        ("Person", "習近平", "习近平"),
    ],
)
def test_aliases_resolve(type_: str, alias: str, expected: str) -> None:
    assert canonical(type_, alias) == expected


def test_organisation_prefixes_are_expanded() -> None:
    assert canonical("Organization", "中华人民共和国外交部") == "外交部"
    assert canonical("Organization", "中共中央组织部") == "中央组织部"
    assert canonical("Organization", "中国共产党中央纪律检查委员会") == "中央纪律检查委员会"


@pytest.mark.parametrize(
    ("organ", "expected"),
    [
        ("全总党组", "中华全国总工会党组"),  # 全总 is a curated alias of the union
        ("全国总工会党组", "中华全国总工会党组"),
        ("全总书记处", "中华全国总工会书记处"),
        ("国家发展改革委党组", "国家发展和改革委员会党组"),
        ("国家能源局党组", "国家能源局党组"),  # (already the body's own name)
    ],
)
def test_a_bodys_own_organ_takes_the_bodys_canonical_name(organ, expected):
    assert canonical("Organization", organ) == expected


@pytest.mark.parametrize(
    "name", ["习近平总书记", "习近平主席", "习近平同志", "国家主席习近平", " 习近平 "]
)
def test_titles_glued_to_a_person_are_stripped(name: str) -> None:
    assert canonical("Person", name) == "习近平"


def test_titles_are_stripped_from_unknown_people_too() -> None:
    assert canonical("Person", "王东明主席") == "王东明"
    assert canonical("Person", "李华同志") == "李华"
    # The stripped name keeps at least two characters.
    assert canonical("Person", "王主席") == "王主席"


def test_unknown_names_come_back_cleaned() -> None:
    assert canonical("Organization", " 某某科技有限公司 ") == "某某科技有限公司"
    assert canonical("PolicyConcept", "“独立工会”") == "独立工会"


def test_entity_info() -> None:
    xi = entity_info("Person", "习近平总书记")
    assert xi["label"] == "习近平"
    assert xi["label_en"] == "Xi Jinping"
    assert xi["wikidata"] == "Q15031"
    guangdong = entity_info("Place", "广东")
    assert guangdong["kind"] == "province"
    assert "粤" in guangdong["aliases"]
    assert entity_info("Organization", "不存在的机构") == {}


def test_group_membership_of_four_consciousnesses() -> None:
    assert members("四个意识") == ["大局意识", "政治意识", "核心意识", "看齐意识"]
    assert entity_info("PolicyConcept", "看齐意识")["group"] == ["四个意识"]
    assert entity_info("PolicyConcept", "“四个意识”")["members"] == members("四个意识")
    assert set(members("三种精神")) == {"劳模精神", "劳动精神", "工匠精神"}
    assert "精准脱贫" in members("三大攻坚战")


# --- match_lexicon() on seed sentences ------------------------------------------------------


def test_offsets_are_exact_and_values_canonical() -> None:
    sentence = seed_sentence("全国总工会和各级工会", "产业工人队伍建设改革")
    mentions = match_lexicon(sentence)
    assert mentions, sentence
    for mention in mentions:
        assert sentence[mention.start : mention.end] == mention.text
        assert mention.source == "lexicon"
        assert mention.value == canonical(mention.type, mention.text)
    hits = found(sentence)
    assert hits["全国总工会"] == ("Organization", "中华全国总工会")
    assert hits["产业工人队伍建设改革"] == ("PolicyConcept", "产业工人队伍建设改革")


def test_policy_concepts_in_real_sentences() -> None:
    sentence = seed_sentence("贯彻新发展理念")
    hits = found(sentence)
    assert hits["新发展理念"] == ("PolicyConcept", "新发展理念")
    assert hits["新发展格局"] == ("PolicyConcept", "新发展格局")
    assert hits["高质量发展"] == ("PolicyConcept", "高质量发展")
    # The longer form wins: 全体人民共同富裕, not 共同富裕 inside it.
    sentence = seed_sentence("全体人民共同富裕")
    assert found(sentence)["全体人民共同富裕"] == ("PolicyConcept", "共同富裕")


def test_quoted_concepts_match_without_their_quotes() -> None:
    sentence = seed_sentence("增强“四个意识”")
    mention = next(m for m in match_lexicon(sentence) if m.value == "四个意识")
    assert mention.text == "四个意识"
    assert sentence[mention.start - 1] == "“"


def test_people_places_and_organisations_in_a_dateline() -> None:
    sentence = seed_sentence("新华社北京10月23日电")
    hits = found(sentence)
    assert hits["新华社"] == ("Organization", "新华通讯社")
    assert hits["北京"] == ("Place", "北京市")
    assert hits["习近平"] == ("Person", "习近平")
    assert hits["中南海"] == ("Place", "中南海")
    assert hits["中华全国总工会"] == ("Organization", "中华全国总工会")


def test_mentions_are_sorted_and_disjoint() -> None:
    text = (SEEDS / "001_bf8f93f96d8ac429.txt").read_text(encoding="utf-8")
    mentions = match_lexicon(text)
    assert len(mentions) > 50
    for left, right in itertools.pairwise(mentions):
        assert left.end <= right.start


# --- what must not match --------------------------------------------------------------------


def test_one_character_short_forms_never_match_alone() -> None:
    assert found("粤港澳三地合作，京津冀协同发展") == {
        "京津冀协同发展": ("PolicyConcept", "京津冀协同发展")
    }
    assert "粤" not in found("粤港合作不断深化")
    assert found("粤港澳大湾区建设")["粤港澳大湾区建设"][0] == "PolicyConcept"


def test_resolve_only_forms_do_not_match_inside_words() -> None:
    assert found("增加纳税人的获得感") == {}
    assert found("洪水过后一片汪洋") == {}
    assert canonical("Place", "加纳") == "加纳"
    assert entity_info("Place", "加纳")["label_en"] == "Ghana"


def test_context_guards() -> None:
    assert "朝鲜" not in found("延边朝鲜族自治州")
    assert "外交部" not in found("外交部长王毅会见")
    assert found("外交部发言人表示")["外交部"] == ("Organization", "外交部")
    assert found("中国加入WTO以后")["WTO"] == ("Organization", "世界贸易组织")
    assert found("中国加入ＷＴＯ以后")["ＷＴＯ"] == ("Organization", "世界贸易组织")
    assert "WTO" not in found("XWTOY")


@pytest.mark.parametrize("backend", BACKENDS)
def test_backends_agree(backend: str) -> None:
    matcher = LexiconMatcher.from_forms(lexicon().match_forms(), backend=backend)
    for path in sorted(SEEDS.glob("*.txt")):
        text = path.read_text(encoding="utf-8")
        assert matcher(text) == match_lexicon(text), path.name


# --- agreement with annotated 1998 People's Daily -------------------------------------------


@pytest.mark.skipif(not PFR.is_file(), reason="shared corpora not available")
def test_people_agree_with_annotated_peoples_daily() -> None:
    """A lexicon person should be an annotated PER span of the 1998 People's Daily corpus."""
    agree = total = 0
    with gzip.open(PFR, "rt", encoding="utf-8") as handle:
        for line in itertools.islice(handle, 8000):
            record = json.loads(line)
            spans = {(e["start"], e["end"]) for e in record["entities"] if e["type"] == "PER"}
            for mention in match_lexicon(record["text"]):
                if mention.type == "Person":
                    total += 1
                    agree += (mention.start, mention.end) in spans
    assert total >= 100
    assert agree / total >= 0.9
