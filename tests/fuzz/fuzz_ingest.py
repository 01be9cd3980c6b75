"""Fuzz target for the ingest readers: any bytes, under every supported extension, must read
into Articles or InputProblems that keep the reader contract, and never raise.

    python tests/fuzz/fuzz_ingest.py -max_total_time=60          # coverage-guided, with atheris
    python tests/fuzz/fuzz_ingest.py --plain --seconds 60         # random mutation, no atheris

The plain mode mutates a small seed corpus (flips, inserts, splices, truncations) with Python's
own random generator; it finds less than atheris but needs nothing beyond flashpoint. A crash
writes the input to `crash-<sha1>` in the current folder and exits 1.
"""

from __future__ import annotations

import argparse
import hashlib
import random
import sys
import tempfile
import time
import traceback
from pathlib import Path

SEEDS: list[bytes] = [
    b"Troops shelled the town on Tuesday, killing two soldiers.\n",
    b'{"id": "a", "published": "2022-09-15", "text": "Police detained 11 protesters."}\n{broken\n',
    b'[{"text": "Rebels attacked a convoy."}, {"text": 5}, "x"]',
    b"<html><head><meta charset='windows-1256'><title>t</title></head><body><article><p>"
    + "\u0642\u0635\u0641".encode("cp1256") + b" Rockets hit the port.</p></article></body></html>",
    b"<?xml version='1.0'?><rss><channel><title>Wire</title><item><title>A</title>"
    b"<pubDate>Tue, 31 Feb 2022 10:00:00 GMT</pubDate><description>Troops withdrew.</description></item>"
    b"</channel></rss>",
    b"<feed xmlns='http://www.w3.org/2005/Atom'><entry><id>1</id><updated>not a date</updated>"
    b"<content type='html'>&lt;p&gt;Talks resumed.&lt;/p&gt;</content></entry></feed>",
    b"\xff\xfeT\x00r\x00o\x00o\x00p\x00s\x00",
    b"Caf\xe9 owners protested in Paris\r\nand\rMarseille\x0c.\x00",
    b"%PDF-1.7\n%\xe2\xe3\xcf\xd3\n",
]


def check(data: bytes) -> None:
    from flashpoint.ingest.fuzz import fuzz_one

    fuzz_one(data)


def mutate(rng: random.Random, data: bytes, corpus: list[bytes]) -> bytes:
    buf = bytearray(data)
    for _ in range(rng.randint(1, 8)):
        op = rng.randrange(6)
        pos = rng.randint(0, len(buf))
        if op == 0 and buf:
            buf[min(pos, len(buf) - 1)] ^= 1 << rng.randrange(8)
        elif op == 1:
            buf[pos:pos] = bytes(rng.randrange(256) for _ in range(rng.randint(1, 16)))
        elif op == 2:
            del buf[pos : pos + rng.randint(1, 32)]
        elif op == 3:
            other = rng.choice(corpus)
            buf[pos:pos] = other[rng.randint(0, len(other)) :][: rng.randint(1, 64)]
        elif op == 4:
            buf[pos:pos] = rng.choice([b"\n", b"\r", b"<", b">", b'"', b"{", b"}", b"\\u0000", b"&#0;", b"\xc3"])
        else:
            buf = buf[: rng.randint(0, len(buf))]
    return bytes(buf)


def plain(seconds: float, seed: int) -> int:
    rng = random.Random(seed)
    corpus = list(SEEDS)
    deadline = time.monotonic() + seconds
    runs = 0
    while time.monotonic() < deadline:
        data = mutate(rng, rng.choice(corpus), corpus)
        try:
            check(data)
        except Exception:
            return crashed(data)
        runs += 1
        if runs % 50 == 0 and len(corpus) < 200:
            corpus.append(data)  # keep some mutants: deeper changes build on earlier ones
    print(f"fuzz_ingest: {runs} inputs in {seconds:.0f} s (plain mode, seed {seed}), no failure")
    return 0


def crashed(data: bytes) -> int:
    name = f"crash-{hashlib.sha1(data).hexdigest()}"
    Path(name).write_bytes(data)
    traceback.print_exc()
    print(f"fuzz_ingest: failure; input written to {name}", file=sys.stderr)
    return 1


def with_atheris(argv: list[str]) -> int:
    import atheris

    with atheris.instrument_imports(include=["flashpoint"]):
        from flashpoint.ingest.fuzz import fuzz_one

    args = argv[1:]
    if not any(not a.startswith("-") for a in args):  # no corpus folder given: start from the seeds
        corpus = Path(tempfile.mkdtemp(prefix="fuzz-ingest-corpus-"))
        for i, seed in enumerate(SEEDS):
            (corpus / f"seed-{i}").write_bytes(seed)
        args.append(str(corpus))
    atheris.Setup([argv[0], *args], fuzz_one)
    atheris.Fuzz()
    return 0


def main(argv: list[str]) -> int:
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--plain", action="store_true", help="random mutation without atheris")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--seed", type=int, default=0)
    known, rest = parser.parse_known_args(argv[1:])
    if not known.plain:
        try:
            import atheris  # noqa: F401
        except ImportError:
            print("fuzz_ingest: atheris not installed; plain mutation mode", file=sys.stderr)
        else:
            return with_atheris([argv[0], *rest])
    return plain(known.seconds, known.seed)


if __name__ == "__main__":
    sys.exit(main(sys.argv))
