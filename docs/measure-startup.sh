#!/usr/bin/env bash
# Measures the README's run command: seconds until the start page shows the graph in
# headless Chromium, and the app's resident memory then. Usage: bash docs/measure-startup.sh
set -euo pipefail
cd "$(dirname "$0")/.."
port="${PORT:-8080}"
chromium_bin="${CHROMIUM_PATH:-/usr/bin/chromium}"
start=$(date +%s.%N)
# Anonymous reading, so that a fresh Chromium sees the graph without logging in
ANONYMOUS_READ=true ./mvnw -B -q spring-boot:run > target/measure-startup.log 2>&1 &
runner=$!
trap 'pkill -TERM -P $runner 2>/dev/null; kill $runner 2>/dev/null; wait 2>/dev/null' EXIT
until curl -sf "http://localhost:$port/actuator/health" > /dev/null; do sleep 0.2; done
ready=$(date +%s.%N)
# Chromium returns once the page has rendered; the graph marks itself data-ready when drawn
for attempt in 1 2 3 4 5; do
  if "$chromium_bin" --headless --no-sandbox --disable-gpu --disable-quic --no-first-run \
      --disable-background-networking --disable-component-update --disable-sync \
      --user-data-dir="$(mktemp -d)" --virtual-time-budget=20000 --dump-dom "http://localhost:$port/" 2>/dev/null \
      | grep -q '<network-graph[^>]*data-ready'; then
    break
  fi
done
drawn=$(date +%s.%N)
app_pid=$(pgrep -f 'se.samverkanskartan.SamverkanskartanApplication' | head -1)
rss_kb=$(awk '/VmRSS/ {print $2}' "/proc/$app_pid/status")
printf 'health UP after %.1f s; graph drawn in Chromium after %.1f s; RSS %d MB\n' \
  "$(echo "$ready - $start" | bc)" "$(echo "$drawn - $start" | bc)" "$((rss_kb / 1024))"
