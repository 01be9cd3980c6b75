"""Every span flashpoint prints indexes the input exactly as the user gave it (`offsets-exact`).

Reports arrive with leading blank lines, Windows line breaks, tabs and no-break spaces; the
parser reads an evened-out copy of the same length, and each printed span must still be the
slice of the text as given: `text == input[start:end]`.
"""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from flashpoint.cli import main
from flashpoint.events import extract_article
from flashpoint.ingest import read_path
from flashpoint.ingest.text import for_parsing
from flashpoint.model import Article

pytest_plugins = ["conftest_store"]  # the `db_url` fixture, on both backends

BODY = (
    "KYIV - Russian forces shelled Kharkiv on Tuesday, killing seven civilians, the regional governor said.\n"
    "Ukraine's army said it shot down 12 drones over Odesa on Monday night.\n"
    "Protesters gathered in Lviv on Wednesday to demand more air defence."
)

# Each variant is a way real files differ from the clean text the parser likes.
VARIANTS = {
    "leading blank lines": "\n\n\n" + BODY,
    "CRLF and indented start": "\r\n\r\n  " + BODY.replace("\n", "\r\n") + "\r\n",
    "tabs": "\t" + BODY.replace(" - ", "\t-\t").replace("on Tuesday", "on\tTuesday"),
    "no-break spaces": BODY.replace("seven civilians", "seven\u00a0civilians").replace("12 drones", "12\u00a0drones"),
    "old Mac line breaks": BODY.replace("\n", "\r"),
    "controls and a BOM mid-text": BODY.replace("Protesters", "\x0c\ufeffProtesters").replace("air", "a\x07ir"),
}


def _spans(record: dict) -> list[dict]:
    if "start" in record:  # `times` and `places` records are spans themselves
        return [record]
    return [s for s in (record["evidence"], record["trigger"], *record["mentions"]) if s]


def _run(command: str, path: Path, tmp_path: Path) -> list[dict]:
    out = tmp_path / f"{command}.jsonl"
    assert main([command, str(path), "--published", "2022-09-14", "-o", str(out)]) == 0
    return [json.loads(line) for line in out.read_text(encoding="utf-8").splitlines()]


@pytest.mark.parametrize("command", ["extract", "times", "places"])
@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_every_printed_span_is_the_slice_of_the_file_as_given(tmp_path: Path, variant: str, command: str) -> None:
    given = VARIANTS[variant]
    path = tmp_path / "report.txt"
    path.write_bytes(given.encode("utf-8"))
    records = _run(command, path, tmp_path)
    spans = [s for r in records for s in _spans(r)]
    assert len(spans) >= 2
    for s in spans:
        assert given[s["start"] : s["end"]] == s["text"], (variant, s)


@pytest.mark.parametrize("variant", sorted(VARIANTS))
def test_the_text_as_given_codes_like_the_clean_text(variant: str) -> None:
    def coded(text: str) -> list[tuple]:
        return [(e.type, e.status, e.fatalities, e.date.start if e.date else None,
                 e.location.name if e.location else None) for e in extract_article(Article("r", text))]  # fmt: skip

    assert coded(VARIANTS[variant]) == coded(BODY)


def test_jsonl_text_with_leading_whitespace_is_indexed_as_given(tmp_path: Path) -> None:
    text = "\n \t" + BODY.replace("\n", "\r\n")
    path = tmp_path / "reports.jsonl"
    path.write_text(json.dumps({"id": "k1", "text": text, "published": "2022-09-14"}) + "\n", encoding="utf-8")
    for command in ("extract", "times", "places"):
        for s in (s for r in _run(command, path, tmp_path) for s in _spans(r)):
            assert text[s["start"] : s["end"]] == s["text"]


def test_html_offsets_index_the_extracted_text_that_extract_writes(tmp_path: Path) -> None:
    page = tmp_path / "page.html"
    page.write_text(f"<html><head><title>Kharkiv</title></head><body><article><p>{BODY}</p></article></body></html>",
                    encoding="utf-8")  # fmt: skip
    events, texts = tmp_path / "events.jsonl", tmp_path / "texts.jsonl"
    assert main(["extract", str(page), "--published", "2022-09-14", "-o", str(events), "--texts", str(texts)]) == 0
    (report,) = [json.loads(line) for line in texts.read_text(encoding="utf-8").splitlines()]
    found = [json.loads(line) for line in events.read_text(encoding="utf-8").splitlines()]
    assert found
    for e in found:
        assert e["article"] == report["id"]
        assert report["text"][e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]


def test_the_reader_keeps_the_text_as_given_and_the_parser_copy_keeps_its_length(tmp_path: Path) -> None:
    given = VARIANTS["CRLF and indented start"]
    path = tmp_path / "r.txt"
    path.write_bytes(given.encode("utf-8"))
    (art,) = list(read_path(path))
    assert isinstance(art, Article) and art.text == given
    assert len(art.parse_text) == len(given) and "\r" not in art.parse_text
    assert for_parsing("a\x00b\ud800c") == "a b\ufffdc"


def test_reports_differing_only_in_line_breaks_hash_alike() -> None:
    assert Article("a", VARIANTS["CRLF and indented start"]).content_hash == Article("b", BODY).content_hash


def test_nul_and_lone_surrogates_are_the_only_characters_replaced(tmp_path: Path) -> None:
    path = tmp_path / "r.jsonl"
    path.write_text(json.dumps({"id": "x", "text": "Troops\x00 shelled\ud800 Kharkiv.\r\n"}) + "\n", encoding="utf-8")
    (art,) = list(read_path(path))
    assert isinstance(art, Article) and art.text == "Troops\ufffd shelled\ufffd Kharkiv.\r\n"


def test_stored_reports_keep_the_text_their_offsets_index(tmp_path: Path, db_url: str) -> None:
    from flashpoint.store import open_store

    given = VARIANTS["CRLF and indented start"]
    path = tmp_path / "kharkiv.txt"
    path.write_bytes(given.encode("utf-8"))
    assert main(["ingest", str(path), "--published", "2022-09-14", "--db", db_url, "--workers", "1"]) == 0
    with open_store(db_url) as store:
        report = store.report("kharkiv")
        assert report is not None and report["text"] == given
        found = store.events()
    assert found
    for e in found:
        assert given[e["evidence"]["start"] : e["evidence"]["end"]] == e["evidence"]["text"]
