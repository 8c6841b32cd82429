#!/usr/bin/env bash
# watch_startup.sh SWARMGATE ID [FLAGS...]: the whole-process start-up of `swarmgate watch`.
# Starts `SWARMGATE watch ID FLAGS... --json`, reads the local URL it prints, fetches the first
# plaintext byte from it (HTTP Range 0-0) and prints the milliseconds from the command's start
# to that byte on stdout; then stops watch with SIGINT and waits for it (outside the figure).
# watch's stderr goes to $WATCH_LOG (default /dev/null). Needs bash ≥ 5.1 and curl.
set -euo pipefail
[ $# -ge 2 ] || { echo "usage: $0 SWARMGATE ID [FLAGS...]" >&2; exit 2; }
sg=$1
shift
start=$(date +%s%N)
exec 3< <(exec "$sg" watch "$@" --json 2>>"${WATCH_LOG:-/dev/null}")
pid=$!
url=
while IFS= read -r -t 60 line <&3; do
	if [[ $line =~ \"url\":\ *\"([^\"]+)\" ]]; then
		url=${BASH_REMATCH[1]}
		break
	fi
done
if [ -z "$url" ]; then
	echo "watch printed no URL (see \$WATCH_LOG)" >&2
	kill -INT "$pid" 2>/dev/null || true
	exit 1
fi
curl -sSf --max-time 60 -r 0-0 -o /dev/null "$url"
end=$(date +%s%N)
echo $(((end - start) / 1000000))
kill -INT "$pid"
exec 3<&-
wait "$pid" || true
