"""jieba's dictionary, read once: which words are words, how common, and of what part of speech.

The tagger's repairs and the post grammar ask it whether a span is an ordinary word (a common
one is no name: 赫什 has a frequency of 5, 教授 thousands) and whether a word is a noun.
"""

from __future__ import annotations

from functools import cache

__all__ = ["COMMON_FREQUENCY", "jieba_dictionary", "jieba_words"]


@cache
def jieba_dictionary() -> dict[str, tuple[int, str]]:
    """jieba's own dictionary (shipped with the package): word -> (frequency, part of speech)."""
    import jieba

    found: dict[str, tuple[int, str]] = {}
    with jieba.dt.get_dict_file() as handle:
        for raw in handle:
            parts = raw.decode("utf-8").split()
            if len(parts) >= 2 and parts[1].isdigit() and int(parts[1]) > 0:
                found[parts[0]] = (int(parts[1]), parts[2] if len(parts) > 2 else "")
    return found


@cache
def jieba_words() -> dict[str, int]:
    """jieba's own dictionary: word -> its frequency."""
    return {word: count for word, (count, _tag) in jieba_dictionary().items()}


# How common a word of the dictionary must be: rarer ones are mostly names (赫什 has 5).
COMMON_FREQUENCY = 10
