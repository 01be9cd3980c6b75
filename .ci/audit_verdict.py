"""Read pip-audit's JSON report and say what it found, one line per outcome (used by audit.sh).

    python .ci/audit_verdict.py REPORT.json

Lines: "FINDING <package> <version>: <advisory> (fixed in ...)" per advisory, then exactly one of
"AUDITED ...", "INCOMPLETE ..." (some pins could not be looked up) or "NOT_PERFORMED ..." (none could,
or there is no report). Only AUDITED (every pinned package looked up) with no FINDING is a clean result.
"""

from __future__ import annotations

import json
import sys
from typing import Any


def verdict(report: dict[str, Any] | None) -> list[str]:
    if report is None or "dependencies" not in report:
        return ["NOT_PERFORMED the vulnerability service could not be reached"]
    deps = report["dependencies"]
    audited = [d for d in deps if "skip_reason" not in d]
    skipped = sorted(d["name"] for d in deps if "skip_reason" in d)
    lines = [f"FINDING {d['name']} {d['version']}: {v['id']} (fixed in {_fixes(v)})"
             for d in audited for v in d.get("vulns", [])]  # fmt: skip
    found = len(lines)
    if not audited:
        lines.append(f"NOT_PERFORMED none of {len(deps)} pinned packages could be looked up (no access to the "
                     "advisory service)")  # fmt: skip
    elif skipped:
        shown = ", ".join(skipped[:10]) + (", ..." if len(skipped) > 10 else "")
        lines.append(f"INCOMPLETE {len(audited)} of {len(deps)} pinned packages looked up, {found} known "
                     f"vulnerabilities among them; NOT checked: {shown}")  # fmt: skip
    else:
        lines.append(f"AUDITED {len(audited)} of {len(deps)} pinned packages audited, {found} known vulnerabilities")
    return lines


def _fixes(vuln: dict[str, Any]) -> str:
    return ", ".join(vuln.get("fix_versions") or []) or "no release yet"


def main(path: str) -> None:
    try:
        with open(path, encoding="utf-8") as fh:
            report = json.load(fh)
    except (OSError, ValueError):
        report = None
    print("\n".join(verdict(report)))


if __name__ == "__main__":
    main(sys.argv[1])
