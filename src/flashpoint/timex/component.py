"""The `flashpoint_timexes` component: every time expression of a report, resolved (doc._.timexes)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.nlp.article import article_of
from flashpoint.timex.finder import find_timexes

if not Doc.has_extension("timexes"):
    Doc.set_extension("timexes", default=None)


class TimexComponent:
    def __call__(self, doc: Doc) -> Doc:
        article = article_of(doc)
        doc._.timexes = find_timexes(doc, article.published, article.id)
        return doc


@Language.factory("flashpoint_timexes")
def make_timexes(nlp: Language, name: str) -> TimexComponent:
    return TimexComponent()
