"""Hanyu Pinyin of labels: what ``pypinyin`` gives, converted a segment at a time, kept.

``pypinyin.pinyin`` and ``lazy_pinyin`` make a converter per call, cut the text into
segments (runs of non-Han characters, and the words its phrase dictionary finds in
runs of Han characters) and convert each segment, which depends on that segment
alone. Here the same converter and segmentation are used, and each segment's
conversion is kept: labels share their words, and converting them was most of the
time of the graph's ``pinyin`` and of the RDF export's IRIs.
"""

from __future__ import annotations

from functools import cache, lru_cache
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from pypinyin import Style

__all__ = ["lazy_pinyin", "pinyin"]


@cache
def _converter() -> Any:
    from pypinyin.converter import UltimateConverter
    from pypinyin.core import Pinyin

    # The converter pypinyin.pinyin and pypinyin.lazy_pinyin make with their defaults.
    return Pinyin(UltimateConverter(v_to_u=False, neutral_tone_with_five=False, tone_sandhi=False))


@lru_cache(maxsize=50_000)
def _segment(segment: str, style: Style) -> tuple[tuple[str, ...], ...]:
    converted = _converter()._converter.convert(segment, style, False, "default", strict=True)
    return tuple(tuple(item) for item in converted)


def pinyin(text: str, style: Style) -> list[list[str]]:
    """``pypinyin.pinyin(text, style=style)`` (one reading a character, errors kept)."""
    return [list(item) for segment in _converter().seg(text) for item in _segment(segment, style)]


def lazy_pinyin(text: str, style: Style) -> list[str]:
    """``pypinyin.lazy_pinyin(text, style=style)``."""
    return [
        syllable
        for segment in _converter().seg(text)
        for item in _segment(segment, style)
        for syllable in item
    ]
