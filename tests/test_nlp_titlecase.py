"""Lines in title case are parsed as if written in sentence case, while the Doc keeps the words as given.

The small model reads every capitalised word of a headline as a name: "Ghana Expels Two Togolese Diplomats ..."
gave no event at all. Every sentence here was written for this file.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest
from spacy.tokens import Doc

from flashpoint.events import extract_article
from flashpoint.model import Article, Event
from flashpoint.nlp import annotate, get_nlp
from flashpoint.nlp.titlecase import TitleCaseWordsError, read_settings

PUBLISHED = date(2025, 3, 12)


def extract(text: str) -> list[Event]:
    return extract_article(Article(id="t", text=text, published=PUBLISHED))


def coded(events: list[Event]) -> list[tuple[str, set[str], set[str]]]:
    return [(e.type, {a.org or a.country for a in e.source if a.org or a.country},
             {a.org or a.country for a in e.target if a.org or a.country}) for e in events]  # fmt: skip


def copy_of(text: str) -> Doc:
    """What the model reads for `text`: the first component's Doc (the same object when nothing changed)."""
    nlp = get_nlp()
    return nlp.get_pipe("flashpoint_titlecase")(nlp.make_doc(text))


TWINS = [
    ("Ghana Expels Two Togolese Diplomats Over Border Row", "Ghana expels two Togolese diplomats over border row"),
    ("Uruguay Accuses Paraguay of Harbouring Smugglers", "Uruguay accuses Paraguay of harbouring smugglers"),
    ("Mongolia Hosts Kazakh President for Talks on Trade", "Mongolia hosts Kazakh president for talks on trade"),
    ("Norway Pledges Fresh Aid to Flood-Hit Malawi", "Norway pledges fresh aid to flood-hit Malawi"),
]


@pytest.mark.parametrize(("title", "sentence"), TWINS)
def test_a_title_case_headline_codes_as_its_sentence_case_twin(title: str, sentence: str) -> None:
    twin = coded(extract(sentence))
    assert twin and all(source and target for _, source, target in twin)
    assert coded(extract(title)) == twin


@pytest.mark.parametrize(("title", "sentence"), TWINS[:2])
def test_the_title_case_line_has_the_parse_of_its_twin_and_its_own_words(title: str, sentence: str) -> None:
    doc, twin = annotate(title), annotate(sentence)
    assert doc.text == title  # the words as given ...
    assert [t.text.lower() for t in doc] == [t.text.lower() for t in twin]
    assert [t.idx for t in doc] == [t.idx for t in twin]
    for attr in ("tag_", "pos_", "dep_", "lemma_"):
        assert [getattr(t, attr) for t in doc] == [getattr(t, attr) for t in twin], attr
    assert [t.head.i for t in doc] == [t.head.i for t in twin]
    assert [(e.start, e.end, e.label_) for e in doc.ents] == [(e.start, e.end, e.label_) for e in twin.ents]


def test_offsets_point_at_the_text_as_given() -> None:
    text = ("Ghana Expels Two Togolese Diplomats Over Border Row\n"
            "ACCRA, March 11 (Reuters) - Ghana ordered two Togolese diplomats to leave within 48 hours, the "
            "foreign ministry said on Tuesday.")
    events = extract(text)
    assert events
    for event in events:
        assert event.evidence is not None
        assert text[event.evidence.start : event.evidence.end] == event.evidence.text
        for actor in [*event.source, *event.target]:
            if actor.start is not None and actor.end is not None:
                assert text[actor.start : actor.end] == actor.text
    headline = [e for e in events if e.evidence is not None and e.evidence.start == 0]
    assert headline and headline[0].evidence is not None
    assert headline[0].evidence.text.startswith("Ghana Expels Two")  # the capitals of the text as given


@pytest.mark.parametrize(
    "text",
    [
        "Chilean prosecutors charged the former mayor of Valparaiso with fraud on Monday.",
        "LA PAZ, March 4 (Reuters) - Bolivian police arrested eleven miners blocking a highway.",
        "LA PAZ, Bolivia, March 4\nBolivian police arrested eleven miners blocking a highway.",
        "BOLIVIAN MINERS BLOCK HIGHWAY NEAR ORURO\nPolice said the blockade began at dawn.",
    ],
)
def test_an_ordinary_sentence_and_an_all_caps_line_are_untouched(text: str) -> None:
    doc = get_nlp().make_doc(text)
    assert get_nlp().get_pipe("flashpoint_titlecase")(doc) is doc


@pytest.mark.parametrize(
    "line",
    [
        "United Nations Security Council",
        "Ministry of Foreign Affairs and Regional Integration",  # a body the actor lists do not hold whole
    ],
)
def test_a_line_of_names_is_not_broken(line: str) -> None:
    text = f"{line}\nThe council met in New York on Tuesday."
    doc = get_nlp().make_doc(text)
    assert get_nlp().get_pipe("flashpoint_titlecase")(doc) is doc
    nlp = get_nlp()
    with nlp.select_pipes(disable=["flashpoint_titlecase", "flashpoint_titlecase_words"]):
        own = nlp(text)  # the model's own reading of the line
    assert [(e.text, e.label_) for e in annotate(text).ents] == [(e.text, e.label_) for e in own.ents]
    assert [t.pos_ for t in annotate(text)] == [t.pos_ for t in own]


def test_names_places_dates_and_titles_keep_their_capitals_in_the_copy() -> None:
    copy = copy_of("Police in Mombasa Detain Opposition Leader Wanjala Okoth on Friday")
    assert copy.text == "Police in Mombasa detain Opposition Leader Wanjala Okoth on Friday"
    copy = copy_of("Peru Sends Troops to Puno as Protests Spread")
    assert copy.text == "Peru sends troops to Puno as protests spread"


@pytest.mark.parametrize(
    ("title", "copy"),
    [
        # a one-word name that is also a verb (the actor lists hold a "Ban") is the word in a headline
        ("Peru Lifts Ban on Ecuadorian Shrimp Imports", "Peru lifts ban on Ecuadorian shrimp imports"),
        # a hyphenated word follows its first part; a word the model learnt ("ceasefire") is no name
        ("Aid Convoy Reaches War-Torn Towns in Eastern Chad", "Aid convoy reaches war-torn towns in eastern Chad"),
        ("Malawi Ceasefire Holds as Rival Militias Pull Back", "Malawi ceasefire holds as rival militias pull back"),
        # "May" is a month beside a number, else the verb
        ("Zambian Opposition Says Talks May Resume in Lusaka", "Zambian opposition says talks may resume in Lusaka"),
        ("Zambia Holds Runoff Vote on May 12 After Disputed Count",
         "Zambia holds runoff vote on May 12 after disputed count"),
    ],
)
def test_the_copy_lowers_the_words_sentence_case_would(title: str, copy: str) -> None:
    assert copy_of(title).text == copy


def test_the_word_list_is_checked_when_read(tmp_path: Path) -> None:
    words = tmp_path / "titlecase.yaml"
    words.write_text("lower_in_titles: [a, The]\nmin_titled: 3\nmin_titled_share: 0.5\n"
                     "place_features: [capital]\nplace_population: 100000\n", encoding="utf-8")
    with pytest.raises(TitleCaseWordsError, match=r"titlecase.yaml: lower_in_titles must be a list of lower-case"):
        read_settings(words)
    words.write_text("lower_in_titles: [a]\nmin_titled: 3\n", encoding="utf-8")
    with pytest.raises(TitleCaseWordsError, match="expected exactly the keys"):
        read_settings(words)
