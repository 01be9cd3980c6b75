"""Reading the data files flashpoint ships (and users' own) fast: YAML through libyaml, results kept.

    from flashpoint.data import load_yaml, cached
    raw = load_yaml(path)                  # what yaml.safe_load gives, parsed by libyaml
    raw = load_yaml(path, words=True)      # word lists: "on", "off", "yes", "no" stay words
    kb = cached("actors", [*data_files, Path(__file__)], build)   # built once per version of its sources

`cached` keeps a pickle of what `build` returned under $FLASHPOINT_CACHE/data (default
~/.cache/flashpoint/data), named by a hash of every source file's bytes: editing a data file, or the
code that builds from it (list it among the sources), rebuilds it; a cache that cannot be read or
written is rebuilt or skipped, never an error.
"""

from __future__ import annotations

import hashlib
import os
import pickle
import re
import tempfile
from collections.abc import Callable, Sequence
from pathlib import Path
from typing import Any, TypeVar

import yaml

T = TypeVar("T")
FORMAT = "1"  # bump when what `cached` stores changes shape

_CLoader: type[yaml.SafeLoader] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)  # libyaml, when built with it


class WordLoader(_CLoader):  # type: ignore[valid-type, misc]
    """YAML without the 1.1 booleans: in a word list "on", "off", "yes" and "no" are words. A key written twice
    in one mapping is an error (YAML would keep the last one silently, losing what the first one said)."""

    def construct_mapping(self, node: yaml.MappingNode, deep: bool = False) -> dict[Any, Any]:
        seen: set[Any] = set()
        for key_node, _ in node.value:
            key = self.construct_object(key_node, deep=deep)
            if key in seen:
                raise yaml.constructor.ConstructorError(None, None, f"{key!r} is written twice", key_node.start_mark)
            seen.add(key)
        return super().construct_mapping(node, deep=deep)  # type: ignore[no-any-return]


WordLoader.yaml_implicit_resolvers = {
    first: [(tag, rx) for tag, rx in resolvers if tag != "tag:yaml.org,2002:bool"]
    for first, resolvers in _CLoader.yaml_implicit_resolvers.items()
}
WordLoader.add_implicit_resolver("tag:yaml.org,2002:bool", re.compile(r"^(?:true|false)$"), list("tf"))


def parse_yaml(text: str, words: bool = False) -> Any:
    """YAML text to Python data, with libyaml; `words`: no 1.1 booleans (see `WordLoader`)."""
    return yaml.load(text, Loader=WordLoader if words else _CLoader)  # noqa: S506 - SafeLoader subclasses


def cache_dir() -> Path:
    return Path(os.environ.get("FLASHPOINT_CACHE") or Path.home() / ".cache" / "flashpoint")


def _key(name: str, sources: Sequence[Path]) -> str:
    digest = hashlib.sha256(f"{FORMAT}:{name}".encode())
    for path in sources:
        digest.update(b"\0" + Path(path).read_bytes())
    return digest.hexdigest()[:24]


def cached(name: str, sources: Sequence[Path], build: Callable[[], T]) -> T:
    """`build()`, or what it returned for the same bytes of `sources` before (see the module docstring)."""
    path = cache_dir() / "data" / f"{name}-{_key(name, sources)}.pickle"
    try:
        with path.open("rb") as fh:
            kept: T = pickle.load(fh)  # noqa: S301 - our own file, in the user's own cache folder
            return kept
    except (OSError, pickle.UnpicklingError, EOFError, AttributeError, ImportError, ValueError):
        pass  # absent, unreadable or from other code: build it again
    value = build()
    _keep(path, value)
    return value


def _keep(path: Path, value: object) -> None:
    try:
        path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile(dir=path.parent, prefix=".tmp-", delete=False) as fh:
            pickle.dump(value, fh, protocol=pickle.HIGHEST_PROTOCOL)
        os.replace(fh.name, path)  # atomic: a reader never sees half a file
    except OSError:
        pass  # a read-only cache folder: the next process builds again


def load_yaml(path: Path, words: bool = False) -> Any:
    """A YAML file's data, parsed by libyaml once per version of the file."""
    return cached(f"{Path(path).stem}-{'words' if words else 'yaml'}", [Path(path)],
                  lambda: parse_yaml(Path(path).read_text(encoding="utf-8"), words))  # fmt: skip


__all__ = ["WordLoader", "cache_dir", "cached", "load_yaml", "parse_yaml"]
