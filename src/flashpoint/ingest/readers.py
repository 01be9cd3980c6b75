"""From paths to a stream of Articles and InputProblems: dispatch, folders, stdin, ids."""

from __future__ import annotations

import json
import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from datetime import date, timedelta
from functools import partial
from pathlib import Path
from typing import Any

from flashpoint.ingest.common import (
    TEXT_FILE_LIMIT,
    Binary,
    Found,
    TooLarge,
    article,
    optional_str,
    published_field,
    read_bounded,
    read_file,
)
from flashpoint.ingest.feeds import read_feed
from flashpoint.ingest.heads import date_in_name, read_head
from flashpoint.ingest.jsonl import read_json, read_jsonl
from flashpoint.ingest.language import guess_language
from flashpoint.ingest.pages import read_html
from flashpoint.ingest.problems import WARNING, InputProblem
from flashpoint.ingest.text import SNIFF_BYTES, decode
from flashpoint.model import Article

STDIN = "-"
Reader = Callable[[Path, date | None], Iterator[Found]]


def read_text(path: Path, published: date | None) -> Iterator[Found]:
    """A plain-text report: the file name (stem) is its id.

    Its date, first found first: a sidecar `NAME.json` (`published`, `title`, `url`, `source`),
    a `Date:`/`Published:` line at the top, a date the file name starts with
    (2022-09-15-armenia.txt, 20220915_armenia.txt), then `published` (the caller's default).
    Its title: the sidecar's, a `Title:` line, else the first line that reads as a headline.
    """
    where = str(path)
    meta: dict[str, Any] = {}
    for item in sidecar(path):
        if isinstance(item, InputProblem):
            yield item
        else:
            meta = item
    named = date_in_name(path.stem)
    yield from _text(where, path.stem, read_file(path, TEXT_FILE_LIMIT), named or published, meta)


def _text(where: str, report_id: str, data: bytes, published: date | None, meta: dict[str, Any] | None = None
          ) -> Iterator[Found]:  # fmt: skip
    decoded = decode(data)
    if decoded.note:
        yield InputProblem(where, decoded.note, WARNING)
    head = read_head(decoded.text)
    fields: dict[str, Any] = {"id": report_id, "published": published, "title": head.title}
    if head.title is None and head.headline is not None:
        fields["title"] = " ".join(decoded.text[slice(*head.headline)].split())
    for key in ("url", "source"):
        fields[key] = head.fields.get(key)
    if stated := head.fields.get("published"):
        fields["published"], problem = published_field(where, stated, published)
        if problem:
            yield problem
    fields.update({k: v for k, v in (meta or {}).items() if v is not None})
    yield from article(where, decoded.text, **fields)


def sidecar(path: Path) -> Iterator[dict[str, Any] | InputProblem]:
    """The fields of `NAME.json` beside `NAME.txt`: published, title, url, source (each optional)."""
    side = path.with_suffix(".json")
    if not side.is_file():
        return
    where = str(side)
    try:
        record = json.loads(decode(read_file(side, SIDECAR_LIMIT)).text)
    except (OSError, ValueError, TooLarge, Binary, RecursionError) as exc:
        yield InputProblem(where, f"sidecar not read ({type(exc).__name__}); the report is read without it", WARNING)
        return
    if not isinstance(record, dict):
        yield InputProblem(where, "sidecar is not a JSON object; ignored", WARNING)
        return
    meta: dict[str, Any] = {}
    if "published" in record:
        meta["published"], problem = published_field(where, record.get("published"), None)
        if problem:
            yield problem
    for key in ("title", "url", "source"):
        meta[key], problem = optional_str(where, record, key)
        if problem:
            yield problem
    yield meta


SIDECAR_LIMIT = 1 << 20  # a sidecar holds a few fields, never a report


def read_stdin(published: date | None) -> Iterator[Found]:
    yield from _text("stdin", "stdin", read_bounded(sys.stdin.buffer, TEXT_FILE_LIMIT), published)


READERS: dict[str, Reader] = {
    ".txt": read_text,
    ".text": read_text,
    ".html": read_html,
    ".htm": read_html,
    ".xhtml": read_html,
    ".jsonl": read_jsonl,
    ".ndjson": read_jsonl,
    ".json": read_json,
    ".xml": read_feed,
    ".rss": read_feed,
    ".atom": read_feed,
}
"""Readers by file extension (lower case); a folder is searched for exactly these."""


def reader_for(path: Path) -> Reader:
    """The reader for `path`: by extension, else by a look at the first bytes."""
    if reader := READERS.get(path.suffix.lower()):
        return reader
    with path.open("rb") as stream:
        head = stream.read(SNIFF_BYTES).lstrip().lower()
    if head.startswith((b"<?xml", b"<rss", b"<feed", b"<rdf")):
        return read_feed
    if head.startswith((b"<!doctype html", b"<html")):
        return read_html
    if head.startswith(b"["):
        return read_json
    if head.startswith(b"{"):
        return read_jsonl
    return read_text


def read_inputs(
    paths: Sequence[str | Path], published: date | None = None
) -> Iterator[Article | InputProblem]:
    """Every report in `paths` (files, folders, "-" for stdin), in a deterministic order.

    Streams: JSONL files and folders are read one report / one file at a time. Each bad
    input yields an InputProblem and the batch goes on. Ids are unique across the run.
    `published` is the date for reports that carry none of their own.
    """
    if isinstance(paths, str | Path):  # a lone path is a common slip; don't iterate its characters
        paths = [paths]
    ids: set[str] = set()
    for path in paths:
        yield from _finish(_one_input(path, published), ids)


def read_path(path: str | Path, published: date | None = None) -> Iterator[Article | InputProblem]:
    """The reports in one file, folder, or "-" (stdin); see read_inputs."""
    return read_inputs([path], published)


def _one_input(path: str | Path, published: date | None) -> Iterator[Found]:
    if str(path) == STDIN:
        yield from _guarded("stdin", lambda: read_stdin(published))
        return
    path = Path(path)
    if path.is_dir():
        yield from _folder(path, published)
    elif path.exists():
        yield from _guarded(str(path), lambda: reader_for(path)(path, published))
    else:
        yield InputProblem(str(path), "no such file or directory")


def _folder(folder: Path, published: date | None) -> Iterator[Found]:
    outside: list[Path] = []
    files = list(folder_files(folder, outside=outside))
    for link in outside:
        yield InputProblem(str(link), "symbolic link to outside the input folder; not followed")
    if not files and not outside:
        yield InputProblem(
            str(folder), f"no readable files in folder (looked for {', '.join(sorted(READERS))})"
        )
    for path in files:
        yield from _guarded(str(path), partial(READERS[path.suffix.lower()], path, published))


def folder_files(folder: Path, outside: list[Path] | None = None, root: Path | None = None) -> Iterator[Path]:
    """Supported files under `folder`, recursively, in sorted path order; hidden entries skipped.

    Symlinked folders are not followed: a link back up the tree would never end. A symlinked
    file is read only when it points inside the folder: a shared inbox must not become a way to
    read any file the user running flashpoint can (such links are appended to `outside`).
    """
    root = root or folder.resolve()
    with os.scandir(folder) as scan:
        entries = sorted(scan, key=lambda e: e.name)
    for entry in entries:
        if entry.name.startswith("."):
            continue
        path = Path(entry.path)
        if entry.is_dir(follow_symlinks=False):
            yield from folder_files(path, outside, root)
        elif path.suffix.lower() in READERS and entry.is_file() and not _is_sidecar(path, entries):
            if entry.is_symlink() and not path.resolve().is_relative_to(root):
                if outside is not None:
                    outside.append(path)
                continue
            yield path


def _is_sidecar(path: Path, entries: list[os.DirEntry[str]]) -> bool:
    """`NAME.json` beside `NAME.txt` describes that report; it is no report of its own."""
    if path.suffix.lower() != ".json":
        return False
    names = {e.name for e in entries}
    return any(f"{path.stem}{ext}" in names for ext in (".txt", ".text", ".TXT"))


def _guarded(where: str, make: Callable[[], Iterator[Found]]) -> Iterator[Found]:
    """Run a reader, turning the expected failures of reading a file into one problem line."""
    try:
        yield from make()
    except (TooLarge, Binary) as exc:
        yield InputProblem(where, str(exc))
    except IsADirectoryError:
        yield InputProblem(where, "is a directory")
    except OSError as exc:
        yield InputProblem(where, f"cannot read ({exc.strerror or type(exc).__name__})")


def _finish(found: Iterable[Found], ids: set[str]) -> Iterator[Article | InputProblem]:
    """Make ids unique, label the language, flag dates in the future."""
    tomorrow = date.today() + timedelta(days=1)  # a day of slack for time zones ahead of ours
    for item in found:
        if isinstance(item, InputProblem):
            yield item
            continue
        where, art = item
        if art.id in ids:
            new_id = _free_id(art.id, ids)
            yield InputProblem(where, f"duplicate id {art.id!r}; renamed to {new_id!r}", WARNING)
            art.id = new_id
        ids.add(art.id)
        if art.published and art.published > tomorrow:
            yield InputProblem(
                where, f"published date {art.published} is in the future; kept as given", WARNING
            )
        if not art.language:
            art.language = guess_language(art.text)
        yield art


def _free_id(report_id: str, ids: set[str]) -> str:
    n = 2
    while f"{report_id}#{n}" in ids:
        n += 1
    return f"{report_id}#{n}"
