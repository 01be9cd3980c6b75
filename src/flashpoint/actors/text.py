"""How names are compared: one normal form for knowledge-base keys and for text in reports."""

from __future__ import annotations

import re

from flashpoint.textutil import strip_accents

_POSSESSIVE = re.compile(r"['’]s\b")  # "People's Liberation Army": the tokenizer splits "'s" off
_DROPPED = re.compile(r"[.'’‘`]")  # "U.S." == "US", "Côte d'Ivoire" == "Cote dIvoire"
_SEPARATORS = re.compile(r"[^0-9a-z]+")


def norm_words(text: str) -> list[str]:
    """Lower-case, accent-free words: the unit of every lookup."""
    folded = strip_accents(_POSSESSIVE.sub("", text.casefold()))
    return _SEPARATORS.sub(" ", _DROPPED.sub("", folded)).split()


def norm(text: str) -> str:
    """The lookup key of a phrase; a leading article is not part of a name ("the Kremlin")."""
    words = norm_words(text)
    if len(words) > 1 and words[0] == "the":
        words = words[1:]
    return " ".join(words)


def plural(phrase: str) -> str:
    """English plural of the last word, good enough for role nouns ("soldier" -> "soldiers")."""
    head, _, last = phrase.rpartition(" ")
    if last.endswith("man"):
        last = last[:-3] + "men"
    elif last.endswith("y") and len(last) > 1 and last[-2] not in "aeiou":
        last = last[:-1] + "ies"
    elif last.endswith(("s", "sh", "ch", "x")):
        last = last + "es"
    else:
        last = last + "s"
    return f"{head} {last}" if head else last
