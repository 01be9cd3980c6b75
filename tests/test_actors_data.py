"""The actor data files are readable, and every code in them is one the ontology and ISO know."""

from __future__ import annotations

import pycountry
import pytest
import yaml

from flashpoint.actors.kb import DATA, _date, _rows, load_kb
from flashpoint.model import SECTORS

USER_ASSIGNED = {"XKX"}  # Kosovo: widely used, not in ISO 3166-1


def iso3_ok(code: str) -> bool:
    return code in USER_ASSIGNED or pycountry.countries.get(alpha_3=code) is not None


def test_countries_have_valid_codes_and_no_duplicates() -> None:
    codes = [row[0] for row in _rows(DATA / "countries.tsv")]
    assert len(codes) == len(set(codes))
    assert len(codes) >= 195
    assert [c for c in codes if not iso3_ok(c)] == []


@pytest.mark.parametrize("name", ["orgs.yaml", "groups.yaml", "roles.yaml"])
def test_yaml_files_use_known_sectors_and_countries(name: str) -> None:
    data = yaml.safe_load((DATA / name).read_text(encoding="utf-8"))
    items = data.get("orgs") or data.get("groups") or data["named"]
    for item in items:
        assert item["sector"] in SECTORS, item
        assert item.get("country") is None or iso3_ok(item["country"]), item
        for member in item.get("members", []):
            assert iso3_ok(member), (item["name"], member)
        for period in item.get("periods", []):
            assert period["sector"] in SECTORS


def test_role_sections_use_known_sectors() -> None:
    data = yaml.safe_load((DATA / "roles.yaml").read_text(encoding="utf-8"))
    for section in ("institutions", "titles", "inheriting"):
        for sector in data[section]:
            assert sector in (None, "null", *SECTORS), (section, sector)


def test_people_rows_are_complete_and_dated() -> None:
    rows = list(_rows(DATA / "people.tsv"))
    assert len(rows) >= 300
    for row in rows:
        name, _aliases, country, org, office, sector, start, end = row
        assert name and office and sector in SECTORS, row
        assert country or org, row  # a national office or an international one
        assert not country or iso3_ok(country), row
        begin, finish = _date(start), _date(end, end=True)
        assert begin is not None, row
        assert finish is None or begin <= finish, row


def test_every_org_code_of_a_person_is_a_known_org() -> None:
    kb = load_kb()
    for row in _rows(DATA / "people.tsv"):
        if row[3]:
            assert row[3] in kb.orgs, row


def test_every_name_in_the_files_looks_itself_up() -> None:
    kb = load_kb()
    for row in _rows(DATA / "countries.tsv"):
        actor = kb.lookup(row[1])
        assert actor is not None and actor.country == row[0], row[1]
