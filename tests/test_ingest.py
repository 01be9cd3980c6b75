"""Reading reports from files, folders and stdin: what comes out, and what bad input says."""

from __future__ import annotations

import json
import subprocess
import sys
from datetime import date, timedelta
from pathlib import Path

import pytest

from flashpoint.ingest import MAX_REPORT_CHARS, InputProblem, folder_files, read_inputs, read_path
from flashpoint.model import Article

DATA = Path(__file__).parent / "data" / "ingest"
PUBLISHED = date(2022, 9, 15)


def read(*paths: str | Path, published: date | None = PUBLISHED) -> list[Article | InputProblem]:
    return list(read_inputs(list(paths), published=published))


def articles(items: list[Article | InputProblem]) -> list[Article]:
    return [i for i in items if isinstance(i, Article)]


def problems(items: list[Article | InputProblem], severity: str | None = None) -> list[InputProblem]:
    return [i for i in items if isinstance(i, InputProblem) and severity in (None, i.severity)]


def write(tmp_path: Path, name: str, data: str | bytes) -> Path:
    path = tmp_path / name
    path.parent.mkdir(parents=True, exist_ok=True)
    path.write_bytes(data.encode("utf-8") if isinstance(data, str) else data)
    return path


def jsonl(*records: object) -> str:
    return "".join((r if isinstance(r, str) else json.dumps(r)) + "\n" for r in records)


# --- plain text -------------------------------------------------------------------------------


def test_a_text_file_is_one_report_named_after_the_file(tmp_path: Path) -> None:
    path = write(tmp_path, "kyiv-report.txt", "Troops shelled the town on Monday, officials said.\n")
    [art] = read(path)
    assert art.id == "kyiv-report"
    assert art.text == "Troops shelled the town on Monday, officials said.\n"  # as given: offsets index it
    assert art.published == PUBLISHED
    assert art.language == "en"


def test_line_endings_and_control_characters_are_evened_out_only_in_the_parsed_copy(tmp_path: Path) -> None:
    raw = b"\xef\xbb\xbfFirst line.\r\nSecond\x07 line.\rThird\x00 line.\x0cNext page.\t(tab)\x1b[0m"
    [art] = read(write(tmp_path, "messy.txt", raw))
    # As given, but for the NUL no database or UTF-8 output can hold; the BOM is no character of the text.
    assert art.text == "First line.\r\nSecond\x07 line.\rThird\ufffd line.\x0cNext page.\t(tab)\x1b[0m"
    assert art.parse_text == "First line. \nSecond  line.\nThird\ufffd line.\nNext page. (tab) [0m"
    start = art.text.index("Second")  # offsets computed on the parsed copy are the offsets users see
    assert art.parse_text[start : start + 6] == "Second"


@pytest.mark.parametrize("name", ["2022-09-13-armenia.txt", "20220913_armenia.txt", "2022_09_13 armenia.txt"])
def test_a_text_file_is_dated_by_the_date_its_name_starts_with(tmp_path: Path, name: str) -> None:
    [art] = read(write(tmp_path / "reports", name, "Azerbaijani forces shelled Jermuk on Tuesday."))
    assert art.published == date(2022, 9, 13)  # not the folder-wide default


def test_a_date_line_at_the_top_dates_the_report_and_the_headline_is_its_title(tmp_path: Path) -> None:
    text = "Published: 2022-09-14\nBy: Staff reporter\n\nClashes erupt near Goris\nTroops clashed near Goris.\n"
    [art] = read(write(tmp_path, "goris.txt", text), published=None)
    assert (art.published, art.title, art.text) == (date(2022, 9, 14), "Clashes erupt near Goris", text)


def test_a_first_line_that_is_a_sentence_is_no_title(tmp_path: Path) -> None:
    [art] = read(write(tmp_path, "lede.txt", "Troops clashed near Goris on Tuesday.\nTwo soldiers died.\n"))
    assert art.title is None


def test_a_sidecar_json_gives_a_text_file_its_date_title_url_and_source(tmp_path: Path) -> None:
    folder = tmp_path / "inbox"
    write(folder, "airport.txt", "Rebels seized the airport on Sunday.")
    write(folder, "airport.json", json.dumps({"published": "2022-09-17", "title": "Airport seized",
                                              "url": "https://wire.example/airport", "source": "Wire"}))  # fmt: skip
    items = read(folder, published=None)
    assert problems(items) == []  # the sidecar is no report of its own
    [art] = articles(items)
    assert (art.id, art.published, art.title, art.url, art.source) == (
        "airport", date(2022, 9, 17), "Airport seized", "https://wire.example/airport", "Wire")  # fmt: skip


def test_a_broken_sidecar_is_a_warning_and_the_report_is_read(tmp_path: Path) -> None:
    write(tmp_path, "a.json", "{not json")
    items = read(write(tmp_path, "a.txt", "Rebels seized the airport."))
    assert len(articles(items)) == 1 and [p.severity for p in problems(items)] == ["warning"]


def test_ingest_says_when_reports_have_no_date(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from flashpoint.cli import main

    folder = tmp_path / "undated"
    write(folder, "a.txt", "Police arrested two protesters.")
    write(folder, "2022-09-15-b.txt", "Police arrested three protesters.")
    assert main(["ingest", str(folder), "--db", str(tmp_path / "e.db"), "--workers", "1"]) == 0
    assert capsys.readouterr().err.count("no publication date for some reports") == 1


def test_jsonl_records_sharing_a_url_are_kept_apart_by_their_ids(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    from flashpoint.cli import main
    from flashpoint.store import open_store

    live = [{"id": f"live-{i}", "url": "https://news.example/live", "published": "2022-09-15",
             "text": f"Update {i}: police arrested {i + 2} protesters in Tbilisi."} for i in range(30)]  # fmt: skip
    path = write(tmp_path, "live.jsonl", jsonl(*live))
    db = str(tmp_path / "e.db")
    assert main(["ingest", str(path), "--db", db, "--workers", "1", "--no-dedup"]) == 0
    assert "30 added, 0 unchanged, 0 replaced" in capsys.readouterr().err
    with open_store(db) as store:
        assert len(store.reports()) == 30
    no_ids = [{k: v for k, v in r.items() if k != "id"} for r in live[:2]]
    assert [a.id for a in articles(read(write(tmp_path, "n.jsonl", jsonl(*no_ids))))] == [
        "https://news.example/live", "https://news.example/live#2"]  # without an id, the URL is one


def test_a_missing_path_is_one_problem_and_the_batch_goes_on(tmp_path: Path) -> None:
    good = write(tmp_path, "good.txt", "Police arrested two protesters.")
    items = read(tmp_path / "nope.txt", good)
    assert [str(p) for p in problems(items)] == [f"{tmp_path / 'nope.txt'}: no such file or directory"]
    assert [a.id for a in articles(items)] == ["good"]


@pytest.mark.parametrize(
    ("data", "reason"),
    [
        (b"", "empty text"),
        (b"  \r\n\t \n ", "text is only whitespace or control characters"),
        (b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n1 0 obj", "binary file (PDF), not text"),
        (b"PK\x03\x04\x14\x00\x06\x00", "binary file (ZIP/Office document), not text"),
        (b"Some words\x00\x00\x00\x01\x02 more", "binary file (NUL bytes), not text"),
    ],
)
def test_text_files_that_are_not_reports(tmp_path: Path, data: bytes, reason: str) -> None:
    [problem] = read(write(tmp_path, "bad.txt", data))
    assert isinstance(problem, InputProblem)
    assert (problem.reason, problem.severity) == (reason, "error")


def test_windows_1252_text_is_detected_and_flagged(tmp_path: Path) -> None:
    text = "The minister’s “red line” was crossed – the café near the frontier was hit, officials said."
    items = read(write(tmp_path, "cp1252.txt", text.encode("cp1252")))
    assert articles(items)[0].text == text
    [warning] = problems(items)
    assert warning.severity == "warning" and "Windows-1252" in warning.reason


def test_windows_1256_arabic_is_detected_and_labelled(tmp_path: Path) -> None:
    text = (
        "قالت وزارة الدفاع إن القوات قصفت مواقع في المنطقة الحدودية صباح الثلاثاء وأسفر القصف عن مقتل شخصين"
    )
    items = read(write(tmp_path, "cp1256.txt", text.encode("cp1256")))
    [art] = articles(items)
    assert art.text == text
    assert art.language == "ar"
    assert "Windows-1256" in problems(items, "warning")[0].reason


def test_utf16_with_a_byte_order_mark_is_text_not_binary(tmp_path: Path) -> None:
    [art] = read(write(tmp_path, "notepad.txt", "Rebels seized the airport.".encode("utf-16")))
    assert art.text == "Rebels seized the airport."


def test_a_report_over_the_size_limit_is_skipped_with_its_size(tmp_path: Path) -> None:
    path = write(tmp_path, "huge.txt", "x" * (MAX_REPORT_CHARS + 1))
    [problem] = read(path)
    assert problem.reason == f"report too large ({MAX_REPORT_CHARS + 1} chars > {MAX_REPORT_CHARS} limit)"


def test_a_file_too_big_to_be_a_report_is_refused_before_it_is_read(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    with path.open("wb") as f:  # sparse: big on paper, cheap on disk
        f.truncate(5 * MAX_REPORT_CHARS)
    [problem] = read(path)
    assert problem.reason.startswith(f"report too large ({5 * MAX_REPORT_CHARS} bytes")


def test_stdin_is_one_report_called_stdin() -> None:
    script = (
        "from datetime import date; from flashpoint.ingest import read_inputs\n"
        "for item in read_inputs(['-'], date(2022, 9, 15)): print(repr(item))"
    )
    run = subprocess.run(
        [sys.executable, "-c", script], input=b"Crowds marched on the palace.\r\n", capture_output=True
    )
    assert run.returncode == 0, run.stderr.decode()
    assert "Article(id='stdin', text='Crowds marched on the palace.\\r\\n'" in run.stdout.decode()


# --- JSON Lines and JSON ----------------------------------------------------------------------


def test_jsonl_reports_with_their_fields_and_defaults(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "batch.jsonl",
        jsonl(
            {"id": "a1", "text": "Talks resumed in Doha.", "published": "2023-01-05T10:00:00Z", "title": "Talks",
             "url": "https://example.org/a1", "source": "Wire", "language": "EN"},
            {"id": 42, "text": "Rebels shelled the port."},
        ),
    )  # fmt: skip
    first, second = read(path)
    assert first == Article(
        id="a1", text="Talks resumed in Doha.", published=date(2023, 1, 5), title="Talks",
        url="https://example.org/a1", source="Wire", language="en",
    )  # fmt: skip
    assert (second.id, second.published) == ("42", PUBLISHED)


def test_bad_jsonl_lines_are_reported_by_line_number_and_the_rest_is_read(tmp_path: Path) -> None:
    path = write(
        tmp_path,
        "reports.jsonl",
        jsonl(
            {"id": "ok1", "text": "Ceasefire agreed."},
            '{"id": "broken", "text": "no closing brace"',
            "[1, 2, 3]",
            {"id": "no-text"},
            {"id": "num-text", "text": 12},
            {"text": "An id is derived from the file and line."},
            "",
            {"id": "ok2", "text": "Border reopened.", "published": "last Tuesday"},
        ),
    )
    items = read(path)
    assert [str(p) for p in problems(items)] == [
        f"{path}:2: not valid JSON (Expecting ',' delimiter at column 44)",
        f"{path}:3: not a JSON object (got list)",
        f"{path}:4: missing field 'text'",
        f"{path}:5: field 'text' is not a string (got number)",
        f"{path}:8: warning: invalid published date 'last Tuesday'; report kept without a date",
    ]
    assert [(a.id, a.published) for a in articles(items)] == [
        ("ok1", PUBLISHED),
        ("reports:6", PUBLISHED),
        ("ok2", None),
    ]


def test_repeated_ids_get_a_suffix_and_a_warning(tmp_path: Path) -> None:
    path = write(tmp_path, "dups.jsonl", jsonl(*({"id": "r", "text": f"Report {n}."} for n in range(3))))
    items = read(path)
    assert [a.id for a in articles(items)] == ["r", "r#2", "r#3"]
    assert str(problems(items)[0]) == f"{path}:2: warning: duplicate id 'r'; renamed to 'r#2'"


def test_a_date_in_the_future_is_kept_with_a_warning(tmp_path: Path) -> None:
    future = date.today() + timedelta(days=40)
    items = read(
        write(tmp_path, "f.jsonl", jsonl({"id": "f", "text": "Vote set.", "published": str(future)}))
    )
    assert articles(items)[0].published == future
    assert problems(items, "warning")[0].reason == f"published date {future} is in the future; kept as given"


def test_an_overlong_jsonl_line_is_skipped_without_holding_it(tmp_path: Path) -> None:
    from flashpoint.ingest.jsonl import MAX_LINE_BYTES

    big = json.dumps({"id": "big", "text": "y" * (MAX_LINE_BYTES + 10)})
    path = write(tmp_path, "big.jsonl", jsonl(big, {"id": "after", "text": "Still read."}))
    items = read(path)
    assert problems(items)[0].where == f"{path}:1"
    assert problems(items)[0].reason.startswith("report too large")
    assert [a.id for a in articles(items)] == ["after"]


def test_a_json_file_holds_a_list_or_a_single_report(tmp_path: Path) -> None:
    many = write(tmp_path, "many.json", json.dumps([{"text": "One."}, "oops", {"id": "x", "text": "Two."}]))
    one = write(tmp_path, "one.json", json.dumps({"text": "Single.", "published": "2021-02-03"}))
    items = read(many, one)
    assert [(a.id, a.text, a.published) for a in articles(items)] == [
        ("many:1", "One.", PUBLISHED),
        ("x", "Two.", PUBLISHED),
        ("one", "Single.", date(2021, 2, 3)),
    ]
    assert [str(p) for p in problems(items)] == [f"{many}#2: not a JSON object (got string)"]


def test_a_truncated_json_list_keeps_what_came_before_the_break(tmp_path: Path) -> None:
    path = write(tmp_path, "cut.json", '[{"text": "Kept."}, {"text": "Lost')
    items = read(path)
    assert [a.text for a in articles(items)] == ["Kept."]
    assert problems(items)[0].where == f"{path}#2"
    assert problems(items)[0].reason.startswith("not valid JSON (Unterminated string")


# --- HTML -------------------------------------------------------------------------------------


def test_an_html_page_gives_its_article_title_date_and_site_without_boilerplate() -> None:
    [art] = read(DATA / "news-page.html", published=None)
    assert art.id == "news-page"
    assert art.title == "Shelling hits border villages as talks stall"
    assert art.published == date(2023, 3, 14)
    assert art.url == "https://meridian-herald.example/world/2023/03/14/border-shelling"
    assert art.source == "The Meridian Herald"
    assert "Artillery fire struck three villages" in art.text
    assert "no new date had been set." in art.text
    for boilerplate in ("cookies", "Subscribe", "Privacy", "All rights reserved"):
        assert boilerplate not in art.text


def test_an_html_page_without_an_article_is_an_error(tmp_path: Path) -> None:
    page = (
        "<html><head><title>Home</title></head><body><nav><a href='/'>Home</a> <a href='/w'>World</a></nav>"
        "<div class='cookies'>We use cookies. Accept all</div><footer>© 2023 Herald</footer></body></html>"
    )
    [problem] = read(write(tmp_path, "index.html", page))
    assert problem.reason == "no article text found in HTML"


def test_html_dates_come_from_markup_never_from_the_text(tmp_path: Path) -> None:
    body = "<p>Fighting that began on 2 April 2019 flared again, the army said in a statement.</p>"
    undated = write(tmp_path, "undated.html", f"<html><body><article>{body}</article></body></html>")
    json_ld = (
        '<script type="application/ld+json">{"@graph": [{"@type": "NewsArticle", '
        '"datePublished": "2023-06-01T05:00:00+02:00"}]}</script>'
    )
    dated = write(
        tmp_path, "dated.htm", f"<html><head>{json_ld}</head><body><article>{body}</article></body></html>"
    )
    first, second = read(undated, dated)
    assert first.published == PUBLISHED  # the caller's default, not 2019
    assert second.published == date(2023, 6, 1)


def test_a_declared_legacy_charset_is_honoured(tmp_path: Path) -> None:
    page = "<html><head><meta charset='iso-8859-1'></head><body><p>Le café a été fermé par la police.</p></body></html>"
    [art] = read(write(tmp_path, "fr.html", page.encode("cp1252")))
    assert art.text == "Le café a été fermé par la police."
    assert art.language == "fr"


# --- feeds ------------------------------------------------------------------------------------


def test_rss_entries_become_reports_and_broken_entries_are_named() -> None:
    path = DATA / "wire.rss"
    items = read(path, published=None)
    first, second, third = articles(items)
    assert first.id == "mh-2023-0314-001"
    assert first.text == (
        "Mediators said on Tuesday that talks on a ceasefire would not resume this week.\n"
        "Both sides blamed each other for the shelling of border villages."
    )
    assert first.published == date(2023, 3, 14)  # the publisher's own day, not the UTC one
    assert first.source == "Meridian Herald - World"
    assert second.id == second.url == "https://meridian-herald.example/world/2023/03/15/aid-convoy"
    assert third.published is None
    assert [str(p) for p in problems(items)] == [
        f"{path}#item3: entry has no text (no content or summary)",
        f"{path}#item4: warning: invalid published date 'sometime last week'; report kept without a date",
    ]


def test_atom_entries_with_html_titles_and_updated_dates() -> None:
    rally, cargo = read(DATA / "agency.atom")
    assert (rally.id, rally.title, rally.published) == (
        "urn:northgate:2023-05-02:0042", "Protesters rally outside parliament", date(2023, 5, 2),
    )  # fmt: skip
    assert rally.url == "https://northgate-press.example/2023/05/02/rally"
    assert (cargo.source, cargo.published) == ("Northgate Press Agency", date(2023, 5, 1))


def test_xml_that_is_not_a_feed_is_one_error(tmp_path: Path) -> None:
    [problem] = read(write(tmp_path, "data.xml", "<?xml version='1.0'?><catalog><book>Dune</book></catalog>"))
    assert problem.reason.startswith("no RSS or Atom entries found")


# --- folders ----------------------------------------------------------------------------------


def test_a_folder_is_read_recursively_in_sorted_order_skipping_other_and_hidden_files(tmp_path: Path) -> None:
    write(tmp_path, "b.txt", "Second file.")
    write(tmp_path, "a/z.jsonl", jsonl({"id": "z1", "text": "From JSONL."}))
    write(tmp_path, "a/notes.md", "not a report format")
    write(tmp_path, ".git/HEAD.txt", "hidden")
    write(
        tmp_path,
        "c/page.HTML",
        "<html><body><p>Troops left the city on Friday, residents said.</p></body></html>",
    )
    assert [p.relative_to(tmp_path).as_posix() for p in folder_files(tmp_path)] == [
        "a/z.jsonl", "b.txt", "c/page.HTML",
    ]  # fmt: skip
    assert [a.id for a in articles(read(tmp_path))] == ["z1", "b", "page"]


def test_an_empty_folder_says_so(tmp_path: Path) -> None:
    [problem] = read(tmp_path)
    assert problem.reason.startswith("no readable files in folder")


def test_read_path_reads_one_input(tmp_path: Path) -> None:
    assert [a.text for a in read_path(write(tmp_path, "one.txt", "Hello."))] == ["Hello."]


def test_an_unknown_extension_is_sniffed(tmp_path: Path) -> None:
    path = write(tmp_path, "export.dat", jsonl({"id": "d", "text": "Sniffed as JSONL."}))
    assert [a.id for a in articles(read(path))] == ["d"]


def test_problems_print_as_one_line() -> None:
    assert (
        str(InputProblem("reports.jsonl:17", "not valid JSON (x)")) == "reports.jsonl:17: not valid JSON (x)"
    )
    warning = InputProblem("feed.xml#item3", "bad\ndate", "warning")
    assert str(warning) == "feed.xml#item3: warning: bad date"


# --- the reference report ---------------------------------------------------------------------

SEED = Path(__file__).resolve().parents[1].parent / "shared" / "examples" / "seed-article.txt"


@pytest.mark.skipif(
    not SEED.exists(), reason="reference report ../shared/examples/seed-article.txt not present"
)
def test_the_reference_report_reads_as_one_english_article_with_its_text_intact() -> None:
    [art] = read(SEED)
    assert art.id == "seed-article" and art.language == "en" and art.published == PUBLISHED
    assert art.text == SEED.read_text("utf-8").strip()


def test_json_nested_too_deeply_to_parse_is_an_error_not_a_crash(tmp_path: Path) -> None:
    deep = "[" * 100_000
    items = read(write(tmp_path, "deep.jsonl", deep + "\n" + jsonl({"text": "Next line."})))
    assert [p.reason for p in problems(items)] == ["not valid JSON for a report (nested too deeply to parse)"]
    assert [a.text for a in articles(items)] == ["Next line."]
    [problem] = read(write(tmp_path, "deep.json", deep))
    assert problem.reason.startswith("not valid JSON for a report (nested too deeply")
