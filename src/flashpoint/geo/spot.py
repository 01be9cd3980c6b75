"""Spotting: every span of a report that names a place, and how the text uses the name.

Two spotters run over the parsed report and the longest spans win:
- the curated names (countries, first-level areas, continents, the EU, oceans and seas, the overlay's
  regions and sites, demonyms, and state abbreviations such as "W.Va." and "Calif.") through spaCy
  PhraseMatchers built once per vocabulary from the gazetteer's `curated` table (case-insensitive for
  names, exact for abbreviations, so "US" is a country and "us" a pronoun);
- the GeoNames towns and second-level areas (a table far too large for a PhraseMatcher to be built at
  every start) by probing the gazetteer's key set over runs of capitalised tokens, dotted ones included
  ("St. Louis"), plus a trailing area word ("Poonch district").

Each mention then gets a kind: adjectival (a demonym: "Syrian"), embedded (inside a longer name that is
not itself a place: "Kenya Red Cross", "Mosul University", "the Line of Control"), or literal; metonymic
("Washington said") is decided after resolution, when it is known that the name is a country or capital.
A longer name is never split into lookups of its words: inside one, only curated names and big towns
(which news copy does name organisations after) are reported.
"""

from __future__ import annotations

import unicodedata
from dataclasses import dataclass, field
from functools import cached_property, lru_cache
from importlib import resources
from pathlib import Path
from typing import Any

from spacy.attrs import LOWER
from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc, Span, Token
from spacy.vocab import Vocab

from flashpoint.data import parse_yaml
from flashpoint.geo.gazetteer import Candidate, Gazetteer
from flashpoint.geo.normalize import fold
from flashpoint.nlp import sentences

MAX_SPAN_TOKENS = 6
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
# Words before a name that do not make it a different name ("northern Syria", "Greater Manchester").
DIRECTION_WORDS = frozenset(
    {"north", "south", "east", "west", "northern", "southern", "eastern", "western", "central", "upper", "lower",
     "greater", "northeast", "northwest", "southeast", "southwest", "northeastern", "northwestern",
     "southeastern", "southwestern", "the", "downtown", "rural", "suburban", "metro", "metropolitan"}
)  # fmt: skip
PLACE_LABELS = frozenset({"GPE", "LOC"})


@lru_cache(maxsize=1)
def words() -> dict[str, Any]:
    """data/words.yaml: organisation words, metonymy verbs, administrative-area words."""
    text = (resources.files("flashpoint.geo") / "data" / "words.yaml").read_text(encoding="utf-8")
    data: dict[str, Any] = parse_yaml(text, words=True)
    return data


def admin_suffixes() -> dict[str, int]:
    suffixes: dict[str, int] = words()["admin_suffixes"]
    return suffixes


@dataclass
class Mention:
    """A spotted span and what it may denote."""

    span: Span
    candidates: list[Candidate]
    source: str = "table"  # curated, table, demonym, abbreviation, border
    kind: str = "literal"  # literal, adjectival, metonymic, embedded
    countries: tuple[str, ...] = ()  # for borders
    qualifier: Mention | None = None  # the "Y" of "X, Y" and "X (Y)"
    chosen: Candidate | None = None
    container: Span | None = None  # the longer name an embedded mention sits in
    where: str = "any"  # for abbreviations: "any" or "qualifier"
    dateline: bool = False
    extras: dict[str, str] = field(default_factory=dict)

    @cached_property
    def key(self) -> str:
        return fold(self.span.text)

    @cached_property
    def suffix(self) -> Token | None:
        """The area word after the name ("Kherson region", "Poonch district"), if any."""
        doc, end = self.span.doc, self.span.end
        return doc[end] if end < len(doc) and doc[end].lower_ in admin_suffixes() else None


# ---------------------------------------------------------------- the curated names


def _ascii(text: str) -> str:
    return "".join(ch for ch in unicodedata.normalize("NFKD", text) if not unicodedata.combining(ch))


def _variants(surface: str) -> set[str]:
    """The ways copy writes a curated name: as listed, without accents, with either apostrophe."""
    out = {surface, _ascii(surface)}
    out |= {v.replace("'", "’") for v in out} | {v.replace("’", "'") for v in out}
    return out


Pattern = tuple[str, bool, tuple[str, ...]]  # (label, exact, words)


def _patterns(gaz: Gazetteer) -> dict[str, list[Pattern]]:
    """Every curated spelling as words, by its first word (lower case for names, as written for exact ones).

    Tokenizing some 20,000 spellings takes seconds, so the result is kept in the cache folder, keyed on the
    gazetteer's inputs and this code."""
    from spacy.lang.en import English

    tokenizer: Any = English().tokenizer  # the pipeline's own tokenization rules
    by_label: dict[tuple[str, bool], set[str]] = {}
    for surface, key, how in gaz.curated():
        # abbreviations, and acronyms such as "ACT" or "DRC", only as written ("Act" is a word)
        exact = how.startswith("abbrev") or (surface.isupper() and len(surface) <= 5)
        label = f"{how}|{surface if exact else key}"
        by_label.setdefault((label, exact), set()).update({surface} if exact else _variants(surface))
    out: dict[str, list[Pattern]] = {}
    for (label, exact), forms in by_label.items():
        sequences = [tuple(t.text for t in doc) for doc in tokenizer.pipe(sorted(forms))]
        if exact:  # "W.Va" "." where the abbreviation ends a sentence
            sequences += [(f[:-1], ".") for f in forms if f.endswith(".") and len(f) > 2]
        for words in sequences:
            if words:
                first = words[0] if exact else words[0].lower()
                out.setdefault(first, []).append((label, exact, words))
    return out


class _Matchers:
    """The PhraseMatchers over the curated names, for documents of one vocabulary.

    A name is added to the matchers the first time a report holds its first word: a process that reads
    one report builds the few patterns it can meet, not 20,000 (a second of work at every start)."""

    def __init__(self, vocab: Vocab, gaz: Gazetteer) -> None:
        from flashpoint.data import cached
        from flashpoint.geo.gazetteer import index_path

        self.names = PhraseMatcher(vocab, attr="LOWER")
        self.exact = PhraseMatcher(vocab, attr="ORTH")
        # keyed on the index's name (a hash of its inputs) and this code, not on the index's 50 MB of bytes
        self.by_first = cached(f"geo-curated-patterns-{index_path().stem}", [Path(__file__)], lambda: _patterns(gaz))
        self.seen: set[str] = set()
        # Patterns live in a vocabulary of their own that computes only the lower-case form: the matchers
        # compare hashes of the text, and full lexemes cost more than the rest of the work.
        self.pattern_vocab = Vocab(lex_attr_getters={LOWER: str.lower})

    def ready_for(self, doc: Doc) -> None:
        texts, lowers, _ = token_strings(doc)
        new = ({*texts, *lowers} - self.seen) & self.by_first.keys()
        self.seen.update(new)
        added: dict[tuple[str, bool], list[Doc]] = {}
        for first in new:
            for label, exact, words in self.by_first[first]:
                added.setdefault((label, exact), []).append(Doc(self.pattern_vocab, words=list(words)))
        for (label, exact), patterns in added.items():
            (self.exact if exact else self.names).add(label, patterns)


_MATCHERS: dict[int, tuple[Vocab, _Matchers]] = {}


def _matchers(vocab: Vocab, gaz: Gazetteer) -> _Matchers:
    """Made on first use for each vocabulary, then reused (and grown as reports need more names)."""
    hit = _MATCHERS.get(id(vocab))
    if hit is None or hit[0] is not vocab:
        hit = (vocab, _Matchers(vocab, gaz))
        _MATCHERS[id(vocab)] = hit
    return hit[1]


def _curated_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    m = _matchers(doc.vocab, gaz)
    m.ready_for(doc)
    strings = doc.vocab.strings
    found = []
    for match_id, start, end in [*m.names(doc), *m.exact(doc)]:
        how, _, value = strings[match_id].partition("|")
        span = doc[start:end]
        if how.startswith("abbrev"):
            hit = gaz.abbreviation(value)
            if hit is not None:
                found.append(Mention(span, [hit[0]], source="abbreviation", where=hit[1].split(":")[-1]))
            continue
        if not span.text[:1].isupper():
            continue  # "turkey", "china": a name is capitalised
        if how == "demonym":
            place = gaz.demonym_place(value)
            if place is not None:
                found.append(Mention(span, [place], source="demonym", kind="adjectival", chosen=place))
        else:
            found.append(Mention(span, gaz.lookup(value), source="curated"))
    return found


# ---------------------------------------------------------------- the GeoNames table


def _name_token(text: str) -> bool:
    """A word a place name can start with: capitalised letters, dots allowed ("St.", "Ft.")."""
    return text[:1].isupper() and text.replace(".", "").replace("'", "").isalpha()


def _sentence_ends(doc: Doc) -> list[int]:
    """The end of each token's sentence."""
    ends = [len(doc)] * len(doc)
    for sent in sentences(doc):
        ends[sent.start : sent.end] = [sent.end] * len(sent)
    return ends


def token_strings(doc: Doc) -> tuple[list[str], list[str], list[str]]:
    """Every token's text, lower-case form and trailing whitespace, read once per doc (spaCy builds a
    Token object on every `doc[i]` and every step of `for t in doc`)."""
    cached: tuple[list[str], list[str], list[str]] | None = doc.user_data.get("flashpoint_token_strings")
    if cached is None:
        triples = [(t.text, t.lower_, t.whitespace_) for t in doc]
        cached = ([x[0] for x in triples], [x[1] for x in triples], [x[2] for x in triples])
        doc.user_data["flashpoint_token_strings"] = cached
    return cached


def _table_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """Longest keys of the gazetteer over capitalised token runs."""
    texts, lowers, spaces = token_strings(doc)
    starts = [_name_token(t) for t in texts]
    caps = [t[:1].isupper() for t in texts]
    suffixes = admin_suffixes()
    sent_ends = _sentence_ends(doc) if any(starts) else []
    found: list[Mention] = []
    for i in range(len(doc)):
        if not starts[i]:
            continue
        first_ok = gaz.has_first_word(fold(texts[i]))
        end = min(i + MAX_SPAN_TOKENS, sent_ends[i])
        for j in range(end, i, -1):
            if j - i > 1 and (not first_ok or not (caps[j - 1] or lowers[j - 1] in suffixes)):
                continue
            if j - i == 1 and gaz.demonym(texts[i]):
                continue  # a demonym alone is never a town's name ("Armenian" is not the village of Armenian)
            key = fold("".join(texts[k] + spaces[k] for k in range(i, j)))  # the span's text, without a Span
            if gaz.has_key(key):
                found.append(Mention(doc[i:j], gaz.lookup(key), source="table"))
                break
    return found


# ---------------------------------------------------------------- borders


def _country_code(word: str, gaz: Gazetteer) -> str | None:
    code = gaz.demonym(word)
    if code:
        return code
    c = gaz.country(word) if word[:1].isupper() and len(word) > 3 else None
    return c.country if c else None


def _border_mentions(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """'the Armenian-Azerbaijani border', 'the Russia-Ukraine border'."""
    found = []
    lowers = token_strings(doc)[1]
    for i, lower in enumerate(lowers):
        if lower not in BORDER_WORDS or i < 3:
            continue
        a, dash, b = doc[i - 3], doc[i - 2], doc[i - 1]
        if dash.text not in {"-", "–", "—"}:
            continue
        ca, cb = _country_code(a.text, gaz), _country_code(b.text, gaz)
        if ca and cb and ca != cb:
            start = a.i - 1 if a.i > 0 and doc[a.i - 1].lower_ == "the" else a.i
            found.append(Mention(doc[start : i + 1], [], source="border", countries=(ca, cb)))
    return found


# ---------------------------------------------------------------- kinds


def _core(ent: Span) -> Span:
    """An entity without its leading function and direction words ("the Line of Control" -> "Line of Control")."""
    start = ent.start
    while start < ent.end - 1 and ent.doc[start].lower_ in DIRECTION_WORDS:
        start += 1
    return ent.doc[start : ent.end]


def _is_list(ent: Span) -> bool:
    """ "Mykolaiv and Odesa", "Alexandria, Louisiana", "the Sahel from Timbuktu to Gao": names side by
    side, not one longer name."""
    return any(t.lower_ in {"and", ",", "(", "or", "&", "from", "to", "in", "near", "between"} for t in ent)


def _container(m: Mention, ents: dict[int, Span]) -> Span | None:
    """The longer name the mention sits in, if it sits in one that is not a place itself."""
    span, doc = m.span, m.span.doc
    ent = ents.get(span.start)
    if ent is not None and not _is_list(ent):
        core = _core(ent)
        extra = [t for t in core if not (span.start <= t.i < span.end)]
        only_area_words = all(t.lower_ in admin_suffixes() or not t.text[:1].isupper() for t in extra)
        if extra and not (ent.label_ in PLACE_LABELS and only_area_words):
            return core
    org = words()["organisation_words"]
    # "the Islamic State West Africa Province", "Islamic State Sahel": a place that goes on a capitalised name
    # ending in one of these words names a branch, no place
    before = span.start - 1
    while before > span.start - 3 and before > 0 and doc[before].text[:1].isupper() and not doc[before].is_sent_start:
        if doc[before].lower_ in words()["name_leaders"] and doc[before - 1].text[:1].isupper():
            return doc[before - 1 : span.end]
        before -= 1
    nxt = span.end
    while nxt < len(doc) and doc[nxt].text[:1].isupper() and doc[nxt].lower_ not in admin_suffixes():
        if doc[nxt].lower_ in org:  # "Mosul University", "Kenya Red Cross" where the NER saw no name
            return doc[span.start : nxt + 1]
        nxt += 1
    return None


def entity_index(doc: Doc) -> dict[int, Span]:
    """The NER entity each token is in, by token index."""
    return {i: ent for ent in doc.ents for i in range(ent.start, ent.end)}


def classify(mentions: list[Mention], ents: dict[int, Span]) -> None:
    """Set each mention's kind: adjectival for demonyms, embedded inside a longer name, else literal."""
    for m in mentions:
        if m.source == "demonym":
            m.kind = "adjectival"
            continue
        if m.source in {"border", "abbreviation"}:
            continue
        container = _container(m, ents)
        if container is not None:
            m.kind, m.container = "embedded", container


# ---------------------------------------------------------------- all together


def _longest_first(found: list[Mention]) -> list[Mention]:
    """Non-overlapping mentions, longer spans first; on a tie curated spellings win."""
    rank = {"border": 0, "abbreviation": 1, "curated": 2, "demonym": 3, "table": 4}
    found = sorted(found, key=lambda m: (-(m.span.end_char - m.span.start_char), rank[m.source], m.span.start))
    taken: set[int] = set()
    kept = []
    for m in found:
        tokens = set(range(m.span.start, m.span.end))
        if tokens & taken:
            continue
        taken |= tokens
        kept.append(m)
    return sorted(kept, key=lambda m: m.span.start)


def spot(doc: Doc, gaz: Gazetteer, ents: dict[int, Span] | None = None) -> list[Mention]:
    """Every place mention of the report, with its kind and its candidate places."""
    found = _border_mentions(doc, gaz) + _curated_mentions(doc, gaz) + _table_mentions(doc, gaz)
    mentions = _longest_first([m for m in found if m.candidates or m.source == "border"])
    classify(mentions, entity_index(doc) if ents is None else ents)
    return mentions
