#!/usr/bin/env bash
# Installs and runs this repository's pre-commit hooks as a user's pre-commit does:
# `pre-commit try-repo` on this repository (its committed state, plus uncommitted
# changes as pre-commit's shadow commit), in a scratch git repository holding a
# broken and a clean allnodes. pre-commit installs the repository's packages, runs
# the build (prepare), reads the tarball's name from `npm pack`'s stdout and
# installs that tarball; any output of the build on stdout would break that step.
# Needs `pre-commit` on the PATH (Debian: apt-get install pre-commit) and the npm
# registry. Not part of `npm test`. Usage: bash scripts/try-pre-commit.sh
set -euo pipefail
repo="$(cd "$(dirname "$0")/.." && pwd)"
command -v pre-commit >/dev/null || { echo "try-pre-commit: pre-commit is not installed (Debian: apt-get install pre-commit)" >&2; exit 2; }

scratch="$(mktemp -d)"
trap 'rm -rf "$scratch"' EXIT
export PRE_COMMIT_HOME="$scratch/cache"
cd "$scratch"
git init -q work && cd work
mkdir -p broken clean
cat > broken/allnodes <<'HPOM'
TIMETEMPLATES
  TIMETEMPLATE "night"
    DESCRIPTION "night shift"
    TIMETMPLCONDS
      TIMETMPLCOND TIMECONDTYPE Match
        TIME FROM 22:00 TO
HPOM
cat > clean/allnodes <<'HPOM'
RESPMGRCONFIGS
    RESPMGRCONFIG
    DESCRIPTION "x"
    SECONDARYMANAGERS
    ACTIONALLOWMANAGERS
    MSGTARGETRULES
      MSGTARGETRULE
        DESCRIPTION "all"
        MSGTARGETRULECONDS
        MSGTARGETMANAGERS
          MSGTARGETMANAGER
            TIMETEMPLATE "$OPC_ALWAYS"
            OPCMGR IP 0.0.0.0 "om1.example.com"
HPOM
git add .

fail() { echo "try-pre-commit: $*" >&2; exit 1; }

echo "== hpom-lint on a broken file: must fail with the error" >&2
if out="$(pre-commit try-repo "$repo" hpom-lint --files broken/allnodes 2>&1)"; then echo "$out"; fail "hpom-lint passed a broken file"; fi
echo "$out"
grep -q "broken/allnodes:7:1: error:" <<<"$out" || fail "hpom-lint's report does not name broken/allnodes:7:1"

echo "== hpom-lint on a clean file: must pass" >&2
pre-commit try-repo "$repo" hpom-lint --files clean/allnodes || fail "hpom-lint failed a clean file"

echo "== hpom-lint-fmt: must rewrite the clean file's indentation" >&2
pre-commit try-repo "$repo" hpom-lint-fmt --files clean/allnodes && fail "hpom-lint-fmt reported no change"
grep -q "^  RESPMGRCONFIG$" clean/allnodes || fail "hpom-lint-fmt did not rewrite clean/allnodes"

echo "try-pre-commit: both hooks install and work" >&2
