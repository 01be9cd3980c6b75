"""Knowledge-base names found in a report with spaCy's PhraseMatcher.

Names are compared in their normal form (`text.norm_words`: lower case, no accents, no dots, "'s"
dropped), word by word, so that "U.S.", "US" and "the U.S." meet, and "al-Shabaab" meets "al Shabaab".
The matcher therefore runs over a Doc of the report's normal-form words (punctuation left out), not
over its tokens; each word remembers the token it came from, and a name must begin and end on token
boundaries. A token of more normal-form words than the longest name (a URL, a run of separators) is
one opaque word: nothing can match inside it, and it costs one word, not thousands.
"""

from __future__ import annotations

import weakref
from dataclasses import dataclass

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.actors.kb import MAX_WORDS, Key, KnowledgeBase
from flashpoint.actors.text import norm_words

_OPAQUE = "\x00"  # the word a token too long to be part of a name becomes
_LONGEST_TOKEN = 120  # characters: no name of MAX_WORDS words is longer in one token


@dataclass(frozen=True)
class NameMatch:
    first: int  # token index of the name's first token
    last: int  # token index of its last token
    key: Key


class NameMatcher:
    """The knowledge base's names as a PhraseMatcher over one vocabulary; new names are added as the
    knowledge base grows (the store's memory adds the names each report teaches)."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab
        self.matcher = PhraseMatcher(vocab)
        self.added: set[str] = set()

    def sync(self, kb: KnowledgeBase) -> None:
        new = [key for key in kb.keys if key not in self.added]
        if new:
            self.matcher.add("NAME", [Doc(self.vocab, words=key.split()) for key in new])
            self.added.update(new)

    def __call__(self, doc: Doc, kb: KnowledgeBase) -> list[NameMatch]:
        """Longest names, left to right, that begin and end on token boundaries and fit their letter case."""
        self.sync(kb)
        words: list[str] = []
        owner: list[int] = []
        first: set[int] = set()  # word positions that begin a token
        last: set[int] = set()
        for tok in doc:
            if tok.is_punct or tok.is_space or tok.tag_ == "POS":
                continue
            pieces = norm_words(tok.text) if len(tok.text) <= _LONGEST_TOKEN else [_OPAQUE]
            if len(pieces) > MAX_WORDS:
                pieces = [_OPAQUE]
            if not pieces:
                continue
            first.add(len(words))
            words.extend(pieces)
            owner.extend([tok.i] * len(pieces))
            last.add(len(words) - 1)
        found = self.matcher(Doc(self.vocab, words=words)) if words else []
        # every name ending at each start, longest first: the scan takes the longest that fits its case
        ends: dict[int, list[int]] = {}
        for _, start, end in found:
            ends.setdefault(start, []).append(end)
        out: list[NameMatch] = []
        i = 0
        while i < len(words):
            best = self._longest(doc, kb, words, owner, i, ends.get(i, []))
            if best is None:
                i += 1
                continue
            end, key = best
            if i in first and end - 1 in last:
                out.append(NameMatch(owner[i], owner[end - 1], key))
            i = end
        return out

    @staticmethod
    def _longest(doc: Doc, kb: KnowledgeBase, words: list[str], owner: list[int], i: int, ends: list[int]
                 ) -> tuple[int, Key] | None:
        for end in sorted(ends, reverse=True):
            raw = doc[owner[i] : owner[end - 1] + 1].text
            key = kb.key(words[i:end], raw)
            if key is not None:
                return end, key
        return None


# One matcher per knowledge base and vocabulary, for as long as the knowledge base lives.
_MATCHERS: weakref.WeakKeyDictionary[KnowledgeBase, dict[int, NameMatcher]] = weakref.WeakKeyDictionary()


def name_matcher(kb: KnowledgeBase, vocab: Vocab) -> NameMatcher:
    per_vocab = _MATCHERS.setdefault(kb, {})
    matcher = per_vocab.get(id(vocab))
    if matcher is None or matcher.vocab is not vocab:
        matcher = per_vocab[id(vocab)] = NameMatcher(vocab)
    return matcher
