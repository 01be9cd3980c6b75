"""Find every place mention in a parsed report and resolve it with the report's own context.

Three steps:
1. spot: spans the gazetteer knows (whatever label the NER gave them, since the small English model
   calls "Yerevan" a person and "Armenia" an organisation), demonyms that denote a place
   ("Armenian positions"), and borders ("the Armenian-Azerbaijani border");
2. keep: a known name is a place only where it reads like one (guards against "Price", "Hope");
3. resolve: countries, capitals and demonyms of the report vote for a country prior; each name
   then takes its best candidate by feature type, population, the prior, proximity to the report's
   other places and "X, Y" qualifiers ("Alexandria, Louisiana").
"""

from __future__ import annotations

import math
from collections import Counter
from dataclasses import dataclass, field
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from flashpoint.geo.gazetteer import Candidate, Gazetteer, get_gazetteer, haversine_km
from flashpoint.geo.normalize import fold
from flashpoint.model import Place
from flashpoint.nlp import sent_of, text_of

MAX_SPAN_TOKENS = 6
# Words after a demonym that make it a place ("Armenian positions"), not a nationality ("Armenian troops").
PLACE_NOUNS = frozenset(
    {
        "position", "positions", "territory", "territories", "side", "soil", "airspace", "village",
        "villages", "town", "towns", "city", "cities", "region", "regions", "border", "borders", "frontier",
        "land", "lands", "coast", "coastline", "waters", "settlement", "settlements", "district",
        "districts", "province", "provinces", "outpost", "outposts", "port", "ports", "capital", "mainland",
        "countryside", "checkpoint", "checkpoints", "highway",
    }
)  # fmt: skip
ADMIN_SUFFIXES = frozenset(
    {
        "region", "province", "oblast", "governorate", "state", "district", "county", "prefecture",
    }
)  # fmt: skip
BORDER_WORDS = frozenset({"border", "frontier", "boundary"})
LOCATIVE_PREPS = frozenset(
    {
        "in", "near", "at", "outside", "across", "inside", "around", "along", "into", "toward", "towards",
        "within", "off", "over", "between", "throughout", "from", "to", "through",
    }
)  # fmt: skip
# Bonuses in the candidate score; see _score.
# A capital outranks a region of the same name ("Washington"), a country outranks both ("Kuwait").
FEATURE_SCORE = {"country": 10.0, "region": 9.0, "water": 9.0, "site": 9.0, "admin1": 4.0, "capital": 5.0}
STRONG_FEATURES = frozenset({"country", "region", "water", "site", "admin1", "capital"})
STRONG_POPULATION = 50_000


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Words that are place names somewhere but, capitalised in news copy, almost never mean one."""
    text = (resources.files("flashpoint.geo") / "data" / "stoplist.txt").read_text(encoding="utf-8")
    return frozenset(
        fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


@dataclass
class Mention:
    """A spotted span and what it may denote."""

    span: Span
    candidates: list[Candidate]
    kind: str = "name"  # name, demonym, border, admin
    countries: tuple[str, ...] = ()  # for demonyms and borders
    qualifier: Mention | None = None  # the "Y" of "X, Y"
    chosen: Candidate | None = None
    extras: dict[str, str] = field(default_factory=dict)

    @property
    def key(self) -> str:
        return fold(self.span.text)


# ---------------------------------------------------------------- spotting


def _ent_of(doc: Doc) -> dict[int, Span]:
    return {t.i: ent for ent in doc.ents for t in ent}


def _capitalised(tok: Token) -> bool:
    return tok.text[:1].isupper()


def _common_word(tok: Token, lower_words: set[str]) -> bool:
    """A capitalised word that the report also writes in lower case is a word, not a name."""
    return tok.lower_ in lower_words or fold(tok.text) in stoplist()


def _spot_borders(doc: Doc, gaz: Gazetteer) -> list[Mention]:
    """'the Armenian-Azerbaijani border', 'the Russia-Ukraine border'."""
    found = []
    for tok in doc:
        if tok.lower_ not in BORDER_WORDS or tok.i < 3:
            continue
        a, dash, b = doc[tok.i - 3], doc[tok.i - 2], doc[tok.i - 1]
        if dash.text not in {"-", "–", "—"}:
            continue
        ca, cb = _country_code(a.text, gaz), _country_code(b.text, gaz)
        if ca and cb and ca != cb:
            start = a.i - 1 if a.i > 0 and doc[a.i - 1].lower_ == "the" else a.i
            found.append(Mention(doc[start : tok.i + 1], [], kind="border", countries=(ca, cb)))
    return found


def _country_code(word: str, gaz: Gazetteer) -> str | None:
    code = gaz.demonym(word)
    if code:
        return code
    c = gaz.country(word) if word[:1].isupper() and len(word) > 3 else None
    return c.country if c else None


def _spot_names(doc: Doc, gaz: Gazetteer, taken: set[int]) -> list[Mention]:
    """Longest gazetteer matches over capitalised token runs."""
    # Token attributes are read once into lists: spaCy builds a Token object on every `doc[i]`.
    texts = [t.text for t in doc]
    caps = [t[:1].isupper() for t in texts]
    alpha = [t.is_alpha for t in doc]
    found: list[Mention] = []
    i = 0
    while i < len(doc):
        if i in taken or not caps[i] or not alpha[i]:
            i += 1
            continue
        match_end = _longest_match(doc, gaz, taken, texts, caps, i)
        if match_end is None:
            i += 1
            continue
        match = doc[i:match_end]
        found.append(Mention(match, gaz.lookup(match.text)))
        i = match_end
    return found


def _longest_match(doc: Doc, gaz: Gazetteer, taken: set[int], texts: list[str], caps: list[bool], i: int
                   ) -> int | None:
    """The end of the longest gazetteer name starting at token i, within its sentence."""
    sent_end = sent_of(doc[i]).end
    first_ok = gaz.has_first_word(fold(texts[i]))
    for j in range(min(i + MAX_SPAN_TOKENS, sent_end), i, -1):
        if not (caps[j - 1] or j - 1 == i) or any(k in taken for k in range(i, j)):
            continue
        if j - i > 1 and not first_ok:
            continue
        if j - i == 1 and gaz.demonym(texts[i]):
            continue
        if gaz.has_key(fold(doc[i:j].text)):
            return j
    return None


def _spot_demonyms(doc: Doc, gaz: Gazetteer, taken: set[int]) -> tuple[list[Mention], Counter[str]]:
    """Demonyms: every one votes for its country; those before a place noun are place mentions."""
    votes: Counter[str] = Counter()
    found = []
    for tok in doc:
        if tok.i in taken or not _capitalised(tok):
            continue
        code = gaz.demonym(tok.text)
        if not code:
            continue
        votes[code] += 1
        nxt = doc[tok.i + 1] if tok.i + 1 < len(doc) else None
        if nxt is not None and nxt.lower_ in PLACE_NOUNS:
            country = gaz.country(code)
            if country is not None:
                found.append(Mention(doc[tok.i : tok.i + 1], [country], kind="demonym", chosen=country))
    return found, votes


# ---------------------------------------------------------------- keeping


def _locative_before(span: Span) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in {"the", "of"}:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in LOCATIVE_PREPS


def _strong(c: Candidate) -> bool:
    return c.feature in STRONG_FEATURES or c.population >= STRONG_POPULATION


def _keep(
    m: Mention, ents: dict[int, Span], lower_words: set[str], surnames: set[str], prior: Counter[str]
) -> bool:
    """Is this gazetteer match a place mention here?"""
    span = m.span
    ent = ents.get(span.start)
    core = ent[1:] if ent is not None and len(ent) > 1 and ent[0].lower_ == "the" else ent
    inside_longer = core is not None and (core.start < span.start or core.end > span.end)
    # a list the model took for one name ("Mykolaiv and Odesa" as an ORG) is not a longer name
    is_list = ent is not None and any(t.lower_ in {"and", ","} for t in ent)
    if inside_longer and ent.label_ not in {"GPE", "LOC", "FAC"} and not is_list:
        # part of a longer name: "Ned Price", "Yerevan State University"; a longer GPE is fine
        return False
    if len(m.key) <= 3 and not span.text.replace(".", "").isupper():
        return False
    if len(span) == 1 and _common_word(span[0], lower_words):
        return ent is not None and ent.label_ in {"GPE", "LOC"} and fold(span.text) not in stoplist()
    label = ent.label_ if core is not None and core.start == span.start and core.end == span.end else None
    if label in {"GPE", "LOC", "FAC"}:
        return True
    if label == "PERSON" and (span.text in surnames or not any(c.feature in STRONG_FEATURES for c in m.candidates)):
        # "Wad Madani" is a town the model calls a person; "Jackson", after "Jesse Jackson", is a person
        if span.text in surnames:
            return False
        return _locative_before(span) or any(prior.get(c.country or "", 0) or _strong(c) for c in m.candidates)
    if any(_strong(c) and (c.primary or c.population >= STRONG_POPULATION) for c in m.candidates):
        return True
    if _locative_before(span) or m.qualifier is not None:
        return True
    return any(prior.get(c.country or "", 0) for c in m.candidates if c.primary)


def _link_qualifiers(mentions: list[Mention]) -> None:
    """'Alexandria, Louisiana': the second name narrows the first."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        doc = a.span.doc
        adjacent = b.span.start == a.span.end + 1 and doc[a.span.end].text == ","
        if adjacent and any(c.feature in {"country", "admin1"} for c in b.candidates):
            a.qualifier = b


# ---------------------------------------------------------------- resolving


def _fits(c: Candidate, q: Mention) -> bool:
    return any(
        (x.feature == "country" and c.country == x.country)
        or (x.feature == "admin1" and c.admin1_code is not None and c.admin1_code == x.admin1_code)
        or (x.feature == "admin1" and x.admin1_code is None and c.country == x.country)
        for x in q.candidates
    )


def _score(c: Candidate, prior: Counter[str], admin_prior: Counter[str], anchors: list[Candidate]) -> float:
    total = sum(prior.values()) or 1
    s = FEATURE_SCORE.get(c.feature, 0.0) + 0.6 * math.log10(c.population + 1)
    s += 2.5 if c.primary else 0.0
    share = prior.get(c.country or "", 0) / total
    s += (2.0 + 6.0 * share) if share else 0.0
    if c.admin1_code and admin_prior.get(c.admin1_code):
        s += 4.0
    if c.feature in {"city", "capital"} and any(
        haversine_km(c.lat, c.lon, a.lat, a.lon) < 250 for a in anchors if a.id != c.id
    ):
        s += 2.0
    return s


def _choose(m: Mention, prior: Counter[str], admin_prior: Counter[str], anchors: list[Candidate]) -> Candidate:
    cands = m.candidates
    if m.qualifier is not None:
        cands = [c for c in cands if _fits(c, m.qualifier)] or cands
    best = max(cands, key=lambda c: _score(c, prior, admin_prior, anchors))
    if best.feature == "admin1" and _admin_suffix_word(m) is None:
        return _dominant_city(best, cands) or best
    return best


def _dominant_city(region: Candidate, cands: list[Candidate]) -> Candidate | None:
    """A region sharing its name with the city that dominates it means the city ("New York"),
    unless the text says "state" or "province"."""
    for c in cands:
        same_region = c.feature in {"city", "capital"} and c.admin1_code == region.admin1_code
        if same_region and c.population >= 0.2 * region.population:
            return c
    return None


def _admin_suffix_word(m: Mention) -> Token | None:
    end = m.span.end
    doc = m.span.doc
    return doc[end] if end < len(doc) and doc[end].lower_ in ADMIN_SUFFIXES else None


def _votes(mentions: list[Mention]) -> tuple[Counter[str], Counter[str], list[Candidate]]:
    """Country and region votes, and point anchors, from resolved mentions (one per distinct name)."""
    prior: Counter[str] = Counter()
    admin: Counter[str] = Counter()
    anchors: list[Candidate] = []
    seen: set[str] = set()
    for m in mentions:
        c = m.chosen
        if c is None or m.key in seen:
            continue
        seen.add(m.key)
        if c.country:
            prior[c.country] += 2 if c.feature in {"country", "capital"} else 1
        if c.admin1_code and c.feature in {"admin1", "city", "capital"}:
            admin[c.admin1_code] += 1
        if c.feature in {"city", "capital"}:
            anchors.append(c)
    return prior, admin, anchors


def _resolve(mentions: list[Mention], demonym_votes: Counter[str]) -> None:
    names = [m for m in mentions if m.kind == "name"]
    # pass 1: names resolved on their own merits, then again with the votes of the whole report
    for m in names:
        m.chosen = _choose(m, demonym_votes, Counter(), [])
    for _ in range(2):
        prior, admin, anchors = _votes(names)
        prior.update(demonym_votes)
        by_key: dict[str, Candidate] = {}
        for m in names:
            if m.key not in by_key:
                own = Counter({m.chosen.country: 1}) if m.chosen and m.chosen.country else Counter()
                by_key[m.key] = _choose(m, prior - own, admin, anchors)
            m.chosen = by_key[m.key] if m.qualifier is None else _choose(m, prior, admin, anchors)


# ---------------------------------------------------------------- output


def _admin_suffix(m: Mention) -> Token | None:
    """'Kherson region': the region around the town the name belongs to."""
    if m.chosen is not None and m.chosen.feature in {"city", "capital"}:
        return _admin_suffix_word(m)
    return None


def _to_place(m: Mention, gaz: Gazetteer, article_id: str | None) -> Place | None:
    span = m.span
    if m.kind == "border":
        point = gaz.border_point(*m.countries)
        if point is None:
            return None
        names = [gaz.country(code) for code in m.countries]
        label = "–".join(n.name if n else code for n, code in zip(names, m.countries, strict=True))
        return Place(text=span.text, name=f"{label} border", country=m.countries[0], lat=point[0],
                     lon=point[1], precision="border", feature="border", start=span.start_char,
                     end=span.end_char, article=article_id)  # fmt: skip
    c = m.chosen
    if c is None:
        return None
    suffix = _admin_suffix(m)
    if suffix is not None and c.admin1_code and (pt := gaz.admin1_point(c.admin1_code)):
        end = suffix.idx + len(suffix.text)
        return Place(text=text_of(span.doc)[span.start_char : end], name=c.admin1 or c.name,
                     country=c.country, admin1=c.admin1, lat=pt[0], lon=pt[1], precision="admin1",
                     feature="admin1", start=span.start_char, end=end, article=article_id)  # fmt: skip
    return Place(text=span.text, name=c.name, country=c.country, admin1=c.admin1, lat=round(c.lat, 5),
                 lon=round(c.lon, 5), precision=c.precision, geonames_id=c.geonames_id,
                 feature="demonym" if m.kind == "demonym" else c.feature, start=span.start_char,
                 end=span.end_char, article=article_id)  # fmt: skip


def find_places(doc: Doc, article_id: str | None = None) -> list[Place]:
    """Every place mention in the doc, sorted by start, non-overlapping, resolved with document context."""
    gaz = get_gazetteer()
    ents = _ent_of(doc)
    lower_words = {t.lower_ for t in doc if t.is_alpha and t.text.islower()}
    borders = _spot_borders(doc, gaz)
    taken = {i for m in borders for i in range(m.span.start, m.span.end)}
    # a demonym alone is never a town's name ("Armenian" is not the village of Armenian)
    names = [m for m in _spot_names(doc, gaz, taken) if m.candidates]
    taken |= {i for m in names for i in range(m.span.start, m.span.end)}
    demonyms, votes = _spot_demonyms(doc, gaz, taken)
    _link_qualifiers(names)
    # countries and capitals vouch for small towns of their country before anything is resolved
    first_prior = votes + Counter(
        m.candidates[0].country
        for m in names
        if m.candidates[0].feature in {"country", "capital"} and m.candidates[0].country
    )
    surnames = {e[-1].text for e in doc.ents if e.label_ == "PERSON" and len(e) > 1}
    names = [m for m in names if _keep(m, ents, lower_words, surnames, first_prior)]
    _resolve(names, votes)
    places = [p for m in borders + demonyms + names if (p := _to_place(m, gaz, article_id)) is not None]
    return sorted(places, key=lambda p: p.start or 0)
