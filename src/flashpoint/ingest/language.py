"""A cheap language guess: writing system first, then common function words.

Good enough to label a report and to let the extractor skip what it cannot read; not a
general language identifier (it knows a dozen scripts and nine Latin-script languages).
"""

from __future__ import annotations

import unicodedata
from collections import Counter
from functools import lru_cache
from importlib import resources

from flashpoint.data import parse_yaml

MIN_LETTERS = 20  # below this a headline fragment says too little about its language
MIN_HITS = 3
MIN_SHARE = 0.08  # function-word share of tokens; English prose runs at 0.3-0.5

SAMPLE_CHARS = 10_000  # the opening of a report says which language it is in
_PUNCT = ".,;:!?\"'()[]{}«»“”‘’„-–—…"

# Unicode name prefixes of the scripts recognised, with the language they most often mean.
_SCRIPTS: dict[str, str] = {
    "ARABIC": "ar",
    "CYRILLIC": "ru",
    "HEBREW": "he",
    "GREEK": "el",
    "HANGUL": "ko",
    "HIRAGANA": "ja",
    "KATAKANA": "ja",
    "CJK": "zh",
    "THAI": "th",
    "DEVANAGARI": "hi",
    "BENGALI": "bn",
    "GEORGIAN": "ka",
    "ARMENIAN": "hy",
    "ETHIOPIC": "am",
}
# Letters that only some languages of a script use; they refine the script's default.
_PERSIAN = set("پچژگکی")
_URDU = set("ٹڈڑںےھ")
_UKRAINIAN = set("іїєґІЇЄҐ")


@lru_cache(maxsize=1)
def function_words() -> dict[str, frozenset[str]]:
    """Function words per language, each word kept only under the one language listing it."""
    raw = parse_yaml(resources.files(__package__).joinpath("data/function_words.yaml").read_text("utf-8"))
    counts = Counter(word for words in raw.values() for word in set(words))
    return {lang: frozenset(w for w in words if counts[w] == 1) for lang, words in raw.items()}


@lru_cache(maxsize=4096)
def _script(char: str) -> str:
    name = unicodedata.name(char, "")
    return name.split(" ", 1)[0]


def script_shares(text: str) -> dict[str, float]:
    """Share of the letters in `text` written in each script (LATIN, ARABIC, CJK, ...)."""
    return _shares(_letter_counts(text))


def _letter_counts(text: str) -> Counter[str]:
    # Counting distinct characters first (in C) keeps the Python work to a few dozen calls.
    return Counter({c: n for c, n in Counter(text).items() if c.isalpha()})


def _shares(letters: Counter[str]) -> dict[str, float]:
    counts: Counter[str] = Counter()
    for char, n in letters.items():
        counts[_script(char)] += n
    total = letters.total()
    return {script: n / total for script, n in counts.items()} if total else {}


def guess_language(text: str) -> str | None:
    """ISO 639-1 code of the language `text` is most likely in, or None when unsure."""
    sample = text[:SAMPLE_CHARS]
    letters = _letter_counts(sample)
    if letters.total() < MIN_LETTERS:
        return None
    shares = _shares(letters)
    script, share = max(shares.items(), key=lambda kv: kv[1])
    if script == "LATIN":
        return _latin_language(sample) if share >= 0.5 else None
    kana = shares.get("HIRAGANA", 0) + shares.get("KATAKANA", 0)
    if script in ("HIRAGANA", "KATAKANA", "CJK") and kana > 0.05:
        return "ja"
    if share < 0.5 or script not in _SCRIPTS:
        return None
    return _refine(script, sample)


def _refine(script: str, text: str) -> str:
    chars = set(text)
    if script == "ARABIC":
        if chars & _URDU:
            return "ur"
        if chars & _PERSIAN:
            return "fa"
    if script == "CYRILLIC" and chars & _UKRAINIAN:
        return "uk"
    return _SCRIPTS[script]


def _latin_language(text: str) -> str | None:
    tokens = Counter(t.strip(_PUNCT) for t in text.lower().split())
    if not tokens:
        return None
    hits = {lang: sum(tokens[w] for w in words if w in tokens) for lang, words in function_words().items()}
    ranked = sorted(hits.items(), key=lambda kv: kv[1], reverse=True)
    (best, top), (_, second) = ranked[0], ranked[1]
    if top < MIN_HITS or top / tokens.total() < MIN_SHARE or top < 1.5 * second:
        return None
    return best


def is_english(text: str) -> bool:
    """True when `text` reads as English, or is Latin-script text too short to tell.

    Giving short Latin-script text the benefit of the doubt keeps one-line English
    headlines; a report recognisably in another language or script is False.
    """
    guess = guess_language(text)
    if guess is not None:
        return guess == "en"
    shares = script_shares(text)
    return shares.get("LATIN", 0.0) >= 0.5 and _latin_language(text) is None
