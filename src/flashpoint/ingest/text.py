"""Bytes to report text: binary sniffing, charset detection, and the text forms of a report.

A report keeps its text as given (`Article.text`): every offset flashpoint prints indexes it.
The parser reads `for_parsing(text)`, a copy of the same length in which line-break styles,
tabs, no-break spaces and control characters are evened out one character for one, so an
offset into the parsed copy is the same offset into the text as given. `normalise` (one
line-break style, no controls, no outer whitespace) is for identity: content hashes, ids, titles.
"""

from __future__ import annotations

import codecs
import re
from dataclasses import dataclass

MAX_REPORT_CHARS = 1_000_000
"""Longest report text accepted, in characters; longer reports are skipped with an error.

A news report is rarely over 50,000 characters; a million means a mis-scraped page or a
whole archive pasted into one field, which would stall the annotator for minutes."""

MAX_BYTES_PER_CHAR = 4  # UTF-8 worst case: a file above limit * 4 bytes cannot fit the limit
SNIFF_BYTES = 8192
BINARY_CONTROL_SHARE = 0.05

# Magic numbers of formats people rename to .txt or scrapers save by mistake.
_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"%PDF", "PDF"),
    (b"PK\x03\x04", "ZIP/Office document"),
    (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1", "legacy Office document"),
    (b"\x89PNG", "PNG image"),
    (b"\xff\xd8\xff", "JPEG image"),
    (b"GIF8", "GIF image"),
    (b"\x1f\x8b", "gzip archive"),
    (b"\xfd7zXZ\x00", "xz archive"),
    (b"7z\xbc\xaf\x27\x1c", "7z archive"),
    (b"\x7fELF", "executable"),
    (b"SQLite format 3\x00", "SQLite database"),
    (b"OggS", "audio"),
    (b"\x00\x00\x00\x18ftyp", "video"),
    (b"\x00\x00\x00\x20ftyp", "video"),
    (b"wOFF", "font"),
)
_UTF16_BOMS = (codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)
_UTF32_BOMS = (codecs.BOM_UTF32_LE, codecs.BOM_UTF32_BE)
# Legacy code pages scrapers meet in conflict reporting; a short list keeps detection from
# picking exotic pages (cp775, mac_*) that happen to decode Western text too.
_LEGACY_ENCODINGS = ["cp1252", "cp1256", "cp1251", "latin_1"]

# C0 controls except \t and \n, DEL, C1 controls, BOMs and non-characters: never meaningful in a
# report, and they break JSON/CSV consumers and terminals downstream. \v and \f (page breaks in
# PDF-to-text output) become line breaks instead, so pages do not run together.
_CONTROLS = re.compile(r"[\x00-\x08\x0e-\x1f\x7f-\x84\x86-\x9f\ufeff\ufffe\uffff]")
_LINE_BREAKS = re.compile(r"\r\n?|[\x0b\x0c\x85\u2028\u2029]")
_SURROGATES = re.compile(r"[\ud800-\udfff]")


@dataclass
class Decoded:
    text: str
    note: str | None = None  # why the decoding is uncertain; becomes a warning


def sniff_binary(head: bytes) -> str | None:
    """The kind of binary file `head` starts, or None when it looks like text."""
    for magic, kind in _MAGIC:
        if head.startswith(magic):
            return kind
    if head.startswith(_UTF32_BOMS + _UTF16_BOMS):
        return None
    if not head:
        return None
    # Text in UTF-8 or an 8-bit code page has almost no NUL or other low control bytes; a few
    # strays from a sloppy scraper are stripped later, a steady share means a binary format.
    low = sum(1 for b in head if b < 0x20 and b not in (0x09, 0x0A, 0x0C, 0x0D, 0x1B))
    if low / len(head) <= BINARY_CONTROL_SHARE:
        return None
    return "NUL bytes" if b"\x00" in head else "control bytes"


def decode(data: bytes) -> Decoded:
    """Decode report bytes: UTF-8 (with or without BOM), UTF-16/32 with BOM, else detect.

    Detection only chooses among a few legacy code pages; when none fits, UTF-8 with
    replacement characters keeps the report usable and the note says how many bytes were lost.
    """
    if data.startswith(_UTF32_BOMS):
        return _decode_with_bom(data, "utf-32")
    if data.startswith(_UTF16_BOMS):
        return _decode_with_bom(data, "utf-16")
    try:
        return Decoded(data.decode("utf-8-sig"))
    except UnicodeDecodeError:
        pass
    guess = _detect_legacy(data)
    if guess is not None:
        return Decoded(data.decode(guess), f"not UTF-8; decoded as {_pretty(guess)} (detected)")
    text = data.decode("utf-8", errors="replace")
    lost = text.count("\ufffd") - data.decode("utf-8", errors="ignore").count("\ufffd")
    return Decoded(text, f"not valid UTF-8; {lost} undecodable byte sequence(s) replaced")


def _decode_with_bom(data: bytes, codec: str) -> Decoded:
    text = data.decode(codec, errors="replace")
    if "\ufffd" in text and "\ufffd" not in data.decode(codec, errors="ignore"):
        return Decoded(text, f"broken {codec.upper()}; undecodable bytes replaced")
    return Decoded(text)


def _detect_legacy(data: bytes) -> str | None:
    # Imported lazily: charset-normalizer costs ~0.1 s to import and most input is UTF-8.
    from charset_normalizer import from_bytes

    best = from_bytes(data, cp_isolation=_LEGACY_ENCODINGS).best()
    if best is None:
        return None
    try:
        data.decode(best.encoding)
    except (UnicodeDecodeError, LookupError):
        return None
    return best.encoding


def _pretty(codec: str) -> str:
    return {"cp1252": "Windows-1252", "cp1256": "Windows-1256", "cp1251": "Windows-1251"}.get(
        codec, codec.replace("_", "-").title()
    )


# Characters the parser should see as something else, one for one (so offsets do not move).
# Line breaks of every style become "\n" (a CR before an LF becomes a space); tabs and
# Unicode spaces become spaces; controls, BOMs and non-characters become spaces.
_PARSE_MAP: dict[int, str] = {
    **{c: " " for c in [*range(0x00, 0x09), *range(0x0E, 0x20), *range(0x7F, 0x85), *range(0x86, 0xA0)]},
    **{ord(c): "\n" for c in "\x0b\x0c\x85\u2028\u2029"},
    **{ord(c): " " for c in "\t\r\xa0\u1680\u202f\u205f\u3000\ufeff\ufffe\uffff"},
    **{c: " " for c in range(0x2000, 0x200B)},
}
_PARSE_CHARS = re.compile("[" + "".join(re.escape(chr(c)) for c in sorted(_PARSE_MAP)) + "\ud800-\udfff]")
_LONE_CR = re.compile(r"\r(?!\n)")
# What no UTF-8 output or PostgreSQL column can hold: NUL and unpaired surrogates (JSON "\ud800").
_UNSTORABLE = re.compile(r"[\x00\ud800-\udfff]")


def storable(text: str) -> str:
    """The text as given, except NUL and unpaired surrogates, each replaced by U+FFFD (length kept)."""
    return _UNSTORABLE.sub("\ufffd", text) if _UNSTORABLE.search(text) else text


# Wire-copy slugs and list bullets at the start of a line ("UPDATE 2-Sudan's RSF shells ...", "EXCLUSIVE-Iran
# supplied ...", "- Two people were killed"): no words of the sentence, but they break its parse.
_SLUG = re.compile(r"(?m)^[ \t]*(?:(?:UPDATE|WRAPUP|REFILE|CORRECTED|RPT|EXCLUSIVE|BREAKING|FACTBOX|ANALYSIS)"
                   r"(?: \d+)?[ \t]*[-:\u2013\u2014][ \t]*|[-\u2022*\u2013][ \t]+)")


# Live-blog timestamps at the start of an entry ("14:05 GMT - ", "08:00 local - ", "9.30am: ", "06:20 PKT | "): the
# hour an entry was posted, no word of its sentence; left in, the tagger reads "IST - Pakistan rejects" as a noun
# phrase and the entry's act is lost.
_TIMESTAMP = re.compile(r"(?m)^[ \t]*\d{1,2}[:.]\d{2}"
                        r"(?:[ \t]*(?:[ap]\.?m\.?|[A-Z]{2,5}(?:[+-]\d{1,2})?|local(?: time)?))?"
                        r"[ \t]*[-:|\u2013\u2014][ \t]+(?=\S)")


# Credit lines ("Reporting by Tom Balmforth; Editing by Mark Heinrich", "Associated Press writers Philip Issa in
# Beirut and ... contributed to this report."): about the report, not in it; their verbs are no acts.
_CREDITS = re.compile(r"(?im)^[ \t(]*(?:(?:additional )?reporting by|writing by|editing by|compiled by)\b[^\n]*$"
                      r"|^[^\n]{0,300}\bcontributed (?:reporting )?to (?:this|the) (?:report|story|article)\b[^\n]*$")


def for_parsing(text: str) -> str:
    """The copy of `text` the parser reads: the same length, so offsets into it are offsets into `text`."""
    if _SLUG.search(text):
        text = _SLUG.sub(lambda m: " " * len(m.group(0)), text)
    if _TIMESTAMP.search(text):
        text = _TIMESTAMP.sub(lambda m: " " * len(m.group(0)), text)
    if _CREDITS.search(text):
        text = _CREDITS.sub(lambda m: " " * len(m.group(0)), text)
    if not _PARSE_CHARS.search(text):
        return text
    text = _LONE_CR.sub("\n", text)
    return _SURROGATES.sub("\ufffd", text.translate(_PARSE_MAP))


def normalise(text: str) -> str:
    """One line-break style, no control characters, no lone surrogates, no outer whitespace."""
    text = _LINE_BREAKS.sub("\n", text)
    text = _CONTROLS.sub("", text)
    text = _SURROGATES.sub("\ufffd", text)
    return text.strip()


def clean(raw: str) -> tuple[str, str | None]:
    """The report text as given (only what cannot be stored replaced), and why it cannot be a
    report (None when it can)."""
    if not normalise(raw):
        return raw, "empty text" if not raw else "text is only whitespace or control characters"
    text = storable(raw)
    return text, check_size(text)


def check_size(text: str) -> str | None:
    if len(text) > MAX_REPORT_CHARS:
        return f"report too large ({len(text)} chars > {MAX_REPORT_CHARS} limit)"
    return None
