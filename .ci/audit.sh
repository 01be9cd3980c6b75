#!/usr/bin/env bash
# Known-vulnerability check of flashpoint's pinned dependencies (constraints.txt) with pip-audit.
# Three outcomes, never confused: findings (exit 1); a clean audit of every pin (exit 0, "N of N
# pinned packages audited, 0 known vulnerabilities"); an audit that could not run or could look up
# only some pins ("AUDIT NOT PERFORMED" / "AUDIT INCOMPLETE", never a clean verdict; exit 0 so an
# offline CI stays usable, exit 3 with AUDIT_REQUIRED=1). AUDIT_SERVICE=osv queries osv.dev instead of
# PyPI. pip-audit's own "No known vulnerabilities found" is not trusted: it says so after looking up
# nothing, so this script reads its JSON report instead.
set -uo pipefail
cd "$(dirname "$0")/.."
not_performed() {
    echo "audit.sh: AUDIT NOT PERFORMED: $1; no vulnerability check was done, this is not a clean result" >&2
    [ "${AUDIT_REQUIRED:-0}" = 1 ] && exit 3
    exit 0
}
python -m pip install -q pip-audit >/dev/null 2>&1 || not_performed "pip-audit could not be installed"
report="$(mktemp)"
python -m pip_audit -s "${AUDIT_SERVICE:-pypi}" -f json --progress-spinner off -r constraints.txt \
    --no-deps --disable-pip -o "$report" 2>"$report.err"
verdict="$(python .ci/audit_verdict.py "$report")"
status=0
while IFS= read -r line; do
    kind="${line%% *}" text="${line#* }"
    case "$kind" in
        FINDING) echo "audit.sh: $text"; status=1 ;;
        NOT_PERFORMED) [ $status = 1 ] || not_performed "$text" ;;
        INCOMPLETE) echo "audit.sh: AUDIT INCOMPLETE: $text" >&2; [ "${AUDIT_REQUIRED:-0}" = 1 ] && [ $status = 0 ] && status=3 ;;
        AUDITED) echo "audit.sh: $text" ;;
    esac
done <<< "$verdict"
exit $status
