"""The `flashpoint_actors` component: every actor mention of a report, resolved (doc._.actors, an ActorIndex)."""

from __future__ import annotations

from pathlib import Path

from spacy.language import Language
from spacy.tokens import Doc

from flashpoint.actors.index import ActorIndex
from flashpoint.actors.kb import KnowledgeBase, load_kb
from flashpoint.nlp.article import article_of

if not Doc.has_extension("actors"):
    Doc.set_extension("actors", default=None)


class ActorsComponent:
    """Resolves actors with a knowledge base: the shipped one plus `user_files`, or one given with `use`
    (the store's memory of earlier reports, handed over by whoever runs the pipeline)."""

    def __init__(self, user_files: list[str]) -> None:
        self.user_files = tuple(Path(p) for p in user_files)
        self.kb: KnowledgeBase | None = None

    def use(self, kb: KnowledgeBase | None) -> None:
        self.kb = kb

    def __call__(self, doc: Doc) -> Doc:
        kb = self.kb if self.kb is not None else load_kb(self.user_files)
        doc._.actors = ActorIndex(doc, kb, when=article_of(doc).published)
        return doc


@Language.factory("flashpoint_actors", default_config={"user_files": []})
def make_actors(nlp: Language, name: str, user_files: list[str]) -> ActorsComponent:
    return ActorsComponent(user_files)
