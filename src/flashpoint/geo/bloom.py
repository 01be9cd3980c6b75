"""A Bloom filter: "is this one of 700,000 place-name keys?" answered without loading the keys.

Most probes of a report are for words that name no place ("Police", "Monday", "The Minister"); the filter
says no to those at once (and to 1 in 100 of them wrongly yes, which the index then corrects), so that the
gazetteer neither loads every key at start-up (a third of a second) nor asks the database each time.
"""

from __future__ import annotations

import hashlib
import math
from collections.abc import Iterable

import numpy as np

FALSE_POSITIVES = 0.01


def _hashes(key: str) -> tuple[int, int]:
    digest = hashlib.blake2b(key.encode("utf-8"), digest_size=16).digest()
    return int.from_bytes(digest[:8], "little"), int.from_bytes(digest[8:], "little") | 1


class Bloom:
    def __init__(self, bits: bytes, probes: int) -> None:
        self.bits = bits
        self.size = len(bits) * 8
        self.probes = probes

    @classmethod
    def of(cls, keys: Iterable[str]) -> Bloom:
        pairs = np.array([_hashes(k) for k in keys], dtype=np.uint64).reshape(-1, 2)
        n = max(1, len(pairs))
        size = max(64, math.ceil(-n * math.log(FALSE_POSITIVES) / math.log(2) ** 2 / 8) * 8)
        probes = max(1, round(size / n * math.log(2)))
        bits = np.zeros(size // 8, dtype=np.uint8)
        steps = np.arange(probes, dtype=np.uint64)
        with np.errstate(over="ignore"):  # the double hashing wraps around 2**64 by design
            positions = (pairs[:, :1] + steps[None, :] * pairs[:, 1:]) % np.uint64(size)
        positions = positions.ravel()
        np.bitwise_or.at(bits, (positions >> np.uint64(3)).astype(np.int64),
                         (np.uint8(1) << (positions & np.uint64(7)).astype(np.uint8)))
        return cls(bits.tobytes(), probes)

    def __contains__(self, key: str) -> bool:
        h1, h2 = _hashes(key)
        bits, size = self.bits, self.size
        for i in range(self.probes):
            pos = (h1 + i * h2) % (1 << 64) % size
            if not bits[pos >> 3] & (1 << (pos & 7)):
                return False
        return True

    def dump(self) -> bytes:
        return self.probes.to_bytes(1, "little") + self.bits

    @classmethod
    def load(cls, blob: bytes) -> Bloom:
        return cls(blob[1:], blob[0])
