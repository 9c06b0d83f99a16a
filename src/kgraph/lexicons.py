"""Curated domain knowledge: organisations, people, places and policy concepts.

The knowledge lives as TSV files in the ontology folder (see its README.md);
this module reads them once and answers two questions: *what is the canonical
name of this surface form?* (:func:`canonical`) and *what do we know about this
entity?* (:func:`entity_info`). The lexicon matcher in
:mod:`kgraph.extract.lexicon` builds its automaton from :meth:`Lexicon.match_forms`.

Conventions shared by every table:

* aliases are ``|``-separated;
* a name or alias that starts with ``~`` is *resolve-only*: :func:`canonical`
  knows it, but the matcher never looks for it in text, because it is a
  one-character short form (粤) or also a common word (汪洋, 加纳 in 增加纳税);
* lines starting with ``#`` are comments, the first other line is the header.
"""

from __future__ import annotations

import functools
import os
import re
import sys
from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from pathlib import Path
from types import MappingProxyType

from kgraph.text import HALFWIDTH, read_table

__all__ = [
    "TABLES",
    "Lexicon",
    "LexiconEntry",
    "canonical",
    "entity_info",
    "lexicon",
    "members",
    "normalize_key",
    "ontology_dir",
]

# file name -> entity type of its rows
TABLES: dict[str, str] = {
    "organizations.tsv": "Organization",
    "people.tsv": "Person",
    "places.tsv": "Place",
    "policy_concepts.tsv": "PolicyConcept",
}
ALIASES_FILE = "aliases.tsv"
TITLES_FILE = "titles.tsv"  # the positions table: its titles are stripped after person names
HONORIFIC = "Honorific"  # aliases.tsv rows of this type are words like 同志, 先生
RESOLVE_ONLY = "~"

# Characters that never distinguish two names: quotes and title brackets around
# a term (“一带一路”倡议 = 一带一路倡议) and every kind of white space.
_IGNORED = re.compile(r"[\s“”‘’「」『』\"'《》〈〉]+")
_DOTS = str.maketrans({c: "·" for c in "・•‧∙⋅･"})
_PAIRS = {"“": "”", "‘": "’", "「": "」", "『": "』", '"': '"', "《": "》", "（": "）", "(": ")"}


@dataclass(frozen=True, slots=True)
class LexiconEntry:
    """One curated entity: a row of a table."""

    type: str
    name: str  # canonical name
    aliases: tuple[str, ...] = ()  # every other form, in table order, without ``~``
    matchable: tuple[str, ...] = ()  # forms (name included) the matcher may look for
    label_en: str = ""
    wikidata: str = ""
    group: tuple[str, ...] = ()  # parent concepts (四个意识 for 政治意识)
    kind: str = ""  # places only: province, city, country, venue, …


@dataclass(frozen=True)
class Lexicon:
    """Every table, read once. Mappings are read-only views."""

    entries: Mapping[tuple[str, str], LexiconEntry]  # (type, canonical) -> entry
    aliases: Mapping[tuple[str, str], str]  # (type, normalize_key(form)) -> canonical
    titles: frozenset[str]  # words stripped before/after a person's name
    members: Mapping[str, tuple[str, ...]]  # group -> member concepts, sorted
    conflicts: tuple[tuple[str, str, str, str], ...] = field(default=())  # (type, form, kept, lost)

    def match_forms(self) -> list[tuple[str, str, str]]:
        """``(form, type, canonical)`` for every form the matcher may look for, sorted."""
        forms = {
            (form, entry.type, entry.name)
            for entry in self.entries.values()
            for form in entry.matchable
        }
        return sorted(forms)

    def get(self, type: str, canonical_name: str) -> LexiconEntry | None:
        return self.entries.get((type, canonical_name))


def ontology_dir() -> Path:
    """The folder holding the tables.

    ``$KGRAPH_ONTOLOGY`` if set; else ``ontology/`` of the source checkout
    (next to ``src/``); else ``<sys.prefix>/share/kgraph/ontology`` for an
    installed package.
    """
    env = os.environ.get("KGRAPH_ONTOLOGY")
    if env:
        return Path(env)
    checkout = Path(__file__).resolve().parents[2] / "ontology"
    if checkout.is_dir():
        return checkout
    return Path(sys.prefix) / "share" / "kgraph" / "ontology"


def normalize_key(form: str) -> str:
    """The lookup key of a surface form: no quotes or spaces, ASCII width, one middle dot."""
    text = form.translate(HALFWIDTH).translate(_DOTS)
    return _IGNORED.sub("", text).casefold()


def _clean(name: str) -> str:
    """A name as it should be shown when no table knows it: no spaces, no enclosing quotes."""
    text = re.sub(r"\s+", "", name)
    while len(text) > 2 and _PAIRS.get(text[0]) == text[-1]:
        text = text[1:-1]
    return text


def _split(cell: str) -> list[str]:
    return [part.strip() for part in cell.split("|") if part.strip()]


def _forms(cells: Iterable[str]) -> tuple[list[str], list[str]]:
    """All forms without ``~``, and those the matcher may use."""
    every: list[str] = []
    matchable: list[str] = []
    for cell in cells:
        resolve_only = cell.startswith(RESOLVE_ONLY)
        form = cell.lstrip(RESOLVE_ONLY)
        if form and form not in every:
            every.append(form)
        # Text is matched without enclosing quotes: “四个意识” yields the span 四个意识.
        bare = _clean(form)
        if bare and not resolve_only and bare not in matchable:
            matchable.append(bare)
    return every, matchable


def _entries(folder: Path) -> list[LexiconEntry]:
    entries: list[LexiconEntry] = []
    for file_name, type_ in TABLES.items():
        for row in read_table(folder / file_name, ("name", "aliases")):
            every, matchable = _forms([row.get("name", ""), *_split(row.get("aliases", ""))])
            if not every:
                continue
            entries.append(
                LexiconEntry(
                    type=type_,
                    name=every[0],
                    aliases=tuple(every[1:]),
                    matchable=tuple(matchable),
                    label_en=row.get("label_en", ""),
                    wikidata=row.get("wikidata", ""),
                    group=tuple(_split(row.get("group", ""))),
                    kind=row.get("kind", ""),
                )
            )
    return entries


def _extra_aliases(folder: Path) -> tuple[list[tuple[str, str, str, bool]], set[str]]:
    """aliases.tsv: ``(type, alias, canonical, matchable)`` rows, and the honorific words."""
    rows: list[tuple[str, str, str, bool]] = []
    honorifics: set[str] = set()
    for row in read_table(folder / ALIASES_FILE, ("type", "alias", "canonical")):
        type_, alias, target = row.get("type", ""), row.get("alias", ""), row.get("canonical", "")
        if not (type_ and alias):
            continue
        if type_ == HONORIFIC:
            honorifics.add(alias.lstrip(RESOLVE_ONLY))
            continue
        if target:
            rows.append((type_, alias.lstrip(RESOLVE_ONLY), target, not alias.startswith("~")))
    return rows, honorifics


def _titles(folder: Path) -> set[str]:
    return {row["title"] for row in read_table(folder / TITLES_FILE, ("title",))}


def load(folder: Path) -> Lexicon:
    """Read every table in ``folder``; :func:`lexicon` caches this for the default folder."""
    entries: dict[tuple[str, str], LexiconEntry] = {}
    for entry in _entries(folder):
        entries.setdefault((entry.type, entry.name), entry)
    extra, honorifics = _extra_aliases(folder)
    # An alias row adds a form to a known entity; for an unknown canonical it
    # creates a bare entry so that the form still resolves (and can match).
    for type_, alias, target, matchable in extra:
        entry = entries.get((type_, target)) or LexiconEntry(type=type_, name=target)
        if alias not in entry.aliases and alias != entry.name:
            entry = LexiconEntry(
                type=entry.type,
                name=entry.name,
                aliases=(*entry.aliases, alias),
                matchable=(*entry.matchable, alias) if matchable else entry.matchable,
                label_en=entry.label_en,
                wikidata=entry.wikidata,
                group=entry.group,
                kind=entry.kind,
            )
        entries[(type_, target)] = entry

    # Canonical names win over aliases; otherwise the first table row wins.
    aliases: dict[tuple[str, str], str] = {}
    conflicts: list[tuple[str, str, str, str]] = []
    ordered = list(entries.values())
    for entry in ordered:
        aliases.setdefault((entry.type, normalize_key(entry.name)), entry.name)
    for entry in ordered:
        for form in entry.aliases:
            key = (entry.type, normalize_key(form))
            kept = aliases.setdefault(key, entry.name)
            if kept != entry.name:
                conflicts.append((entry.type, form, kept, entry.name))

    groups: dict[str, set[str]] = {}
    for entry in ordered:
        for parent in entry.group:
            groups.setdefault(parent, set()).add(entry.name)
    return Lexicon(
        entries=MappingProxyType(entries),
        aliases=MappingProxyType(aliases),
        titles=frozenset(_titles(folder) | honorifics),
        members=MappingProxyType({g: tuple(sorted(m)) for g, m in sorted(groups.items())}),
        conflicts=tuple(sorted(conflicts)),
    )


@functools.cache
def lexicon() -> Lexicon:
    """The tables of :func:`ontology_dir`, read once per process."""
    return load(ontology_dir())


# Prefixes that official and informal names add or drop around the same organ:
# 中华人民共和国外交部 = 外交部, 中国共产党中央委员会 = 中共中央, 中共中央组织部 = 中央组织部.
_ORG_PREFIX_REWRITES: tuple[tuple[str, str], ...] = (
    ("中华人民共和国", ""),
    ("中国共产党", "中共"),
    ("中国共产党", ""),
    ("中共", ""),
)


def _resolve_person(key: str, lex: Lexicon) -> str | None:
    """习近平总书记 / 国家主席习近平 / 张三同志 -> the bare name."""
    known = lex.aliases
    # A known person followed by a title (习近平总书记) or preceded by one (总书记习近平).
    for cut in range(len(key) - 1, 1, -1):
        head, tail = key[:cut], key[cut:]
        person = known.get(("Person", head))
        if person and (tail in lex.titles or _is_titles(tail, lex.titles)):
            return person
    for cut in range(1, len(key) - 1):
        head, tail = key[:cut], key[cut:]
        person = known.get(("Person", tail))
        if person and any(head.endswith(title) for title in lex.titles):
            return person
    stripped = untitled(key)
    if stripped != key:
        return known.get(("Person", stripped), stripped)
    return None


def untitled(name: str) -> str:
    """``哈桑国王`` -> ``哈桑``: a name without the title words glued after it (two characters
    at least remain)."""
    titles = lexicon().titles
    stripped = name
    changed = True
    while changed:
        changed = False
        for size in range(min(len(stripped) - 2, 12), 0, -1):
            if stripped[-size:] in titles:
                stripped = stripped[:-size]
                changed = True
                break
    return stripped


def _is_titles(text: str, titles: frozenset[str]) -> bool:
    """Whether ``text`` is a run of title words: 总书记同志, 主席先生."""
    if not text:
        return True
    return any(
        text.startswith(title) and _is_titles(text[len(title) :], titles)
        for title in titles
        if len(title) <= len(text)
    )


# The party's bodies within a body, named after it (国家能源局党组, 外交部党委)
PARTY_ORGANS = ("党组", "党委", "党工委")
# The organs a body has of its own, named after it (国家能源局党组, 全总书记处)
BODY_ORGANS = (*PARTY_ORGANS, "书记处")


# How China's national organs begin and end: 全国人大, 国务院, 国家航天局, 中央广播电视总台; 教育部
_CHINAS_ORGANS = ("全国", "国务院", "国家", "中央")
_CHINAS_ORGAN_ENDS = ("部", "署", "委", "局")


def canonical(type: str, name: str) -> str:
    """The canonical name of ``name`` as an entity of ``type``.

    Known aliases resolve through the tables (全总 -> 中华全国总工会, 粤 ->
    广东省); a person's name loses titles glued to it (习近平总书记 -> 习近平);
    an organisation's name is also tried without the 中华人民共和国 / 中国共产党
    prefix; a foreign country's one-character short form before one of its bodies or places
    is the country (俄外交部 -> 俄罗斯外交部). Anything unknown comes back cleaned (no spaces,
    no enclosing quotes) and, but for a person's name, in one form: one dash after a place or
    body (中国－中亚峰会 -> 中国—中亚峰会), no abbreviation in brackets inside (（10+1）).
    """
    lex = lexicon()
    key = normalize_key(name)
    hit = lex.aliases.get((type, key))
    if hit:
        return hit
    if not key:
        return _clean(name)
    if type == "Person":
        person = _resolve_person(key, lex)
        if person:
            return person
    elif type == "Organization":
        for prefix, replacement in _ORG_PREFIX_REWRITES:
            if key.startswith(prefix) and len(key) > len(prefix) + 1:
                hit = lex.aliases.get((type, replacement + key[len(prefix) :]))
                if hit:
                    return hit
        # 中国全国人大, 中国国务院, 中国教育部: China's own national organ, named after the
        # country as foreign news does (中国东盟, 中国欧盟 are pairs: left alone)
        if key.startswith("中国") and (
            key.startswith(_CHINAS_ORGANS, 2) or key.endswith(_CHINAS_ORGAN_ENDS)
        ):
            hit = lex.aliases.get((type, key[2:]))
            if hit:
                return hit
        # 全总党组 / 全国总工会党组 -> 中华全国总工会党组: a body's own organ takes its name
        unit = next((u for u in BODY_ORGANS if key.endswith(u) and len(key) > len(u) + 1), "")
        if unit:
            body = lex.aliases.get((type, key[: -len(unit)]))
            if body:
                return body + unit
    cleaned = _clean(name) if type == "Person" else _one_form(_clean(name))
    if type in ("Organization", "Place"):
        return _country_by_its_short_form(cleaned, type)
    return cleaned


# A dash after a place's or body's name in a longer name, however it was typed (中国－中亚峰会,
# 中国—中亚峰会, 中国-中亚峰会 are one summit): shown as the em dash. (Not a hyphen of a person's
# name, 托卡耶夫会见迪亚斯-卡内尔: a part of that name.)
_NAME_DASH = re.compile(r"(?<=[\u4e00-\u9fff])[-－–―—]{1,3}(?=[\u4e00-\u9fff])")
# An abbreviation in brackets inside a name (第25次中国－东盟（10+1）领导人会议, 2024年全球创新
# 指数（GII）报告): the name without it, as the same name is also written
_INNER_ABBREVIATION = re.compile(
    r"[（(](?=[0-9A-Za-z+＋]*[A-Za-z+＋])[0-9A-Za-z+＋]+[）)](?=[\u4e00-\u9fff])"
)


def _one_form(name: str) -> str:
    """The one way of writing a name that its writers spell with other dashes or asides."""
    return _INNER_ABBREVIATION.sub("", _NAME_DASH.sub(_one_dash, name))


def _one_dash(found: re.Match[str]) -> str:
    """The em dash for a dash right after a place's or body's name the tables know."""
    aliases, name, at = lexicon().aliases, found.string, found.start()
    named = any(
        (kind, name[start:at]) in aliases
        for start in range(max(0, at - 8), at - 1)
        for kind in ("Place", "Organization")
    )
    return "—" if named else found.group()


def _country_by_its_short_form(body: str, type: str) -> str:
    """``俄外交部`` -> ``俄罗斯外交部``, ``美司法部`` -> ``美国司法部``, ``俄别尔哥罗德州`` ->
    ``俄罗斯别尔哥罗德州``: a foreign country's one-character short form before one of its
    bodies or places (not 美术馆, 法院, words of their own; not 俄法, 美台, a pair; not 英联邦
    nor 美国会计总署; not 英伟达公司, a brand)."""
    country = foreign_country(body[:1])
    rest = body[1:]
    if not country or foreign_country(rest[:1]):
        return body
    if body.startswith(country):
        # 美国务院 (美|国务院, one word to jieba), not 美国陆军 nor 美国会计总署: written in full
        expands = rest.startswith(_BODY_STARTS) and not _written_in_full(body, country)
    else:
        expands = (
            (rest.startswith(_BODY_STARTS) and rest not in _UNIONS)
            or (len(rest) > 1 and ("Place", rest) in lexicon().aliases)
            or (type == "Organization" and rest.endswith(_STATE_BODY_ENDS) and _stands_alone(body))
        )
    return country + rest if expands else body


def _stands_alone(body: str) -> bool:
    """Whether jieba reads the first character of ``body`` as a word of its own, then a word
    of two characters or more: 美|司法部, 俄|侦查|委员会 (not 美的|集团, 韩|红|爱心基金会)."""
    words = dictionary_words(body)
    if words == [body]:
        # 俄海军, 俄黑海舰队, 俄央行: one word of jieba's, an army or a bank of the country (美工部,
        # one word too, is an art department)
        return body.endswith(("军", "舰队", "央行")) and len(dictionary_words(body[1:])[0]) > 1
    return len(words) > 1 and words[0] == body[:1] and len(words[1]) > 1


def _written_in_full(body: str, country: str) -> bool:
    """``美国会计总署``: the country's full name, then a word (not 美|国防部, which jieba reads
    as one word ``美国防部``)."""
    return dictionary_words(body)[0] == country


def dictionary_words(text: str) -> list[str]:
    """jieba's words of ``text`` by its dictionary alone (rjieba, the tagger's own)."""
    import rjieba  # deferred: the tables are read where no tagger runs too

    return rjieba.cut(text, hmm=False)


def foreign_country(short_form: str) -> str:
    """The foreign country a one-character short form names (俄 -> 俄罗斯), or ""."""
    lex = lexicon()
    country = lex.aliases.get(("Place", short_form), "")
    entry = lex.get("Place", country) if country else None
    # (华 is China's own: 华合作国家委员会, China's committee for cooperation with another)
    return country if entry is not None and entry.kind == "country" and country != "中国" else ""


# What a country's body or post begins with after its one-character short form (俄外交部,
# 美国务院, 韩国会, 俄驻德国, 英保守党, 俄联邦安全局)
_BODY_STARTS = (
    "外交部", "国防部", "财政部", "国务院", "国会", "议会", "众议院", "参议院", "国家杜马",
    "联邦", "政府", "驻", "常驻", "中央", "保守党", "工党", "总统府", "内阁",
)  # fmt: skip
# How the name of a country's state, party or armed body ends (美司法部, 美共和党, 乌防空部队,
# 俄黑海舰队, 美商会); not 公司: 英伟达公司 is a brand, no British company
_STATE_BODY_ENDS = (
    "部", "局", "署", "委员会", "党", "军", "部队", "舰队", "军方", "议院", "中心", "央行",
    "商会", "通讯社",
)  # fmt: skip
# 联邦 alone after the short form may be a union of countries (英联邦, the Commonwealth)
_UNIONS = frozenset({"联邦"})


def entity_info(type: str, name: str) -> dict[str, object]:
    """What the tables know about an entity: ``label_en``, ``wikidata``, ``group``, ``aliases``.

    ``name`` may be any known form; the result is empty for unknown entities.
    ``group`` and ``aliases`` are lists; ``kind`` is set for places and
    ``members`` for a concept that is a group (四个意识).
    """
    lex = lexicon()
    entry = lex.get(type, canonical(type, name))
    if entry is None:
        return {}
    info: dict[str, object] = {
        "label": entry.name,
        "label_en": entry.label_en,
        "wikidata": entry.wikidata,
        "group": list(entry.group),
        "aliases": sorted(entry.aliases),
    }
    if entry.kind:
        info["kind"] = entry.kind
    if entry.name in lex.members:
        info["members"] = list(lex.members[entry.name])
    return info


def members(group: str) -> list[str]:
    """Concepts listed under ``group`` (四个意识 -> 政治意识, 大局意识, …), sorted."""
    lex = lexicon()
    return list(lex.members.get(canonical("PolicyConcept", group), ()))
