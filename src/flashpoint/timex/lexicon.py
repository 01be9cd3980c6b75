"""The word lists behind the time rules, read once from lexicon.yaml."""

from __future__ import annotations

import re
from functools import lru_cache
from pathlib import Path
from typing import Any

from flashpoint.data import load_yaml
from flashpoint.textutil import NUMBER_WORDS

LEXICON_PATH = Path(__file__).with_name("lexicon.yaml")


@lru_cache(maxsize=1)
def lexicon() -> dict[str, Any]:
    """lexicon.yaml, with `numbers`: the shared number words and the time-specific ones ("a day")."""
    lex: dict[str, Any] = load_yaml(LEXICON_PATH)
    lex["numbers"] = {**NUMBER_WORDS, **lex.pop("article_numbers")}
    return lex


def alternation(words: list[str] | dict[str, Any]) -> str:
    """A regex alternation, longest first so "a few" wins over "a"; spaces match any whitespace."""
    ordered = sorted(words, key=len, reverse=True)
    return "|".join(re.escape(w).replace(r"\ ", r"\s+").replace("'", "['’]") for w in ordered)


def month_number(word: str) -> int | None:
    key = word.lower().rstrip(".")
    lex = lexicon()
    return lex["months"].get(key) or lex["month_abbreviations"].get(key)


def weekday_number(word: str) -> int | None:
    key = word.lower().rstrip(".")
    lex = lexicon()
    return lex["weekdays"].get(key) or lex["weekday_abbreviations"].get(key)


def number_value(word: str | None) -> int | float | None:
    """A count as a number, None when vague ("several") or absent."""
    if not word:
        return None
    key = " ".join(word.lower().replace("-", " ").split())
    if key.isdigit():
        return int(key)
    if re.fullmatch(r"\d+\.\d+", key):
        return float(key)
    nums = lexicon()["numbers"]
    if key in nums:
        return int(nums[key])
    parts = key.split()
    if len(parts) == 2 and parts[0] in nums and parts[1] in nums:  # "twenty four"
        return int(nums[parts[0]]) + int(nums[parts[1]])
    return None


def scale_value(word: str) -> int | None:
    """The multiplier a scale word states ("thousand" -> 1000), or None."""
    value = lexicon()["number_scales"].get(word.lower())
    return int(value) if value is not None else None


def ordinal_value(word: str) -> int | None:
    key = word.lower()
    digits = re.match(r"(\d+)(?:st|nd|rd|th)$", key)
    if digits:
        return int(digits.group(1))
    return lexicon()["ordinals"].get(key)
