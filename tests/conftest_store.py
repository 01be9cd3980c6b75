"""Shared helpers for the storage, dedup and export tests: both backends, realistic events.

Imported by those test modules (`from conftest_store import ...`), so the fixtures only exist
where they are used.
"""

from __future__ import annotations

import os
import uuid
from collections.abc import Iterator
from datetime import date

import pytest
import sqlalchemy as sa

from flashpoint.events.acled import acled_field
from flashpoint.events.lexicon import load_lexicon
from flashpoint.model import Actor, Article, Event, Place, Span, TimeSpan
from flashpoint.store import Store, open_store

PG_URL = os.environ.get("FLASHPOINT_TEST_PG")
BACKENDS = [
    "sqlite",
    pytest.param(
        "postgresql",
        marks=[
            pytest.mark.postgres,
            pytest.mark.skipif(not PG_URL, reason="FLASHPOINT_TEST_PG is unset (run .ci/postgres.sh)"),
        ],
    ),
]


def fresh_pg_url(base: str) -> tuple[str, str]:
    """A URL whose connections live in a new, empty schema; returns (url, schema)."""
    schema = "t_" + uuid.uuid4().hex[:12]
    engine = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"CREATE SCHEMA {schema}")
    engine.dispose()
    sep = "&" if "?" in base else "?"
    return f"{base}{sep}options=-csearch_path%3D{schema}", schema


def drop_pg_schema(base: str, schema: str) -> None:
    engine = sa.create_engine(base.replace("postgresql://", "postgresql+psycopg://", 1))
    with engine.begin() as conn:
        conn.exec_driver_sql(f"DROP SCHEMA {schema} CASCADE")
    engine.dispose()


@pytest.fixture(params=BACKENDS)
def db_url(request: pytest.FixtureRequest, tmp_path) -> Iterator[str]:
    """An empty database on each backend: SQLite in tmp_path, PostgreSQL in a fresh schema."""
    if request.param == "sqlite":
        yield f"sqlite:///{tmp_path / 'events.db'}"
        return
    assert PG_URL is not None
    url, schema = fresh_pg_url(PG_URL)
    yield url
    drop_pg_schema(PG_URL, schema)


@pytest.fixture
def store(db_url: str) -> Iterator[Store]:
    s = open_store(db_url)
    yield s
    s.close()


# -- realistic hand-built reports ----------------------------------------------------------

YEREVAN = dict(name="Yerevan", country="ARM", admin1="Yerevan", lat=40.18, lon=44.51, precision="place")
JERMUK = dict(name="Jermuk", country="ARM", admin1="Vayots Dzor", lat=39.84, lon=45.67, precision="place")
GORIS = dict(name="Goris", country="ARM", admin1="Syunik", lat=39.51, lon=46.34, precision="place")
VAYOTS_DZOR = dict(name="Vayots Dzor", country="ARM", admin1="Vayots Dzor", lat=39.76, lon=45.33,
                   precision="admin1")  # fmt: skip
ARMENIA = dict(name="Armenia", country="ARM", lat=40.25, lon=45.0, precision="country")

AZE_MIL = dict(text="Azerbaijani forces", name="Azerbaijan", country="AZE", sector="MIL")
ARM_MIL = dict(text="Armenian troops", name="Armenia", country="ARM", sector="MIL")
ARM_GOV = dict(text="Yerevan", name="Armenia", country="ARM", sector="GOV")
ARM_MOD = dict(text="Armenia's defence ministry", name="Armenian Ministry of Defence", country="ARM", sector="MIL")


def article(aid: str, text: str, published: str = "2022-09-14", source: str = "Example Wire",
            url: str | None = None) -> Article:  # fmt: skip
    return Article(id=aid, text=text, published=date.fromisoformat(published), title=text[:40],
                   url=url or f"https://news.example/{aid}", source=source, language="en")  # fmt: skip


def event(art: Article, etype: str = "ASSAULT", *, sentence: str | None = None, day: str | None = "2022-09-13",
          precision: str = "day", date_text: str | None = "on Tuesday", place: dict | None = None,
          source: list[dict] | None = None, target: list[dict] | None = None, fatalities: int | None = None,
          claimed_by: dict | None = None, status: str = "occurred", mode: str | None = "heavy-weapons",
          acled: str | dict | None = None, cameo: str | None = None) -> Event:  # fmt: skip
    """An event whose evidence is a real span of the article text. `acled`: a sub-event type, coded into the
    `acled` field by the extractor's own rules (actors, inter codes, geo_precision), or the field itself."""
    sentence = sentence or art.text
    start = art.text.index(sentence)
    evidence = Span(sentence, start, start + len(sentence))
    ev = Event(
        article=art.id, type=etype, evidence=evidence, trigger=evidence, mode=mode, status=status,
        cameo=cameo or ("195" if etype == "ASSAULT" else None),
        source=[Actor(**a) for a in (source if source is not None else [AZE_MIL])],
        target=[Actor(**a) for a in (target if target is not None else [ARM_MIL])],
        date=TimeSpan(day, day, precision, date_text) if day else None,
        location=Place(text=place["name"], **place) if place else None,
        fatalities=fatalities, claimed_by=Actor(**claimed_by) if claimed_by else None, confidence=0.8,
    )  # fmt: skip
    if acled is None and etype == "ASSAULT":
        acled = "Shelling/artillery/missile attack"
    ev.acled = acled_field(ev, acled, load_lexicon().acled) if isinstance(acled, str) else acled
    return ev
