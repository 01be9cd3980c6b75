"""Places: an offline gazetteer and toponym resolution with document context."""

from flashpoint.geo.gazetteer import Candidate, Gazetteer, get_gazetteer

__all__ = ["Candidate", "Gazetteer", "find_places", "get_gazetteer"]


def __getattr__(name: str):  # type: ignore[no-untyped-def]
    # find_places pulls in spaCy types; import it lazily so the gazetteer alone stays light.
    if name == "find_places":
        from flashpoint.geo.resolve import find_places

        return find_places
    raise AttributeError(name)
