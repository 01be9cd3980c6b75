"""Lines in title case are parsed as if written in sentence case.

The small model takes every capitalised word for a proper noun, so "Kenya Leader Criticizes Ethiopia's Response"
parses as one long name and codes nothing, while "Kenya leader criticizes Ethiopia's response" parses well.
Two components wrap the model:

- `flashpoint_titlecase` (first in the pipeline) finds the lines in title case with one cheap test per line
  (ordinary text stops at its first word in lower case) and, when there are any, hands the model a Doc of the
  same tokens in which such a line's ordinary words are in lower case: names (the actor knowledge base, notable
  places, calendar words, words no dictionary of the model knows, titles before a name) keep their capitals,
  and so does the line's first word;
- `flashpoint_titlecase_words` (after the model) builds the Doc again from the words as given, with the tags,
  parts of speech, morphology, lemmas, dependencies, sentence starts and entities of that parse.

The text, every token and every character offset stay the user's; only the parse comes from the copy. A report
with no line in title case goes through untouched. The word lists are data (data/titlecase_en.yaml).
"""

from __future__ import annotations

import json
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any, cast

from spacy.attrs import DEP, ENT_ID, ENT_IOB, ENT_KB_ID, ENT_TYPE, HEAD, LEMMA, MORPH, NORM, POS, SENT_START, TAG
from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.data import load_yaml
from flashpoint.nlp.pipeline import _TEXT_KEY as _TEXT
from flashpoint.nlp.pipeline import text_of

DEFAULT_WORDS = Path(__file__).parent / "data" / "titlecase_en.yaml"
# Every annotation of the model's parse except the words themselves (what spaCy's DocBin keeps, less ORTH).
PARSE_ATTRS = (NORM, TAG, HEAD, DEP, ENT_IOB, ENT_TYPE, ENT_KB_ID, ENT_ID, LEMMA, MORPH, POS, SENT_START)
_ORIGINAL = "flashpoint_titlecase"  # user_data key: the words as given, while the model reads the copy
_CAPS_OPENING = re.compile(r"\s*[A-Z][A-Z'’.-]{2,}(?:[ ,(]|$)")  # "NAIROBI, ...", "KHARTOUM (AP) -": a dateline
_SENTENCE_MARKS = frozenset({".", "!", "?", ":"})  # the word after one keeps its capital, as the first does
_LEMMA_POS = ("noun", "verb", "adj", "adv")
_PLACE_KINDS = frozenset({"country", "capital", "demonym"})  # names that are never a verb in a headline
_NAME_KINDS = frozenset({"person"})  # a title before such a name keeps its capital ("Opposition Leader Jane Doe")


class TitleCaseWordsError(ValueError):
    """titlecase_en.yaml (or a language's copy) is not what the components expect."""


@dataclass(frozen=True)
class Settings:
    lower_in_titles: frozenset[str]
    min_titled: int
    min_titled_share: float
    place_features: frozenset[str]
    place_population: int


@lru_cache(maxsize=4)
def read_settings(path: Path) -> Settings:
    raw = load_yaml(path, words=True)
    expected = {"lower_in_titles", "min_titled", "min_titled_share", "place_features", "place_population"}
    if not isinstance(raw, dict) or set(raw) != expected:
        raise TitleCaseWordsError(f"{path}: expected exactly the keys {sorted(expected)}")
    for key in ("lower_in_titles", "place_features"):
        words = raw[key]
        if not isinstance(words, list) or not all(isinstance(w, str) and w == w.strip().lower() and w for w in words):
            raise TitleCaseWordsError(f"{path}: {key} must be a list of lower-case words")
    if not isinstance(raw["min_titled"], int) or raw["min_titled"] < 2:
        raise TitleCaseWordsError(f"{path}: min_titled must be a whole number of at least 2")
    if not isinstance(raw["min_titled_share"], int | float) or not 0 < raw["min_titled_share"] <= 1:
        raise TitleCaseWordsError(f"{path}: min_titled_share must be a share above 0 and at most 1")
    if not isinstance(raw["place_population"], int) or raw["place_population"] < 0:
        raise TitleCaseWordsError(f"{path}: place_population must be a whole number")
    return Settings(frozenset(raw["lower_in_titles"]), raw["min_titled"], float(raw["min_titled_share"]),
                    frozenset(raw["place_features"]), raw["place_population"])


def ordinary_word(settings: Settings) -> re.Pattern[str]:
    """A word in lower case that title case would capitalise: one such word makes a line ordinary. Searching a
    line stops there, a few words in for running text."""
    small = "|".join(sorted(map(re.escape, settings.lower_in_titles), key=len, reverse=True))
    return re.compile(rf"(?<![\w'’‘.-])(?!(?:{small})(?!\w))[^\W\d_A-Z]")


def _titled(word: str) -> bool:
    """ "Leader", not "UN", "McCain", "al" or "2024"."""
    return word[:1].isupper() and word[1:].islower()


class Dictionary:
    """Is a lower-case word one of the language's words? The model's own lemmatizer tables tell, with its
    rules for inflected forms ("criticizes", "bombings"); a word they do not know is likely a name ("Tinubu")."""

    def __init__(self, lookups: Any) -> None:
        self.index: dict[str, frozenset[str]] = {}
        self.exceptions: dict[str, frozenset[str]] = {}
        self.rules: dict[str, list[tuple[str, str]]] = {}
        if lookups is None or not lookups.has_table("lemma_index"):
            return
        index, exc, rules = (lookups.get_table(n, {}) for n in ("lemma_index", "lemma_exc", "lemma_rules"))
        for pos in _LEMMA_POS:
            self.index[pos] = frozenset(index.get(pos, []))
            self.exceptions[pos] = frozenset(exc.get(pos, {}))
            self.rules[pos] = [(old, new) for old, new in rules.get(pos, [])]

    @property
    def empty(self) -> bool:
        return not self.index

    def has(self, word: str, parts: Sequence[str] = _LEMMA_POS) -> bool:
        for pos in parts:
            if word in self.index.get(pos, ()) or word in self.exceptions.get(pos, ()):
                return True
            if any(word.endswith(old) and word[: len(word) - len(old)] + new in self.index[pos]
                   for old, new in self.rules.get(pos, [])):
                return True
        return False


def _lemmatizer_lookups(nlp: Language) -> Any:
    for _, pipe in nlp.pipeline:
        lookups = getattr(pipe, "lookups", None)
        if lookups is not None and lookups.has_table("lemma_index"):
            return lookups
    return None


class TitleCaseCopy:
    """The first component: swaps in a Doc whose title-case lines are in sentence case (see the module doc)."""

    def __init__(self, nlp: Language, path: Path) -> None:
        self.vocab = nlp.vocab
        self.settings = read_settings(path)
        self.ordinary = ordinary_word(self.settings)
        self.lookups = _lemmatizer_lookups(nlp)
        self.model_path: Path | None = nlp.path
        self._dictionary: Dictionary | None = None
        self._trained: frozenset[str] | None = None

    @property
    def dictionary(self) -> Dictionary:
        """Built at the first title line: a report without one pays nothing for it, nor does start-up."""
        if self._dictionary is None:
            self._dictionary = Dictionary(self.lookups)
        return self._dictionary

    @property
    def trained_words(self) -> frozenset[str]:
        """The strings of the model as shipped (its vocabulary from training), read at the first title line: the
        pipeline's own string store grows with every text it reads, so it would answer differently over time."""
        if self._trained is None:
            path = self.model_path / "vocab" / "strings.json" if self.model_path else None
            self._trained = frozenset(json.loads(path.read_text("utf-8"))) if path and path.is_file() else frozenset()
        return self._trained

    def __call__(self, doc: Doc) -> Doc:
        text = text_of(doc)  # kept for the stages, which read it anyway
        lowered: list[int] = []
        for start, end in self.candidate_lines(text):
            line = doc.char_span(start, end, alignment_mode="expand")
            if line is not None and self.is_title_line(line):
                lowered.extend(self.to_lower(line))
        for start, end in _blanked_lines(text):
            line = doc.char_span(start, end, alignment_mode="expand")
            if line is not None:
                lowered.extend(self.blanked_opening(line))
        return self.copy(doc, text, sorted(set(lowered))) if lowered else doc

    def blanked_opening(self, line: Span) -> list[int]:
        """ "14:05 GMT - Protesters gathered ...", its timestamp blanked for the parser (ingest.text.for_parsing): after
        the blank the model takes the entry's capitalised first word for a name ("Protesters", lemma "Protesters"),
        so an ordinary noun there is read in lower case, as at the start of a sentence; not a name, a place, a
        calendar word, a word no dictionary knows, nor the first of two capitalised words ("Riot Police")."""
        words = [t for t in line if not t.is_space]
        if not words or not _titled(words[0].text) or words[0].is_stop or (
                len(words) > 1 and words[1].text[:1].isupper()):
            return []
        tok = words[0]
        if _calendar_word(tok) or not self._known(tok.lower_) or self.dictionary.empty \
                or not self.dictionary.has(tok.lower_, ("noun",)) or self._place(tok.text):
            return []
        if tok.i in self._names(line):
            return []
        return [tok.i]

    def candidate_lines(self, text: str) -> list[tuple[int, int]]:
        """Character spans of the lines with no word in lower case that title case would capitalise."""
        out, start = [], 0
        for line in text.split("\n"):
            end = start + len(line)
            if self.ordinary.search(line) is None and not _CAPS_OPENING.match(line) and any(
                    c.isupper() for c in line):
                out.append((start, end))
            start = end + 1
        return out

    def is_title_line(self, line: Span) -> bool:
        """Most words capitalised, and enough of them in title case: not a line of capitals, not a two-word
        heading."""
        words = [t.text for t in line if t.text[:1].isalpha() and t.lower_ not in self.settings.lower_in_titles
                 and not _after_hyphen(t)]  # "Multi-country", "War-torn": the compound's case is its first word's
        if any(w[0].islower() for w in words):
            return False
        titled = sum(1 for w in words if _titled(w))
        return titled >= self.settings.min_titled and titled >= self.settings.min_titled_share * len(words)

    def to_lower(self, line: Span) -> list[int]:
        """The tokens of a title-case line that the copy writes in lower case; none when no word of the line can
        be a verb: a name or a heading ("Ministry of Foreign Affairs and International Cooperation")."""
        names = self._names(line)
        kept: set[int] = set()
        lower: list[int] = []
        opening = True
        for tok in line:
            if tok.text in _SENTENCE_MARKS:
                opening = True
            if not tok.text[:1].isalpha():
                continue
            if not (opening or _joined_to_capital(tok, lower)) and _titled(tok.text) and not self._keeps_capital(
                    tok, names, kept):
                lower.append(tok.i)
            opening = False
        if not any(self.dictionary.has(line.doc[i].lower_, ("verb",)) for i in lower):
            return []
        return self._titles_before_names(line, lower, kept)

    def _keeps_capital(self, tok: Token, names: dict[int, str], kept: set[int]) -> bool:
        """A name, a calendar word, or a word no dictionary knows keeps its capital; `kept` collects the words
        that may be a person's name (a title before one keeps its capital too)."""
        if tok.i in names:
            if names[tok.i] in _NAME_KINDS:
                kept.add(tok.i)
            return True
        word = tok.lower_
        if _calendar_word(tok):
            return True
        if tok.is_stop:
            return False
        if not self._known(word):
            kept.add(tok.i)
            return True
        return self._place(tok.text)

    def _known(self, word: str) -> bool:
        """A word of the language: the lemmatizer's dictionary knows it, or the model met it in training in some
        case ("ceasefire", "cyberattack" are in no dictionary). Names unknown to both ("Tinubu") are not."""
        return self.dictionary.empty or self.dictionary.has(word) or word in self.trained_words

    def _titles_before_names(self, line: Span, lower: list[int], kept: set[int]) -> list[int]:
        """ "Opposition Leader Jane Doe": a noun that is no verb, just before a name, is part of the name's title
        (sentence case writes it so), as is the noun before that one."""
        out = set(lower)
        for i in range(line.end - 1, line.start, -1):
            if i in kept and i - 1 in out and not self.dictionary.has(line.doc[i - 1].lower_, ("verb",)):
                out.discard(i - 1)
                kept.add(i - 1)
        return sorted(out)

    def _names(self, line: Span) -> dict[int, str]:
        """Token index -> the kind of the knowledge-base name it is part of (countries, people, bodies...)."""
        from flashpoint.actors.kb import load_kb
        from flashpoint.actors.names import name_matcher

        kb = line.doc._.actor_kb if line.doc.has_extension("actor_kb") and line.doc._.actor_kb else load_kb()
        # the line's own words (Span.as_doc copies the arrays of the whole doc: once per line, a cost squared)
        part = Doc(self.vocab, words=[t.text for t in line], spaces=[bool(t.whitespace_) for t in line])
        out: dict[int, str] = {}
        for found in name_matcher(kb, self.vocab)(part, kb):
            entry = found.key.entry
            if entry is None:
                continue
            if found.first == found.last and entry.kind not in _PLACE_KINDS and self.dictionary.has(
                    part[found.first].lower_, ("verb",)):
                continue  # "Ban", "Return": in a line of capitals a one-word name that is a verb is the verb
            for i in range(found.first, found.last + 1):
                out[line.start + i] = entry.kind
        return out

    def _place(self, name: str) -> bool:
        from flashpoint.geo.gazetteer import get_gazetteer

        s = self.settings
        return any(c.primary and (c.feature in s.place_features or (c.population or 0) >= s.place_population)
                   for c in get_gazetteer().lookup(name))

    def copy(self, doc: Doc, text: str, lowered: list[int]) -> Doc:
        """The Doc the model reads: the same tokens and spaces, the title-case lines' words lowered."""
        words = [t.text for t in doc]
        spaces = [bool(t.whitespace_) for t in doc]
        shown = list(words)
        for i in lowered:
            first = words[i][0].lower()
            if len(first) == 1:  # one character for one: the copy keeps every length
                words[i] = first + words[i][1:]
        user_data = {k: v for k, v in doc.user_data.items() if k != _TEXT}
        user_data[_ORIGINAL] = (shown, spaces, text)
        out = Doc(self.vocab, words=words, spaces=spaces, user_data=user_data)
        # the tokenizer's own norms ("n't" -> "not"); spaCy's array type, handed back as it came
        out.from_array([NORM], cast(Any, doc.to_array([NORM])))
        return out


_BLANKED = re.compile(r"(?m)^[ \t]{4,}(?=[A-Z])[^\n]*")  # a line opening on a blanked timestamp or slug


def _blanked_lines(text: str) -> list[tuple[int, int]]:
    """Character spans of the lines that open on a run of blanks before a capital (what ingest.text.for_parsing
    leaves of a live blog's timestamp)."""
    return [(m.start(), m.end()) for m in _BLANKED.finditer(text)]


def _joined_to_capital(tok: Token, lower: list[int]) -> bool:
    """ "North-West": the word after a hyphen keeps the case of the word before it ("cease-fire" goes down
    whole)."""
    return _after_hyphen(tok) and tok.doc[tok.i - 2].text[:1].isupper() and (not lower or lower[-1] != tok.i - 2)


def _after_hyphen(tok: Token) -> bool:
    i = tok.i
    return i > 0 and tok.doc[i - 1].text == "-" and not tok.doc[i - 1].whitespace_ and i > 1 and \
        not tok.doc[i - 2].whitespace_


def _calendar_word(tok: Token) -> bool:
    """Months and weekdays are capitalised in any case ("Friday"), as the time rules know them; a month that is
    also a word ("May", "March") only beside a number ("May 2024", "3 March")."""
    from flashpoint.timex.lexicon import lexicon

    lex = lexicon()
    word = tok.lower_
    if word in lex["weekdays"]:
        return True
    if word not in lex["months"]:
        return False
    if word not in lex["ambiguous_months"]:
        return True
    doc = tok.doc
    return any(0 <= j < len(doc) and doc[j].like_num for j in (tok.i - 1, tok.i + 1))


def restore_words(doc: Doc) -> Doc:
    """The second component: the Doc of the words as given, with the parse of the copy."""
    kept = doc.user_data.get(_ORIGINAL)
    if kept is None:
        return doc
    words, spaces, text = kept
    user_data = {k: v for k, v in doc.user_data.items() if k != _ORIGINAL}
    out = Doc(doc.vocab, words=words, spaces=spaces, user_data=user_data)
    attrs: list[int | str] = list(PARSE_ATTRS)
    out.from_array(attrs, cast(Any, doc.to_array(attrs)))
    out.tensor = doc.tensor
    out.user_data[_TEXT] = text
    return out


@Language.factory("flashpoint_titlecase", default_config={"words": ""})
def make_titlecase_copy(nlp: Language, name: str, words: str) -> TitleCaseCopy:
    return TitleCaseCopy(nlp, Path(words) if words else DEFAULT_WORDS)


@Language.component("flashpoint_titlecase_words")
def titlecase_words(doc: Doc) -> Doc:
    return restore_words(doc)
