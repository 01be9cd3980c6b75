"""Lemma corrections as data: the forms the model's lemmatizer gets wrong, set right after it runs.

The event rules match lemmas, so "Ukraine hopes to retake Crimea" (lemmatised "hop") was told as a retaking
that happened, and "staged a sit-in" (lemma "stag") named no protest. The table (data/lemmas_en.tsv, named by
the language's config) maps a lower-case form to its lemma; only tokens of those forms are touched.
"""

from __future__ import annotations

from pathlib import Path

import numpy as np
from spacy.attrs import LOWER
from spacy.language import Language
from spacy.tokens import Doc
from spacy.vocab import Vocab

DEFAULT_TABLE = Path(__file__).parent / "data" / "lemmas_en.tsv"


class LemmaTableError(ValueError):
    """A lemma table line that is not `form<TAB>lemma` in lower case."""


def read_table(path: Path) -> dict[str, str]:
    """form -> lemma from a TSV file; comment lines start with '#'."""
    table: dict[str, str] = {}
    for number, line in enumerate(path.read_text(encoding="utf-8").splitlines(), 1):
        if not line.strip() or line.startswith("#"):
            continue
        parts = line.split("\t")
        if len(parts) != 2 or not all(p and p == p.strip().lower() for p in parts):
            raise LemmaTableError(f"{path}:{number}: expected 'form<TAB>lemma' in lower case, got {line!r}")
        table[parts[0]] = parts[1]
    return table


class LemmaFixer:
    """Sets the lemma of every token whose lower-case form the table names."""

    def __init__(self, vocab: Vocab, table: dict[str, str]) -> None:
        self.lemmas = {vocab.strings.add(form): lemma for form, lemma in table.items()}
        self.keys = np.fromiter(self.lemmas, dtype=np.uint64, count=len(self.lemmas))

    def __call__(self, doc: Doc) -> Doc:
        if not len(doc) or not len(self.keys):
            return doc
        lowers = np.asarray(doc.to_array([LOWER]), dtype=np.uint64).reshape(-1)
        for i in np.flatnonzero(np.isin(lowers, self.keys)).tolist():
            doc[i].lemma_ = self.lemmas[int(lowers[i])]
        return doc


@Language.factory("flashpoint_lemmas", default_config={"table": ""})
def make_lemma_fixer(nlp: Language, name: str, table: str) -> LemmaFixer:
    return LemmaFixer(nlp.vocab, read_table(Path(table) if table else DEFAULT_TABLE))
