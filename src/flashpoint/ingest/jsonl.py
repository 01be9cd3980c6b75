"""JSON Lines and JSON report files: one report object per line, or a list of objects."""

from __future__ import annotations

import json
from collections.abc import Iterator
from datetime import date
from pathlib import Path
from typing import IO, Any

from flashpoint.ingest.common import (
    FEED_FILE_LIMIT,
    TEXT_FILE_LIMIT,
    Found,
    TooLarge,
    article,
    optional_str,
    published_field,
    read_file,
)
from flashpoint.ingest.problems import WARNING, InputProblem
from flashpoint.ingest.text import SNIFF_BYTES, decode, normalise, sniff_binary

# JSON escapes (\uXXXX is six bytes for one char) let a legal report line grow past the
# plain-text byte budget.
MAX_LINE_BYTES = 2 * TEXT_FILE_LIMIT
_CHUNK = 1 << 16
TOO_DEEP = "not valid JSON for a report (nested too deeply to parse)"


def read_jsonl(path: Path, published: date | None) -> Iterator[Found]:
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES)
        if kind := sniff_binary(head.lstrip(b"\n\r\t ")[:SNIFF_BYTES]):
            yield InputProblem(str(path), f"binary file ({kind}), not text")
            return
        stream.seek(0)
        for number, line in _lines(stream):
            where = f"{path}:{number}"
            if line is None:
                yield InputProblem(where, f"report too large (line over {MAX_LINE_BYTES} bytes); skipped")
            elif line.strip():
                yield from _line(where, line, f"{path.stem}:{number}", published)


def _lines(stream: IO[bytes]) -> Iterator[tuple[int, bytes | None]]:
    """Numbered lines; None stands for a line too long to hold, which is skipped unread."""
    number = 0
    while line := stream.readline(MAX_LINE_BYTES + 1):
        number += 1
        if len(line) > MAX_LINE_BYTES and not line.endswith(b"\n"):
            while (rest := stream.readline(_CHUNK)) and not rest.endswith(b"\n"):
                pass
            yield number, None
        else:
            yield number, line


def _line(where: str, line: bytes, default_id: str, published: date | None) -> Iterator[Found]:
    decoded = decode(line)
    if decoded.note:
        yield InputProblem(where, decoded.note, WARNING)
    try:
        record = json.loads(decoded.text.rstrip("\r\n"))  # so column numbers stay on the line
    except json.JSONDecodeError as exc:
        yield InputProblem(where, f"not valid JSON ({exc.msg} at column {exc.colno})")
        return
    except RecursionError:
        yield InputProblem(where, TOO_DEEP)
        return
    yield from record_to_article(where, record, default_id, published)


def read_json(path: Path, published: date | None) -> Iterator[Found]:
    """A JSON file holding one report object, a list of them, or several objects in a row.

    Unlike JSONL this reads the whole file (up to FEED_FILE_LIMIT bytes): JSON cannot be
    split safely without parsing it. Use JSONL for large batches.
    """
    where = str(path)
    try:
        data = read_file(path, FEED_FILE_LIMIT)
    except TooLarge as exc:
        yield InputProblem(where, f"{exc}; use JSONL for large batches")
        return
    decoded = decode(data)
    if decoded.note:
        yield InputProblem(where, decoded.note, WARNING)
    yield from _documents(where, path.stem, decoded.text, published)


def _documents(where: str, stem: str, text: str, published: date | None) -> Iterator[Found]:
    decoder = json.JSONDecoder()
    pos = _skip_space(text, 0)
    if pos == len(text):
        yield InputProblem(where, "empty JSON file")
        return
    if text[pos] == "[":
        yield from _array(where, stem, text, pos + 1, decoder, published)
        return
    count = 0
    while pos < len(text):
        count += 1
        try:
            record, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield InputProblem(where, _json_error(exc))
            return
        except RecursionError:
            yield InputProblem(where, TOO_DEEP)
            return
        item_where = where if count == 1 else f"{where}#{count}"
        item_id = stem if count == 1 else f"{stem}:{count}"
        yield from record_to_article(item_where, record, item_id, published)
        pos = _skip_space(text, pos)


def _array(where: str, stem: str, text: str, pos: int, decoder: json.JSONDecoder, published: date | None
           ) -> Iterator[Found]:  # fmt: skip
    index = 0
    pos = _skip_space(text, pos)
    while pos < len(text) and text[pos] != "]":
        index += 1
        try:
            record, pos = decoder.raw_decode(text, pos)
        except json.JSONDecodeError as exc:
            yield InputProblem(f"{where}#{index}", _json_error(exc) + "; rest of file skipped")
            return
        except RecursionError:
            yield InputProblem(f"{where}#{index}", TOO_DEEP + "; rest of file skipped")
            return
        yield from record_to_article(f"{where}#{index}", record, f"{stem}:{index}", published)
        pos = _skip_space(text, pos)
        if pos < len(text) and text[pos] == ",":
            pos = _skip_space(text, pos + 1)
        elif pos < len(text) and text[pos] != "]":
            yield InputProblem(where, f"not valid JSON (expected ',' or ']' after element {index})")
            return
    if pos >= len(text):
        yield InputProblem(where, "not valid JSON (list is not closed with ']')", WARNING)


def _skip_space(text: str, pos: int) -> int:
    while pos < len(text) and text[pos] in " \t\r\n":
        pos += 1
    return pos


def _json_error(exc: json.JSONDecodeError) -> str:
    return f"not valid JSON ({exc.msg} at line {exc.lineno} column {exc.colno})"


def record_to_article(where: str, record: Any, default_id: str, published: date | None) -> Iterator[Found]:
    """One report object to an Article; bad optional fields become warnings, not skips."""
    if not isinstance(record, dict):
        yield InputProblem(where, f"not a JSON object (got {_json_type(record)})")
        return
    text = record.get("text")
    if text is None:
        yield InputProblem(where, "missing field 'text'")
        return
    if not isinstance(text, str):
        yield InputProblem(where, f"field 'text' is not a string (got {_json_type(text)})")
        return
    fields: dict[str, Any] = {}
    problems = []
    for key in ("title", "url", "source", "language"):
        fields[key], problem = optional_str(where, record, key)
        problems.append(problem)
    # The id is the report's identity in the store; without one, its URL is, else its place in the file.
    fields["id"], problem = _record_id(where, record.get("id"), fields["url"] or default_id)
    problems.append(problem)
    fields["published"], problem = published_field(where, record.get("published"), published)
    problems.append(problem)
    if fields["language"]:
        fields["language"] = fields["language"].lower()
    yield from (p for p in problems if p is not None)
    yield from article(where, text, **fields)


def _record_id(where: str, value: Any, default_id: str) -> tuple[str, InputProblem | None]:
    if isinstance(value, str) and (cleaned := " ".join(normalise(value).split())):
        return cleaned, None
    if isinstance(value, int) and not isinstance(value, bool):
        return str(value), None
    if value is None or isinstance(value, str):
        return default_id, None
    shown = _json_type(value)
    return default_id, InputProblem(
        where, f"field 'id' is not a string ({shown}); using {default_id!r}", WARNING
    )


def _json_type(value: Any) -> str:
    names = {dict: "object", list: "list", str: "string", bool: "boolean", int: "number", float: "number"}
    return "null" if value is None else names.get(type(value), type(value).__name__)
