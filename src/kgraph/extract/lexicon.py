"""Find what the curated lexicon knows: organisations, people, places, policy concepts.

Every matchable name and alias of :mod:`kgraph.lexicons` goes into one
automaton that scans the text once and, at each position, takes the longest
form that starts there (leftmost-longest). The automaton is an Aho-Corasick
automaton from ``pyahocorasick`` when it is installed (several million
characters a second), else one regular expression whose alternations follow a
character trie (same matches, about a third of the speed). Each match becomes a
:class:`~kgraph.records.Mention` whose ``value`` is the canonical name.

Forms that are unsafe alone never enter the trie: one-character forms (粤)
and forms the tables mark resolve-only with ``~`` (加纳, which also occurs in
增加纳税). A few matches are dropped in context: a Latin acronym glued to other
Latin letters, a place name directly followed by 族 (朝鲜族 is an ethnic
group, not the country), and an office followed by 长 (外交部长 is a title).
"""

from __future__ import annotations

import functools
import re
from collections.abc import Callable, Iterator
from dataclasses import dataclass

from kgraph.lexicons import lexicon
from kgraph.records import Mention
from kgraph.text import HALFWIDTH, trie_regex

try:  # optional: a C Aho-Corasick automaton, much faster than the regex fallback
    import ahocorasick
except ImportError:  # pragma: no cover - depends on the environment
    ahocorasick = None

__all__ = ["BACKENDS", "LexiconMatcher", "default_matcher", "match_lexicon"]

BACKENDS: tuple[str, ...] = ("ahocorasick", "regex") if ahocorasick else ("regex",)

SOURCE = "lexicon"
MIN_CJK_LENGTH = 2  # a single Chinese character is never a safe name on its own
MIN_LATIN_LENGTH = 3  # two-letter acronyms (UN, EU) collide with ordinary text
# When one form names entities of several types, the more specific type wins.
TYPE_PRIORITY: tuple[str, ...] = ("Person", "Organization", "PolicyConcept", "Place")
# Characters after a place name that turn it into something else: 朝鲜族, 蒙古族.
_PLACE_BREAKERS = frozenset("族")
# An office whose name ends like this, followed by 长, is a title: 外交部长, 统计局长.
_OFFICE_ENDINGS = frozenset("部局署厅办委")
_HEAD_OF_OFFICE = "长"


def _is_latin(char: str) -> bool:
    return char.isascii() and char.isalnum()


Scanner = Callable[[str], Iterator[tuple[int, int]]]  # text -> leftmost-longest spans


def _regex_scanner(forms: list[str]) -> Scanner:
    pattern = re.compile(trie_regex(forms))

    def scan(text: str) -> Iterator[tuple[int, int]]:
        return (match.span() for match in pattern.finditer(text))

    return scan


def _ahocorasick_scanner(forms: list[str]) -> Scanner:
    automaton = ahocorasick.Automaton()
    for form in forms:
        automaton.add_word(form, len(form))
    if not forms:
        return lambda text: iter(())
    automaton.make_automaton()

    def scan(text: str) -> Iterator[tuple[int, int]]:
        # iter_long yields (index of last character, value) of non-overlapping longest matches.
        return ((last + 1 - size, last + 1) for last, size in automaton.iter_long(text))

    return scan


@dataclass(frozen=True)
class LexiconMatcher:
    """A compiled matcher over a fixed set of ``form -> (type, canonical)``."""

    scan: Scanner
    targets: dict[str, tuple[str, str]]
    backend: str

    @classmethod
    def from_forms(
        cls, forms: list[tuple[str, str, str]], backend: str | None = None
    ) -> LexiconMatcher:
        """Build from ``(form, type, canonical)`` triples; unsafe short forms are skipped.

        ``backend`` is one of :data:`BACKENDS`, the fastest by default.
        """
        backend = backend or BACKENDS[0]
        if backend not in BACKENDS:
            raise ValueError(f"unknown or unavailable backend {backend!r}; have {BACKENDS}")
        rank = {type_: i for i, type_ in enumerate(TYPE_PRIORITY)}
        targets: dict[str, tuple[str, str]] = {}
        for form, type_, name in sorted(
            forms, key=lambda f: (rank.get(f[1], len(rank)), f[1], f[0], f[2])
        ):
            form = form.translate(HALFWIDTH)
            minimum = MIN_LATIN_LENGTH if form.isascii() else MIN_CJK_LENGTH
            if len(form) < minimum or form in targets:
                continue
            targets[form] = (type_, name)
        build = _ahocorasick_scanner if backend == "ahocorasick" else _regex_scanner
        return cls(scan=build(sorted(targets)), targets=targets, backend=backend)

    def __call__(self, text: str) -> list[Mention]:
        # Width folding keeps every offset: one code point for one.
        folded = text.translate(HALFWIDTH)
        mentions: list[Mention] = []
        for start, end in self.scan(folded):
            type_, name = self.targets[folded[start:end]]
            if not self._fits(folded, start, end, type_):
                continue
            mentions.append(Mention(start, end, type_, text[start:end], value=name, source=SOURCE))
        return mentions

    @staticmethod
    def _fits(text: str, start: int, end: int, type_: str) -> bool:
        """Reject matches that are obviously part of something longer."""
        if _is_latin(text[start]) and start > 0 and _is_latin(text[start - 1]):
            return False
        if _is_latin(text[end - 1]) and end < len(text) and _is_latin(text[end]):
            return False
        following = text[end] if end < len(text) else ""
        if type_ == "Place" and following in _PLACE_BREAKERS:
            return False
        return not (
            type_ == "Organization"
            and following == _HEAD_OF_OFFICE
            and text[end - 1] in _OFFICE_ENDINGS
        )


@functools.cache
def default_matcher() -> LexiconMatcher:
    """The matcher over :func:`kgraph.lexicons.lexicon`, compiled once per process."""
    return LexiconMatcher.from_forms(lexicon().match_forms())


def match_lexicon(text: str) -> list[Mention]:
    """Organisation, person, place and policy-concept mentions the lexicon knows, by position.

    Offsets index ``text``; ``value`` is the canonical name; ``source`` is ``"lexicon"``.
    """
    return default_matcher()(text)
