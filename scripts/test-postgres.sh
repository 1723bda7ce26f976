#!/usr/bin/env bash
# Run the services and CLI tests (tests/unit, tests/integration, and the few UI tests of the
# shared-server mode) against a throwaway PostgreSQL cluster: initdb in a temporary directory,
# loopback only on a free port, trust auth (but for one login whose password is checked, for
# the Database tab's wrong-password test), removed afterwards.
# Usage: scripts/test-postgres.sh [PYTHON [pytest args, instead of those tests]]
# Needs Debian's `postgresql` package (scripts/system-deps.sh test) and psycopg in PYTHON's env.
set -euo pipefail
cd "$(dirname "$0")/.."
python=${1:-.venv/bin/python}
shift || true
[[ $# -gt 0 ]] || set -- tests/unit tests/integration tests/ui/test_database_tab.py \
  tests/ui/test_till_lost_connection.py

if ! "$python" -c 'import psycopg' 2>/dev/null; then
  echo "$python cannot import psycopg: $python -m pip install -e '.[test,postgres]'" >&2
  exit 1
fi
bindir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
if [[ -z "$bindir" ]]; then
  echo "PostgreSQL is not installed: bash scripts/system-deps.sh test" >&2
  exit 1
fi

work=$(mktemp -d "${TMPDIR:-/tmp}/loyalty-pg.XXXXXX")
as_owner=()
if [[ $(id -u) -eq 0 ]]; then
  # PostgreSQL refuses to run as root: the cluster belongs to the package's postgres user.
  chown postgres: "$work"
  as_owner=(runuser -u postgres --)
fi
port=$("$python" -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')

stop() {
  "${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -m immediate stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop EXIT

"${as_owner[@]}" "$bindir/initdb" -D "$work/data" -U postgres -A trust -E UTF8 --locale=C.UTF-8 \
  --no-sync >"$work/initdb.log" || { cat "$work/initdb.log" >&2; exit 1; }
# The tests' own login is trusted; this one gives its password (tests/ui/test_database_tab.py).
"${as_owner[@]}" sed -i '1i host all loyalty_password_login 127.0.0.1/32 scram-sha-256' "$work/data/pg_hba.conf"
# Durability is pointless for a throwaway cluster: without fsync the tests run much faster.
options="-c listen_addresses=127.0.0.1 -p $port -k $work -c fsync=off"
options+=" -c synchronous_commit=off -c full_page_writes=off"
"${as_owner[@]}" "$bindir/pg_ctl" -D "$work/data" -o "$options" -l "$work/server.log" -w start \
  >/dev/null || { cat "$work/server.log" >&2; exit 1; }

echo "$("$bindir/postgres" --version) on 127.0.0.1:$port"
LOYALTY_TEST_DATABASE_URL="postgresql+psycopg://postgres@127.0.0.1:$port/postgres" \
  QT_QPA_PLATFORM=offscreen "$python" -m pytest -q "$@"
