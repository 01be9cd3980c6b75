"""Name keys: one spelling for every way a place name is written in news copy.

A key is lower case, ASCII-folded, with hyphens, apostrophes and dots turned into
spaces or dropped, so "Côte d'Ivoire", "Cote d’Ivoire" and "COTE D'IVOIRE" meet, and
"Nagorno-Karabakh" meets "Nagorno Karabakh".
"""

from __future__ import annotations

import unicodedata

from flashpoint.textutil import fold as fold  # the one accent fold, shared with actors and scoring


def is_latin(name: str) -> bool:
    """True when every letter of the name is Latin script (the only names news in English uses)."""
    return all(unicodedata.name(ch, "").startswith("LATIN") for ch in name if ch.isalpha())
