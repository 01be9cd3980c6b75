#!/usr/bin/env bash
# Known-vulnerability check of flashpoint's pinned dependencies (constraints.txt) with pip-audit.
# Fails on a finding. When the advisory service cannot be reached (offline CI, a registry mirror
# without PyPI's JSON API), it says so and exits 0: an audit that did not run is reported as
# such, never mistaken for a clean one. AUDIT_SERVICE=osv queries osv.dev instead of PyPI.
set -uo pipefail
cd "$(dirname "$0")/.."
if ! python -m pip install -q pip-audit >/dev/null 2>&1; then
    echo "audit.sh: WARNING: pip-audit could not be installed; audit NOT performed" >&2
    exit 0
fi
report="$(mktemp)"
python -m pip_audit -s "${AUDIT_SERVICE:-pypi}" -f json --progress-spinner off -r constraints.txt \
    --no-deps --disable-pip -o "$report" 2>"$report.err"
status=$?
python - "$report" "$status" <<'PY'
import json, sys
path, status = sys.argv[1], int(sys.argv[2])
try:
    deps = json.load(open(path))["dependencies"]
except (OSError, ValueError, KeyError):
    print("audit.sh: WARNING: vulnerability service unreachable; audit NOT performed", file=sys.stderr)
    sys.exit(0)
audited = [d for d in deps if "skip_reason" not in d]
found = [(d["name"], d["version"], v["id"], v.get("fix_versions")) for d in audited for v in d.get("vulns", [])]
for name, version, vid, fixes in found:
    print(f"audit.sh: {name} {version}: {vid} (fixed in {', '.join(fixes) or 'no release yet'})")
if not audited:
    print(f"audit.sh: WARNING: none of {len(deps)} pinned packages could be looked up (no access to the "
          "advisory service); audit NOT performed", file=sys.stderr)
    sys.exit(0)
print(f"audit.sh: {len(audited)} of {len(deps)} pinned packages audited, {len(found)} known vulnerabilities")
sys.exit(1 if found else 0)
PY
