"""Name keys: one spelling for every way a place name is written in news copy.

A key is lower case, ASCII-folded, with hyphens, apostrophes and dots turned into
spaces or dropped, so "Côte d'Ivoire", "Cote d’Ivoire" and "COTE D'IVOIRE" meet, and
"Nagorno-Karabakh" meets "Nagorno Karabakh".
"""

from __future__ import annotations

import re
import unicodedata
from functools import lru_cache

# Letters NFKD does not decompose into a base letter plus a mark.
_SPECIAL = str.maketrans(
    {
        "ı": "i", "ł": "l", "Ł": "l", "ø": "o", "Ø": "o", "đ": "d", "Đ": "d", "ß": "ss",
        "æ": "ae", "Æ": "ae", "œ": "oe", "Œ": "oe", "ə": "a", "Ə": "a", "ǝ": "a", "þ": "th", "ð": "d",
        "ʼ": "", "’": "", "‘": "", "'": "", "`": "", "ʻ": "", "ʿ": "", "ʾ": "", "´": "",
        "‐": " ", "‑": " ", "–": " ", "—": " ", "-": " ", ".": "", ",": " ",
    }
)  # fmt: skip
_SPACES = re.compile(r"\s+")
_ARTICLE = re.compile(r"^(the)\s+")


@lru_cache(maxsize=200_000)  # reports repeat their names; folding is the hot path of spotting
def fold(text: str) -> str:
    """The lookup key of a name (see module docstring)."""
    text = text.translate(_SPECIAL)
    text = unicodedata.normalize("NFKD", text)
    text = "".join(ch for ch in text if not unicodedata.combining(ch))
    text = _SPACES.sub(" ", text).strip().lower()
    return _ARTICLE.sub("", text)


def is_latin(name: str) -> bool:
    """True when every letter of the name is Latin script (the only names news in English uses)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())
