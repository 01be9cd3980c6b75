"""Find every place mention in a parsed report and resolve it with the report's own context.

Three steps:
1. spot (geo/spot.py): curated names, demonyms and abbreviations with PhraseMatchers, GeoNames towns and
   counties through the key set, borders; each mention with its kind (literal, adjectival, embedded);
2. keep: a known name is a place only where it reads like one (guards against "Price", "Hope"); inside a
   longer name only curated names and big towns are kept; an abbreviation such as "Mo." only as the
   "Y" of "Town, Y" or in a dateline;
3. resolve: the dateline, the countries and areas the report names, its demonyms, "X, Y" and "X (Y)"
   qualifiers, area words ("Kherson region", "Poonch district", "Kanawha County"), nearness to the
   report's other towns, feature class and population rank each name's candidates; then a country or
   capital that says or decides something ("Washington said") is marked metonymic.
"""

from __future__ import annotations

import math
from collections import Counter
from functools import lru_cache
from importlib import resources

from spacy.tokens import Doc, Span, Token

from flashpoint.geo.countries import neighbours
from flashpoint.geo.gazetteer import Candidate, Gazetteer, get_gazetteer, haversine_km
from flashpoint.geo.normalize import fold
from flashpoint.geo.spot import DIRECTION_WORDS, Mention, admin_suffixes, entity_index, spot, token_strings, words
from flashpoint.model import Place

LOCATIVE_PREPS = frozenset(
    {
        "in", "near", "at", "outside", "across", "inside", "around", "along", "into", "toward", "towards",
        "within", "off", "over", "between", "throughout", "from", "to", "through",
    }
)  # fmt: skip
# Bonuses in the candidate score; see _score.
# A capital outranks a region of the same name ("Washington"), a country outranks both ("Kuwait"); a
# continent or the EU outranks any town ("Africa", "EU"); a county loses to its town unless the text
# says "County" or "district".
FEATURE_SCORE = {
    "continent": 14.0, "union": 14.0, "country": 10.0, "region": 9.0, "water": 9.0, "site": 9.0, "admin1": 4.0,
    "capital": 5.0, "admin2": -2.0,
}  # fmt: skip
# A name that is a country's, a continent's, the EU's or a sea's means it unless the text qualifies it:
# towns called China (Japan), Canada (Mexico), Pacific (Missouri) or Africa (Tunisia) never win on context.
SOVEREIGN_FEATURES = frozenset({"country", "continent", "union", "water"})
STRONG_FEATURES = frozenset({"country", "region", "water", "site", "admin1", "capital", "continent", "union"})
STRONG_POPULATION = 50_000
# An alternate name ("Kiev", "Misrata") counts on its own only for a town of some size.
ALIAS_POPULATION = 50_000
# The smallest town that organisations are named after often enough to report it inside a longer name.
EMBEDDED_POPULATION = 100_000
METONYMIC_FEATURES = frozenset({"country", "capital", "admin1"})
DATELINE_MARKS = frozenset({"(", "—", "–", "-", "--", "_", ":"})


@lru_cache(maxsize=1)
def stoplist() -> frozenset[str]:
    """Words that are place names somewhere but, capitalised in news copy, almost never mean one."""
    text = (resources.files("flashpoint.geo") / "data" / "stoplist.txt").read_text(encoding="utf-8")
    return frozenset(
        fold(line) for line in text.splitlines() if line.strip() and not line.startswith("#")
    )


# ---------------------------------------------------------------- keeping


def _common_word(tok: Token, lower_words: set[str]) -> bool:
    """A capitalised word that the report also writes in lower case is a word, not a name."""
    return tok.lower_ in lower_words or fold(tok.text) in stoplist()


def _locative_before(span: Span) -> bool:
    i = span.start - 1
    while i >= 0 and span.doc[i].lower_ in {"the", "of"}:
        i -= 1
    return i >= 0 and span.doc[i].lower_ in LOCATIVE_PREPS


def _strong(c: Candidate) -> bool:
    return c.feature in STRONG_FEATURES or c.population >= STRONG_POPULATION


def _keep_embedded(m: Mention, ents: dict[int, Span]) -> bool:
    """Inside a longer name only a curated name or a big town is reported ("Kenya Red Cross", "Mosul
    University"); a person's name is not an organisation ("Jesse Jackson", "Paris Hilton")."""
    container = m.container
    assert container is not None
    ent = ents.get(container.start)
    if ent is not None and ent.label_ == "PERSON" and not any(t.lower_ in words()["organisation_words"]
                                                              for t in container):
        return False
    if len(m.span) > 1 and m.span[-1].lower_ in admin_suffixes():
        return True  # "the Laurel County Detention Center": an area named as one
    big = [c for c in m.candidates if c.population >= EMBEDDED_POPULATION or c.feature == "capital"]
    if m.source == "curated" and any(
        c.feature in STRONG_FEATURES - {"capital", "admin1"} or (c.feature == "admin1" and c in big)
        for c in m.candidates
    ):
        return True
    return any(c.primary and c.feature in {"city", "capital"} for c in big)


def _keep(m: Mention, ents: dict[int, Span], lower_words: set[str], people: _People, prior: Counter[str]) -> bool:
    """Is this gazetteer match a place mention here?"""
    if m.span.end < len(m.span.doc) and m.span.doc[m.span.end].lower_ in words()["disease_words"]:
        return False  # "West Nile virus", "Lassa fever", "Spanish flu"
    if m.source in {"demonym", "border"}:
        return True
    if m.source == "abbreviation":
        return m.where == "any" or "qualifies" in m.extras or m.dateline
    if m.kind == "embedded":
        return _keep_embedded(m, ents)
    span = m.span
    ent = ents.get(span.start)
    core = ent[1:] if ent is not None and len(ent) > 1 and ent[0].lower_ == "the" else ent
    label = ent.label_ if ent is not None and core is not None and (core.start, core.end) == (span.start, span.end) \
        else None
    if len(m.key) <= 3 and not _short_name_ok(m, label):
        return False
    if len(span) > 1 and m.source != "curated" and fold(span.text) in {fold(w) for w in words()["compass_regions"]}:
        return False  # "the North East" of Nigeria is no small town in Pennsylvania
    if len(span) == 1 and _common_word(span[0], lower_words):
        return ent is not None and ent.label_ in {"GPE", "LOC"} and fold(span.text) not in stoplist()
    if label in {"GPE", "LOC", "FAC"}:
        return True
    if len(span) > 1 and span[-1].lower_ in admin_suffixes() and any(_strong(c) for c in m.candidates):
        return True  # "eastern Congo's Ituri province": an area named as one, whatever the NER made of it
    if m.dateline and span.text.isupper() and any(_strong(c) for c in m.candidates):
        return True  # "BAKU, Sept 15 -": a wire dateline in capitals, which the parser often takes for a noun
    if len(span) == 1 and _looks_like_a_word_or_person(span[0], label, people, m.source == "table"):
        return False
    if label == "PERSON" and not any(c.feature in STRONG_FEATURES for c in m.candidates):
        # "Wad Madani" is a town the model calls a person
        return _locative_before(span) or any(prior.get(c.country or "", 0) or _strong(c) for c in m.candidates)
    if any(_strong(c) and (c.primary or c.population >= ALIAS_POPULATION) for c in m.candidates):
        return True
    if _locative_before(span) or m.qualifier is not None or m.dateline:
        return True
    return label != "ORG" and any(prior.get(c.country or "", 0) for c in m.candidates if c.primary)


def _short_name_ok(m: Mention, label: str | None) -> bool:
    """ "D", "BA", "Ely": a name of three letters or fewer is a place only as a known acronym ("UK") or a
    curated name or a name the NER calls a place ("Gao", "Hue")."""
    if m.span.text.replace(".", "").isupper():
        return m.source == "curated" or label == "GPE"
    return label in {"GPE", "LOC"} or (m.source == "curated" and any(c.primary and _strong(c) for c in m.candidates))


class _People:
    """The words of the report's person names ("Andrew Brunson", "Vladimir Putin")."""

    def __init__(self, doc: Doc) -> None:
        persons = [e for e in doc.ents if e.label_ == "PERSON" and len(e) > 1 and not _headline(e.sent)]
        self.surnames = {e[-1].text for e in persons}
        self.words = {t.text for e in persons for t in e}


def _headline(sent: Span) -> bool:
    """ "After Aleppo Cease-Fire, Rebel and Civilian Pullout Delayed": a line in title case, where the model
    takes capitalised words for names; its "persons" say nothing about the names of the report."""
    words = [t for t in sent if t.is_alpha and len(t) > 3]
    return len(words) >= 3 and all(t.text[0].isupper() for t in words) and sent[-1].text not in {".", "?", "!"}


def _looks_like_a_word_or_person(tok: Token, label: str | None, people: _People, town: bool) -> bool:
    """ "Brunson" after "Andrew Brunson", "Georgia" after "Georgia Stevens": part of a person's name in
    this report; "Most", "Real", "Salt" at the start of a sentence: a one-word town match that the parse
    does not take for a proper noun."""
    if tok.text in people.surnames or (tok.text in people.words and label != "GPE"):
        return True
    return town and label is None and (tok.pos_ != "PROPN" or tok.is_stop)


def _link_qualifiers(mentions: list[Mention]) -> None:
    """'Alexandria, Louisiana', 'Springfield, Ill.', 'San Pedro (Misiones)', 'near Boni in central Mali': the
    second name narrows the first."""
    for a, b in zip(mentions, mentions[1:], strict=False):
        doc = a.span.doc
        if a.kind != "literal" or not any(c.feature in {"country", "admin1", "admin2"} for c in b.candidates):
            continue
        between = doc[a.span.end : b.span.start]
        sep = between[0].text if len(between) else ""
        bracketed = len(between) == 1 and sep == "(" and b.span.end < len(doc) and doc[b.span.end].text == ")"
        contained = len(between) >= 1 and between[0].lower_ == "in" and all(
            t.lower_ in DIRECTION_WORDS for t in between[1:])  # fmt: skip
        if (len(between) == 1 and sep == ",") or bracketed or contained:
            a.qualifier = b
            b.extras["qualifies"] = "in" if contained else "yes"


def _mark_dateline(mentions: list[Mention]) -> None:
    """ "CHARLESTON, W.Va. (AP) —", "KYIV, Ukraine -": the report's first words name where it was filed."""
    if not mentions:
        return
    first = mentions[0]
    doc = first.span.doc
    if any(not t.is_space for t in doc[: first.span.start]):
        return
    end = first.qualifier.span.end if first.qualifier is not None else first.span.end
    if end < len(doc) and doc[end].text in DATELINE_MARKS | {","}:
        first.dateline = True
        if first.qualifier is not None:
            first.qualifier.dateline = True


# ---------------------------------------------------------------- resolving


def _fits(c: Candidate, q: Mention) -> bool:
    return any(
        (x.feature == "country" and c.country == x.country)
        or (x.feature == "admin1" and c.admin1_code is not None and c.admin1_code == x.admin1_code)
        or (x.feature == "admin1" and x.admin1_code is None and c.country == x.country)
        or (x.feature == "admin2" and c.admin2_code is not None and c.admin2_code == x.admin2_code)
        for x in q.candidates
    )


class _Context:
    """What the report as a whole says: country and area votes, towns to be near."""

    def __init__(self, prior: Counter[str] | None = None) -> None:
        self.prior: Counter[str] = Counter(prior or {})
        self.admin1: Counter[str] = Counter()
        self.admin2: Counter[str] = Counter()
        self.anchors: list[Candidate] = []
        self.total = sum(self.prior.values())

    def add(self, m: Mention, sign: int = 1) -> None:
        """Count (or, with sign -1, discount) the votes of one resolved mention."""
        c = m.chosen
        if c is None:
            return
        weight = sign * (3 if m.dateline else 1)
        if c.country:
            votes = weight * (2 if c.feature in {"country", "capital"} else 1)
            self.prior[c.country] += votes
            self.total += votes
        if c.admin1_code and c.feature in {"admin1", "admin2", "city", "capital"}:
            self.admin1[c.admin1_code] += weight
        if c.admin2_code and c.feature in {"admin2", "city", "capital"}:
            self.admin2[c.admin2_code] += weight
        if c.feature in {"city", "capital"} and sign > 0:
            self.anchors.append(c)

    def without(self, m: Mention) -> _Context:
        """The votes of the rest of the report (a name does not vouch for itself)."""
        ctx = _Context(self.prior)
        ctx.admin1, ctx.admin2, ctx.anchors = Counter(self.admin1), Counter(self.admin2), self.anchors
        ctx.add(m, -1)
        return ctx


@lru_cache(maxsize=100_000)
def _own_score(c: Candidate) -> float:
    """What a candidate scores before any context: feature class, size, main name or not."""
    return FEATURE_SCORE.get(c.feature, 0.0) + 0.6 * math.log10(c.population + 1) + (4.0 if c.primary else 0.0)


def _score(c: Candidate, ctx: _Context, suffix_level: int | None) -> float:
    """Everything but nearness to the report's other towns (see _near)."""
    total = ctx.total or 1
    s = _own_score(c)
    share = ctx.prior.get(c.country or "", 0) / total
    # the report's countries count for more the more it names them (one capital is thin evidence)
    s += (2.0 + 6.0 * share) * min(1.0, total / 4) if share else 0.0
    if c.admin1_code and ctx.admin1.get(c.admin1_code):
        s += 4.0
    if c.admin2_code and ctx.admin2.get(c.admin2_code):
        s += 3.0
    if suffix_level is not None and c.feature == f"admin{suffix_level}":
        s += 10.0
    return s


NEAR_BONUS = 2.0


def _near(c: Candidate, ctx: _Context, top_population: int) -> float:
    """Near the report's other towns; a far smaller namesake of a famous town gains less ("Frankfurt"
    beside Berlin is still Frankfurt am Main, not Frankfurt (Oder))."""
    if c.feature not in {"city", "capital"} or not any(
        haversine_km(c.lat, c.lon, a.lat, a.lon) < 250 for a in ctx.anchors if a.id != c.id
    ):
        return 0.0
    return NEAR_BONUS * math.sqrt(min(1.0, (c.population + 1) / (top_population + 1)))


def _suffix_level(m: Mention) -> int | None:
    """The area level the text names: "Kherson region" (1), "Poonch district" (2), "Kanawha County" (2)."""
    last = m.span[-1].lower_
    suffixes = admin_suffixes()
    if last in suffixes and len(m.span) > 1:
        return suffixes[last]
    word = m.suffix
    return suffixes[word.lower_] if word is not None else None


def _choose(m: Mention, ctx: _Context) -> Candidate:
    cands = m.candidates
    fitting = [c for c in cands if _fits(c, m.qualifier)] if m.qualifier is not None else []
    if fitting:
        cands = fitting
    elif any(c.feature in SOVEREIGN_FEATURES for c in cands):
        # "Russia, China and Iran" is a list, not a Russia in China
        cands = [c for c in cands if c.feature not in {"city", "capital", "admin2"}]
    level = _suffix_level(m)
    top = max((c.population for c in cands if c.feature in {"city", "capital"}), default=0)
    scored = [(_score(c, ctx, level), c) for c in cands]
    floor = max(s for s, _ in scored) - NEAR_BONUS  # only these can still win on nearness
    best = max(scored, key=lambda sc: sc[0] + (_near(sc[1], ctx, top) if sc[0] >= floor else 0.0))[1]
    if best.feature in {"admin1", "admin2"} and level is None:
        return _dominant_city(best, cands) or best
    return best


def _dominant_city(area: Candidate, cands: list[Candidate]) -> Candidate | None:
    """An area sharing its name with the city that dominates it means the city ("New York"), unless the
    text says "state", "province" or "County"."""
    code = "admin1_code" if area.feature == "admin1" else "admin2_code"
    for c in cands:
        same_area = c.feature in {"city", "capital"} and getattr(c, code) == getattr(area, code)
        if same_area and c.population >= 0.2 * area.population:
            return c
    return None


def _votes(mentions: list[Mention], demonym_votes: Counter[str]) -> _Context:
    """Country and area votes, and point anchors, from resolved mentions (one per distinct name)."""
    ctx = _Context(demonym_votes)
    seen: set[str] = set()
    for m in mentions:
        if m.chosen is not None and m.key not in seen:
            seen.add(m.key)
            ctx.add(m)
    return ctx


def _resolve(mentions: list[Mention], demonym_votes: Counter[str]) -> None:
    names = [m for m in mentions if m.source in {"curated", "table", "abbreviation"} and m.candidates]
    # pass 1: names resolved on their own merits, then again with the votes of the whole report
    alone = _Context(demonym_votes)
    first: dict[str, Candidate] = {}
    for m in names:
        m.chosen = first[m.key] if m.key in first and m.qualifier is None else _choose(m, alone)
        first.setdefault(m.key, m.chosen)
    for _ in range(2):
        ctx = _votes(names, demonym_votes)
        by_key: dict[str, Candidate] = {}
        for m in names:
            if m.key not in by_key:
                by_key[m.key] = _choose(m, ctx.without(m))
            m.chosen = by_key[m.key] if m.qualifier is None else _choose(m, ctx.without(m))
    ctx = _votes(names, demonym_votes)
    for m in names:
        if m.chosen is not None and _stray_town(m.chosen, ctx.without(m)):
            m.chosen = None
        # "Boni in central Mali" when no Boni of Mali is known: not Germany's Bonn (a wrong place is worse
        # than none)
        if m.chosen is not None and _outside(m.chosen, m.qualifier):
            m.chosen = None


def _outside(c: Candidate, q: Mention | None) -> bool:
    """A place said to lie in a country ("in central Mali") that lies in another."""
    if q is None or q.extras.get("qualifies") != "in":
        return False
    countries = {x.country for x in q.candidates if x.feature == "country"}
    return bool(countries) and c.country not in countries


STRAY_POPULATION = 50_000  # a town this small is known abroad only by its own country's news


def _stray_town(c: Candidate, rest: _Context) -> bool:
    """A small town of a country the rest of the report never names, nor any of its neighbours, in a report
    that names others: "Malian soldiers killed dozens of civilians in Moura" is Mali's Moura (a village
    GeoNames lacks), never Portugal's; "Azerbaijan shelled Jermuk" is Armenia's Jermuk, across the border.
    A wrong place is worse than none."""
    if c.feature != "city" or c.population >= STRAY_POPULATION or not c.country or rest.total < 2:
        return False
    named = {country for country, votes in rest.prior.items() if votes > 0}
    return not named & (neighbours(c.country) | {c.country})


def _mark_metonymy(mentions: list[Mention]) -> None:
    """ "Washington said", "Moscow warned": a country or capital as the subject of a statement or decision
    stands for its government; a dateline ("Baku, Sept 15 - Azerbaijan said", parsed as a second subject)
    names where the report was filed."""
    verbs = set(words()["metonymy_verbs"])
    for m in mentions:
        if m.kind != "literal" or m.dateline or m.chosen is None or m.chosen.feature not in METONYMIC_FEATURES:
            continue
        root = m.span.root
        if root.dep_ == "nsubj" and root.head.lemma_.lower() in verbs:
            m.kind = "metonymic"


# ---------------------------------------------------------------- output


def _area_of(m: Mention, c: Candidate, gaz: Gazetteer) -> Candidate | None:
    """'Kherson region', 'Poonch district': the area around the town the name belongs to."""
    word = m.suffix
    if word is None or c.feature not in {"city", "capital"}:
        return None
    level = admin_suffixes()[word.lower_]
    code = c.admin1_code if level == 1 else c.admin2_code
    area = gaz.area(code) if code else None
    # a district is the town's own only when it is named after it
    if area is None or (level == 2 and fold(area.name)[:4] != m.key[:4]):
        return None
    return area


def _border_place(m: Mention, gaz: Gazetteer, article_id: str | None) -> Place | None:
    point = gaz.border_point(*m.countries)
    if point is None:
        return None
    names = [gaz.country(code) for code in m.countries]
    label = "–".join(n.name if n else code for n, code in zip(names, m.countries, strict=True))
    span = m.span
    return Place(text=span.text, name=f"{label} border", country=m.countries[0], lat=point[0], lon=point[1],
                 precision="border", feature="border", start=span.start_char, end=span.end_char,
                 article=article_id)  # fmt: skip


def _to_place(m: Mention, gaz: Gazetteer, article_id: str | None) -> Place | None:
    if m.source == "border":
        return _border_place(m, gaz, article_id)
    c = m.chosen
    if c is None:
        return None
    span = m.span
    area = _area_of(m, c, gaz)
    if area is not None:
        c = area
    if m.suffix is not None and c.feature in {"admin1", "admin2"}:
        span = span.doc[span.start : span.end + 1]  # "Kherson region" names the region
    return Place(text=span.text, name=c.name, country=c.country, admin1=c.admin1,
                 admin2=c.admin2, lat=round(c.lat, 5), lon=round(c.lon, 5), precision=c.precision,
                 geonames_id=c.geonames_id, feature="demonym" if m.kind == "adjectival" else c.feature,
                 start=span.start_char, end=span.end_char, article=article_id, kind=m.kind)  # fmt: skip


def _country_or_capital(m: Mention) -> Candidate | None:
    """The country or capital a name most likely is, before any context ("Yerevan", "Armenia")."""
    return next((c for c in m.candidates if c.feature in {"country", "capital"} and c.primary), None)


def find_places(doc: Doc, article_id: str | None = None) -> list[Place]:
    """Every place mention in the doc, sorted by start, non-overlapping, resolved with document context.

    Each place says how the text names it (`kind`): literal ("in Kyiv"), adjectival ("Syrian"), metonymic
    ("Washington said"), embedded ("Kenya Red Cross"); the event locator uses literal places only.
    """
    gaz = get_gazetteer()
    ents = entity_index(doc)
    texts, lowers, _ = token_strings(doc)
    lower_words = {lw for t, lw in zip(texts, lowers, strict=True) if t.islower() and t.isalpha()}
    mentions = spot(doc, gaz, ents)
    demonym_votes = Counter(m.chosen.country for m in mentions if m.kind == "adjectival" and m.chosen
                            and m.chosen.country)  # fmt: skip
    _link_qualifiers(mentions)
    _mark_dateline(mentions)
    # countries and capitals vouch for small towns of their country before anything is resolved
    first_prior = demonym_votes + Counter(
        c.country for m in mentions if (c := _country_or_capital(m)) is not None and c.country
    )
    people = _People(doc)
    mentions = [m for m in mentions if _keep(m, ents, lower_words, people, first_prior)]
    _resolve(mentions, demonym_votes)
    _mark_metonymy(mentions)
    places = [p for m in mentions if (p := _to_place(m, gaz, article_id)) is not None]
    return sorted(places, key=lambda p: p.start or 0)
