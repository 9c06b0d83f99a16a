"""Relations that need the whole document, not one sentence: bylines, signature blocks, the
body a 我部 names, who goes on speaking over the sentences of a paragraph, and the events the
frames of :mod:`kgraph.extract.frames` read; then the day a cited document was issued.

Each sentence's own relations come from :mod:`kgraph.extract.relations`; this module joins
them with what only the document as a whole tells.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from dataclasses import replace
from functools import cache

from kgraph.extract import common_word
from kgraph.extract.crf import SURNAMES
from kgraph.extract.cues import cues, saying_opens
from kgraph.extract.frame_slots import COARSE_DATE
from kgraph.extract.frames import event_frames
from kgraph.extract.headers import speech_header
from kgraph.extract.relations import CLAUSE_BREAK, SELF_SOURCE, cue_pattern, subjects
from kgraph.records import Document, EventInfo, Evidence, Mention, Relation, Sentence, Statement

__all__ = ["document_relations", "self_mention"]

MAX_SPEECH_GAP = 6  # characters between a speaker and 强调/指出: room for 总书记, 同志, 首先
# Words that describe a reporter rather than sign with one: 年轻记者, 一位记者
STORY_REPORTER = ("年轻", "青年", "资深", "一名", "一位", "这位", "那位", "两位")
MAX_STATEMENT_SENTENCES = 20  # reported speech in the transcripts runs up to 14 sentences


def self_mention(document: Document) -> Mention:
    """The source document itself, as the head or tail of a relation."""
    return Mention(0, 0, "Document", document.id, doc=document.id, source="self")


def _same_paragraph(document: Document, left: Sentence, right: Sentence) -> bool:
    return "\n" not in document.text[left.clean_start + len(left.text) : right.clean_start]


def _bylines(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> Iterator[Relation]:
    """A name alone on a line under the headline (``闻言``), ``记者X``, ``通讯员X``, ``X 摄``."""
    me = self_mention(document)
    for sentence, mentions in zip(sentences[:6], per_sentence[:6]):
        text = sentence.text
        alone = 2 <= len(text) <= 3 and all("\u4e00" <= ch <= "\u9fff" for ch in text)
        # (目录, 编者按, 漫画: a common word alone on its line is a section's label, unless it
        # opens with a surname, 闻言; a pen name is no word, 今哲)
        labelled = not mentions and text[0] not in SURNAMES and common_word(text)
        if alone and not labelled and not any(m.type != "Person" for m in mentions):
            person = Mention(0, len(text), "Person", text, sentence=sentence.index, source="byline")
            if not mentions:
                mentions.append(person)
            yield Relation("authorOf", mentions[0], me, _evidence(sentence))
    for sentence, mentions in zip(sentences, per_sentence):
        author_end = -1  # where the last author named ends: （记者梁娟、侯德强）
        for mention in mentions:
            if mention.type != "Person":
                continue
            before = sentence.text[max(0, mention.start - 4) : mention.start]
            after = sentence.text[mention.end : mention.end + 2].strip()
            byline = any(before.endswith(cue) for cue in cues()["byline"])
            also = author_end >= 0 and sentence.text[author_end : mention.start] in ("、", " ")
            if (
                also
                or (byline and not _reporter_in_story(sentence.text, mentions, mention))
                or after.startswith(cues()["photo"])
            ):
                author_end = mention.end
                yield Relation("authorOf", mention, me, _evidence(sentence))


def _reporter_in_story(text: str, mentions: list[Mention], person: Mention) -> bool:
    """A reporter the story is about, not its author: a kind of reporter (美国调查记者西摩·赫什)
    or a foreign one (日本记者X), or one of a paper the story names (《福州晚报》记者顾伟因…); a
    paper's correspondent abroad signs (本报驻美国记者X)."""
    from kgraph.extract.positions import titles

    before = text[: person.start]
    cue = next(cue for cue in cues()["byline"] if before.endswith(cue))
    if any(
        len(title) > len(cue) and before.endswith(title) and title not in cues()["byline"]
        for title in titles().labels
        if title.endswith(cue)
    ):
        return True
    opens = person.start - len(cue)
    if text[:opens].endswith("》") and not text.startswith(("报道", "摄"), person.end):
        return True  # 《福州晚报》记者顾伟因采访…: a paper's reporter the story tells of
    if text[:opens].endswith(STORY_REPORTER):
        return True  # 电视台年轻记者夏晓云说: a reporter described is one the story tells of
    return any(
        m.type == "Place" and m.end == opens and not text[: m.start].endswith("驻")
        for m in mentions
    )


def _signatures(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> Iterator[Relation]:
    """Organisations alone on their lines after the body sign the letter the document opens with.

    The letter is a document named by a line of its own among the first three (the title);
    a document the body cites (您提出的《…的提案》收悉) is not what is signed: then the
    file itself is.
    """
    letter = next(
        (
            m
            for sentence, mentions in zip(sentences[:3], per_sentence[:3])
            for m in mentions
            if m.type == "Document" and len(sentence.text.strip()) - (m.end - m.start) <= 2
        ),
        None,
    )
    for index, (sentence, mentions) in enumerate(zip(sentences, per_sentence)):
        if index < 3 or len(mentions) != 1 or mentions[0].type != "Organization":
            continue
        if mentions[0].end - mentions[0].start != len(sentence.text):
            continue
        signer = mentions[0]
        target = letter or self_mention(document)
        yield Relation("signedBy", target, signer, _evidence(sentence))
        yield Relation("issued", signer, target, _evidence(sentence))


# 四部门日前印发通知，…: a document issued, named only by its kind
UNTITLED_ISSUE = re.compile(
    r"(?:联合)?(?:印发|发布|出台|下发)了?(?P<kind>指导意见|实施意见|实施方案|工作方案|行动方案"
    r"|通知|意见|办法|方案|规划|规定|细则)(?=[，,。；;、]|$)"
)
MAX_TITLE_LOOKBACK = 3  # sentences back to the headline that names the document


def _untitled_issues(
    sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> Iterator[Relation]:
    """``《关于进一步做好就业援助工作的通知》发布``, then ``人力资源社会保障部、财政部等四部门日前
    印发通知``: the bodies issue the document of that kind the lines just before name."""
    for index, (sentence, mentions) in enumerate(zip(sentences, per_sentence)):
        for found in UNTITLED_ISSUE.finditer(sentence.text):
            before = [
                m for ms in per_sentence[max(0, index - MAX_TITLE_LOOKBACK) : index] for m in ms
            ]
            before += [m for m in mentions if m.end <= found.start()]
            kind = found.group("kind")
            named = [
                m for m in before if m.type == "Document" and m.text.rstrip("》").endswith(kind)
            ]
            if not named:
                continue
            for issuer in subjects(sentence.text, mentions, found.start()):
                if issuer.type == "Organization":
                    yield Relation("issued", issuer, named[-1], _evidence(sentence))


def _resolve_self_references(
    per_sentence: list[list[Mention]], signed: list[Relation], relations: list[Relation]
) -> list[Relation]:
    """我部 is the body that signs the document, else the one its headline opens with."""
    if not any(r.head.source == SELF_SOURCE for r in relations):
        return relations
    signer = next((r.head for r in signed if r.relation == "issued"), None)
    if signer is None and per_sentence and per_sentence[0]:
        first = per_sentence[0][0]
        if first.type == "Organization" and first.start == 0:
            signer = first
    resolved = []
    for relation in relations:
        if relation.head.source == SELF_SOURCE:
            if signer is None:
                continue
            relation = replace(relation, head=signer)
        resolved.append(relation)
    return resolved


# 近年来, 多年来, 此前, 以往, 曾, 先后: a sentence that looks back, not news of the day
LOOKING_BACK = re.compile(r"近年来?|多年来|此前|以往|过去|曾经?|先后|历年")
# 自2025年1月1日起施行, 今天（4月15日）起正式实施: the day a document takes effect, not its issue
TAKES_EFFECT = re.compile(r"[）)]?(?:起|开始)(?:正式)?(?:施行|实施|生效)")
NEWS_DAY = re.compile(r"日前|近日|今天|今日")  # (the words _news_words reads as the news day)


def _dated_documents(
    document: Document, per_sentence: list[list[Mention]], relations: list[Relation]
) -> Iterator[Relation]:
    """The day a document named in the text was issued: the day its sentence gives (or the
    month or year it opens with), or the document's own date when the sentence reports it as
    news (日前, 近日) and names no other; none when the sentence looks back (近年来, 先后)."""
    for relation in relations:
        cited = relation.tail
        if relation.relation != "issued" or cited.type != "Document" or cited.source == "self":
            continue
        if cited.sentence < 0:
            continue
        text = relation.evidence.text
        dates = [
            m
            for m in per_sentence[cited.sentence]
            if m.type == "Date" and not TAKES_EFFECT.match(text, m.end)
        ]
        if LOOKING_BACK.search(text, 0, cited.start):
            continue  # (近年来…印发《…》, 从2003年开始…先后制定《…》: when, the text says not)
        if _issuers_clause().search(text, max(0, cited.start - 16), cited.start):
            # 联合国25日发布的《D》报告称: the day of the issuers' own clause, or of the verb
            # after the document (由A编制的《D》今天发布); none when neither gives one
            # (国际能源署发布的《D》报告指出: issued some time before the story)
            clause = max(text.rfind(c, 0, cited.start) for c in "，,；;：:") + 1
            after = _issued_after().match(text, cited.end)
            until = after.end() if after is not None else cited.start
            dates = [m for m in dates if clause <= m.start and m.end <= until]
            if not dates and not (after and NEWS_DAY.search(text, cited.end, until)):
                continue
        days = [m.value for m in dates if m.value and len(m.value) == 10]
        # (2021年9月，党中央、国务院发布《…》: the month or year the sentence opens with)
        opening = [m.value for m in dates[:1] if m.value and m.start == 0]
        date: str | None
        if days:
            date = days[0]
        elif opening and COARSE_DATE.match(opening[0]):
            date = opening[0]
        else:
            date = document.date if not dates or _news_words(dates) else None
        if date:
            tail = Mention(
                cited.start, cited.start, "Date", date, value=date, sentence=cited.sentence
            )
            yield Relation("occurredOn", cited, tail, relation.evidence)


@cache
def _issued_after() -> re.Pattern[str]:
    """``》今天（5月23日）发布``, ``》日前公布``: the issuing verb after a document its issuers'
    clause names (由A编制的《D》…); not ``》8月1日起施行``, the day it takes effect."""
    return re.compile(f"》[^，,。；;]{{0,16}}?(?:{cue_pattern('issue').pattern})")


@cache
def _issuers_clause() -> re.Pattern[str]:
    """``联合国25日发布的《``, ``由A编制的《``: the document a clause of its issuers names (not
    ``公布修订后的《``, the verb's object)."""
    return re.compile(f"(?:{cue_pattern('issue').pattern})的《$")


def _news_words(dates: list[Mention]) -> bool:
    return all(NEWS_DAY.fullmatch(m.text) for m in dates)


def _evidence(sentence: Sentence) -> Evidence:
    return Evidence(sentence.doc, sentence.start, sentence.end, sentence.text)


def _speaker(text: str, mentions: list[Mention]) -> tuple[Mention, int] | None:
    """``习近平强调`` / ``习近平总书记指出``: the speaker and where the reported speech starts."""
    for mention in mentions:
        if mention.type != "Person":
            continue
        window = text[mention.end : mention.end + MAX_SPEECH_GAP + 2]
        for cue in cues()["say"]:
            at = window.find(cue)
            if 0 <= at <= MAX_SPEECH_GAP and not CLAUSE_BREAK.search(window[:at]):
                return mention, mention.end + at + len(cue)
    return None


@cache
def _unnamed_speaker() -> re.Pattern[str]:
    """``他强调，``, ``总书记指出：``, ``会议指出，``: a speaker the clause names by a pronoun,
    a bare title or the meeting (not ``她提出了…建议``: what one says follows a comma or a
    colon)."""
    return re.compile(
        r"(?:^|(?<=[，,。：:；;]))\s*(?:他们|她们|他|她|总书记|总理|主席|委员长|会议)"
        rf"(?:还|并|也|又|同时|进一步|再次|最后|首先|随后)?{saying_opens().pattern}"
    )


@cache
def _quote_goes_on() -> re.Pattern[str]:
    """``指出：“``, ``另一方面又强调：“`` opening the sentence after a quote closed: the one
    quoted speaks again, named no more."""
    return re.compile(rf"\s*[^，,。：:；;“”]{{0,6}}?{saying_opens().pattern}(?<=[：:])“")


def _statements(
    document: Document, sentences: list[Sentence], per_sentence: list[list[Mention]]
) -> tuple[list[Relation], list[Statement], dict[int, int]]:
    """Who said what, and where each sentence's attributed speech starts (index -> offset)."""
    relations: list[Relation] = []
    statements: list[Statement] = []
    speech_starts: dict[int, int] = {}
    speaker: Mention | None = None
    concepts: list[Mention] = []
    said: list[Evidence] = []
    said_from = 0  # where the speech begins in its first sentence

    def close() -> None:
        if speaker is not None and said:
            statements.append(
                Statement(speaker, tuple(concepts), tuple(said), document.date, said_from)
            )

    previous: Sentence | None = None
    unnamed_speaking = False
    # 薄一波说：“…。”: a speech in quotes ends where they close, not at the paragraph's end
    quotes_open: int | None = None
    quoted_last: Mention | None = None  # whose quote the sentence before closed
    for sentence, mentions in zip(sentences, per_sentence):
        if previous is not None and not _same_paragraph(document, previous, sentence):
            close()
            speaker, concepts, said = None, [], []
            unnamed_speaking, quoted_last = False, None
        previous = sentence
        found = _speaker(sentence.text, mentions)
        if found is None and quoted_last is not None:
            again = _quote_goes_on().match(sentence.text)
            if again is not None and not any(
                m.type == "Person" and m.start < again.end() for m in mentions
            ):
                found = quoted_last, again.end() - 2
        quoted_last = None
        start = 0
        if found is not None:
            close()
            speaker, start = found
            concepts, said = [], []
            # (not 宣布“2024—2025中白科技创新年”正式启动: a name in quotes)
            quoted = sentence.text[start:].lstrip("，, ").startswith(("：“", ":“"))
            quotes_open = 0 if quoted else None
        if speaker is None:
            # (他强调，要…贯彻…座谈会上的重要讲话精神: the meeting is told of, not reported;
            # 会议指出，…。习近平总书记在…考察…时作出重要指示: to the paragraph's end)
            unnamed = _unnamed_speaker().search(sentence.text)
            if unnamed is not None:
                speech_starts[sentence.index] = unnamed.end()
                unnamed_speaking = True
            elif unnamed_speaking:
                speech_starts[sentence.index] = 0
            continue
        if len(said) >= MAX_STATEMENT_SENTENCES:
            # Reported speech runs a paragraph, not a page: a text with no paragraph
            # breaks (a one-line file) would otherwise give the speaker everything after.
            close()
            speaker, concepts, said = None, [], []
            continue
        if not said:
            said_from = start
        said.append(_evidence(sentence))
        speech_starts[sentence.index] = start
        for mention in mentions:
            if mention.type == "PolicyConcept" and mention.start >= start:
                concepts.append(mention)
                relations.append(Relation("emphasized", speaker, mention, _evidence(sentence)))
        if quotes_open is not None:
            speech = sentence.text[start:]
            quotes_open += speech.count("“") - speech.count("”")
            if quotes_open <= 0:
                close()
                quoted_last = speaker
                speaker, concepts, said = None, [], []
    close()
    return relations, statements, speech_starts


def document_relations(
    document: Document,
    sentences: list[Sentence],
    per_sentence: list[list[Mention]],
    sentence_relations: list[Relation],
) -> tuple[list[Relation], list[Statement], list[EventInfo]]:
    """Relations that need the whole document: bylines, signatures, speech, event frames.

    ``per_sentence`` holds each sentence's mentions (sentence offsets, with
    ``sentence`` set); it may gain byline persons and the events only a verb
    names (see :mod:`kgraph.extract.frames`).
    """
    relations: list[Relation] = list(_bylines(document, sentences, per_sentence))
    relations.extend(_signatures(document, sentences, per_sentence))
    sentence_relations = _resolve_self_references(per_sentence, relations, sentence_relations)
    spoken, statements, reported = _statements(document, sentences, per_sentence)
    relations.extend(spoken)
    relations.extend(sentence_relations)
    relations.extend(_untitled_issues(sentences, per_sentence))
    # Events a speaker recalls (李强表示…习近平主席同总统先生会谈) are not the story's event.
    framed, events = event_frames(document, sentences, per_sentence, reported)
    # (…与谢里夫举行会见 read with 谢里夫 on both sides: one side was lost, not met; a byline's
    # reporter is no one at the event: （记者徐殿龙）记者从今天召开的…会议获悉; a speech's
    # speaker, named under its title, is)
    header = speech_header(document, sentences, per_sentence)
    speaker = header.speaker if header is not None else None
    bylined = {
        (r.head.sentence, r.head.start)
        for r in relations
        if r.relation == "authorOf" and r.head != speaker
    }
    relations.extend(
        r
        for r in framed
        if not (r.relation == "metWith" and r.head.text == r.tail.text)
        and (r.head.sentence, r.head.start) not in bylined
    )
    relations.extend(_dated_documents(document, per_sentence, relations))
    if document.date and len(document.date) == 10 and sentences:
        # The document happened on its date: the evidence is its dateline (or signature).
        day = f"{int(document.date[5:7])}月{int(document.date[8:10])}日"
        dateline = next((s for s in sentences if day in s.text), sentences[0])
        date = Mention(
            0, 0, "Date", document.date, value=document.date, doc=document.id, source="dateline"
        )
        relations.append(Relation("occurredOn", self_mention(document), date, _evidence(dateline)))
    return relations, statements, events
