"""The `flashpoint_events` component: the coded events of a report (doc._.events), from the rules of a data folder."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.events.extractor import Events, extract_events
from flashpoint.events.lexicon import load_lexicon
from flashpoint.events.proposer import propose, switched_on
from flashpoint.events.readable import skip_unreadable
from flashpoint.events.triggers import PatternMatcher
from flashpoint.nlp.article import article_of

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventsComponent:
    def __init__(self, nlp: Language, data: str, propose: bool = False, propose_threshold: float = 0.85) -> None:
        self.lex = load_lexicon(Path(data) if data else None)
        self.patterns = PatternMatcher(nlp.vocab, self.lex.patterns)
        self.propose = propose  # the optional learned type proposer (events/proposer.py), off by default
        self.propose_threshold = propose_threshold

    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc)
        if skip_unreadable(article):  # a report in another language: no events, with a warning
            doc._.events = Events()
            return doc
        doc._.events = extract_events(doc, article, self.lex, doc._.actors, doc._.timexes, doc._.places,
                                      self.patterns)
        if switched_on(self.propose):  # for sentences the rules found no act in
            doc._.events.extend(propose(doc, doc._.events, self.lex, doc._.actors, doc._.timexes, doc._.places,
                                        self.propose_threshold))
        return doc


@Language.factory("flashpoint_events", default_config={"data": "", "propose": False, "propose_threshold": 0.85})
def make_events(nlp: Language, name: str, data: str, propose: bool, propose_threshold: float) -> EventsComponent:
    return EventsComponent(nlp, data, propose, propose_threshold)
