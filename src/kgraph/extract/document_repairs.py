"""A document's mentions read together: the repairs one sentence cannot make alone.

A name the document gives in full elsewhere, as a place, a firm or a thing; a family name alone
for the person the document names in full; names cut short or run together where another
sentence has them whole; a year a chronicle's month leaves out; speech verbs glued to a name.
:func:`names_across` runs before the event frames read the roles, :func:`names_after_frames`
after; both take and return the mentions of each sentence. :func:`kgraph.extract.extract_document`
calls them.
"""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import replace
from functools import cache
from itertools import pairwise

from kgraph.extract.dictionary import COMMON_FREQUENCY, jieba_dictionary, jieba_words
from kgraph.extract.lexical import (
    _CJK_NAME,
    _COMMON_AFTER_LEAD,
    _NAMED_THING,
    _NAMED_THING_BEFORE,
    _NATIONAL_BODY,
    _NOTE_OPENER,
    _PERSON_AFTER,
    _PERSON_BEFORE,
    _SLOT_WORD,
    _TRANSLITERATION,
    CONTAINER_TYPES,
    _chinese_name,
    _country,
    _dictionary_names,
    _has_owner,
    _inside_title,
    _known_place,
    _starts_with_place,
    _word_like,
    post_of_place,
)
from kgraph.extract.positions import titles
from kgraph.extract.relations import SPEAKER_SOURCE
from kgraph.records import Document, Mention, Relation, Sentence, in_text_order
from kgraph.text import halfwidth

# What a name in quotes is, said right after the quote (“威拉德”快艇, “帕拉丁”自行火炮,
# 名为“帕克”的林火, “萨尔马特”洲际战略弹道导弹), or what it does (“杜苏芮”已减弱为强热带风暴,
# “伊恩”在佛州登陆): a thing, a fire or a storm, no person.
_QUOTED_THING = re.compile(
    r"[”\"」』](?:的?(?:林火|山火|野火)|快艇|舰艇|(?:自行|牵引)?(?:火炮|榴弹炮)|(?:反导|防空|导弹)系统"
    r"|(?:洲际|巡航|弹道|战术|战略|反舰|防空|高超音速|超音速|地对空|空对地){1,3}导弹"
    r"|(?:已|再次|逐渐|随后)?(?:(?:减弱|增强|加强|升级)为|强度(?:减弱|增强|加强)"
    r"|(?:在[\u4e00-\u9fff]{1,8}?)?登陆))"
)


def _foreign_base(name: str) -> str | None:
    """``俄罗斯国防部`` -> ``国防部``: the bare body of a foreign country's name, else None."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    for i in range(1, min(len(name) - 1, 8)):
        body = name[i:]
        if (
            _NATIONAL_BODY.search(body)
            and ("Organization", normalize_key(body)) in aliases
            and _country(name[:i])
        ):
            return body
    return None


def _bare_foreign_bodies(items: list[list[Mention]]) -> list[list[Mention]]:
    """In a story that names 俄罗斯国防部 and never China's, a bare 国防部 is not China's
    either: it loses its node (which ministry it is the text leaves to the reader), so that
    no country's ministry is joined to China's. ``items`` are the mentions of one document
    (a story of a page), a list per sentence."""
    flat = [m for local in items for m in local if m.type == "Organization" and not m.owner]
    foreign = {base for m in flat if (base := _foreign_base(m.text))}
    if not foreign:
        return items
    chinese = {m.text[len(p) :] for m in flat for p in ("中国", "中华人民共和国", "我国")
               if m.text.startswith(p)}  # fmt: skip
    bare = foreign - chinese
    return [
        [m for m in local if not (m.type == "Organization" and not m.owner and m.text in bare)]
        for local in items
    ]


def _places_named_as_people(items: list[list[Mention]]) -> list[list[Mention]]:
    """吴桥, 舒兰: a two- or three-character "person" whose name with 市, 县, 区 or 镇 is a
    place the same document names is that place (a person is not written like a county
    he shares a name with in one story)."""
    places = {m.text for local in items for m in local if m.type == "Place"}
    if not places:
        return items
    people = {
        m.text
        for local in items
        for m in local
        if m.type == "Person"
        and 2 <= len(m.text) <= 3
        and any(m.text + level in places for level in ("市", "县", "区", "镇"))
    }
    if not people:
        return items
    return [
        [replace(m, type="Place") if m.type == "Person" and m.text in people else m for m in local]
        for local in items
    ]


def _firms_named_as_people(items: list[list[Mention]]) -> list[list[Mention]]:
    """比泽尔: a foreign "person" of a name the same document gives a body (德国企业比泽尔 …
    2023年，比泽尔开启了…) is that body (a Chinese name is left a person's)."""
    bodies = {m.text for local in items for m in local if m.type == "Organization"}
    people = {
        m.text
        for local in items
        for m in local
        if m.type == "Person" and m.text in bodies and not _chinese_name(m.text)
    }
    if not people:
        return items
    return [
        [
            replace(m, type="Organization") if m.type == "Person" and m.text in people else m
            for m in local
        ]
        for local in items
    ]


_OPENING_QUOTE = re.compile(r'[“"「『]')


def _things_named_as_people(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """哈勃: a "person" whose name the document writes in quotes before a kind of thing
    (“哈勃”太空望远镜, “艾布拉姆斯”主战坦克) or after a storm's (飓风“奥蒂斯”) is that thing
    where it stands alone too (“哈勃”所拍的照片, “奥蒂斯”导致), unless the tables know the name as
    a person's or the document gives it a post (…美食城董事长莎阿代提·哈米提…设立“莎阿代提·哈米提
    奖学金”: a fund named after its donor)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    titled = {
        m.text
        for local in items
        for post, m in pairwise(local)
        if m.type == "Person" and post.type == "Position" and post.end == m.start
    }
    candidates = {
        m.text
        for local in items
        for m in local
        if m.type == "Person"
        and len(m.text) >= 2
        and ("Person", normalize_key(m.text)) not in aliases
        and m.text not in titled
    }
    # (only the sentences that open a quotation: most open none, and this runs per document)
    quoting = [text for text in texts if _OPENING_QUOTE.search(text)]
    things = {
        name
        for name in candidates
        if any(
            _NAMED_THING.match(text, found.end())
            or _QUOTED_THING.match(text, found.end())
            # (飓风“奥蒂斯” … “奥蒂斯”导致: a storm where the document names it one)
            or _NAMED_THING_BEFORE.search(text, 0, found.start())
            for text in quoting
            for found in re.finditer(f"(?<={_OPENING_QUOTE.pattern}){re.escape(name)}", text)
        )
    }
    if not things:
        return items
    return [[m for m in local if not (m.type == "Person" and m.text in things)] for local in items]


# The titles a deputy or a member of a committee is addressed by, after the name
_ADDRESSED_AS = frozenset({"委员", "常委", "代表"})


# A list of names: another person's name beside this one, with only a comma or 和 between.
_NAME_LIST = re.compile(r"^\s?(?:[、，,/和与及]|以及)\s?$")


_FAMILY_NAME_AFTER = re.compile(
    _PERSON_AFTER.pattern + r"|^(?:将|在|于|与|同|和|也|还|已|曾|就|对|则|又|并|[，。、；])"
)


def _family_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """``日本首相岸田文雄…。…岸田将不再担任日本首相``: the family name of a four-character
    name (Japanese names: 岸田 of 岸田文雄), alone where a person stands (a verb, a comma
    after it) and inside no other name, is that person (text 岸田, value the full name).
    ``items`` are the mentions of one document, a list per sentence."""
    full: dict[str, set[str]] = {}
    for local in items:
        for m in local:
            if m.type == "Person" and len(m.text) == 4 and _CJK_NAME.fullmatch(m.text):
                full.setdefault(m.text[:2], set()).add(m.text)
    heads = {head: names.pop() for head, names in full.items() if len(names) == 1}
    if not heads:
        return items
    pattern = re.compile("|".join(map(re.escape, sorted(heads))))
    out: list[list[Mention]] = []
    for text, local in zip(texts, items):
        added: list[Mention] = []
        for found in pattern.finditer(text):
            start, end = found.span()
            inside = any(m.start < end and start < m.end for m in local)
            # (…的岸田: a word right before it may make it part of another; a title may not)
            glued = (
                start > 0
                and _CJK_NAME.match(text[start - 1]) is not None
                and not _PERSON_BEFORE.search(text, 0, start)
            )
            if inside or glued or not _FAMILY_NAME_AFTER.match(text[end:]):
                continue
            sentence = local[0].sentence if local else -1
            added.append(
                Mention(
                    start,
                    end,
                    "Person",
                    found.group(),
                    heads[found.group()],
                    sentence=sentence,
                    source="rules",
                )
            )
        out.append(sorted(local + added, key=in_text_order) if added else local)
    return out


# What a career note tells right after its subject's 先生 (女士): its first step (孙先生1996年7月…,
# 张凯先生曾任…, 顾先生从2000年12月起任…, 朱国章先生中国国籍，, 孙先生于一九八零年加入…)
NOTE_FIRST_STEP = (
    r"[，：:,]?\s*(?:[0-9]{4}|中国国籍|中国籍|[男女][，,]|曾|任|现任|现为|现兼任|历任|先后|毕业"
    r"|[自从于](?:[0-9]|[一二三四五六七八九〇零]{4}))"
)
# A career note that names its subject by family name and 先生 (女士) alone, then its first step
_NOTE_BY_SURNAME = re.compile(
    rf"\s*(?P<surname>[\u4e00-\u9fff])(?P<title>先生|女士)(?={NOTE_FIRST_STEP})"
)


def _note_surnames(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """``彭先生2013年11月起任交通银行副董事长…``: the family name that opens a career note
    before 先生 (女士) is its subject, a person, there and wherever the document names it so
    again (``此前，唐先生曾任…``); the tagger reads no one-character name. ``items`` are the
    mentions of one document, a list per sentence."""
    from kgraph.extract.crf import SURNAMES

    named = {
        (found["surname"], found["title"])
        for text in texts
        if (found := _NOTE_BY_SURNAME.match(text)) is not None and found["surname"] in SURNAMES
    }
    if len(named) != 1:
        return items  # (none, or two notes in one document: whose 先生 is whose, unsaid)
    surname, title = named.pop()
    out: list[list[Mention]] = []
    for sentence, (text, local) in enumerate(zip(texts, items)):
        kept = list(local)
        for found in re.finditer(surname + title, text):
            start = found.start()
            if start > 0 and _CJK_NAME.match(text[start - 1]):
                continue  # (王先生 inside a longer name, 汪|王先生: not the note's)
            at = [m for m in kept if m.start < start + 1 and start < m.end]
            if not at:
                kept.append(
                    Mention(start, start + 1, "Person", surname, sentence=sentence, source="note")
                )
            elif len(at) == 1 and at[0].type == "Person" and at[0].text == surname:
                # (the tagger's own one-character name, which no node is made of unless the
                # structure names it so: this one the note does)
                kept[kept.index(at[0])] = replace(at[0], source="note")
        out.append(sorted(kept, key=in_text_order) if kept != local else local)
    return out


def _surnames_titled(items: list[list[Mention]]) -> list[list[Mention]]:
    """``去年江主席访美``: a family name alone before a title (the corpora tag 江 of 江主席 a
    person) is the person a curated alias names so (江主席 -> 江泽民, ontology/people.tsv); the
    mention keeps its text, its value is the full name. ``items`` are the mentions of one
    document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[list[Mention]] = []
    for local in items:
        titles = {m.start: m.text for m in local if m.type == "Position"}
        out.append(
            [
                replace(m, value=aliases[key])
                if m.type == "Person"
                and len(m.text) == 1
                and m.end in titles
                and (key := ("Person", normalize_key(m.text + titles[m.end]))) in aliases
                else m
                for m in local
            ]
        )
    return out


# One-character adverbs a verb may follow a name with: 袁胜正带领团队, 王五也表示.
_ADVERB_CHARS = frozenset("正也还都就又便才曾将已先再仍亦均")


def _titled_persons_everywhere(items: list[list[Mention]]) -> list[list[Mention]]:
    """A name the document gives a post (``当选副总统乌略亚``) is that person wherever the
    tagger read it as a place or a body (``乌略亚感谢中方…``), unless the tables know it so."""
    from kgraph.lexicons import lexicon, normalize_key

    titled: set[str] = set()
    for local in items:
        post_ends = {m.end for m in local if m.type == "Position"}
        titled |= {
            m.text
            for m in local
            if m.type == "Person" and len(m.text) >= 2 and m.start in post_ends
        }
    if not titled:
        return items
    aliases = lexicon().aliases

    def retyped(m: Mention, persons: dict[int, str]) -> Mention:
        if m.type in ("Place", "Organization") and persons.get(m.end) == m.text:
            return replace(m, type="Person", value=None)
        if m.type == "Position" and m.owner is not None and persons.get(m.start) == m.owner:
            return replace(
                m, value=m.text, owner=None
            )  # (向基罗总督转达: his title, not his post's owner)
        return m

    out: list[list[Mention]] = []
    for local in items:
        persons = {
            m.end: m.text
            for m in local
            if m.type in ("Place", "Organization")
            and m.text in titled
            and (m.type, normalize_key(m.text)) not in aliases
        }
        out.append([retyped(m, persons) for m in local])
    return out


def _names_seen_elsewhere(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """The document's persons of three characters or more (or with a ·), tagged where no
    mention covers another occurrence of them; a name the document also gives another type
    is left alone."""
    from kgraph.lexicons import lexicon, normalize_key

    typed: dict[str, set[str]] = {}
    titled: set[str] = set()  # names right after a post: 塞内加尔总统法耶
    for local in items:
        post_end = -1
        for m in local:
            if m.source != SPEAKER_SOURCE:  # (很高兴 of 托卡耶夫表示，很高兴应邀…: no name)
                typed.setdefault(m.text, set()).add(m.type)
            if m.type in ("Person", "Organization") and m.start == post_end:
                titled.add(m.text)
            if m.type == "Position":
                post_end = m.end
    aliases = lexicon().aliases
    # 国家副主席韩正…。开幕式前，韩正专程赴…: a two-character leader the tables know, whom
    # the tagger read as 韩 (Korea) where no title comes first
    # (…外交部长加蒂…。当晚，他同加蒂举行了会谈: a two-character transliteration, no word;
    # 塞内加尔总统法耶…。…为法耶和夫人玛丽举行欢迎仪式: a name a post introduced, no word)
    words = jieba_words()
    known = {
        t
        for t, kinds in typed.items()
        if len(t) == 2
        and (
            ("Person" in kinds and ("Person", normalize_key(t)) in aliases)
            or (
                words.get(t, 0) < COMMON_FREQUENCY
                and (
                    (kinds == {"Person"} and all(char in _TRANSLITERATION for char in t))
                    # (the tagger may read the name after the post as a body: 总统|法耶)
                    or (t in titled and kinds <= {"Person", "Organization"})
                )
            )
        )
    }
    names = sorted(
        (
            t
            for t, kinds in typed.items()
            if (kinds == {"Person"} and (len(t) >= 3 or "·" in t)) or t in known
        ),
        key=len,
        reverse=True,
    )
    if not names:
        return items
    pattern = re.compile("|".join(map(re.escape, names)))
    out: list[list[Mention]] = []
    for index, (text, local) in enumerate(zip(texts, items)):
        added: list[Mention] = []
        dropped: list[Mention] = []
        for found in pattern.finditer(text):
            inside = [m for m in local if m.start < found.end() and found.start() < m.end]
            if inside and not (
                found.group() in known
                and all(
                    m.type != "Person" and found.start() <= m.start and m.end <= found.end()
                    for m in inside
                )
            ):
                continue
            dropped += inside
            added.append(
                Mention(
                    found.start(),
                    found.end(),
                    "Person",
                    found.group(),
                    sentence=index,
                    source="crf",
                )
            )
        named = {(m.end, m.text) for m in added}
        kept = [
            # (请瓦力大臣转达: the name a post took for its owner is the post holder's)
            replace(m, owner=None, value=None)
            if m.type == "Position" and (m.start, m.owner) in named
            else m
            for m in local
            if m not in dropped
        ]
        out.append(sorted(kept + added, key=in_text_order) if added else local)
    return out


@cache
def _visits_to_places() -> tuple[str, ...]:
    """The verbs of a visit that name where (访英, 访华; ontology/event_cues.tsv), which the
    tagger may run into the visitor's name (将邀请阿外长阿塔夫访英)."""
    from kgraph.extract.cues import event_cues

    return tuple(
        word
        for word, cue in event_cues().by_word.items()
        if cue.event_type == "Visit" and len(word) == 2 and word.startswith("访") and word != "访问"
    )


def _names_run_on(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" that is a name the same document gives alone, plus what the tagger ran into
    it, is that name: an adverb before a verb (``袁胜正带领团队…。袁胜和团队…``: a
    two-character Chinese name, 袁胜), 时 before a comma (``分别会见…德索萨、…。会见德索萨时，…``:
    德索萨) or a visit's verb (``邀请阿外长阿塔夫访英，阿塔夫已…``). A name the tables know is
    left alone. ``items`` are the mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases
    visits = _visits_to_places()

    def run_on(m: Mention, text: str) -> int:
        """How many characters the tagger ran into the name (0: none)."""
        if m.type != "Person" or text[m.start : m.end] != m.text:
            return 0
        if ("Person", normalize_key(m.text)) in aliases:
            return 0
        if m.text.endswith(visits) and m.text[:-2] in alone:
            return 2
        name, last = m.text[:-1], m.text[-1:]
        if name not in alone:
            return 0
        adverb = (
            len(name) == 2
            and _chinese_name(name)
            and last in _ADVERB_CHARS
            and _CJK_NAME.match(text, m.end) is not None
        )
        return int(adverb or (last == "时" and text[m.end : m.end + 1] in ("，", ",")))

    return [
        [
            replace(m, end=m.end - cut, text=m.text[:-cut]) if (cut := run_on(m, text)) else m
            for m in local
        ]
        for text, local in zip(texts, items)
    ]


def _names_cut_short(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A person or place that, with the one or two characters before it or the one after it,
    is a person's name the same document gives is that person, when no other mention holds
    them (``为单多吉和夫人…`` tagged 多吉, ``李强同萨尔维举行会谈`` tagged 萨尔, where the
    document names 单多吉 and 萨尔维); a name the tables know is left alone. ``items`` are the
    mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases

    def whole(m: Mention, text: str, local: list[Mention]) -> Mention:
        if m.type not in ("Person", "Place") or (m.type, normalize_key(m.text)) in aliases:
            return m
        if m.type == "Place" and any(o.type == "Position" and o.start == m.end for o in local):
            return m  # (同达|达埃总督: a post the positions stage gave the place already)
        for start, end in ((m.start - 1, m.end), (m.start - 2, m.end), (m.start, m.end + 1)):
            if start >= 0 and end <= len(text) and text[start:end] in alone:
                if any(o is not m and o.start < end and o.end > start for o in local):
                    return m
                return replace(
                    m, start=start, end=end, type="Person", text=text[start:end], value=None
                )
        return m

    return [[whole(m, text, local) for m in local] for text, local in zip(texts, items)]


# One character between two names the tagger ran together (德索萨请韩正转达, A同B会谈)
_JOINING_CHARS = frozenset("请同和与向对及跟给")


def _names_run_together(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" made of two names the document gives alone (or the tables know) and one
    character between them (``德索萨请韩正转达``: 德索萨 and 韩正) is the two persons; one made of
    such a name and the first character of a post the tables know after it (``韩正副|主席``) is
    the name. ``items`` are the mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    alone = {m.text for local in items for m in local if m.type == "Person"}
    aliases = lexicon().aliases
    posts = titles().pattern

    def named(name: str) -> bool:
        return name in alone or ("Person", normalize_key(name)) in aliases

    def parts(m: Mention, text: str) -> list[Mention]:
        name = m.text
        if (
            m.type != "Person"
            or text[m.start : m.end] != name
            or ("Person", normalize_key(name)) in aliases
        ):
            return [m]
        for at in range(2, len(name) - 2):
            if name[at] in _JOINING_CHARS and named(name[:at]) and named(name[at + 1 :]):
                first = replace(m, end=m.start + at, text=name[:at], value=None)
                second = replace(m, start=m.start + at + 1, text=name[at + 1 :], value=None)
                return [first, second]
        post_at = m.end - 1
        if len(name) >= 3 and named(name[:-1]) and posts.match(text, post_at) is not None:
            return [replace(m, end=post_at, text=name[:-1], value=None)]
        return [m]

    return [[part for m in local for part in parts(m, text)] for text, local in zip(texts, items)]


# Prepositions the tagger runs into the name after them: 应|武契奇总统多次邀请, 冠军被|兰星宇获得.
_LEAD_WORDS = frozenset("应被对同向由与给让把将经据跟替和而并且")


# … of them, those no family name begins with: cut even before a name given once (and the
# conjunctions: 而|西摩·赫什的调查).
_NO_FAMILY_LEADS = frozenset("被对与给让把据跟替和而并且")


# Titles a foreign name may carry glued on: 王后|卡米拉, 巴|特使|埃弗迪卡哈 (巴: Pakistan).
_GLUED_TITLES = re.compile(
    r"^[\u4e00-\u9fff]?(?:王后|国王|女王|王储|王子|公主|亲王|首相|总统|总理|特使|大使|外长|议长)"
)


# Countries by one character (中方愿同马方一道: 马方 is Malaysia's side), and what a side is.
_COUNTRY_CHARS = frozenset(
    "中美俄日韩朝英法德意西葡荷比卢瑞奥希土伊以巴印孟越老柬泰缅马新菲澳加墨古委哈吉乌塔蒙阿埃沙卡科"
    "洪尼秘智"  # 洪方 (Honduras), 尼方, 秘方 (Peru), 智方 (Chile)
)


def _no_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """Persons that name no one: a country's side in talks (``中方愿同马方一道``: 马方, 卢方,
    孟方, when the document speaks of 中方 or 双方), an armed group (``巴武装称``), and a family
    name with a title (``李院士说``: Academician Li, no name)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    known = titles().labels
    sides = any("中方" in text or "双方" in text for text in texts)

    def none(m: Mention) -> bool:
        if m.type not in ("Person", "Place") or (m.type, normalize_key(m.text)) in aliases:
            return False
        name = m.text
        if sides and len(name) == 2 and name[1] == "方" and name[0] in _COUNTRY_CHARS:
            return True  # (a side is no place either: 愿同孟方加强交流)
        if (
            sides
            and len(name) == 3
            and name[1] == "方"
            and name[0] in _COUNTRY_CHARS
            and name[2] in _SIDE_VERBS
        ):
            return True  # 孟方|愿同中方深化双边关系: the side and its verb
        return (
            m.type == "Person"
            and (
                name.endswith("武装")
                or (len(name) >= 3 and name[-1] in "局厅署")  # 国家林草局: a body
                # 美媒报道: a country's media (外媒: foreign media), no one
                or (
                    len(name) == 2
                    and name[1] == "媒"
                    and (name[0] in _COUNTRY_CHARS or name[0] == "外")
                )
                or (len(name) == 2 and name[1] == "老" and _chinese_name(name))  # 93岁的杨老
                or (len(name) >= 3 and _chinese_name(name[:1] + "某") and name[1:] in known)
            )
        )

    return [[m for m in local if not none(m)] for local in items]


# What a side in talks does right after its name (孟方|愿同, 卢方|将, 马方|支持).
_SIDE_VERBS = frozenset("愿将称表同对在也还支高赞欢感认希")


def _words_before_names(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """A "person" that begins with a preposition (``应|武契奇``, ``被|兰星宇``) or with a title
    (``王后|卡米拉``, ``巴特使|埃弗迪卡哈``) is the name after it: when the document names that
    person alone, or the word is no family name's (被, 对 …), or the name is foreign. A name
    the tables know is left alone. ``items`` are the mentions of one document, by sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    alone = {m.text for local in items for m in local if m.type == "Person"}
    words = jieba_words()

    def known(name: str) -> bool:
        return ("Person", normalize_key(name)) in aliases

    def cut(m: Mention) -> int:
        if len(m.text) < 3 or known(m.text) or "·" in m.text[:3] or m.text[1] in "-－":
            return 0  # (让-诺埃尔·巴罗: a name's first part before its hyphen)
        rest = m.text[1:]
        if m.text[0] in _LEAD_WORDS and (
            rest in alone or known(rest) or m.text[0] in _NO_FAMILY_LEADS
        ):
            return 1
        title = _GLUED_TITLES.match(m.text)
        if title is None or len(m.text) - title.end() < 2:
            return 0
        rest = m.text[title.end() :]
        if rest in alone or known(rest) or not (_chinese_name(m.text) or _chinese_name(rest)):
            return title.end()
        return 0

    out: list[list[Mention]] = []
    for text, local in zip(texts, items):
        mended = []
        for m in local:
            lead = cut(m) if m.type == "Person" and text[m.start : m.end] == m.text else 0
            if lead > 1:  # the title (two characters) is a post: 王后, 特使 (not 巴 of 巴特使)
                end = m.start + lead
                post = replace(m, type="Position", start=end - 2, end=end, value=None)
                mended.append(replace(post, text=text[end - 2 : end]))
            if lead == 1 and words.get(m.text[1:], 0) >= _COMMON_AFTER_LEAD:
                continue  # 和|夫人, 对|代表, 和|专家: a preposition and a common word, no name
            if lead:
                m = replace(m, start=m.start + lead, text=m.text[lead:], value=None)
            mended.append(m)
        out.append(mended)
    return out


def _post_of_name_before(mention: Mention, local: list[Mention]) -> bool:
    """习近平主席|英明: the post right before the word follows a name, and is that name's."""
    return any(
        o.type == "Position"
        and mention.start - 1 <= o.end <= mention.start
        and any(p.type == "Person" and p.end == o.start for p in local)
        for o in local
    )


# The items of a list around a name: the words after 、 up to the next 、, 等, 和 or comma, and
# the words before it back to the last 、
_NEXT_ITEM = re.compile(r"、([\u4e00-\u9fff]{2,4}?)(?=[、等和及，,。；;]|$)")


_PREVIOUS_ITEM = re.compile(r"(?:^|[、，,：:])([\u4e00-\u9fff]{2,4})、$")


# How common a thing's word must be (茶叶 1,496, 柑橘 433) to make a list one of things …
# … and a word for people is none (刘洋、专家、…: a list of people)
_PEOPLES_WORD = re.compile(
    r"[者长员师手士官家人工民生友兵]$|代表|同志|群众|干部|领导|嘉宾|选手|模范|英雄|烈士|家属|夫人"
)


_THING_WORD = 100


def _listed_with_a_thing(text: str, person: Mention, local: list[Mention]) -> bool:
    """``黄桃、茶叶、雷竹等特色农业``: a "person" listed beside a common noun of the dictionary that
    no mention covers is one of a list of things (a crop, a product), no one's name."""
    found = jieba_dictionary()
    after = _NEXT_ITEM.match(text, person.end)
    before = _PREVIOUS_ITEM.search(text, max(0, person.start - 6), person.start)
    for item in (after, before):
        if item is None or any(
            m.start < item.end(1) and item.start(1) < m.end for m in local if m is not person
        ):
            continue
        entry = found.get(item.group(1))
        if (
            entry is not None
            and entry[1] == "n"
            and entry[0] >= _THING_WORD
            and not _PEOPLES_WORD.search(item.group(1))
        ):
            return True
    return False


def _ordinary_words_as_people(texts: list[str], items: list[list[Mention]]) -> list[list[Mention]]:
    """西红柿, 希冀, 桂圆: a "person" whose name is a word of jieba's dictionary that the
    training corpora never name a person by (``dictionary_names.txt``) and the tables do not
    know as a person, and that nowhere in the document stands as a person's
    name does (no post or person word before it, no verb of saying or courtesy after it, no
    other person's name beside it in a list) is that word, no person. ``items`` are the
    mentions of one document, a list per sentence."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases  # a name the tables know, as anything, is left to them
    words = None
    suspects: set[str] = set()
    for text, local in zip(texts, items):
        for m in local:
            if m.type != "Person" or not 2 <= len(m.text) <= 4 or "·" in m.text:
                continue
            if words is None:
                words = jieba_words()
            key = normalize_key(m.text)
            if (
                (_word_like(m.text, words) or _listed_with_a_thing(text, m, local))
                and m.text not in _dictionary_names()
                and not any((kind, key) in aliases for kind in ("Person", "Place", "Organization"))
            ):
                suspects.add(m.text)
    if not suspects:
        return items
    named: set[str] = set()  # suspects the document uses as a person's name somewhere
    for text, local in zip(texts, items):
        for m in local:
            if m.type != "Person" or m.text not in suspects or m.text in named:
                continue
            if (
                # 圣战组织（杰哈德）: the short form of the name before it
                text[m.start - 1 : m.start] in ("（", "(")
                # 丁文艺，男，: the name a career note opens with
                or (
                    (opener := _NOTE_OPENER.match(text, m.start)) is not None
                    and opener.group(1) == m.text
                )
                or (_PERSON_BEFORE.search(text, 0, m.start) and not _post_of_name_before(m, local))
                or _PERSON_AFTER.match(text[m.end :])
                # 王建国委员：, 谢伏瞻常委提出: the title a deputy or a member is addressed by
                # (not any post: 王宫大臣, 特聘教授)
                or any(
                    o.type == "Position" and o.start == m.end and o.text in _ADDRESSED_AS
                    for o in local
                )
                or (
                    any(
                        o.type == "Position"
                        and m.start - 1 <= o.end <= m.start
                        and text[o.end : m.start] != "的"  # 总书记的|殷切希望: no title
                        for o in local
                    )
                    and not _post_of_name_before(m, local)
                )
                or any(
                    o is not m
                    and o.type == "Person"
                    and o.text not in suspects
                    and (
                        _NAME_LIST.match(text[o.end : m.start])
                        or _NAME_LIST.match(text[m.end : o.start])
                    )
                    for o in local
                )
            ):
                named.add(m.text)
    words_only = suspects - named
    if not words_only:
        return items
    return [
        [m for m in local if not (m.type == "Person" and m.text in words_only)] for local in items
    ]


def _frame_words(mentions: list[Mention]) -> list[Mention]:
    """A person a frame read from a verb's slot, not the tagger (``通过安全认证的产品``,
    ``通过数字化、智能化的科技手段``, ``通过司法裁判``), is none when the "name" is one common word
    of jieba's dictionary or two of two characters each (司法|裁判, 卫星|遥感) that the
    training corpora never name a person by and the tables do not know. jieba's own tags
    are no guide (it tags 卫星 and 智能化 ``nr``); its counts are: a name it holds is rare."""
    from kgraph.lexicons import lexicon, normalize_key

    found = [m for m in mentions if m.type == "Person" and m.source == "frame"]
    if not found:
        return mentions
    counts = jieba_dictionary()
    aliases = lexicon().aliases

    def common(word: str) -> bool:
        entry = counts.get(word)
        return entry is not None and entry[0] >= _SLOT_WORD and word not in _dictionary_names()

    def words(name: str) -> bool:
        if not _CJK_NAME.fullmatch(name) or any(
            (kind, normalize_key(name)) in aliases for kind in ("Person", "Place", "Organization")
        ):
            return False
        return common(name) or (len(name) == 4 and common(name[:2]) and common(name[2:]))

    # (议长贝代表外方发言: a one-character name closing a titled list is no word)
    drop = {id(m) for m in found if len(m.text) > 1 and words(m.text)}
    return [m for m in mentions if id(m) not in drop] if drop else mentions


def _complete_orgs(text: str, mentions: list[Mention], names: frozenset[str]) -> list[Mention]:
    """An organisation the tagger cut from a longer name is given its whole name back.

    * the longer name is one the tables know (中央和|国家机关工委), or one the same document
      names in full elsewhere (``names``), and the text before the cut holds its head;
    * a known person's name right before a body of no owner is part of its name
      (周恩来|故居管理处, 胡志明|国家政治学院): a name and a body are never written together
      otherwise (an unknown "name" may still hold a verb here: 陈旭为|省高级人民法院).

    The mentions inside the longer span are dropped; a post the body owns follows it.
    """
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    ends = {m.end: m for m in mentions}
    grown: dict[int, tuple[int, str]] = {}  # id of an org -> (new start, old text)
    for m in mentions:
        if m.type != "Organization" or m.owner:
            continue
        start = next(
            (
                m.start - k
                for k in range(min(m.start, 12), 0, -1)
                if not _EDGE_PUNCT_OR_SPACE.search(text, m.start - k, m.start)
                and (
                    ("Organization", normalize_key(text[m.start - k : m.end])) in aliases
                    or text[m.start - k : m.end] in names
                )
            ),
            m.start,
        )
        before = ends.get(m.start)
        if (
            start == m.start
            and before is not None
            and before.type == "Person"
            and ("Person", normalize_key(before.text)) in aliases
            and not m.value
            and len(m.text) >= 4
            and not _has_owner(m.text)
            and not _starts_with_place(m.text)
        ):
            start = before.start
        if start < m.start:
            grown[id(m)] = (start, m.text)
    if not grown:
        return mentions
    spans = [(start, m.end) for m in mentions if id(m) in grown for start in [grown[id(m)][0]]]
    out: list[Mention] = []
    for m in mentions:
        if id(m) in grown:
            start = grown[id(m)][0]
            out.append(replace(m, start=start, text=text[start : m.end], value=None))
            continue
        if m.type not in CONTAINER_TYPES and any(
            a <= m.start and m.end <= b and (a, b) != (m.start, m.end) for a, b in spans
        ):
            continue
        if m.type == "Position" and m.owner and m.value:
            body = next(
                (o for o in mentions if id(o) in grown and o.end == m.start and o.text == m.owner),
                None,
            )
            if body is not None and m.value.startswith(m.owner):
                head = text[grown[id(body)][0] : body.end]
                out.append(replace(m, value=head + m.value[len(m.owner) :], owner=head))
                continue
        out.append(m)
    return sorted(out, key=in_text_order)


_EDGE_PUNCT_OR_SPACE = re.compile(r"[\s，,。；;：:、“”\"（）()《》<>【】]")


def without_first_jobs_of_leaders(relations: list[Relation]) -> list[Relation]:
    """``relations`` without the rank-and-file jobs a national leader's life story tells he
    once held (吴邦国…历任技术员、…): the first job of a career the graph keeps as posts, which
    the identity rules (``post_ranks.tsv``) would read as a second person of the name."""
    from kgraph.identity import post_rank

    def rank(post: Mention) -> str | None:
        found = post_rank(post.value or post.text)
        return found[1] if found else None

    leaders = {
        r.head.text
        for r in relations
        if r.relation == "holdsPosition" and rank(r.tail) == "national"
    }
    return [
        r
        for r in relations
        if not (
            r.relation == "holdsPosition"
            and r.former
            and r.head.text in leaders
            and rank(r.tail) == "rank_and_file"
        )
    ]


# A year the text writes out (１９３５年, 一九三五年), a month without one (６月, 同年10月, and
# a part of it: 同年１１月底, ３月上旬).
_WRITTEN_YEAR = re.compile(r"^[0-9０-９〇零一二三四五六七八九]{4}年")


_BARE_MONTH = re.compile(
    r"^(?:同年)?(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})月份?"
    r"(?:(?:[0-9]{1,2}|[一二三四五六七八九十]{1,3})[日号]|初|底|末|[上中下]旬)?$"
)


def new_paragraph(document: Document, sentences: list[Sentence], index: int) -> bool:
    """Whether sentence ``index`` opens a paragraph of ``document`` (not its first sentence)."""
    return (
        index > 0
        and "\n" in document.text[sentences[index - 1].clean_start : sentences[index].clean_start]
    )


YEAR_BOUND = ("以来", "之前", "以前", "以后", "之后", "至今", "起")


def days_told_before(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> None:
    """Date ``当天`` and ``翌日`` by the last day the paragraph told before their sentence,
    when no other day comes before them in it (``…于十一日抵京的。翌日，戴秉国与代表团举行了
    工作会谈``: the 12th, not the day after the page's); read alone, the sentence knows only the
    page's day."""
    from kgraph.extract.dates import DAYS_FROM_TOLD

    last: dt.date | None = None
    for index, local in enumerate(per_sentence):
        if new_paragraph(document, sentences, index):
            last = None
        first = True
        for position, m in enumerate(local):
            if m.type != "Date" or not m.value:
                continue
            shift = next((s for w, s in DAYS_FROM_TOLD.items() if m.text.startswith(w)), None)
            if first and last is not None and shift is not None:
                m = local[position] = replace(
                    m, value=(last + dt.timedelta(days=shift)).isoformat()
                )
            first = False
            if len(m.value or "") == 10:
                try:
                    last = dt.date.fromisoformat(m.value or "")
                except ValueError:
                    continue


def narrative_years(
    document: Document,
    sentences: list[Sentence],
    per_sentence: list[list[Mention]],
    reference: dt.date | None,
    headings: dict[int, str],
) -> None:
    """Re-date the months of a chronicle: after ``１９３５年１月，…`` a paragraph's ``６月`` is
    June 1935, not the June closest to the page's date. Only for years at least two before
    the page's (a news story's 2022年 figures say nothing of its 1月, a chronicle's do), or
    under a chronicle's heading (``１９９７年６月`` alone on its line: its entry's paragraphs)."""
    from kgraph.extract.dates import extract_dates

    if reference is None:
        return
    year: int | None = None
    month = 0  # the month of ``year`` told: a chronicle goes forward from it
    entry_year: int | None = None  # the year of the chronicle's heading over the entry
    for index, local in enumerate(per_sentence):
        if index in headings:
            entry_year = int(headings[index][:4])
        if new_paragraph(document, sentences, index):
            year, month = entry_year, 0
        for position, m in enumerate(local):
            if m.type != "Date" or not m.value:
                continue
            if _WRITTEN_YEAR.match(m.text) and m.value[:4].isdigit():
                written = int(m.value[:4])
                # (这是1962年以来…首次…: a bound the story measures from, no chronicle's year)
                bound = sentences[index].text.startswith(YEAR_BOUND, m.end)
                year = written if written <= reference.year - 2 and not bound else None
                month = int(m.value[5:7]) if m.value[5:7].isdigit() else 0
            elif year is not None and _BARE_MONTH.match(halfwidth(m.text)):
                # the date resolver, told the middle of that year: its month, in that year
                redated = extract_dates(m.text, dt.date(year, 7, 1))
                if len(redated) == 1 and redated[0].value and redated[0].text == m.text:
                    told = redated[0].value[5:7]
                    if told.isdigit() and int(told) < month:
                        # (１９９３年９月，乔石曾到该所视察。１月８日，乔石来到…: back to the
                        # story's own days, not January 1993)
                        year = None
                        continue
                    local[position] = replace(m, value=redated[0].value)


# Verbs of saying a name read from a clause may be (发言人|介绍说): no one's name.
_SPEECH_VERBS = frozenset(
    {
        "介绍",
        "表示",
        "补充",
        "强调",
        "指出",
        "解释",
        "透露",
        "证实",
        "宣布",
        "回应",
        "发言",
        "声明",
        "报道",
    }
)


_MESSAGES = frozenset(
    {"贺信", "贺电", "贺词", "致辞", "讲话", "指示", "批示", "回信", "复信", "来信"}
)


# jieba's tags of numerals, adjectives, adverbs and verbs (多次 m, 鲜明 a, 深刻 d, 介绍 v): a
# clause's reader takes no such word for its subject
_NOT_SUBJECT_TAGS = frozenset({"m", "mq", "a", "ad", "an", "d", "v", "vd", "vn"})


def unglue_speech(mentions: list[Mention]) -> list[Mention]:
    """A person read from a clause with the verb of saying glued on (谢赫称, 介绍说) or with
    夫妇 (敦夫妇): the name without it, or none when what is left is itself a verb of saying or
    one character; a message read as a name after a post (主席|贺信并致辞) is none, nor a word
    of number or manner read as the clause's subject (总书记|多次|强调)."""
    from kgraph.lexicons import lexicon, normalize_key

    aliases = lexicon().aliases
    out: list[Mention] = []
    for m in mentions:
        if m.type == "Person" and m.text[:2] in _MESSAGES:
            continue  # 主席|贺信并致辞: the message, not a name after the post
        if (
            m.type == "Person"
            and m.source == "frame"
            and jieba_dictionary().get(m.text, (0, ""))[1] in _NOT_SUBJECT_TAGS
            and ("Person", normalize_key(m.text)) not in aliases
            and m.text not in _dictionary_names()
        ):
            continue  # 总书记|多次|强调, 习主席|鲜明|提出, 发言人|介绍|说: no subject
        if m.type == "Person" and m.text.endswith("夫妇") and "·" not in m.text:
            if len(m.text) < 4:
                continue  # 外长|敦夫妇: a one-character name is no node
            m = replace(m, end=m.end - 2, text=m.text[:-2], value=None)
        if (
            m.type == "Person"
            and len(m.text) >= 3
            and m.text[-1] in "说称"
            and "·" not in m.text
            and ("Person", normalize_key(m.text)) not in aliases
        ):
            name = m.text[:-1]
            if name in _SPEECH_VERBS:
                continue
            m = replace(m, end=m.end - 1, text=name, value=None)
        out.append(m)
    return out


def names_across(texts: list[str], per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions of each sentence (``texts``), mended by what the other sentences say."""
    # A body cut from a name the document gives in full elsewhere gets it back.
    names = frozenset(
        m.text for local in per_sentence for m in local if m.type == "Organization" and not m.owner
    )
    per_sentence = [_complete_orgs(text, local, names) for text, local in zip(texts, per_sentence)]
    # … and in a story of another country's ministry, a bare 国防部 is not China's.
    per_sentence = _bare_foreign_bodies(per_sentence)
    # A "person" the document also names as a city or county (舒兰 / 舒兰市) is that place.
    per_sentence = _places_named_as_people(per_sentence)
    # … and one it also names as a firm (德国企业比泽尔 … 比泽尔开启了) is that firm.
    per_sentence = _firms_named_as_people(per_sentence)
    # … and one the document gives a thing (“哈勃”太空望远镜 … “哈勃”所拍的) is that thing.
    per_sentence = _things_named_as_people(texts, per_sentence)
    # … and one run on from a preposition or a title before it is the name after it (应|武契奇).
    per_sentence = _words_before_names(texts, per_sentence)
    # … and one that names no one (中方愿同马方一道, 巴武装称, 李院士说) is none.
    per_sentence = _no_names(texts, per_sentence)
    # … and one named by a word of the dictionary, never standing as a name does, is that word.
    per_sentence = _ordinary_words_as_people(texts, per_sentence)
    # … and the family name of a four-character name, alone, is that person (岸田).
    per_sentence = _family_names(texts, per_sentence)
    # … and the family name a career note names its subject by, before 先生 (孙先生1996年…).
    per_sentence = _note_surnames(texts, per_sentence)
    # … and a family name alone before a title, the person named so (江|主席: 江泽民).
    per_sentence = _surnames_titled(per_sentence)
    # … and a name the document gives, run into an adverb before a verb or into 时 before a
    # comma, loses it (袁胜|正带领, 会见德索萨|时，).
    per_sentence = _names_run_on(texts, per_sentence)
    # … and one the tagger cut from a name the document gives is that name (为单|多吉, 萨尔|维).
    per_sentence = _names_cut_short(texts, per_sentence)
    # … and one the tagger ran from a name into another or into a post is each name
    # (德索萨请韩正转达, 韩正副|主席).
    per_sentence = _names_run_together(texts, per_sentence)
    return per_sentence


def names_after_frames(texts: list[str], per_sentence: list[list[Mention]]) -> list[list[Mention]]:
    """The mentions of each sentence after the event frames read their slots, mended again."""
    # … and a name a frame read from a slot (通过|安全认证) is none when it is common words.
    per_sentence = [_frame_words(local) for local in per_sentence]
    # … and one a frame read run on from a preposition (对|代表) is mended the same way.
    per_sentence = _words_before_names(texts, per_sentence)
    # A name read once (by the tagger or a frame), where the document gives it again and
    # nothing covers it (南非总统拉马福萨…。会谈后，拉马福萨向习近平授予…), is the same person.
    per_sentence = _names_seen_elsewhere(texts, per_sentence)
    per_sentence = _titled_persons_everywhere(per_sentence)
    return per_sentence


# The last words of a document's title (not a work's): what it names is real. Agreements
# (kgraph.extract.relations.AGREEMENT) and notices (kgraph.extract.documents.DOCUMENT_WORDS)
# are documents; so are laws, charters, plans and initiatives.
_DOCUMENT_TITLE_END = re.compile(r"(?:法|宪章|计划|倡议)$")


def _a_documents_title(title: str) -> bool:
    from kgraph.extract.documents import DOCUMENT_WORDS
    from kgraph.extract.relations import AGREEMENT

    return bool(
        _DOCUMENT_TITLE_END.search(title)
        or AGREEMENT.search(title)
        or re.search(f"(?:{DOCUMENT_WORDS})$", title)
    )


def without_unspoken(
    sentences: list[Sentence], per_sentence: list[list[Mention]], relations: list[Relation]
) -> tuple[list[list[Mention]], list[Relation]]:
    """The mentions (and their relations) of what the document does not speak of.

    A job's word (医生, 科学家) names a post only where someone holds it: 中国医师节,
    世界顶尖科学家论坛, 广大教师 name no one's. A place named only inside the title of a
    work (《2024维也纳新年音乐会》, 《京都警魂》) is a word of the title; in a document's title
    it is a party or a place of signing (《…摩洛哥王国关于刑事司法协助的条约》, 《蒙特利尔议定书》).
    """
    from kgraph.lexicons import canonical

    def where(mention: Mention) -> tuple[int, int, int]:
        return (mention.sentence, mention.start, mention.end)

    held = {where(r.tail) for r in relations if r.relation == "holdsPosition"}
    jobs = titles()
    named_places = {
        canonical("Place", m.text)
        for sentence, local in zip(sentences, per_sentence)
        for m in local
        if m.type == "Place" and not _inside_title(sentence.text, m.start, m.end)
    }

    def unspoken(mention: Mention) -> bool:
        if mention.type == "Position":
            return where(mention) not in held and jobs.occupation(mention.text)
        if mention.type == "Place" and mention.sentence >= 0:
            if canonical("Place", mention.text) in named_places:
                return False
            text = sentences[mention.sentence].text
            if not _inside_title(text, mention.start, mention.end):
                return False
            return not _a_documents_title(text[: text.find("》", mention.end)])
        return False

    return (
        [[m for m in local if not unspoken(m)] for local in per_sentence],
        [r for r in relations if not unspoken(r.head) and not unspoken(r.tail)],
    )


# The body of a province or city that elects, right after the place's name
# (福建省|第九届人民代表大会第一次会议…选举…, 中共四川省|第七届委员会第一次全体会议…选举…)
_ELECTING_BODY = re.compile(
    r"(?<=[省市])(?:第[一二三四五六七八九十]+届)?(?:人民代表大会|人大常委会|委员会|政协)"
)
_ELECTION = re.compile("选举|当选|任命|决定")


def _electing_places(text: str) -> set[str]:
    """The provinces and cities whose body the sentence names, each the longest known place
    ending right before the body."""
    found = set()
    for body in _ELECTING_BODY.finditer(text):
        end = body.start()
        place = next(
            (text[end - n : end] for n in range(8, 1, -1) if _known_place(text[end - n : end])),
            None,
        )
        if place is not None:
            found.add(place)
    return found


def posts_of_the_electing_place(
    texts: list[str], per_sentence: list[list[Mention]]
) -> list[list[Mention]]:
    """``福建省第九届人民代表大会第一次会议…选举袁启彤为省人大常委会主任…；选举贺国强为省长，
    张家坤…为副省长``: the posts of the place's level that the place's body elects, named without
    the place, in its sentence and the ones after it, are that place's (福建省人大常委会主任,
    福建省省长, 福建省副省长; 中共四川省第七届委员会…选举谢世杰为省委书记: 四川省委书记), until
    another place's body is named."""
    place = ""
    out = []
    for text, local in zip(texts, per_sentence):
        named = _electing_places(text)
        if named:
            place = named.pop() if len(named) == 1 else ""
        if not place or not _ELECTION.search(text):
            out.append(local)
            continue
        out.append([post_of_place(m, place) for m in local])
    return out


# A session of the CPPCC's national committee or its standing committee (全国政协十四届常委会
# 第三次会议, 政协第十四届全国委员会第二次会议)
_CPPCC_SESSION = re.compile(
    r"全国政协[^，。；]{0,10}会议|政协第[一二三四五六七八九十]+届全国委员会[^，。；]{0,10}会议"
)
# The titles a CPPCC session gives its members after their names (李卫常委代表…发言)
_CPPCC_TITLES = {"常委": "全国政协常委", "委员": "全国政协委员"}


def members_of_the_session(texts: list[str], per_sentence: list[list[Mention]]) -> None:
    """``李卫常委代表无党派人士界发言``, ``…委员代表…发言``: at a session of the CPPCC's national
    committee (the document names one), a bare 常委 or 委员 right after a name is the member's
    post of the CPPCC (全国政协常委), not one post every body's members share. In place."""
    if not _CPPCC_SESSION.search("\n".join(texts)):
        return
    for local in per_sentence:
        people = {m.end for m in local if m.type == "Person"}
        for index, m in enumerate(local):
            title = _CPPCC_TITLES.get(m.text)
            if m.type == "Position" and not m.owner and title and m.start in people:
                local[index] = replace(m, value=title, owner="全国政协")
