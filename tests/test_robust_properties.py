"""Properties of the real extractor over generated reports and metadata.

Whatever report text and metadata arrive, `extract_article` returns events whose evidence is
the text at its offsets, whose dates are valid ISO, whose coordinates are on the globe and whose
codes come from the ontology; it never raises.
"""

from __future__ import annotations

import json
import re
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.events import extract_article
from flashpoint.model import EVENT_TYPES, SECTORS, STATUSES, Article, Event, Span
from flashpoint.nlp import get_nlp

FEW = settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
ISO = re.compile(r"^\d{4}(-\d{2}(-\d{2})?)?$")
PRECISIONS = {"day", "week", "month", "year", "decade"}

# Pieces of news prose: enough structure that triggers, actors, dates, places and tolls fire,
# recombined so no two reports are alike.
WHO = ["Russian forces", "Azerbaijani troops", "Al-Shabaab fighters", "Police", "The United Nations",
       "Protesters", "Israel", "Hamas", "The government", "Rebels", "Armenia's defence ministry", "He"]  # fmt: skip
DID = ["shelled", "attacked", "killed", "condemned", "met", "accused", "threatened", "did not attack",
       "may strike", "denied shelling", "plans to attack", "arrested", "signed a ceasefire with",
       "protested in"]  # fmt: skip
WHOM = ["the town of Jermuk", "Kharkiv", "civilians", "Mogadishu", "Gaza", "two soldiers", "the opposition",
        "Yerevan", "the border", "hundreds of people", "the Red Sea", "Khartoum"]  # fmt: skip
WHEN = ["", " on Tuesday", " last week", " on 13 September", " yesterday", " in 2021", " on Feb. 30",
        " at dawn", " on Monday night", " 3 days ago", " next month", " on 31/02/2022"]  # fmt: skip
TAIL = ["", ", killing 12 people", ", officials said", ", wounding at least 40", ", the ministry claimed",
        ", according to witnesses", ", killing 1,000,000 people", ", killing -5 people"]  # fmt: skip

sentences = st.builds(
    lambda a, b, c, d, e: f"{a} {b} {c}{d}{e}.",
    st.sampled_from(WHO), st.sampled_from(DID), st.sampled_from(WHOM), st.sampled_from(WHEN), st.sampled_from(TAIL),
)  # fmt: skip
noise = st.text(alphabet=st.characters(blacklist_categories=("Cs",)), max_size=30)
paragraph = st.lists(st.one_of(sentences, sentences, sentences, noise), min_size=1, max_size=6).map(" ".join)
report_text = st.lists(paragraph, min_size=1, max_size=4).map("\n\n".join).filter(str.strip)
published = st.one_of(st.none(), st.dates(min_value=date(1, 1, 1), max_value=date(9999, 12, 31)),
                      st.dates(min_value=date(1990, 1, 1), max_value=date(2040, 12, 31)))  # fmt: skip
articles = st.builds(
    Article,
    id=st.text(min_size=1, max_size=20),
    text=report_text,
    published=published,
    title=st.one_of(st.none(), st.text(max_size=40)),
    url=st.one_of(st.none(), st.just("javascript:alert(1)"), st.text(max_size=40)),
    source=st.one_of(st.none(), st.text(max_size=20)),
    language=st.one_of(st.none(), st.sampled_from(["en", "EN-gb", "en_US", "fr", "xx", ""])),
)


@pytest.fixture(scope="module", autouse=True)
def nlp_loaded() -> None:
    get_nlp()  # once per module: the first example must not pay for the model load


def assert_span(text: str, span: Span | None) -> None:
    if span is not None:
        assert 0 <= span.start <= span.end <= len(text), span
        assert text[span.start : span.end] == span.text, span


def assert_event(art: Article, ev: Event) -> None:
    assert ev.article == art.id
    assert ev.type in EVENT_TYPES and ev.status in STATUSES
    for span in [ev.evidence, ev.trigger, *ev.mentions]:
        assert_span(art.text, span)
    for actor in [*ev.source, *ev.target, *([ev.claimed_by] if ev.claimed_by else [])]:
        assert actor.sector is None or actor.sector in SECTORS, actor
        assert actor.country is None or re.fullmatch(r"[A-Z]{3}", actor.country), actor
        if actor.start is not None:
            assert art.text[actor.start : actor.end] == actor.text, actor
    if ev.date is not None:
        assert_date(art.text, ev)
    if ev.location is not None:
        loc = ev.location
        assert loc.lat is None or -90 <= loc.lat <= 90, loc
        assert loc.lon is None or -180 <= loc.lon <= 180, loc
    for count in (ev.fatalities, ev.injured):
        assert count is None or (isinstance(count, int) and count >= 0), ev
    assert 0 <= ev.confidence <= 1
    json.loads(ev.to_json())


def assert_date(text: str, ev: Event) -> None:
    span = ev.date
    assert span is not None
    for value in (span.start, span.end):
        assert value is None or ISO.match(value), span
        if value and len(value) == 10:
            date.fromisoformat(value)  # a real calendar day, not 02-30
    if span.start and span.end:
        n = min(len(span.start), len(span.end))  # "2022-09" .. "2022-09-30" compare on the month
        assert span.start[:n] <= span.end[:n], span
    assert span.precision is None or span.precision in PRECISIONS, span
    if span.char_start is not None and span.char_end is not None and span.text is not None:
        assert text[span.char_start : span.char_end] == span.text, span


@FEW
@given(art=articles)
def test_any_report_gives_events_that_keep_the_contract(art: Article) -> None:
    for ev in extract_article(art):
        assert_event(art, ev)


@FEW
@given(text=report_text, day=published)
def test_events_are_the_same_whatever_the_report_is_called(text: str, day: date | None) -> None:
    first = extract_article(Article(id="one", text=text, published=day))
    second = extract_article(Article(id="two", text=text, published=day, title="<script>x</script>"))
    assert [e.to_dict() | {"id": None, "article": None} for e in first] == [
        e.to_dict() | {"id": None, "article": None} for e in second
    ]


FOREIGN = {
    "fr": "Les forces russes ont bombardé la ville de Kharkiv mardi, tuant cinq civils, selon le gouverneur. "
    "L'Ukraine a accusé Moscou de crimes de guerre et a demandé une réunion du Conseil de sécurité.",
    "es": "Las fuerzas rusas atacaron la ciudad de Járkov el martes y mataron a cinco civiles, según el "
    "gobernador. Ucrania acusó a Moscú de crímenes de guerra y pidió una reunión del Consejo.",
    "ar": "قصفت القوات الروسية مدينة خاركيف يوم الثلاثاء مما أسفر عن مقتل خمسة مدنيين، وفق ما أعلن الحاكم.",
    "ru": "Российские войска обстреляли Харьков во вторник, погибли пять мирных жителей, сообщил губернатор.",
}


@pytest.mark.parametrize("lang", sorted(FOREIGN))
def test_a_report_not_in_english_is_not_coded_and_says_why(lang: str, caplog: pytest.LogCaptureFixture) -> None:
    art = Article(id=f"report-{lang}", text=FOREIGN[lang], published=date(2022, 9, 15))
    with caplog.at_level("WARNING", logger="flashpoint.events"):
        assert extract_article(art) == []
    [line] = [r.getMessage() for r in caplog.records]
    assert f"report-{lang}" in line and f"'{lang}'" in line and "not English" in line


def test_a_source_label_decides_only_when_the_text_cannot(caplog: pytest.LogCaptureFixture) -> None:
    headline = "Troops shelled Kharkiv on Tuesday."  # too short for the text to tell its language
    assert extract_article(Article(id="h", text=headline, language="en-GB"))
    with caplog.at_level("WARNING", logger="flashpoint.events"):
        assert extract_article(Article(id="h", text=headline, language="fr")) == []
    assert "labelled language 'fr'" in caplog.text
    english = "Russian forces shelled the city of Kharkiv on Tuesday, killing five civilians, the governor said."
    assert extract_article(Article(id="e", text=english, language="fr"))  # a wrong label loses to the text
