"""The `flashpoint_places` component: every place mention of a report, resolved offline (doc._.places)."""

from __future__ import annotations

from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.geo.resolve import find_places
from flashpoint.nlp.article import article_of

if not Doc.has_extension("places"):
    Doc.set_extension("places", default=None)


class PlacesComponent:
    def __call__(self, doc: Doc) -> Doc:
        doc._.places = find_places(doc, article_of(doc).id)
        return doc


@Language.factory("flashpoint_places")
def make_places(nlp: Language, name: str) -> PlacesComponent:
    return PlacesComponent()
