"""The small shared modules: data files read through libyaml and kept parsed, one haversine, one accent
fold, one number-word table."""

from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from flashpoint import data
from flashpoint.geometry import haversine_km
from flashpoint.textutil import NUMBER_WORDS, fold, strip_accents


@pytest.fixture
def cache(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("FLASHPOINT_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache" / "data"


def test_word_lists_keep_on_off_yes_no_as_words(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "words.yaml"
    path.write_text("adverbs: [on, off, yes, no]\nflag: true\n", encoding="utf-8")
    assert data.load_yaml(path, words=True) == {"adverbs": ["on", "off", "yes", "no"], "flag": True}
    assert data.load_yaml(path) == yaml.safe_load(path.read_text(encoding="utf-8"))  # plain YAML otherwise


def test_a_parsed_file_is_kept_and_parsed_again_when_it_changes(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("[a, b]\n", encoding="utf-8")
    assert data.load_yaml(path) == ["a", "b"]
    assert len(list(cache.glob("list-yaml-*.pickle"))) == 1
    path.write_text("[a, b, c]\n", encoding="utf-8")
    assert data.load_yaml(path) == ["a", "b", "c"]
    assert len(list(cache.glob("list-yaml-*.pickle"))) == 2


def test_a_broken_cache_file_is_rebuilt_not_an_error(tmp_path: Path, cache: Path) -> None:
    path = tmp_path / "list.yaml"
    path.write_text("[a]\n", encoding="utf-8")
    data.load_yaml(path)
    [kept] = cache.glob("list-yaml-*.pickle")
    kept.write_bytes(b"not a pickle")
    assert data.load_yaml(path) == ["a"]


def test_the_shipped_yaml_reads_the_same_through_libyaml() -> None:
    root = Path(data.__file__).parent
    for path in root.rglob("*.yaml"):
        text = path.read_text(encoding="utf-8")
        assert data.parse_yaml(text) == yaml.safe_load(text), path


def test_haversine_matches_known_distances() -> None:
    assert haversine_km(40.18, 44.51, 40.18, 44.51) == 0
    assert 342 < haversine_km(51.5074, -0.1278, 48.8566, 2.3522) < 345  # London - Paris, about 343.5 km
    assert 20_000 < haversine_km(0, 0, 0, 180) < 20_040  # half the equator


def test_one_accent_fold_for_places_actors_and_scoring() -> None:
    assert strip_accents("Côte d’Ivoire, Łódź, Əliyev, Ağdam") == "Cote d’Ivoire, Lodz, Aliyev, Agdam"
    assert fold("The Côte d'Ivoire") == fold("COTE D’IVOIRE") == "cote divoire"
    assert fold("Nagorno-Karabakh") == "nagorno karabakh"


def test_one_number_word_table_for_tolls_and_times() -> None:
    from flashpoint.timex import normalize_text

    assert NUMBER_WORDS["twelve"] == 12 and NUMBER_WORDS["ninety"] == 90
    found = normalize_text("The ceasefire held for twenty-four hours.", None)
    assert [t.value for t in found] == ["PT24H"]
