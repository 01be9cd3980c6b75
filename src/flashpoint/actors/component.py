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
    """Resolves actors with the knowledge base the Doc brings (`doc._.actor_kb`: a store's memory of earlier
    reports, handed over by whoever runs the pipeline), else the shipped one plus `user_files`."""

    def __init__(self, user_files: list[str]) -> None:
        self.user_files = tuple(Path(p) for p in user_files)

    def __call__(self, doc: Doc) -> Doc:
        kb: KnowledgeBase = doc._.actor_kb or load_kb(self.user_files)
        doc._.actors = ActorIndex(doc, kb, when=article_of(doc).published)
        return doc


@Language.factory("flashpoint_actors", default_config={"user_files": []})
def make_actors(nlp: Language, name: str, user_files: list[str]) -> ActorsComponent:
    return ActorsComponent(user_files)
