#!/usr/bin/env bash
# Load measurement of 'parallax serve' (a bounded run, not a test): builds Release, ingests the demo
# corpus (and ../shared/corpus/seeds when present) into a throwaway store, starts the server on
# loopback, and drives the story page and the search endpoint with wrk from a separate process.
# For each URL it prints wrk's requests/s and latency percentiles twice: paced near RATE requests/s
# (each connection waits CONNECTIONS*1000/RATE ms between requests, via wrk's Lua delay()), then
# saturated (no pause: the most the server does on this machine).
# Needs Debian's wrk (apt-get install wrk). Settings: PORT, DURATION (e.g. 10s), CONNECTIONS, RATE.
set -euo pipefail
cd "$(dirname "$0")/.."
command -v wrk >/dev/null || { echo "wrk is missing: apt-get install -y wrk" >&2; exit 1; }
port=${PORT:-5391}
duration=${DURATION:-10s}
connections=${CONNECTIONS:-20}
rate=${RATE:-500}
work=$(mktemp -d)
echo "function delay() return $((connections * 1000 / rate)) end" >"$work/paced.lua"

dotnet build -c Release src/Parallax.Cli -nologo -v q >/dev/null
cli=src/Parallax.Cli/bin/Release/net10.0/parallax
inputs=(samples/demo)
if [ -d ../shared/corpus/seeds ]; then inputs+=(../shared/corpus/seeds); fi
"$cli" ingest "${inputs[@]}" --db "$work/store.db" --quiet

"$cli" serve --db "$work/store.db" --urls "http://127.0.0.1:$port" >"$work/serve.log" 2>&1 &
server=$!
trap 'kill "$server" 2>/dev/null || true; wait "$server" 2>/dev/null || true; rm -rf "$work"' EXIT
for _ in $(seq 1 60); do
  curl -fs "http://127.0.0.1:$port/api/stories" >/dev/null 2>&1 && break
  sleep 0.5
done

# The largest story (most articles) is the heaviest page.
story=$(curl -fs "http://127.0.0.1:$port/api/stories?pageSize=100" \
  | grep -o '"id":"[^"]*","headline":"[^"]*","articleCount":[0-9]*' \
  | sed -E 's/"id":"([^"]*)".*"articleCount":([0-9]*)/\2 \1/' | sort -rn | head -1 | cut -d' ' -f2)
echo "store: ${inputs[*]}; story: $story; wrk: 1 thread, $connections connections, $duration"
for path in "/stories/$story" "/api/search?q=said+officials"; do
  wrk -t1 -c"$connections" -d2s "http://127.0.0.1:$port$path" >/dev/null # warm-up
  for mode in paced saturated; do
    script=()
    if [ "$mode" = paced ]; then script=(-s "$work/paced.lua"); fi
    echo "== $path ($mode)"
    wrk -t1 -c"$connections" -d"$duration" --latency "${script[@]}" "http://127.0.0.1:$port$path" \
      | grep -E 'Requests/sec|^ +(50|90|99)%|Non-2xx|Socket errors'
  done
done
