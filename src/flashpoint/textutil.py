"""Text facts every stage shares, each written once: accent folding, name keys and English number words.

    strip_accents("Côte d’Ivoire, Łódź, Əliyev")   # "Cote d’Ivoire, Lodz, Aliyev"
    fold("The Côte d'Ivoire")                       # "cote divoire": the lookup key of a place name
    NUMBER_WORDS["twelve"]                          # 12
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus a mark.
_LETTERS = {
    "ı": "i", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D", "ß": "ss",
    "æ": "ae", "Æ": "AE", "œ": "oe", "Œ": "OE", "ə": "a", "Ə": "A", "ǝ": "a", "þ": "th", "ð": "d",
}  # fmt: skip
_LETTERS_TABLE = str.maketrans(_LETTERS)
# What a name key does with apostrophes, dashes and dots: "Nagorno-Karabakh" meets "Nagorno Karabakh".
_MARKS_TABLE = str.maketrans(
    {
        **_LETTERS,
        "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "ʻ": "", "ʿ": "", "ʾ": "", "´": "",
        "‐": " ", "‑": " ", "–": " ", "—": " ", "-": " ", ".": "", ",": " ",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(the)\s+")


def _without_marks(text: str) -> str:
    decomposed = unicodedata.normalize("NFKD", text)
    return "".join(ch for ch in decomposed if not unicodedata.combining(ch))


def strip_accents(text: str) -> str:
    """The text in base letters: accents and other combining marks removed, special letters spelled out."""
    return _without_marks(text.translate(_LETTERS_TABLE))


@lru_cache(maxsize=200_000)  # reports repeat their names; folding is the hot path of spotting places
def fold(text: str) -> str:
    """The lookup key of a name: lower case, accent-free, apostrophes, dots and dashes dropped or spaced,
    no leading "the" ("Côte d'Ivoire", "Cote d’Ivoire" and "COTE D'IVOIRE" meet)."""
    text = _without_marks(text.translate(_MARKS_TABLE))
    text = _SPACES.sub(" ", text).strip().lower()
    return _ARTICLE.sub("", text)


NUMBER_WORDS: dict[str, int] = {
    "one": 1, "two": 2, "three": 3, "four": 4, "five": 5, "six": 6, "seven": 7, "eight": 8,
    "nine": 9, "ten": 10, "eleven": 11, "twelve": 12, "thirteen": 13, "fourteen": 14,
    "fifteen": 15, "sixteen": 16, "seventeen": 17, "eighteen": 18, "nineteen": 19, "twenty": 20,
    "thirty": 30, "forty": 40, "fifty": 50, "sixty": 60, "seventy": 70, "eighty": 80,
    "ninety": 90, "hundred": 100,
}  # fmt: skip
UNITS = [w for w, n in NUMBER_WORDS.items() if n < 10]  # what follows a tens word: "twenty-four"
TENS = [w for w, n in NUMBER_WORDS.items() if n >= 20 and n % 10 == 0 and n < 100]


__all__ = ["NUMBER_WORDS", "TENS", "UNITS", "fold", "strip_accents"]
