"""A sentence starts at every line break: news text puts headings and paragraphs on their own lines; and
after a wire dateline ("BANGKOK, Nov 20 (Reuters) - "), which the parser would otherwise read as part of
the first sentence (making "Reuters" its subject and the act's own subject a stray phrase)."""

from __future__ import annotations

import re
from typing import Any, cast

from spacy.attrs import SENT_START
from spacy.language import Language
from spacy.tokens import Doc

# A line that opens with a place in capitals, optional further place names, a date and/or an agency in
# brackets, then a dash: "NIAMEY, March 12 (Reuters) - ", "BUNIA, Democratic Republic of Congo, Oct 9 (Reuters) - ",
# "NEW YORK, May 2 - ", "KHARTOUM (AP) - ", "Brussels, 20 May 2025 - ".
_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_DATE = rf"(?:{_MONTH} \d{{1,2}}(?:,? \d{{4}})?|\d{{1,2}} {_MONTH}(?: \d{{4}})?)"
_DATELINE = re.compile(
    rf"[A-Z][A-Za-z'’.-]*(?: [A-Z][A-Za-z'’.-]*)*(?:, [A-Z][A-Za-z'’.-]*(?: (?:of )?[A-Z][A-Za-z'’.-]*)*){{0,2}}"
    rf"(?:, {_DATE}(?: \([A-Z][A-Za-z. ]{{1,30}}\))?| \([A-Z][A-Za-z. ]{{1,30}}\)) ?[-—–]+ ")
_DATELINE_REACH = 300  # characters from the start of the report, as datelines are looked for elsewhere


def _after_dateline(doc: Doc) -> int | None:
    """The index of the first token after a dateline that opens one of the report's first lines."""
    head = doc[:200].text[:_DATELINE_REACH]
    for line in re.finditer(r"(?:^|\n)([^\n]*)", head):
        found = _DATELINE.match(line.group(1))
        if found is None:
            continue
        end = line.start(1) + found.end()
        for tok in doc:
            if tok.idx >= end:
                return tok.i if tok.idx == end else None
        return None
    return None


def dateline_end(doc: Doc) -> int | None:
    """The character offset where a dateline that opens one of the report's first lines ends ("DHAKA, July 19
    - Police fired ..."): the offset of "Police"; None without one."""
    # read once per Doc: merging asks for it for every pair of acts it compares
    if _DATELINE_KEY not in doc.user_data:
        after = _after_dateline(doc)
        doc.user_data[_DATELINE_KEY] = doc[after].idx if after is not None else None
    found: int | None = doc.user_data[_DATELINE_KEY]
    return found


_DATELINE_KEY = "flashpoint.dateline_end"


def _one_sentence_from(starts: Any, doc: Doc, first: int) -> None:
    """The lede after a dateline is one sentence up to its full stop (the parser, given the start, would
    still cut "Azerbaijan | said 100 of its soldiers ..." in two)."""
    signed = starts.view("int64")  # spaCy hands SENT_START back unsigned; "not a start" is -1
    signed[first] = 1
    for i in range(first + 1, len(doc)):
        if signed[i] == 1 or doc[i - 1].text in _SENTENCE_ENDS:
            return
        signed[i] = -1


_SENTENCE_ENDS = {".", "!", "?"}


def _no_break_after_first_word(signed: Any, doc: Doc, first: int) -> None:
    """A line's second word never starts a sentence: after a heading line ("Government") or a blanked
    live-blog timestamp the parser would cut "Defence | Minister Pedro Sanchez blamed ..." in two, and the
    title fell off its holder."""
    if first + 1 < len(doc) and doc[first].is_alpha and doc[first + 1].is_alpha and signed[first + 1] != 1:
        signed[first + 1] = -1


@Language.component("flashpoint_paragraphs")
def paragraph_breaks(doc: Doc) -> Doc:
    """Start a sentence after every line break.

    Without this the parser glues a heading ("Military assistance") onto the next paragraph's sentence.
    The starts are written in one array: setting `token.is_sent_start` one token at a time costs time in
    the length of the doc each, which made a report of 40,000 short lines take half a minute.
    """
    starts = cast(Any, doc.to_array([SENT_START]))  # spaCy's own array type, handed back as it came
    signed = starts.view("int64")  # spaCy hands SENT_START back unsigned; "not a start" is -1
    first = next((t.i for t in doc if not t.is_space), None)
    if first is not None:
        _no_break_after_first_word(signed, doc, first)
    for tok in doc[:-1]:
        if "\n" in (tok.text if tok.is_space else tok.whitespace_):
            starts[tok.i + 1] = 1
            _no_break_after_first_word(signed, doc, tok.i + 1)
    after = _after_dateline(doc)
    if after is not None and after > 0:
        _one_sentence_from(starts, doc, after)
    doc.from_array([SENT_START], starts)
    return doc


def stamped_line(doc: Doc, offset: int) -> int | None:
    """The start of the line holding `offset` when it opens with a live-blog timestamp, which the parser's copy of
    the text has blanked (ingest.text.for_parsing: "14:05 GMT - "); None for any other line. Each such entry is news
    of its own hour."""
    from flashpoint.nlp.pipeline import text_of  # (the pipeline module imports this one)

    parsed = text_of(doc)  # (doc.text joins every token again on each access: a long report's cost squared)
    start = parsed.rfind("\n", 0, offset) + 1
    article = doc._.article if doc.has_extension("article") else None
    shown = article.text if article is not None else parsed
    return start if start < min(len(shown), len(parsed)) and parsed[start] == " " and shown[start] not in " \t" \
        else None

