#!/usr/bin/env bash
# Two Streamlit processes on one database behind nginx (deploy/nginx.conf), on this machine's loopback.
#
#     DATABASE_URL=postgresql://iim:secret@127.0.0.1/iim deploy/two_processes.sh     # then open http://127.0.0.1:8080
#
# Both processes must share the database (PostgreSQL; SQLite works for a try-out on one machine) and
# the cookie secret. Stop with Ctrl-C: the processes it started are stopped with it.
set -euo pipefail
here="$(cd "$(dirname "$0")" && pwd)"
root="$(dirname "$here")"
python="${PYTHON:-$root/.venv/bin/python}"
: "${DATABASE_URL:?set DATABASE_URL (PostgreSQL) for both processes}"
export DATABASE_URL
export STREAMLIT_SERVER_COOKIE_SECRET="${STREAMLIT_SERVER_COOKIE_SECRET:-$(head -c 32 /dev/urandom | od -An -tx1 | tr -d ' \n')}"
run="$(mktemp -d)"
mkdir -p "$run/logs" "$run/tmp"
cp "$here/nginx.conf" "$run/"
pids=()
cleanup() { for pid in "${pids[@]}"; do kill "$pid" 2>/dev/null || true; done; rm -rf "$run"; }
trap cleanup EXIT INT TERM
for port in 8501 8502; do
  "$python" -m streamlit run "$root/app.py" --server.headless true --server.address 127.0.0.1 \
    --server.port "$port" --browser.gatherUsageStats false &
  pids+=($!)
done
nginx -p "$run" -c nginx.conf -g "daemon off;" &
pids+=($!)
echo "dashboard on http://127.0.0.1:8080 (processes ${pids[*]}); access log $run/logs/access.log"
wait
