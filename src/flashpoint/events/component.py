"""The `flashpoint_events` component: the coded events of a report (doc._.events), from the rules of a data folder."""

from __future__ import annotations

from collections.abc import Iterable, Iterator
from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc
from spacy.util import minibatch

from flashpoint.events.extractor import Events, extract_events
from flashpoint.events.lexicon import load_lexicon
from flashpoint.events.readable import skip_unreadable
from flashpoint.events.triggers import PatternMatcher
from flashpoint.nlp.article import article_of
from flashpoint.proposer import propose_many, switched_on

if not Doc.has_extension("events"):
    Doc.set_extension("events", default=None)


class EventsComponent:
    def __init__(self, nlp: Language, data: str, propose: bool = False, propose_threshold: float = 0.8) -> None:
        self.lex = load_lexicon(Path(data) if data else None)
        self.patterns = PatternMatcher(nlp.vocab, self.lex.patterns)
        self.propose = propose  # the optional learned type proposer (flashpoint/proposer), off by default
        self.propose_threshold = propose_threshold

    def __call__(self, doc: Doc) -> Doc:
        (done,) = self.pipe([doc])
        return done

    def pipe(self, docs: Iterable[Doc], batch_size: int = 32) -> Iterator[Doc]:
        for batch in minibatch(docs, batch_size):
            coded = [doc for doc in batch if self._rules(doc)]
            if coded and switched_on(self.propose):
                # one embedding call for the batch: the encoder is ~15x faster per sentence in batches
                propose_many(coded, self.lex, self.propose_threshold)
            yield from batch

    def _rules(self, doc: Doc) -> bool:
        """The rules' events of one report; False for a report in another language (no events, a warning)."""
        article = article_of(doc)
        if skip_unreadable(article):
            doc._.events = Events()
            return False
        doc._.events = extract_events(doc, article, self.lex, doc._.actors, doc._.timexes, doc._.places,
                                      self.patterns)
        return True


@Language.factory("flashpoint_events", default_config={"data": "", "propose": False, "propose_threshold": 0.8})
def make_events(nlp: Language, name: str, data: str, propose: bool, propose_threshold: float) -> EventsComponent:
    return EventsComponent(nlp, data, propose, propose_threshold)
