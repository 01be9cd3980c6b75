"""Whatever bytes arrive, reading yields Articles or InputProblems and never raises."""

from __future__ import annotations

import json
import re
import tempfile
from pathlib import Path

from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from flashpoint.ingest import InputProblem, read_inputs
from flashpoint.ingest.fuzz import check_result, fuzz_one
from flashpoint.ingest.text import storable
from flashpoint.model import Article

FORBIDDEN = re.compile(r"[\x00-\x08\x0b-\x1f\x7f]")
SURROGATE = re.compile(r"[\ud800-\udfff]")
FAST = settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])

# Bytes that look like what the readers expect, so the fuzzing goes past the first check.
PREFIXES = [b"", b"\xef\xbb\xbf", b"%PDF", b"<html><body><p>", b"<rss><channel><item><description>",
            b'{"id": "x", "text": "', b'[{"text": "', b"\xff\xfe", b"<?xml version='1.0'?><feed>"]  # fmt: skip


def read_one(tmp: str, name: str, data: bytes) -> list[Article | InputProblem]:
    path = Path(tmp, name)
    path.write_bytes(data)
    return list(read_inputs([path]))


@FAST
@given(prefix=st.sampled_from(PREFIXES), body=st.binary(max_size=400))
def test_any_bytes_under_any_extension_read_without_raising(prefix: bytes, body: bytes) -> None:
    fuzz_one(prefix + body)  # asserts the result contract for every extension


@FAST
@given(text=st.text(max_size=300))
def test_any_text_file_gives_a_clean_article_or_a_reason(text: str) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        for item in read_one(tmp, "t.txt", text.encode("utf-8", errors="surrogatepass")):
            check_result(item)
            if isinstance(item, Article) and not SURROGATE.search(text):
                assert item.text == storable(text.removeprefix("\ufeff"))  # the text as given
                assert not FORBIDDEN.search(item.parse_text)


json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(max_size=40),
    lambda inner: st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=8), inner, max_size=3),
    max_leaves=8,
)
records = st.fixed_dictionaries(
    {},
    optional={
        "id": json_values, "text": st.text(max_size=80) | json_values, "published": st.text(max_size=25) | json_values,
        "title": json_values, "url": json_values, "source": json_values, "language": json_values,
    },
)  # fmt: skip


@FAST
@given(lines=st.lists(records | json_values, max_size=6))
def test_any_jsonl_gives_one_outcome_per_line_and_unique_ids(lines: list[object]) -> None:
    data = "".join(json.dumps(line) + "\n" for line in lines).encode("utf-8", errors="surrogatepass")
    with tempfile.TemporaryDirectory() as tmp:
        items = read_one(tmp, "r.jsonl", data)
    for item in items:
        check_result(item)
    arts = [i for i in items if isinstance(i, Article)]
    errors = [i for i in items if isinstance(i, InputProblem) and i.severity == "error"]
    assert len(arts) + len(errors) == len(lines)  # each line is either read or skipped with a reason
    assert len({a.id for a in arts}) == len(arts)


def test_text_with_lone_surrogates_from_json_escapes_is_repaired(tmp_path: Path) -> None:
    path = tmp_path / "s.jsonl"
    path.write_text('{"id": "s", "text": "bad \\ud800 pair"}\n', encoding="utf-8")
    [art] = read_inputs([path])
    assert art.text == "bad \ufffd pair"
    assert len(art.content_hash) == 64
