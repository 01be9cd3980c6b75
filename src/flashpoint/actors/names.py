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
from functools import lru_cache

from spacy.matcher import PhraseMatcher
from spacy.tokens import Doc
from spacy.vocab import Vocab

from flashpoint.actors.entries import Entry
from flashpoint.actors.kb import MAX_WORDS, Key, KnowledgeBase
from flashpoint.actors.text import norm_words

_OPAQUE = "\x00"  # the word a token too long to be part of a name becomes
_LONGEST_TOKEN = 120  # characters: no name of MAX_WORDS words is longer in one token


@dataclass(frozen=True)
class NameMatch:
    first: int  # token index of the name's first token
    last: int  # token index of its last token
    key: Key


@lru_cache(maxsize=65536)
def _pieces(text: str) -> tuple[str, ...]:
    """A token's normal-form words; the same few thousand words make up most reports, so each is folded once."""
    return tuple(norm_words(text))


class NameMatcher:
    """The knowledge base's names as a PhraseMatcher. A name is added the first time a report holds its
    first word (a process that reads one report builds the few dozen patterns it can meet, not thousands),
    and as the knowledge base grows (the store's memory adds the names each report teaches).

    The matcher and its Docs of normal-form words use a vocabulary of their own that computes no lexical
    attributes: only the words' hashes are compared."""

    def __init__(self, vocab: Vocab) -> None:
        self.vocab = vocab  # the pipeline's: a matcher is kept per pipeline vocabulary
        self.words = Vocab()
        self.matcher = PhraseMatcher(self.words)
        self.indexed: set[str] = set()  # keys sorted into `by_first`
        self.by_first: dict[str, list[str]] = {}
        self.added: set[str] = set()  # first words whose names are in the matcher

    def sync(self, kb: KnowledgeBase) -> None:
        """Index the names the knowledge base has gained since the last report."""
        if len(self.indexed) == len(kb.keys):
            return
        for key in kb.keys:
            if key not in self.indexed:
                self.indexed.add(key)
                first = key.split(" ", 1)[0]
                self.by_first.setdefault(first, []).append(key)
                if first in self.added:  # a new name for a word already met: add it now
                    self.matcher.add("NAME", [Doc(self.words, words=key.split())])

    def _ready_for(self, words: list[str]) -> None:
        new = (set(words) - self.added) & self.by_first.keys()
        if new:
            self.added.update(new)
            self.matcher.add("NAME", [Doc(self.words, words=key.split()) for w in new for key in self.by_first[w]])

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
            pieces = _pieces(tok.text) if len(tok.text) <= _LONGEST_TOKEN else (_OPAQUE,)
            if len(pieces) > MAX_WORDS:
                pieces = (_OPAQUE,)
            if not pieces:
                continue
            first.add(len(words))
            words.extend(pieces)
            owner.extend([tok.i] * len(pieces))
            last.add(len(words) - 1)
        self._ready_for(words)
        found = self.matcher(Doc(self.words, words=words)) if words else []
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
            end = self._same_name_on(doc, kb, words, owner, i, end, key, ends)
            if i in first and end - 1 in last and _of_region(doc, kb, owner[i], key):
                # the region's people: a demonym that names no country ("Latin American leaders")
                region = doc[owner[i] - 1 : owner[end - 1] + 1].text
                out.append(NameMatch(owner[i] - 1, owner[end - 1], Key(Entry(region, "demonym"), None, "any")))
            elif i in first and end - 1 in last:
                out.append(NameMatch(owner[i], owner[end - 1], key))
            i = end
        return out

    @staticmethod
    def _same_name_on(doc: Doc, kb: KnowledgeBase, words: list[str], owner: list[int], i: int, end: int, key: Key,
                      ends: dict[int, list[int]]) -> int:
        """ "President Xi Jinping": two names of one entry that overlap ("President Xi", "Xi Jinping") are one
        name, to the end of the later; else the rest of the name ("Jinping") would be read as someone unknown."""
        if key.entry is None:
            return end
        grown = True
        while grown:
            grown = False
            for j in range(i + 1, end):
                later = [f for f in ends.get(j, []) if f > end]
                for f in sorted(later, reverse=True):
                    other = kb.key(words[j:f], doc[owner[j] : owner[f - 1] + 1].text)
                    if other is not None and other.entry is key.entry:
                        end, grown = f, True
                        break
                if grown:
                    break
        return end

    @staticmethod
    def _longest(doc: Doc, kb: KnowledgeBase, words: list[str], owner: list[int], i: int, ends: list[int]
                 ) -> tuple[int, Key] | None:
        for end in sorted(ends, reverse=True):
            raw = doc[owner[i] : owner[end - 1] + 1].text
            key = kb.key(words[i:end], raw) or _lower_demonym(doc, kb, words[i:end], owner[i], owner[end - 1])
            if key is not None:
                return end, key
        return None


_ATTRIBUTIVE = {"amod", "compound", "nmod"}


def _lower_demonym(doc: Doc, kb: KnowledgeBase, words: list[str], first: int, last: int) -> Key | None:
    """ "clashed with tunisian rioters", "arrested two french journalists": a demonym written in lower case is still
    one where it stands before the noun it qualifies (a capital is what tells a name from a word elsewhere)."""
    found = kb.keys.get(" ".join(words))
    if found is None or found.entry is None or found.entry.kind != "demonym":
        return None
    toks = doc[first : last + 1]
    tail = toks[-1]
    if tail.dep_ == "conj" and tail.head.dep_ in _ATTRIBUTIVE:  # "russian and ukrainian delegations"
        tail = tail.head
    if not toks.text.islower() or tail.dep_ not in _ATTRIBUTIVE or tail.head.i <= last:
        return None
    return found if tail.head.pos_ in {"NOUN", "PROPN"} else None


def _of_region(doc: Doc, kb: KnowledgeBase, start: int, key: Key) -> bool:
    """ "Latin American leaders", "Central American migrants": a demonym after a region word is the region's."""
    return key.entry is not None and key.entry.kind == "demonym" and start > 0 and (
        doc[start - 1].text in kb.region_words)


# One matcher per knowledge base and vocabulary, for as long as the knowledge base lives.
_MATCHERS: weakref.WeakKeyDictionary[KnowledgeBase, dict[int, NameMatcher]] = weakref.WeakKeyDictionary()


def name_matcher(kb: KnowledgeBase, vocab: Vocab) -> NameMatcher:
    per_vocab = _MATCHERS.setdefault(kb, {})
    matcher = per_vocab.get(id(vocab))
    if matcher is None or matcher.vocab is not vocab:
        matcher = per_vocab[id(vocab)] = NameMatcher(vocab)
    return matcher
