"""Identity: which entity each mention names, decided over the whole corpus.

:func:`kgraph.resolve.entity_key` names a mention from its own text and the
curated tables. Some sameness and difference only shows across documents;
:func:`resolve_identities` reads every extraction once, before the graph is
assembled, and returns :class:`Identities`, whose :meth:`Identities.key` maps
the ``(type, canonical name)`` of a mention in a document to the node it names:

1. **One type per name.** A name tagged with several of Person, Organization
   and Place takes the type the curated tables give it (a country is never a
   Person, 特朗普 never a Place), else the type most of its mentions have.
2. **Short and full forms.** A short form that is one or more of the
   middle-dot parts of exactly one full form of its type in the same document
   (卢拉 of 路易斯·伊纳西奥·卢拉·达席尔瓦, 穆罕默德 of 穆罕默德·穆伊兹), else a tail
   of exactly one full form in the whole corpus (特朗普 of 唐纳德·特朗普; a given
   name alone is many people's), is that full form. Chinese names are never cut
   (李强 is not 强, 雷锋 is not the 雷锋 of 学雷锋·文明实践). An organisation's short
   form defined in a text, ``全称（以下简称“简称”）`` or ``全称（简称）``, is the
   full name there, whatever the tagger called it, and in the corpus when no
   other full name claims it. A name one character off another person's name of
   the same story is that person: run into a verb (韩正巡|视 beside 韩正,
   拉乔利纳互|致), or cut one short (王楚 of 王楚钦) where the longer form is the
   one the story repeats.
3. **Same-name people kept apart.** The documents of a person's name are
   clustered by what they say of the person: posts (``holdsPosition``), the
   organisations and places of the same sentences, an occupation word before
   the name. A national leader and a rank-and-file worker (the ranks of posts
   are data: ``ontology/post_ranks.tsv``), national posts of two countries
   (摩洛哥国王 and 乍得总统), or heads of two unrelated bodies on the same day
   are two people (the last two only for names the tables do not know). The
   cluster of the national post (else the largest) keeps the name; the others
   are qualified by what sets them apart: ``李强（工程师）``, ``穆罕默德（乍得总统）``.
   A document that says nothing of the person, or names two namesakes at once,
   goes to the main one; :meth:`Identities.confidence` says how sure that is. A
   family name alone (彭 of a career note's 彭先生) is one person across documents
   only on shared ground.

Everything is a pure function of the documents and extractions; ties are
broken by sorted names and document ids, so the result never depends on the
order of the input.
"""

from __future__ import annotations

import re
from collections import Counter, defaultdict
from collections.abc import Callable, Mapping, Sequence
from dataclasses import dataclass, field
from functools import cache, cached_property
from pathlib import Path
from types import MappingProxyType

from kgraph.extract.positions import split_status
from kgraph.extract.positions import titles as known_titles
from kgraph.lexicons import canonical, lexicon, normalize_key, ontology_dir, untitled
from kgraph.records import Document, DocumentExtraction, Mention
from kgraph.resolve import ONE_CHARACTER, entity_key
from kgraph.text import TableError, in_order, read_table, read_words

__all__ = ["Identities", "Merge", "Split", "post_rank", "resolve_identities"]

NAMED_TYPES: tuple[str, ...] = ("Person", "Organization", "Place")
RANKS_FILE = "post_ranks.tsv"
NATIONAL = "national"
RANK_AND_FILE = "rank_and_file"
DOTS = "·・•‧∙⋅･"
_DOT_SPLIT = re.compile(f"[{DOTS}]")
# ``中国国际进口博览会（以下简称“进博会”）``, ``世界卫生组织（WHO）``: the parenthesis right
# after an organisation's full name that gives its short form.
_SHORT_FORM = re.compile(
    r"\s*[（(]\s*(?:(?:以下|下文)?(?:简称|称)\s*[：:]?\s*)?[“\"「『]?"
    r"([^”\"」』（）()，,、。；;：:\s]{2,16})[”\"」』]?\s*[）)]"
)
_ACRONYM = re.compile(r"[A-Z][A-Za-z0-9&\-]{1,11}")
CUE_WINDOW = 12  # characters before a name searched for an occupation word (村民, 工程师)
# Weights of shared context when a document joins a cluster of the same name.
POST_WEIGHT, ORG_WEIGHT, PLACE_WEIGHT = 3, 2, 1


# --------------------------------------------------------------------------- records


@dataclass(frozen=True, slots=True)
class Merge:
    """Mentions of ``(type, name)`` that :meth:`Identities.key` sends to ``(into_type, into)``."""

    type: str
    name: str
    into_type: str
    into: str
    reason: str  # "type", "short form", "abbreviation"
    docs: tuple[str, ...]  # the documents whose mentions it moves (all: the corpus)
    confidence: float = 1.0


@dataclass(frozen=True, slots=True)
class Split:
    """One of the people who share ``name``: the node ``label`` and what sets it apart."""

    name: str  # the shared name (the main person keeps it as label)
    label: str  # this person's node name: the name, or the name qualified (李强（工程师）)
    main: bool  # the person who keeps the plain name
    docs: tuple[str, ...]  # documents assigned to this person, sorted
    posts: tuple[str, ...]  # the posts and occupations read for this person, most frequent first
    ranks: tuple[str, ...]  # national / rank_and_file, of those posts
    countries: tuple[str, ...]  # whose national posts this person holds
    reason: str  # why this person is not the main one (empty for the main one)


@dataclass(frozen=True)
class Identities:
    """Corpus-level decisions of sameness; :meth:`key` applies them to one mention."""

    retyped: Mapping[tuple[str, str], tuple[str, str, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )  # (type, name) -> (type, name, share of votes)
    doc_names: Mapping[tuple[str, str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )  # (doc, type, name) -> name
    doc_orgs: Mapping[tuple[str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )  # (doc, short form) -> organisation, for a short form tagged with any named type
    corpus_orgs: Mapping[str, str] = field(
        default_factory=lambda: MappingProxyType({})
    )  # short form -> organisation, where one full name claims it
    corpus_names: Mapping[tuple[str, str], str] = field(
        default_factory=lambda: MappingProxyType({})
    )  # (type, name) -> name
    people: Mapping[tuple[str, str], tuple[str, float]] = field(
        default_factory=lambda: MappingProxyType({})
    )  # (doc, name) -> (label, confidence), for the names of several people
    # (doc, name): a person the document names after a post, whatever type the name takes
    # elsewhere (圭亚那总统阿里, though 阿里 is a prefecture of Tibet)
    titled_people: frozenset[tuple[str, str]] = frozenset()
    # (doc, start) -> name: one mention of a person that a document's other mentions of the name
    # do not share (巴林王储兼首相萨勒曼 beside 沙特国王萨勒曼, the curated king)
    mention_people: Mapping[tuple[str, int], str] = field(
        default_factory=lambda: MappingProxyType({})
    )
    merges: tuple[Merge, ...] = ()
    splits: tuple[Split, ...] = ()

    def _resolve(self, doc: str, entity_type: str, name: str) -> tuple[str, str, float]:
        confidence = 1.0
        titled = entity_type == "Person" and (doc, name) in self.titled_people
        retyped = None if titled else self.retyped.get((entity_type, name))
        if retyped is not None:
            entity_type, name, confidence = retyped
        if entity_type in NAMED_TYPES:
            org = self.doc_orgs.get((doc, name)) or self.corpus_orgs.get(name)
            if org is not None:
                entity_type, name = "Organization", org
            else:
                name = self.doc_names.get(
                    (doc, entity_type, name), self.corpus_names.get((entity_type, name), name)
                )
        if entity_type == "Person":
            person = self.people.get((doc, name))
            if person is not None:
                name, share = person
                confidence = min(confidence, share)
        return entity_type, name, confidence

    def resolve(
        self, doc: str, entity_type: str, name: str, start: int | None = None
    ) -> tuple[str, str, float]:
        """:meth:`key` and :meth:`confidence` in one look-up: ``(type, name, confidence)``;
        ``start``, the mention's offset, for a mention decided on its own."""
        if entity_type == "Person" and start is not None:
            own = self.mention_people.get((doc, start))
            if own is not None:
                return entity_type, own, 1.0
        return self._resolve(doc, entity_type, name)

    def key(self, doc: str, entity_type: str, name: str) -> tuple[str, str]:
        """The ``(type, name)`` of the node that a mention keyed ``(entity_type, name)`` names.

        ``name`` is already canonical (:func:`kgraph.resolve.entity_key`); ``doc`` is the
        mention's document. Types other than Person, Organization and Place pass unchanged.
        """
        entity_type, name, _ = self._resolve(doc, entity_type, name)
        return entity_type, name

    def confidence(self, doc: str, entity_type: str, name: str) -> float:
        """How sure :meth:`key` is, in [0, 1].

        1.0 unless the name's type came from a vote (the share of its mentions with the
        chosen type) or the name is shared by several people and nothing in this document
        tells them apart (the share of the name's context-bearing documents in the cluster
        it was given).
        """
        return self._resolve(doc, entity_type, name)[2]

    def split_of(self, label: str) -> Split | None:
        """The evidence of the person whose node is named ``label``, if the name was split."""
        return self._split_labels.get(label)

    @cached_property
    def _split_labels(self) -> dict[str, Split]:
        return {s.label: s for s in self.splits}

    def summary(self) -> dict[str, int]:
        reasons = Counter(m.reason for m in self.merges)
        split_names = {s.name for s in self.splits}
        return {
            "retyped": reasons["type"],
            "short_forms": reasons["short form"],
            "abbreviations": reasons["abbreviation"],
            "split_names": len(split_names),
            "split_people": len(self.splits) - len(split_names),
        }


# --------------------------------------------------------------------------- tables


@cache
def _ranks() -> dict[str, str]:
    rows = read_table(ontology_dir() / RANKS_FILE, ("post", "rank"))
    ranks: dict[str, str] = {}
    for row in rows:
        rank = row.get("rank", "")
        if rank not in (NATIONAL, RANK_AND_FILE):
            raise ValueError(f"{RANKS_FILE}: unknown rank {rank!r} of {row['post']!r}")
        ranks.setdefault(row["post"], rank)
    return ranks


@cache
def _longest_rank_word() -> int:
    return max(map(len, _ranks()), default=0)


def post_rank(post: str) -> tuple[str, str] | None:
    """``(word, rank)`` of the longest row of ``post_ranks.tsv`` that ends ``post``, if any."""
    ranks = _ranks()
    for size in range(min(len(post), _longest_rank_word()), 0, -1):
        word = post[-size:]
        rank = ranks.get(word)
        if rank is not None:
            return word, rank
    return None


@cache
def _head_titles() -> tuple[str, ...]:
    from kgraph.extract.cues import cues

    return cues().get("head", ())


def _heads(title: str) -> bool:
    """A title that heads its organisation (主席, 书记, 部长; not 副主席)."""
    return not title.startswith("副") and title.endswith(_head_titles())


def _known_types(name: str) -> dict[str, str]:
    """The named types the curated tables know ``name`` as, with the canonical name of each."""
    aliases = lexicon().aliases
    key = normalize_key(name)
    return {t: aliases[(t, key)] for t in NAMED_TYPES if (t, key) in aliases}


# --------------------------------------------------------------------------- helpers


def _parts(name: str) -> list[str]:
    return [p for p in _DOT_SPLIT.split(name) if p]


def _short_forms(name: str, *, tails: bool = False) -> set[str]:
    """Runs of the middle-dot parts of a full name but the whole, of two characters or more.

    With ``tails``, only the runs that end the name (特朗普 of 唐纳德·特朗普, not 唐纳德):
    a given name alone (穆罕默德, 阿卜杜拉) is many people's across a corpus.
    """
    parts = _parts(name)
    if len(parts) < 2:
        return set()
    forms = set()
    for start in range(len(parts)):
        for end in range(start + 1, len(parts) + 1):
            if end - start < len(parts) and (end == len(parts) or not tails):
                form = "·".join(parts[start:end])
                if len(form) >= 2:
                    forms.add(form)
    return forms


@cache
def _surnames() -> frozenset[str]:
    return read_words(Path(__file__).resolve().parent / "data" / "ner_surnames.txt")


def _chinese_head(short: str, full: str) -> bool:
    """A Chinese name that only opens a dotted phrase: 雷锋 of “学雷锋·文明实践”'s 雷锋·文明.

    A foreign given name (穆罕默德, 约翰) opens a full name too; a Chinese one of two or three
    characters that starts with a surname is taken for a person of its own.
    """
    parts = _parts(full)
    return (
        bool(parts)
        and _dot_key(short) == parts[0]
        and 2 <= len(short) <= 3
        and short[0] in _surnames()
    )


def _dot_key(name: str) -> str:
    return "·".join(_parts(name)) if _DOT_SPLIT.search(name) else name


def _is_abbreviation(short: str, full: str) -> bool:
    """``进博会`` of ``中国国际进口博览会``: shorter, its characters in order in the full name."""
    if short == full or len(short) >= len(full):
        return False
    return bool(_ACRONYM.fullmatch(short)) or in_order(short, full)


def _vote(counts: Mapping[str, int]) -> tuple[str, float]:
    """The type most mentions have (ties: Place, Organization, Person) and its share."""
    order = {t: i for i, t in enumerate(("Place", "Organization", "Person"))}
    best = min(counts, key=lambda t: (-counts[t], order.get(t, 9), t))
    return best, counts[best] / sum(counts.values())


@dataclass
class _Context:
    """What one document says of the person a name names there."""

    doc: str
    date: str | None
    posts: Counter[str] = field(default_factory=Counter)  # canonical posts held
    ranks: dict[str, str] = field(default_factory=dict)  # word of post_ranks.tsv -> rank
    heads: set[str] = field(default_factory=set)  # organisations or places it heads
    countries: set[str] = field(default_factory=set)  # whose national posts it holds
    orgs: set[str] = field(default_factory=set)
    places: set[str] = field(default_factory=set)

    def bears(self) -> bool:
        return bool(self.posts or self.ranks or self.orgs or self.places)

    def rank_set(self) -> set[str]:
        return set(self.ranks.values())


@dataclass
class _Cluster:
    order: int
    docs: list[_Context] = field(default_factory=list)
    posts: Counter[str] = field(default_factory=Counter)
    ranks: Counter[str] = field(default_factory=Counter)  # rank -> documents
    rank_words: Counter[str] = field(default_factory=Counter)
    heads_on: dict[str, set[str]] = field(default_factory=lambda: defaultdict(set))
    countries: Counter[str] = field(default_factory=Counter)
    orgs: Counter[str] = field(default_factory=Counter)
    places: Counter[str] = field(default_factory=Counter)
    evidenced: set[str] = field(default_factory=set)  # docs placed by a post or a rank

    def add(self, context: _Context) -> None:
        self.docs.append(context)
        self.posts.update(context.posts)
        for rank in context.rank_set():
            self.ranks[rank] += 1
        self.rank_words.update(context.ranks.keys())
        if context.date:
            self.heads_on[context.date] |= context.heads
        self.orgs.update(context.orgs)
        self.places.update(context.places)
        self.countries.update(context.countries)


def _conflict(
    context: _Context, cluster: _Cluster, together: set[frozenset[str]], curated: bool
) -> str:
    """Why ``context`` cannot be the person of ``cluster`` (empty: it can)."""
    ranks = context.rank_set()
    if NATIONAL in ranks and cluster.ranks[RANK_AND_FILE]:
        return "national post against a rank-and-file job"
    if RANK_AND_FILE in ranks and cluster.ranks[NATIONAL]:
        return "rank-and-file job against a national post"
    if curated:  # a known person's posts are known: only ranks tell a namesake
        return ""
    if context.countries and cluster.countries and not context.countries & cluster.countries.keys():
        ours = sorted(context.countries)[0]
        theirs = min(cluster.countries.items(), key=lambda i: (-i[1], i[0]))[0]
        return f"national post of {ours} against one of {theirs}"
    if not context.date or not context.heads:
        return ""
    for other in cluster.heads_on.get(context.date, ()):
        for head in context.heads:
            if not _related(head, other) and frozenset((head, other)) not in together:
                return f"head of {head} and of {other} on {context.date}"
    return ""


def _related(left: str, right: str) -> bool:
    """Bodies one person may head at once: one inside the other, or of one place.

    (中央外办 and 外办; 陕西省委 and 陕西省人大常委会: a provincial secretary chairs the congress;
    议联 and 议会联盟: a short form made of the full name's characters, in order, from its first.)
    """
    return (
        left in right
        or right in left
        or left[:2] == right[:2]
        or _abbreviates(left, right)
        or _abbreviates(right, left)
    )


def _abbreviates(short: str, full: str) -> bool:
    """议联 of 议会联盟, 人大 of 人民代表大会: the short form's characters are the full name's,
    in order, and the two open alike."""
    if not 2 <= len(short) < len(full) or short[0] != full[0]:
        return False
    rest = iter(full)
    return all(char in rest for char in short)


def _overlap(context: _Context, cluster: _Cluster) -> tuple[int, int]:
    """(shared posts, weighted shared context) of a document and a cluster."""
    posts = sum(1 for p in context.posts if p in cluster.posts)
    posts += sum(1 for w in context.ranks if w in cluster.rank_words)
    orgs = sum(1 for o in context.orgs if o in cluster.orgs)
    places = sum(1 for p in context.places if p in cluster.places)
    return posts, POST_WEIGHT * posts + ORG_WEIGHT * orgs + PLACE_WEIGHT * places


def _priority(context: _Context) -> tuple[int, str]:
    """Strongest evidence first: a country's national post, a national post, other posts."""
    ranks = context.rank_set()
    if context.countries:
        return 0, context.doc
    if NATIONAL in ranks:
        return 1, context.doc
    if context.posts and not ranks:
        return 2, context.doc
    if RANK_AND_FILE in ranks:
        return 3, context.doc
    return 4, context.doc


def _cluster(
    contexts: list[_Context], together: set[frozenset[str]], curated: bool, alone: bool = False
) -> tuple[list[_Cluster], dict[int, str]]:
    """Clusters of the documents of one name, and why each cluster after the first opened
    (``alone``: a family name alone, one person only on shared ground)."""
    clusters: list[_Cluster] = []
    reasons: dict[int, str] = {}
    for context in sorted(contexts, key=_priority):
        ranks = context.rank_set()
        fitting: list[tuple[int, int, int, _Cluster]] = []
        conflicts: list[str] = []
        for cluster in clusters:
            why = _conflict(context, cluster, together, curated)
            if why:
                conflicts.append(why)
                continue
            posts, score = _overlap(context, cluster)
            fitting.append((score, posts, len(cluster.docs), cluster))
        if RANK_AND_FILE in ranks:
            # A worker is another worker only on shared ground: news interviews many namesakes.
            fitting = [f for f in fitting if f[0] > 0 or not f[3].ranks[RANK_AND_FILE]]
        if alone:
            fitting = [f for f in fitting if f[0] > 0]
        chosen: _Cluster | None = None
        if fitting:
            _score, posts, _size, chosen = max(fitting, key=lambda f: (f[0], f[2], -f[3].order))
            if posts:
                chosen.evidenced.add(context.doc)
        if chosen is None:
            chosen = _Cluster(order=len(clusters))
            if clusters:
                reasons[chosen.order] = conflicts[0] if conflicts else "no shared context"
            if context.posts or context.ranks:  # its own posts set it apart
                chosen.evidenced.add(context.doc)
            clusters.append(chosen)
        chosen.add(context)
    return clusters, reasons


def _qualifier(cluster: _Cluster, main: _Cluster) -> list[str]:
    """Words that tell this person from the main one, most telling first.

    A national post of a country (摩洛哥国王), else an occupation (工程师), else the most
    frequent post, organisation, place (the longest of equally frequent ones), then a date.
    """

    def ranked(counter: Counter[str]) -> list[str]:
        return [w for w, _ in sorted(counter.items(), key=lambda i: (-i[1], -len(i[0]), i[0]))]

    national = [w for w in ranked(cluster.rank_words) if _ranks()[w] == NATIONAL]
    workers = [w for w in ranked(cluster.rank_words) if _ranks()[w] == RANK_AND_FILE]
    seen = set(main.posts) | set(main.rank_words) | set(main.orgs)
    words: list[str] = []
    if cluster.countries and national:
        words.append(ranked(cluster.countries)[0] + national[0])
    elif workers:
        words.append(workers[0])
    for counter in (cluster.posts, cluster.orgs, cluster.places):
        for word in ranked(counter):
            if word not in seen and word not in words:
                words.append(word)
                break
    dates = sorted(c.date for c in cluster.docs if c.date)
    if dates:
        words.append(dates[0])
    return words


# --------------------------------------------------------------------------- the function


def resolve_identities(
    documents: list[Document],
    extractions: Sequence[DocumentExtraction],
) -> Identities:
    """Decide, over the whole corpus, which entity each Person/Organization/Place mention names."""
    by_id = {d.id: d for d in documents}
    keys: dict[tuple[str, str | None, str, str | None], tuple[str, str]] = {}

    def key_of(mention: Mention) -> tuple[str, str]:
        cache_key = (mention.type, mention.value, mention.text, mention.owner)
        found = keys.get(cache_key)
        if found is None:
            found = keys[cache_key] = entity_key(mention)
        return found

    named = [
        (extraction.doc, mention, key_of(mention))
        for extraction in extractions
        for mention in extraction.mentions
        if mention.type in NAMED_TYPES and mention.source != "self"
    ]

    # 1. One type per name.
    retyped, type_merges = _retype(named)

    posts = _posts_by_end(extractions)
    # (never a country: 联合国秘书长|叙利亚问题特使)
    titled_people = frozenset(
        (doc, key[1])
        for doc, mention, key in named
        if key[0] == "Person"
        and retyped.get(key, ("Person",))[0] != "Person"
        and not _is_country(key[1])
        and _after_a_bodys_post(posts, by_id.get(doc), doc, mention)
    )

    def retype(doc: str, key: tuple[str, str]) -> tuple[str, str]:
        titled = key[0] == "Person" and (doc, key[1]) in titled_people
        found = None if titled else retyped.get(key)
        return (found[0], found[1]) if found else key

    # 2. Short and full forms.
    final = [(doc, mention, retype(doc, key)) for doc, mention, key in named]
    countries, leaders, trades = _titled_people(final, posts, by_id)
    doc_names, corpus_names, form_merges = _short_and_full(final, by_id, countries, leaders, trades)
    doc_orgs, corpus_orgs, longer, org_merges = _abbreviations(final, by_id)
    for full, target in longer.items():
        corpus_names.setdefault(("Organization", full), target)
    for key, full in _bodies_of_a_country(final).items():
        doc_names.setdefault(key, full)
    leading = _over_the_corpus(leaders)
    for key, bare in _unsupported_short_names(final, extractions, by_id, posts, leading).items():
        doc_names.setdefault(key, bare)
    for key, full in _careers_by_post(final, posts, by_id).items():
        if doc_names.get(key, key[2]) == key[2]:  # (not where a full form is written out)
            doc_names[key] = full
    namesakes, mention_people = _namesakes_by_post(final, posts, by_id)
    for key, bare in namesakes.items():
        doc_names.setdefault(key, bare)

    identities = Identities(
        retyped=MappingProxyType(retyped),
        doc_names=MappingProxyType(doc_names),
        doc_orgs=MappingProxyType(doc_orgs),
        corpus_orgs=MappingProxyType(corpus_orgs),
        corpus_names=MappingProxyType(corpus_names),
        titled_people=titled_people,
        mention_people=MappingProxyType(mention_people),
    )

    # 3. Same-name people.
    people, splits = _people(extractions, by_id, identities, key_of)
    return Identities(
        retyped=identities.retyped,
        doc_names=identities.doc_names,
        doc_orgs=identities.doc_orgs,
        corpus_orgs=identities.corpus_orgs,
        corpus_names=identities.corpus_names,
        people=MappingProxyType(people),
        titled_people=titled_people,
        mention_people=identities.mention_people,
        merges=tuple(sorted(type_merges + form_merges + org_merges, key=_merge_order)),
        splits=tuple(splits),
    )


@cache
def _resolve_only_people() -> dict[str, frozenset[str]]:
    """Full foreign names (托马斯·巴赫) -> the short forms the tables only resolve (巴赫)."""
    found: dict[str, frozenset[str]] = {}
    for (entity_type, name), entry in lexicon().entries.items():
        if entity_type == "Person" and "·" in name:
            only = frozenset(normalize_key(a) for a in entry.aliases) - frozenset(
                normalize_key(a) for a in entry.matchable
            )
            if only:
                found[name] = only
    return found


def _unsupported_short_names(
    final: list[tuple[str, Mention, tuple[str, str]]],
    extractions: Sequence[DocumentExtraction],
    by_id: Mapping[str, Document],
    posts: Mapping[tuple[str, int, int], Mention],
    leading: Mapping[str, set[str]],
) -> dict[tuple[str, str, str], str]:
    """(doc, "Person", 托马斯·巴赫) -> 巴赫: a short form the tables only resolve (~巴赫) names
    their person in a document that says who it is: by the full name, a post or a title right
    before it (国际奥委会主席巴赫, 巴林国王哈马德) or right after it (布克尔总统), or anywhere in
    it by a national post of the country the corpus names the person a leader of (``leading``:
    李强同埃塞俄比亚总理会谈 over 李强同阿比会谈) or by a post of the person's career
    (``ontology/careers.tsv``: 西班牙首相). Alone (莫扎特、巴赫、亨德尔) it is a name of its own."""
    only = _resolve_only_people()
    titles = lexicon().titles
    longest = max(map(len, titles), default=0)

    def titled(doc: str, mention: Mention) -> bool:
        document = by_id.get(doc)
        if document is None:
            return False
        before = document.raw[max(0, mention.start - 8) : mention.start]
        after = document.raw[mention.end : mention.end + longest]
        return any(before.endswith(title) for title in titles) or any(
            after[:size] in titles for size in range(2, len(after) + 1)
        )

    bare: dict[tuple[str, str, str], str] = {}
    supported: set[tuple[str, str]] = set()
    for doc, mention, (entity_type, name) in final:
        forms = only.get(name) if entity_type == "Person" else None
        if not forms:
            continue
        if (
            normalize_key(mention.text) not in forms
            or any(
                (doc, mention.sentence, end) in posts for end in (mention.start, mention.start - 1)
            )
            or titled(doc, mention)
        ):
            supported.add((doc, name))
        else:
            bare.setdefault((doc, "Person", name), mention.text)
    careers = _careers()
    unsupported: dict[str, list[str]] = defaultdict(list)  # doc -> its bare names
    for doc, _entity_type, name in bare:
        if (doc, name) not in supported and (name in careers or name in leading):
            unsupported[doc].append(name)

    def says_who(document: Document | None, post: Mention, name: str) -> bool:
        country = _post_country(document, post)
        career = careers.get(name)
        if career is not None and country == career.country:
            return _career_title(post, career)
        rank = post_rank(post.value or post.text)
        return country in leading.get(name, ()) and rank is not None and rank[1] == NATIONAL

    for extraction in extractions:
        document = by_id.get(extraction.doc)
        for name in unsupported.get(extraction.doc, ()):
            if any(
                post.type == "Position" and says_who(document, post, name)
                for post in extraction.mentions
            ):
                supported.add((extraction.doc, name))
    return {key: text for key, text in bare.items() if (key[0], key[2]) not in supported}


CAREERS_FILE = "careers.tsv"
_POST_JOINS = "兼、"


@dataclass(frozen=True)
class Career:
    """A curated person's posts (``ontology/careers.tsv``): whose country, which titles, and
    the year the first of them began (a story told before it names someone else)."""

    country: str
    posts: tuple[str, ...]
    since: int


@cache
def _careers() -> dict[str, Career]:
    """Curated person -> career: ``ontology/careers.tsv``."""
    path = ontology_dir() / CAREERS_FILE
    careers = {}
    for row in read_table(path, ("name", "country", "posts", "from")):
        if not row["from"].isdigit():
            raise TableError(f"{path}: {row['name']}: 'from' is no year: {row['from']!r}")
        careers[row["name"]] = Career(
            _country_name(row["country"]) or row["country"],
            tuple(row["posts"].split("|")),
            int(row["from"]),
        )
    return careers


def _country_name(word: str) -> str | None:
    """The canonical name of a country its word names (沙特 -> 沙特阿拉伯), else None."""
    found = lexicon().aliases.get(("Place", normalize_key(word)))
    return found if found is not None and _is_country(found) else None


def _country_before(raw: str, start: int) -> str | None:
    """The country named nearest before a post (英国|司法大臣, 到访的沙特|外交大臣), within its
    clause; two characters at least (the 法 of 司法 is no France)."""
    window = raw[max(0, start - 10) : start]
    window = re.split(r"[，。、；：！？（）()\s]", window)[-1]
    for j in range(len(window), 1, -1):
        for i in range(j - 1):
            country = _country_name(window[i:j])
            if country is not None:
                return country
    return None


def _posts_by_end(
    extractions: Sequence[DocumentExtraction],
) -> dict[tuple[str, int, int], Mention]:
    """(doc, sentence, end) -> the Position mention that ends there."""
    return {
        (extraction.doc, m.sentence, m.end): m
        for extraction in extractions
        for m in extraction.mentions
        if m.type == "Position"
    }


def _post_chain(
    posts: Mapping[tuple[str, int, int], Mention],
    document: Document | None,
    doc: str,
    mention: Mention,
) -> list[Mention]:
    """The posts right before a name, nearest first (卡塔尔首相兼外交大臣穆罕默德: both)."""
    found: list[Mention] = []
    end = mention.start
    raw = document.raw if document is not None else ""
    while True:
        post = posts.get((doc, mention.sentence, end))
        if post is None and end > 0 and raw[end - 1 : end] in _POST_JOINS and found:
            post = posts.get((doc, mention.sentence, end - 1))
        if post is None or post in found:
            return found
        found.append(post)
        end = post.start


def _post_country(document: Document | None, post: Mention) -> str | None:
    """The country a post names in its value (沙特王储, 英国|司法大臣), else before it; none
    when an owner that is no country is written before it (伊拉克将在联合国|秘书长: the UN's)."""
    title = post.value or post.text
    if title != post.text:
        return _country_before(title, len(title) - len(post.text))
    return _country_before(document.raw, post.start) if document is not None else None


def _after_a_bodys_post(
    posts: Mapping[tuple[str, int, int], Mention],
    document: Document | None,
    doc: str,
    mention: Mention,
) -> bool:
    """``圭亚那总统|阿里``: the name comes right after a post of a country or a body (not after a
    bare title: ``拜登总统|旧金山会晤``)."""
    chain = _post_chain(posts, document, doc, mention)
    return bool(chain) and bool(chain[0].owner)


OCCUPATION, OFFICE = "occupation", "office"
PostsBefore = dict[tuple[str, str], set[str]]  # (doc, person) -> what the posts before it say


def _titled_people(
    final: list[tuple[str, Mention, tuple[str, str]]],
    posts: Mapping[tuple[str, int, int], Mention],
    by_id: Mapping[str, Document],
) -> tuple[PostsBefore, PostsBefore, PostsBefore]:
    """What the posts a document names each person after say of them, (doc, person) -> the
    countries of those posts; of its national posts only (巴基斯坦总理, not 巴基斯坦射箭运动员);
    and what the posts make of the person, a trade (``射箭运动员``, ``作家``: ``occupation``) or
    an office (``参议长``, ``发言人``), a rank (上将) neither."""
    countries: PostsBefore = defaultdict(set)
    national: PostsBefore = defaultdict(set)
    trades: PostsBefore = defaultdict(set)
    known = known_titles()
    for doc, mention, (entity_type, name) in final:
        if entity_type != "Person":
            continue
        for post in _post_chain(posts, by_id.get(doc), doc, mention):
            kind = known.kind(known.title_of(post.text))
            if kind and kind != "rank":
                trades[(doc, name)].add(OCCUPATION if kind == OCCUPATION else OFFICE)
            country = _post_country(by_id.get(doc), post)
            if country is None:
                continue
            countries[(doc, name)].add(country)
            if (post_rank(post.value or post.text) or ("", ""))[1] == NATIONAL:
                national[(doc, name)].add(country)
    return countries, national, trades


def _careers_by_post(
    final: list[tuple[str, Mention, tuple[str, str]]],
    posts: Mapping[tuple[str, int, int], Mention],
    by_id: Mapping[str, Document],
) -> dict[tuple[str, str, str], str]:
    """(doc, "Person", 穆罕默德) -> 穆罕默德·本·萨勒曼: a name that opens or ends the names of
    curated people (``ontology/careers.tsv``), after posts that fit the career of exactly one
    of them (沙特王储兼首相穆罕默德 is not the president of the Emirates,
    吉尔吉斯斯坦总理扎帕罗夫 not its president). Every titled mention of the name in the
    document, a title before it or right after it (扎帕罗夫总统), must point to that one
    person; an untitled one follows them."""
    careers = _careers()
    bearers: dict[str, set[str]] = defaultdict(set)  # 穆罕默德 -> the careers it opens or ends
    for full in careers:
        parts = _parts(full)
        if len(parts) >= 2:
            bearers[parts[0]].add(full)
            bearers[parts[-1]].add(full)
    titles_at = {(doc, post.sentence, post.start): post for (doc, _s, _e), post in posts.items()}
    votes: dict[tuple[str, str], set[str]] = {}
    spelled: set[tuple[str, str]] = set()  # a document that writes the full name out
    for doc, mention, (entity_type, name) in final:
        if entity_type != "Person":
            continue
        if name in careers and normalize_key(mention.text) == normalize_key(name):
            spelled.add((doc, name))
            continue
        candidates = bearers.get(untitled(mention.text), set())
        if not candidates:
            continue
        document = by_id.get(doc)
        titled = _post_chain(posts, document, doc, mention)
        after = titles_at.get((doc, mention.sentence, mention.end))
        if after is not None:
            titled.append(after)  # (扎帕罗夫总统 beside 总理扎帕罗夫: two people, left alone)
        if not titled:
            continue
        fits = {
            full
            for full in candidates
            if all(_fits_career(document, post, careers[full]) for post in titled)
            and not _told_before(document, careers[full])
        }
        votes[(doc, name)] = votes[(doc, name)] & fits if (doc, name) in votes else fits
    return {
        (doc, "Person", name): next(iter(fits))
        for (doc, name), fits in sorted(votes.items())
        if len(fits) == 1 and name not in fits and (doc, name) not in spelled
    }


def _fits_career(document: Document | None, post: Mention, career: Career) -> bool:
    """A post of the career's country (or of none named) with one of its titles."""
    named = _post_country(document, post)
    return (named is None or named == career.country) and _career_title(post, career)


def _career_title(post: Mention, career: Career) -> bool:
    """One ends the other: the post's title and one of the career's (国王 / 沙特国王), a mark
    of the post not yet or no longer held aside (欧洲理事会当选主席 / 欧洲理事会主席)."""
    title = post.value or post.text
    if post.owner:
        title = split_status(post.owner)[0] + post.text
    return any(title.endswith(t) or t.endswith(title) for t in career.posts)


def _told_before(document: Document | None, career: Career) -> bool:
    """A document dated before the career began (阿萨德总统 on a page of 1998)."""
    told = document.date if document is not None else None
    return told is not None and int(told[:4]) < career.since


def _namesakes_by_post(
    final: list[tuple[str, Mention, tuple[str, str]]],
    posts: Mapping[tuple[str, int, int], Mention],
    by_id: Mapping[str, Document],
) -> tuple[dict[tuple[str, str, str], str], dict[tuple[str, int], str]]:
    """(doc, "Person", 萨勒曼·本·阿卜杜勒阿齐兹·阿勒沙特) -> 萨勒曼: a curated person's short form
    after a post that contradicts the person's career (``ontology/careers.tsv``): a post of
    another country (英国司法大臣马哈茂德 is not Somalia's president) or a post the career lacks
    (沙特王储兼首相萨勒曼 is the crown prince, not King Salman; 港口和机场部长科斯塔 no prime
    minister of Portugal). Every post of a chain joined by 兼 or 、 counts. So does a document
    dated before the career began (阿萨德总统 on a page of 1998 is Hafez al-Assad). A document
    that also names the person by the full name, or of the career's years after a post of it,
    keeps the person, but for the mentions whose posts contradict the career: those are the
    namesake alone (a list of greetings names 沙特国王萨勒曼 and 巴林王储兼首相萨勒曼), returned
    as (doc, start) -> short form."""
    careers = _careers()
    against: dict[tuple[str, str], str] = {}
    kept: set[tuple[str, str]] = set()
    contradicted: dict[tuple[str, int], tuple[str, str]] = {}  # (doc, start) -> (name, short)
    for doc, mention, (entity_type, name) in final:
        career = careers.get(name) if entity_type == "Person" else None
        if career is None:
            continue
        if normalize_key(mention.text) == normalize_key(name):
            kept.add((doc, name))
            continue
        if _told_before(by_id.get(doc), career):
            # 阿萨德总统 in a story of 1998: Hafez, not Bashar, who took the post in 2000
            against.setdefault((doc, name), untitled(mention.text))
            continue
        titled = _post_chain(posts, by_id.get(doc), doc, mention)
        if not titled:
            continue
        if all(_fits_career(by_id.get(doc), post, career) for post in titled):
            kept.add((doc, name))
        else:
            against.setdefault((doc, name), untitled(mention.text))
            contradicted[(doc, mention.start)] = (name, untitled(mention.text))
    by_doc = {
        (doc, "Person", name): text
        for (doc, name), text in sorted(against.items())
        if (doc, name) not in kept
    }
    by_mention = {
        at: text for at, (name, text) in sorted(contradicted.items()) if (at[0], name) in kept
    }
    return by_doc, by_mention


def _bodies_of_a_country(
    final: list[tuple[str, Mention, tuple[str, str]]],
) -> dict[tuple[str, str, str], str]:
    """(doc, "Organization", 特勤局) -> 美国特勤局: a body no table knows, named bare in a story
    that names it once with its country (美国特勤局发表声明称……特勤局称), is that country's
    body there, not a node of its own (one country only: with two, the text leaves it open).
    Only short names, a kind of body every country has (特勤局, 国民议会, 自民党): a long one
    is a name of its own (比尔及梅琳达·盖茨基金会, whatever country a text puts before it)."""
    lex = lexicon()
    orgs: dict[str, set[str]] = defaultdict(set)
    for doc, _mention, (entity_type, name) in final:
        if entity_type == "Organization":
            orgs[doc].add(name)
    found: dict[tuple[str, str, str], str] = {}
    for doc, names in sorted(orgs.items()):
        for name in sorted(names):
            if not 2 <= len(name) <= 5 or lex.get("Organization", name) is not None:
                continue
            fulls = [
                full
                for full in names
                if len(full) > len(name) and full.endswith(name) and _is_country(full[: -len(name)])
            ]
            if len(fulls) == 1:
                found[(doc, "Organization", name)] = fulls[0]
    return found


def _is_country(name: str) -> bool:
    lex = lexicon()
    found = lex.aliases.get(("Place", normalize_key(name)))
    entry = lex.get("Place", found) if found else None
    return entry is not None and entry.kind == "country"


def _merge_order(merge: Merge) -> tuple[str, str, str, str]:
    return merge.reason, merge.type, merge.name, merge.into


def _retype(
    named: list[tuple[str, Mention, tuple[str, str]]],
) -> tuple[dict[tuple[str, str], tuple[str, str, float]], list[Merge]]:
    """(type, name) -> the (type, name, confidence) a name tagged with several types takes."""
    counts: dict[tuple[str, str], int] = Counter(key for _doc, _m, key in named)
    docs: dict[tuple[str, str], set[str]] = defaultdict(set)
    for doc, _mention, key in named:
        docs[key].add(doc)
    by_name: dict[str, dict[str, int]] = defaultdict(dict)
    for (entity_type, name), count in counts.items():
        by_name[name][entity_type] = count
    # A short form votes with the one dotted full form it is part of (佩特罗 tagged an
    # Organization once, 古斯塔沃·佩特罗 a Person three times: 佩特罗 is a Person).
    owners: dict[str, set[str]] = defaultdict(set)
    for name in by_name:
        for form in _short_forms(name, tails=True):
            owners[form].add(name)

    retyped: dict[tuple[str, str], tuple[str, str, float]] = {}
    merges: list[Merge] = []
    for name in sorted(by_name):
        types = by_name[name]
        known = _known_types(name)
        votes = Counter(types)
        full = owners.get(_dot_key(name), set())
        if len(full) == 1:
            (owner,) = full
            owner_type, _ = _vote(by_name[owner])
            votes[owner_type] += sum(by_name[owner].values())
        for entity_type in sorted(types):
            if entity_type in known:
                continue  # the tables know it as this type: never moved
            if known:
                choices = {t: votes.get(t, 0) + 1 for t in known}
                target, _ = _vote(choices)
                target_name, share = known[target], 1.0
            else:
                if len(votes) < 2:
                    continue
                target, share = _vote(votes)
                if target == entity_type:
                    continue
                target_name = canonical(target, name)
            retyped[(entity_type, name)] = (target, target_name, round(share, 3))
            merges.append(
                Merge(
                    entity_type,
                    name,
                    target,
                    target_name,
                    "type",
                    tuple(sorted(docs[(entity_type, name)])),
                    round(share, 3),
                )
            )
    return retyped, merges


def _short_and_full(
    final: list[tuple[str, Mention, tuple[str, str]]],
    by_id: Mapping[str, Document] | None = None,
    countries: Mapping[tuple[str, str], set[str]] | None = None,
    leaders: Mapping[tuple[str, str], set[str]] | None = None,
    trades: Mapping[tuple[str, str], set[str]] | None = None,
) -> tuple[dict[tuple[str, str, str], str], dict[tuple[str, str], str], list[Merge]]:
    """Short forms (特朗普, 卢拉) that name exactly one dotted full form of their type; not in
    a document whose posts put the two in different countries (``countries``: 卡塔尔首相兼外交
    大臣穆罕默德 is not 马尔代夫总统穆伊兹, 穆罕默德·穆伊兹), nor one whose national posts
    (``leaders``) are of the country of another full form (洪都拉斯总统卡斯特罗) or not of any
    country the full form serves (卢森堡首相弗里登), nor, when the full form is only another
    document's, one whose posts make the short form's bearer a holder of office where the full
    form's are all a trade's, or the other way round (``trades``: 参议长罗兰 is not the writer
    罗曼·罗兰, 射箭运动员哈克 not the spokesman 法尔汉·哈克)."""
    countries = countries or {}
    leaders = leaders or {}
    trades = trades or {}
    lex = lexicon()
    names_in: dict[str, set[tuple[str, str]]] = defaultdict(set)
    for doc, _mention, key in final:
        names_in[doc].add(key)
    every = {key for keys in names_in.values() for key in keys}
    # (type, short form) -> full forms: any run of parts within a document, tails across it
    owners: dict[tuple[str, str], set[str]] = defaultdict(set)
    tails: dict[tuple[str, str], set[str]] = defaultdict(set)
    for entity_type, name in every:
        for form in _short_forms(name):
            owners[(entity_type, form)].add(name)
        for form in _short_forms(name, tails=True):
            tails[(entity_type, form)].add(name)

    def resolve(candidates: set[str]) -> str | None:
        """The one full form, a candidate part of another not counted (卢拉·达席尔瓦)."""
        top = [
            c
            for c in candidates
            if not any(c != o and _dot_key(c) in _short_forms(o) for o in candidates)
        ]
        return top[0] if len(top) == 1 else None

    # The first parts of full names (穆罕默德 of 穆罕默德·巴祖姆): a given name, many people's,
    # is no short form across the corpus even where it also ends one (穆萨·法基·穆罕默德).
    heads = {
        (entity_type, _parts(name)[0])
        for entity_type, name in [*every, *lex.entries]
        if len(_parts(name)) >= 2
    }
    doc_names: dict[tuple[str, str, str], str] = {}
    corpus_names: dict[tuple[str, str], str] = {}
    moved: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    careers = _over_the_corpus(leaders)  # name -> whose national posts it holds
    serves = _over_the_corpus(countries)  # name -> whose posts of any rank it holds
    titled_as = _over_the_corpus(trades)  # name -> office, trade or both, over the corpus
    variants = _dotted_variants(every, Counter(key for _doc, _mention, key in final), careers)
    for (entity_type, name), usual in variants.items():
        corpus_names[(entity_type, name)] = usual
        moved[(entity_type, name, usual)].update(
            doc for doc, keys in names_in.items() if (entity_type, name) in keys
        )

    def written(entity_type: str, names: set[str]) -> set[str]:
        """``names`` with each way of writing one name taken as that name."""
        return {variants.get((entity_type, n), n) for n in names}

    for entity_type, name in sorted(every):
        candidates = tails.get((entity_type, _dot_key(name)))
        if not candidates or lex.get(entity_type, name) is not None:
            continue  # not a short form, or a curated entity of its own
        if (entity_type, _dot_key(name)) in heads or (entity_type, name) in variants:
            continue
        target = resolve(written(entity_type, candidates))
        if target is not None:
            corpus_names[(entity_type, name)] = target
    for (entity_type, name), target in _cut_names(every, _text_after(final, by_id)).items():
        corpus_names.setdefault(
            (entity_type, name), corpus_names.get((entity_type, target), target)
        )
        moved[(entity_type, name, target)].update(
            doc for doc, keys in names_in.items() if (entity_type, name) in keys
        )
    for doc in sorted(names_in):
        keys = names_in[doc]
        for entity_type, name in sorted(keys):
            candidates = owners.get((entity_type, _dot_key(name)))
            if not candidates or lex.get(entity_type, name) is not None:
                continue
            here = {
                c for c in candidates if (entity_type, c) in keys and not _chinese_head(name, c)
            }
            if not here or (entity_type, name) in variants:
                target = corpus_names.get((entity_type, name))
                held = trades.get((doc, name), set())
                if (
                    target is not None
                    and not here
                    and held
                    and titled_as.get(target, held).isdisjoint(held)
                ):
                    # (参议长罗兰 beside the corpus's writer 罗曼·罗兰: an office and a trade)
                    target, doc_names[(doc, entity_type, name)] = None, name
            else:
                target = resolve(written(entity_type, here))
                if target is not None and _other_countries(countries, doc, name, target):
                    target = None  # (another country's post before each: two people)
                if (
                    target is not None
                    and (entity_type, _dot_key(name)) in heads
                    and countries.get((doc, name))
                    and not countries.get((doc, target))
                ):
                    # (阿联酋总统穆罕默德 beside 非盟委员会主席法基: a given name many bear, a
                    # country's post before it that the full form is not given)
                    target = None
                if target is None:  # several full forms here: the short form is ambiguous
                    doc_names[(doc, entity_type, name)] = name
                elif target != corpus_names.get((entity_type, name)):
                    doc_names[(doc, entity_type, name)] = target
            named_after = leaders.get((doc, name), set())
            if target is not None and named_after and not named_after & careers.get(target, set()):
                # (洪都拉斯总统卡斯特罗 is not the corpus's 劳尔·卡斯特罗: the one full form named
                # after a national post of the country; else itself if the target serves another
                # country: 卢森堡首相弗里登 is not 美国疾病控制和预防中心前主任托马斯·弗里登)
                fitting = {c for c in candidates if named_after & careers.get(c, set())}
                if len(fitting) == 1:
                    target = doc_names[(doc, entity_type, name)] = fitting.pop()
                elif serves.get(target) and not named_after & serves[target]:
                    target, doc_names[(doc, entity_type, name)] = None, name
            if target is not None:
                moved[(entity_type, name, target)].add(doc)
    for (doc, name), target in _one_character_off(final, by_id).items():
        if (doc, "Person", name) in doc_names or ("Person", name) in corpus_names:
            continue
        target = doc_names.get(
            (doc, "Person", target), corpus_names.get(("Person", target), target)
        )
        doc_names[(doc, "Person", name)] = target
        moved[("Person", name, target)].add(doc)
    merges = [
        Merge(t, name, t, target, "short form", tuple(sorted(docs)))
        for (t, name, target), docs in sorted(moved.items())
    ]
    return doc_names, corpus_names, merges


def _over_the_corpus(per_doc: Mapping[tuple[str, str], set[str]]) -> dict[str, set[str]]:
    """(doc, name) -> countries, as name -> the countries of all its documents."""
    found: dict[str, set[str]] = defaultdict(set)
    for (_doc, name), named_after in per_doc.items():
        found[name] |= named_after
    return found


def _other_countries(
    countries: Mapping[tuple[str, str], set[str]], doc: str, short: str, full: str
) -> bool:
    """Whether the posts ``doc`` names the two after are of countries, none of them shared."""
    short_in, full_in = countries.get((doc, short), set()), countries.get((doc, full), set())
    return bool(short_in and full_in and not short_in & full_in)


# First characters of the verbs and words a tagger runs a name into (互致, 摘得, 巡视, 称, 说);
# 科尔曼 is not 科尔 and 曼.
_VERB_HEADS = frozenset("互称说摘巡表指会出访致在将也和与同向对就均等则还又曾已率主任获夺赢")


def _one_character_off(
    final: list[tuple[str, Mention, tuple[str, str]]],
    by_id: Mapping[str, Document] | None = None,
) -> dict[tuple[str, str], str]:
    """(doc, name) -> the person of the same story the tagger ran one character past or short.

    ``汪顺摘|得``, ``韩正巡|视``, ``拉乔利纳互|致``: a name no table knows that is another
    person's name of the story plus one character is that person; ``王楚|钦``: a name that is
    another's less its last character is that person, when the other is named at least as
    often in the story (the form the story repeats is the name), and the text (when
    ``by_id`` holds it) shows the cut: the missing character follows the short name at least
    once (``王楚|钦``; in ``…、刘奇葆、…、刘奇。`` 刘奇 is another person).
    """
    lex = lexicon()
    counts: dict[str, Counter[str]] = defaultdict(Counter)
    after: dict[str, dict[str, set[str]]] = defaultdict(lambda: defaultdict(set))
    for doc, mention, (entity_type, name) in final:
        if entity_type == "Person":
            counts[doc][name] += 1
            document = by_id.get(doc) if by_id is not None else None
            if document is not None:
                after[doc][name].add(document.raw[mention.end : mention.end + 1])
    found: dict[tuple[str, str], str] = {}
    for doc in sorted(counts):
        here = counts[doc]
        for name in sorted(here):
            if len(name) < 2 or _DOT_SPLIT.search(name) or lex.get("Person", name) is not None:
                continue
            glued = name[:-1]
            curated = lex.aliases.get(("Person", normalize_key(glued)))
            if (
                len(glued) >= 2
                and name[-1] in _VERB_HEADS
                and (here[glued] >= here[name] or curated is not None)
            ):
                found[(doc, name)] = glued if here[glued] else curated or glued
                continue
            longer = [
                other
                for other in here
                if len(other) == len(name) + 1
                and other.startswith(name)
                and here[other] >= here[name]
                and (by_id is None or doc not in by_id or other[-1] in after[doc][name])
            ]
            if len(longer) == 1:
                found[(doc, name)] = longer[0]
    return found


_NAME_SEPARATORS = re.compile(f"[{DOTS}\\-－‐]")


def _written_parts(name: str) -> list[str]:
    """The parts of a foreign name between its dots and hyphens (若泽·拉莫斯-奥尔塔: three)."""
    return [p for p in _NAME_SEPARATORS.split(name) if p]


def _fits(short: str, full: str) -> bool:
    """Whether ``short`` writes the foreign name ``full`` another way: other separators
    (阿卜杜勒法塔赫·塞西, 阿卜杜勒-法塔赫·塞西), its given and family names without the middle
    ones (弗拉基米尔·普京 of 弗拉基米尔·弗拉基米罗维奇·普京), or the given name as its first
    character (萨·扎帕罗夫) or cut at its head by the tagger (提赫·比罗尔 of 法提赫·比罗尔)."""
    have, want = _written_parts(short), _written_parts(full)
    if "".join(have) == "".join(want):
        return True
    if len(have) < 2 or len(want) < 2 or have[-1] != want[-1]:
        return False
    if len(have) == 2 and len(want) > 2 and have[0] == want[0]:
        return True  # (a name of three parts or more is not one of another's: 乔治·沃克·布什)
    given, of_full = have[0], want[0]
    head = of_full[: len(of_full) - len(given)]
    cut = (len(given) == 1 and len(of_full) > 1 and of_full.startswith(given)) or (
        len(given) >= 2
        and of_full.endswith(given)
        and 1 <= len(head) <= 3
        and not set(head) & _VERB_HEADS  # (在西摩·赫什: a word run into the name, no cut)
    )
    return cut and have[1:] == want[1:]


def _parts_of(short: list[str], full: list[str]) -> bool:
    """Whether ``full`` has every part of ``short``, in order, and more."""
    rest = iter(full)
    return len(short) < len(full) and all(part in rest for part in short)


def _dotted_variants(
    every: set[tuple[str, str]],
    counts: Mapping[tuple[str, str], int],
    countries: Mapping[str, set[str]],
) -> dict[tuple[str, str], str]:
    """Person names with a middle dot that write exactly one other such name of the corpus
    another way (:func:`_fits`), and no more often than it -> that name; the curated form
    wins whichever is fuller.

    A name may also leave out parts of a fuller one beginning with the same given name: a name
    of two parts (费利克斯·齐塞克迪 of 费利克斯·安托万·齐塞克迪·奇隆博, 古斯塔沃·佩特罗 of 古斯塔沃·
    佩特罗·乌雷戈, a second family name), a longer one when the two are named after posts of
    one country (``countries``) or when the tables know it and it ends the same (穆罕默德·乌尔德
    ·加兹瓦尼): a name of three parts is not one of a fuller one by its letters alone (乔治·沃克·
    布什, a son, of 乔治·赫伯特·沃克·布什, his father)."""
    lex = lexicon()
    dotted = sorted(
        name for entity_type, name in every if entity_type == "Person" and _DOT_SPLIT.search(name)
    )
    by_family: dict[str, list[str]] = defaultdict(list)
    by_given: dict[str, list[str]] = defaultdict(list)
    for name in dotted:
        by_family[_written_parts(name)[-1]].append(name)
        by_given[_written_parts(name)[0]].append(name)

    def writes(name: str, other: str) -> bool:
        if _fits(name, other):
            return True
        have, want = _written_parts(name), _written_parts(other)
        return (
            _parts_of(have, want)
            and have[0] == want[0]
            and (
                len(have) == 2
                or bool(countries.get(name, set()) & countries.get(other, set()))
                or (have[-1] == want[-1] and lex.get("Person", name) is not None)
            )
        )

    found: dict[tuple[str, str], str] = {}
    for name in dotted:
        parts = _written_parts(name)
        near = {*by_family[parts[-1]], *by_given[parts[0]]} - {name}
        fuller = [o for o in sorted(near) if writes(name, o)]
        if len(fuller) != 1:
            continue  # (乔治·布什 of 乔治·沃克·布什 and 乔治·赫伯特·沃克·布什: either)
        (other,) = fuller
        if lex.get("Person", name) is not None:
            if lex.get("Person", other) is None:
                found[("Person", other)] = name
        elif (
            lex.get("Person", other) is not None
            or counts[("Person", other)] >= counts[("Person", name)]
        ):
            found[("Person", name)] = other
        elif _parts_of(parts, _written_parts(other)):
            found[("Person", other)] = name  # (the usual way of writing it: the shorter)
    # (a name both ways of writing fit, or one fitting a name that fits another: the end)
    for key, target in list(found.items()):
        seen = {key[1]}
        while ("Person", target) in found and target not in seen:
            seen.add(target)
            target = found[("Person", target)]
        if target == key[1]:
            del found[key]
        else:
            found[key] = target
    return found


# A monarch's number (六世 of 穆罕默德六世).
_REGNAL = re.compile(r"[一二三四五六七八九十]{1,3}世")
# The endings that make a family name of a given name (穆斯塔法|耶夫, 约翰|松): another name,
# not the given name cut short.
_FAMILY_ENDING = re.compile(r"(?:耶夫|诺夫|洛夫|科夫|莫夫|耶娃|诺娃|洛娃|科娃|维奇|斯基|松|森)")


def _text_after(
    final: list[tuple[str, Mention, tuple[str, str]]], by_id: Mapping[str, Document] | None
) -> dict[str, set[str]] | None:
    """Person name -> the two characters after each of its mentions (None without the texts)."""
    if by_id is None:
        return None
    after: dict[str, set[str]] = defaultdict(set)
    for doc, mention, (entity_type, name) in final:
        document = by_id.get(doc)
        if entity_type == "Person" and document is not None:
            after[name].add(document.raw[mention.end : mention.end + 2])
    return after


def _cut_names(
    every: set[tuple[str, str]], after: Mapping[str, set[str]] | None
) -> dict[tuple[str, str], str]:
    """Foreign names the tagger cut one or two characters short: 西雅尔 of 西雅尔多.

    A transliterated person's name of three characters or more (not a Chinese name, no
    middle dot) that begins exactly one other person's name of the corpus, one or two
    characters longer, is that name, when the text (``after``: what follows each mention,
    where the texts are known) shows the cut at least once: 瓦努阿图总理萨尔维, never followed
    by 尼, is not 意大利副总理萨尔维尼.
    """
    lex = lexicon()
    people = sorted(name for entity_type, name in every if entity_type == "Person")
    found: dict[tuple[str, str], str] = {}
    for name in people:
        if (
            len(name) < 3
            or _DOT_SPLIT.search(name)
            or (len(name) == 3 and name[0] in _surnames())  # 王小明 is not cut from 王小明华
            or lex.get("Person", name) is not None
        ):
            continue
        longer = {
            other
            for other in people
            if other.startswith(name)
            and 1 <= len(_parts(other)[0]) - len(name) <= 2
            # 穆罕默德六世 is a king, not a cut 穆罕默德 (the number is no part of a cut name)
            and not _REGNAL.fullmatch(other[len(name) :])
            and not _FAMILY_ENDING.fullmatch(_parts(other)[0][len(name) :])
            and (
                after is None
                or any(f.startswith(_parts(other)[0][len(name) :]) for f in after.get(name, ()))
            )
        }
        heads = {_parts(other)[0] for other in longer}
        if len(heads) == 1:
            (head,) = heads
            found[("Person", name)] = head if head in longer else min(longer)
    return found


def _abbreviations(
    final: list[tuple[str, Mention, tuple[str, str]]], by_id: Mapping[str, Document]
) -> tuple[dict[tuple[str, str], str], dict[str, str], dict[str, str], list[Merge]]:
    """Short forms a text defines for an organisation: ``全称（以下简称“简称”）``, ``全称（简称）``.

    The parenthesis must say 简称, or hold an acronym (IMF), the full name's characters in
    order (进博会), or a name the extractor found there (杰哈德, tagged a person). A short
    form the tables know is left to them. Returns ``(doc, short) -> full`` for the defining
    documents, ``short -> full`` for the corpus (when one full name claims it), ``full ->
    longer full`` for full names that claim one short form, and the merges.
    """
    aliases = lexicon().aliases
    spans: dict[str, set[tuple[int, int]]] = defaultdict(set)  # names, not places (（成都校区）)
    for doc, mention, (entity_type, _name) in final:
        if entity_type != "Place":
            spans[doc].add((mention.start, mention.end))
    defined: dict[tuple[str, str], str] = {}  # (doc, short) -> full
    for doc, mention, (entity_type, full) in final:
        if entity_type != "Organization" or doc not in by_id:
            continue
        match = _SHORT_FORM.match(by_id[doc].raw, mention.end)
        if not match:
            continue
        short = canonical("Organization", match.group(1))
        said = "称" in match.group(0)
        if (
            short == full
            or len(short) >= len(full)
            or any((t, normalize_key(short)) in aliases for t in NAMED_TYPES)
            or not (
                said
                or _is_abbreviation(short, full)
                or (match.start(1), match.end(1)) in spans[doc]
            )
        ):
            continue
        defined.setdefault((doc, short), full)
    claims: dict[str, set[str]] = defaultdict(set)
    for (_doc, short), full in defined.items():
        claims[short].add(full)
    # Full names that claim one short form, one inside the other (伊斯兰圣战组织 and
    # 巴勒斯坦伊斯兰圣战组织 for 杰哈德), are one organisation: the longest names it.
    longer: dict[str, str] = {}
    corpus: dict[str, str] = {}
    for short, fulls in sorted(claims.items()):
        top = [f for f in fulls if not any(f != o and f in o for o in fulls)]
        if len(top) == 1:
            corpus[short] = top[0]
            for full in fulls - {top[0]}:
                longer.setdefault(full, top[0])
    for key, full in list(defined.items()):
        defined[key] = longer.get(full, full)
    used: dict[tuple[str, str, str], set[str]] = defaultdict(set)
    for doc, _mention, (entity_type, name) in final:
        claimed = defined.get((doc, name)) or corpus.get(name)
        if claimed is not None:
            used[(entity_type, name, claimed)].add(doc)
        elif entity_type == "Organization" and name in longer:
            used[(entity_type, name, longer[name])].add(doc)
    merges = [
        Merge(entity_type, short, "Organization", full, "abbreviation", tuple(sorted(docs)))
        for (entity_type, short, full), docs in sorted(used.items())
    ]
    return defined, corpus, longer, merges


def _cue_before(raw: str, start: int) -> tuple[str, str] | None:
    """An occupation or post word right before a name (村民李某, 工程师 王某)."""
    prefix = raw[max(0, start - CUE_WINDOW) : start].rstrip(" \u3000\xa0")
    if not prefix:
        return None
    return post_rank(prefix)


def _people(
    extractions: Sequence[DocumentExtraction],
    by_id: Mapping[str, Document],
    identities: Identities,
    key_of: Callable[[Mention], tuple[str, str]],
) -> tuple[dict[tuple[str, str], tuple[str, float]], list[Split]]:
    """Cluster the documents of each person's name; qualify every person but the main one."""

    def final_key(doc: str, mention: Mention) -> tuple[str, str]:
        entity_type, name = key_of(mention)
        return identities.key(doc, entity_type, name)

    contexts: dict[str, dict[str, _Context]] = defaultdict(dict)  # name -> doc -> context
    together: dict[str, set[frozenset[str]]] = defaultdict(set)  # name -> heads seen in one doc
    for extraction in extractions:
        doc = extraction.doc
        document = by_id.get(doc)
        date = document.date if document else None
        raw = document.raw if document else ""
        per_sentence: dict[int, list[tuple[str, str]]] = defaultdict(list)
        persons: dict[str, set[int]] = defaultdict(set)
        for mention in extraction.mentions:
            if mention.source == "self" or mention.type not in NAMED_TYPES:
                continue
            key = final_key(doc, mention)
            per_sentence[mention.sentence].append(key)
            # (a one-character name is a person only where a reader says so: 孙 of 孙先生 opening
            # a career note; the tagger's own are no nodes, so none to keep apart)
            if key[0] == "Person" and (len(key[1]) >= 2 or mention.source in ONE_CHARACTER):
                persons[key[1]].add(mention.sentence)
                context = contexts[key[1]].setdefault(doc, _Context(doc, date))
                cue = _cue_before(raw, mention.start) if raw else None
                if cue is not None:
                    context.ranks[cue[0]] = cue[1]
        for relation in extraction.relations:
            if relation.head.source == "self":
                continue
            head = final_key(doc, relation.head)
            if head[0] != "Person" or head[1] not in persons:
                continue
            context = contexts[head[1]][doc]
            if relation.relation == "holdsPosition" and relation.tail.type == "Position":
                post = entity_key(relation.tail)[1]
                context.posts[post] += 1
                ranked = post_rank(post)
                if ranked is not None:
                    context.ranks[ranked[0]] = ranked[1]
                owner = relation.tail.owner
                if owner and _heads(relation.tail.text):
                    context.heads.add(post[: len(post) - len(relation.tail.text)] or owner)
                if owner and ranked is not None and ranked[1] == NATIONAL:
                    country = _known_types(owner).get("Place")
                    if country:
                        context.countries.add(country)
            elif relation.relation in ("leads", "memberOf"):
                org = final_key(doc, relation.tail)[1]
                context.orgs.add(org)
                if relation.relation == "leads":
                    context.heads.add(org)
        for name, sentences in persons.items():
            context = contexts[name][doc]
            for index in sentences:
                for entity_type, other in per_sentence[index]:
                    if entity_type == "Organization":
                        context.orgs.add(other)
                    elif entity_type == "Place":
                        context.places.add(other)
            heads = sorted(context.heads)
            for i, left in enumerate(heads):
                for right in heads[i + 1 :]:
                    together[name].add(frozenset((left, right)))

    lex = lexicon()
    people: dict[tuple[str, str], tuple[str, float]] = {}
    splits: list[Split] = []
    for name in sorted(contexts):
        by_doc = contexts[name]
        # A document that names two namesakes at once (沙特王储穆罕默德、阿联酋总统穆罕默德)
        # would bridge them: it is kept out of the clustering, like one that says nothing.
        bearing = [c for c in by_doc.values() if c.bears() and not _mixed(c)]
        for doc, context in by_doc.items():
            if _mixed(context):  # (whichever namesakes the corpus tells apart: none is sure)
                people[(doc, name)] = (name, round(1 / _namesakes_in(context), 3))
        # (a family name alone, 孙 of a note's 孙先生: any two documents may be two people)
        alone = len(name) == 1
        if len(bearing) < 2 or not (alone or _may_conflict(bearing)):
            continue
        curated = lex.get("Person", name) is not None
        clusters, reasons = _cluster(bearing, together[name], curated, alone)
        if len(clusters) < 2:
            continue
        main = max(clusters, key=lambda c: (c.ranks[NATIONAL], len(c.docs), -c.order))
        labels: dict[int, str] = {main.order: name}
        taken = {name}
        for cluster in sorted(clusters, key=lambda c: c.order):
            if cluster is main:
                continue
            words = _qualifier(cluster, main)
            label = ""
            for size in range(1, len(words) + 1):
                label = f"{name}（{'，'.join(words[:size])}）"
                if label not in taken:
                    break
            number = 2
            while not label or label in taken:
                label = f"{name}（{words[0] if words else '同名'}，{number}）"
                number += 1
            labels[cluster.order] = label
            taken.add(label)
        total = len(bearing)
        for cluster in clusters:
            label = labels[cluster.order]
            share = round(len(cluster.docs) / total, 3)
            for context in cluster.docs:
                sure = 1.0 if context.doc in cluster.evidenced else share
                people[(context.doc, name)] = (label, sure)
            posts = tuple(p for p, _ in sorted(cluster.posts.items(), key=lambda i: (-i[1], i[0])))
            splits.append(
                Split(
                    name=name,
                    label=label,
                    main=cluster is main,
                    docs=tuple(sorted(c.doc for c in cluster.docs)),
                    posts=posts[:8],
                    ranks=tuple(sorted(cluster.ranks)),
                    countries=tuple(sorted(cluster.countries)),
                    reason="" if cluster is main else _why_apart(cluster, main, reasons),
                )
            )
        # Documents that say nothing of the person, or too much: the main one, as sure as it
        # is big.
        for doc, context in by_doc.items():
            if not context.bears() or _mixed(context):
                sure = round(len(main.docs) / total, 3)
                people[(doc, name)] = (name, min(sure, people.get((doc, name), (name, 1.0))[1]))
    return people, splits


def _why_apart(cluster: _Cluster, main: _Cluster, reasons: dict[int, str]) -> str:
    """Why ``cluster`` is not the main person: its clash with the main one, else its own."""
    for context in cluster.docs:
        why = _conflict(context, main, set(), curated=False)
        if why:
            return why
    return reasons.get(cluster.order, "") or "no shared context"


def _mixed(context: _Context) -> bool:
    """A document whose mentions of a name are of two people: two countries, or two ranks."""
    return len(context.countries) > 1 or len(context.rank_set()) > 1


def _namesakes_in(context: _Context) -> int:
    """How many people a document's mentions of a name are of, at least (countries, ranks)."""
    return max(len(context.countries), len(context.rank_set()), 1)


def _may_conflict(contexts: list[_Context]) -> bool:
    """Cheap test before clustering: clashing ranks or countries, workers, heads on one day."""
    ranks: set[str] = set()
    countries: set[str] = set()
    heads_on: dict[str, set[str]] = defaultdict(set)
    workers = 0
    for context in contexts:
        found = context.rank_set()
        ranks |= found
        countries |= context.countries
        workers += RANK_AND_FILE in found
        if context.date and context.heads:
            heads_on[context.date] |= context.heads
    if (NATIONAL in ranks and RANK_AND_FILE in ranks) or len(countries) > 1 or workers >= 2:
        return True
    return any(len(heads) > 1 for heads in heads_on.values())
