#!/usr/bin/env bash
# Load benchmark of the family pages (`arvio serve`): sends per second and latency of complete
# family-part submissions, the server at BEFORE (default e164be8, the server before the
# hardening of issue 13) beside the working tree's (AFTER), alternated in one run. Results:
# BENCHMARKS.md, "Family pages under load".
#
#   scripts/bench-serve.sh
#   DURATION=30 ROUNDS=3 scripts/bench-serve.sh
#
# A "send" is a POST of the family's part of the family self-assessment, complete and valid
# (`_rev=0&_action=submit&...`, application/x-www-form-urlencoded) to /fi/<form> that creates a
# new sent response and answers 303 (the redirect to its summary). The body is made once from
# the form's example response (examples/responses/<form>-fi.json), keeping only the answers
# whose audience is the family's or the child's (the server refuses a worker field with 400).
#
# For each round and each concurrency (B16 A16 B64 A64, then again): a fresh SQLite file, the
# server on a free port, a curl check that the body gets 303 (the script stops if not), 2 s of
# warm-up, then `wrk -t2 -cC -dDs --latency -s send.lua`; then the server is stopped (SIGTERM)
# and the acknowledged writes are checked in the SQLite file: every 303's token must be stored
# as a sent response, and at most one more per connection of the warm-up and of the run (the
# requests under way when wrk stopped, stored but never answered to wrk); the script stops if
# not. Prints a Markdown table of every run and one of the medians (BENCHMARKS.md's format).
#
# Environment:
#   DURATION     seconds per measured run (default 10)
#   ROUNDS       rounds of B16 A16 B64 A64 (default 2)
#   CONCURRENCY  connections, space separated (default "16 64")
#   WARMUP       warm-up seconds before each run (default 2)
#   BEFORE       the commit of the BEFORE server (default e164be8)
#   SIDES        which servers to measure (default "before after"; "before" alone when the
#                working tree does not build)
#   FORM         a built-in form (default family-self-assessment)
#   BODY_FILE    a ready urlencoded body to send instead of the one made from the example
#   BODY_EXTRA   appended to the body as is (e.g. "&_nonce=..."), for a field a server needs
#   SERVE_ARGS   extra arguments to `arvio serve` (both servers)
#   CARGO_TARGET_DIR  the working tree's build (default target/bench-serve/target-after); the
#                BEFORE build always uses target/bench-serve/target-before
#   OUT          working directory (default target/bench-serve)
#   KEEP_DB      set to keep each run's SQLite file in $OUT/run (deleted after its check)
#
# Needs: cargo, python3 (3.11+: tomllib), curl, wrk (installed with apt-get if missing, as
# scripts/test-all installs what the tests need). The server and wrk share the machine's cores:
# on a 2-core machine the figures are for both together, so compare BEFORE with AFTER in the
# same run rather than absolute figures across machines.
set -euo pipefail
CALLER=$PWD
cd "$(dirname "$0")/.."

DURATION=${DURATION:-10}
ROUNDS=${ROUNDS:-2}
CONCURRENCY=${CONCURRENCY:-16 64}
WARMUP=${WARMUP:-2}
BEFORE=${BEFORE:-e164be8}
SIDES=${SIDES:-before after}
FORM=${FORM:-family-self-assessment}
BODY_EXTRA=${BODY_EXTRA:-}
SERVE_ARGS=${SERVE_ARGS:-}
OUT=${OUT:-target/bench-serve}
mkdir -p "$OUT"
OUT=$(cd "$OUT" && pwd)
AFTER_TARGET=${CARGO_TARGET_DIR:-$OUT/target-after}
unset CARGO_TARGET_DIR
RUN=$OUT/run
BIN=$OUT/bin
mkdir -p "$RUN" "$BIN"

die() {
  echo "bench-serve: $*" >&2
  exit 1
}

need=()
command -v wrk >/dev/null 2>&1 || need+=(wrk)
command -v curl >/dev/null 2>&1 || need+=(curl)
if ((${#need[@]})); then
  sudo=""
  [ "$(id -u)" = 0 ] || sudo="sudo"
  echo "installing: ${need[*]}" >&2
  $sudo apt-get update -qq
  DEBIAN_FRONTEND=noninteractive $sudo apt-get install -y -qq --no-install-recommends "${need[@]}"
fi
python3 -c 'import tomllib' 2>/dev/null || die "needs python3 3.11 or newer (tomllib)"

# --- the two servers ------------------------------------------------------------------------

# BEFORE: built once from a detached worktree of the commit, then the binary is kept (with the
# commit it was built from) and the worktree and its build directory removed.
build_before() {
  local commit stamp wt
  commit=$(git rev-parse --verify "$BEFORE^{commit}")
  stamp=$BIN/arvio-before.commit
  if [ -x "$BIN/arvio-before" ] && [ "$(cat "$stamp" 2>/dev/null)" = "$commit" ]; then
    echo "before: $commit (built earlier: $BIN/arvio-before)" >&2
    return
  fi
  wt=$OUT/before
  if [ -d "$wt" ] && [ "$(git -C "$wt" rev-parse HEAD 2>/dev/null)" != "$commit" ]; then
    git worktree remove --force "$wt"
  fi
  [ -d "$wt" ] || git worktree add --detach "$wt" "$commit" >&2
  echo "before: building $commit in $wt" >&2
  (cd "$wt" && CARGO_TARGET_DIR=$OUT/target-before cargo build -q --release --locked -p arvio-cli)
  cp "$OUT/target-before/release/arvio" "$BIN/arvio-before"
  echo "$commit" >"$stamp"
  git worktree remove --force "$wt"
  # Only the binary is needed again; its build (several hundred MB) goes.
  rm -rf "$OUT/target-before"
}

# AFTER: the working tree as it is now (copied, so a rebuild during the run changes nothing).
build_after() {
  echo "after: building the working tree ($(git rev-parse --short HEAD) + changes) in $AFTER_TARGET" >&2
  CARGO_TARGET_DIR=$AFTER_TARGET cargo build -q --release -p arvio-cli
  cp "$AFTER_TARGET/release/arvio" "$BIN/arvio-after"
}

for side in $SIDES; do
  case $side in
    before) build_before ;;
    after) build_after ;;
    *) die "SIDES: unknown side $side (before, after)" ;;
  esac
done

# Extra `arvio serve` arguments per side: the per-client rate limit, where the server has one,
# is turned off (wrk's connections all come from 127.0.0.1).
serve_args() {
  local args="" help
  help=$("$BIN/arvio-$1" serve --help 2>&1 || true)
  if [[ $help == *--rate-limit* ]]; then
    args="--rate-limit 0"
  fi
  echo "$args $SERVE_ARGS"
}

# --- the request ----------------------------------------------------------------------------

BODY=$RUN/body.txt
if [ -n "${BODY_FILE:-}" ]; then
  (cd "$CALLER" && cat "$BODY_FILE") >"$BODY"
else
  python3 - "forms/$FORM.toml" "examples/responses/$FORM-fi.json" >"$BODY" <<'EOF'
"""The family's part of an example response, urlencoded as a browser posts the form."""
import json, sys, tomllib, urllib.parse

form = tomllib.load(open(sys.argv[1], "rb"))
answers = json.load(open(sys.argv[2], encoding="utf-8"))["answers"]
family = {"family", "child"}  # the audiences of Part::Family
audience, sub_audience = {}, {}
for section in form.get("sections", []):
    default = section.get("audience", "family")
    for q in section.get("questions", []):
        audience[q["id"]] = q.get("audience", default)
        for sq in q.get("questions", []):
            sub_audience[(q["id"], sq["id"])] = sq.get("audience", audience[q["id"]])

def text(v):
    return v if isinstance(v, str) else json.dumps(v)

pairs, kept, left_out = [("_rev", "0"), ("_action", "submit")], 0, []
for qid, value in answers.items():
    if audience.get(qid) not in family:
        left_out.append(qid)
        continue
    kept += 1
    for i, item in enumerate(value if isinstance(value, list) else [value]):
        if isinstance(item, dict):  # a group's row: group[i].sub
            for sub, v in item.items():
                if sub_audience.get((qid, sub)) in family:
                    pairs.append((f"{qid}[{i}].{sub}", text(v)))
                else:
                    left_out.append(f"{qid}[{i}].{sub}")
        else:  # a choice's codes one field each, anything else its text
            pairs.append((qid, text(item)))
sys.stdout.write(urllib.parse.urlencode(pairs))
print(f"body: {kept} answers of the family's part; left out: {', '.join(left_out) or 'none'}",
      file=sys.stderr)
EOF
fi
printf '%s' "$BODY_EXTRA" >>"$BODY"
echo "body: $(wc -c <"$BODY") bytes ($BODY)" >&2

# wrk's script: the same POST on every connection; counts 303s and every other status per
# thread, keeps each 303's token (Location /fi/r/<token>) for the write check, and prints one
# `RESULT key=value ...` line and the tokens file at the end.
LUA=$RUN/send.lua
cat >"$LUA" <<'EOF'
local f = assert(io.open(os.getenv("BENCH_BODY"), "rb"))
wrk.method = "POST"
wrk.body = f:read("*a")
f:close()
wrk.headers["Content-Type"] = "application/x-www-form-urlencoded"

local threads = {}
function setup(thread)
  table.insert(threads, thread)
end

function init(args)
  sent = 0      -- 303s
  others = {}   -- status -> count, for every other status
  tokens = {}
end

function response(status, headers, body)
  if status == 303 then
    sent = sent + 1
    local loc = headers["location"] or headers["Location"] or ""
    tokens[sent] = loc:match("/r/([%w_-]+)$") or ""
  else
    others[status] = (others[status] or 0) + 1
  end
end

function done(summary, latency, requests)
  local s303, non303, detail = 0, 0, {}
  local out = assert(io.open(os.getenv("BENCH_TOKENS"), "w"))
  for _, t in ipairs(threads) do
    s303 = s303 + t:get("sent")
    for status, n in pairs(t:get("others")) do
      non303 = non303 + n
      detail[status] = (detail[status] or 0) + n
    end
    for _, tok in ipairs(t:get("tokens")) do
      out:write(tok, "\n")
    end
  end
  out:close()
  local d = {}
  for status, n in pairs(detail) do
    table.insert(d, status .. ":" .. n)
  end
  local e = summary.errors
  io.write(string.format(
    "RESULT duration_us=%d requests=%d s303=%d non303=%d non303_detail=%s p50_us=%d p99_us=%d max_us=%d connect=%d read=%d write=%d timeout=%d\n",
    summary.duration, summary.requests, s303, non303, #d > 0 and table.concat(d, ",") or "-",
    latency:percentile(50), latency:percentile(99), latency.max,
    e.connect, e.read, e.write, e.timeout))
end
EOF

# --- one run --------------------------------------------------------------------------------

SERVER_PID=""
stop_server() {
  [ -n "$SERVER_PID" ] || return 0
  kill -TERM "$SERVER_PID" 2>/dev/null || true
  local i
  for ((i = 0; i < 100; i++)); do
    kill -0 "$SERVER_PID" 2>/dev/null || break
    sleep 0.1
  done
  if kill -0 "$SERVER_PID" 2>/dev/null; then
    echo "bench-serve: the server did not stop in 10 s after SIGTERM; killing it" >&2
    kill -KILL "$SERVER_PID" 2>/dev/null || true
  fi
  wait "$SERVER_PID" 2>/dev/null || true
  SERVER_PID=""
}
trap stop_server EXIT

free_port() {
  python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])'
}

# run SIDE CONNECTIONS ROUND: appends one line to $RUN/results.tsv.
run() {
  local side=$1 conns=$2 round=$3 port db url status tag=$1-c$2-r$3
  db=$RUN/$tag.sqlite3
  rm -f "$db" "$db-wal" "$db-shm"
  port=$(free_port)
  url=http://127.0.0.1:$port/fi/$FORM
  # shellcheck disable=SC2046 # the extra arguments are words
  "$BIN/arvio-$side" serve --addr "127.0.0.1:$port" --data "$db" $(serve_args "$side") \
    >"$RUN/$tag.server.log" 2>&1 &
  SERVER_PID=$!
  local i
  for ((i = 0; i < 100; i++)); do
    curl -s -o /dev/null "http://127.0.0.1:$port/" && break
    kill -0 "$SERVER_PID" 2>/dev/null || die "$side server exited: $(cat "$RUN/$tag.server.log")"
    sleep 0.1
  done
  # The body must be a send: 303 to the summary, not 400 (a field the family's page does not
  # have) nor 422 (incomplete or invalid).
  status=$(curl -s -o "$RUN/$tag.check.html" -w '%{http_code} %{redirect_url}' \
    -H 'Content-Type: application/x-www-form-urlencoded' --data-binary "@$BODY" "$url")
  case $status in
    "303 "*/r/*) ;;
    *) die "$side: the body is not a send: POST $url answered '$status' (page: $RUN/$tag.check.html)" ;;
  esac
  local checked=${status##*/r/}
  echo "$checked" >"$RUN/$tag.tokens"
  BENCH_BODY=$BODY BENCH_TOKENS=$RUN/$tag.warmup.tokens \
    wrk -t2 -c"$conns" -d"${WARMUP}s" -s "$LUA" "$url" >"$RUN/$tag.warmup.txt"
  echo "$side c=$conns round $round: wrk -t2 -c$conns -d${DURATION}s --latency -s send.lua" >&2
  BENCH_BODY=$BODY BENCH_TOKENS=$RUN/$tag.run.tokens \
    wrk -t2 -c"$conns" -d"${DURATION}s" --latency -s "$LUA" "$url" >"$RUN/$tag.wrk.txt"
  stop_server
  cat "$RUN/$tag.warmup.tokens" "$RUN/$tag.run.tokens" >>"$RUN/$tag.tokens"
  grep -h '^RESULT' "$RUN/$tag.warmup.txt" | sed 's/^/  warm-up /' >&2
  grep -h '^RESULT' "$RUN/$tag.wrk.txt" | sed 's/^/  /' >&2
  # Acknowledged writes: every 303's token (curl check, warm-up, run) is in the database as a
  # sent response. Rows beyond them were written for requests still in flight when wrk
  # stopped (their 303 never read): at most one per connection, for the warm-up and the run.
  python3 - "$db" "$RUN/$tag.tokens" "$RUN/$tag.wrk.txt" "$side" "$conns" "$round" \
    >>"$RUN/results.tsv" <<'EOF'
import re, sqlite3, sys
db, tokens_file, wrk_out, side, conns, rnd = sys.argv[1:]
acked = [t for t in open(tokens_file).read().split() if t]
con = sqlite3.connect(f"file:{db}?mode=ro", uri=True)
cols = [r[1] for r in con.execute("PRAGMA table_info(responses)")]
where = " WHERE status = 'submitted'" if "status" in cols else ""
rows = con.execute(f"SELECT count(*) FROM responses{where}").fetchone()[0]
stored = {r[0] for r in con.execute(f"SELECT token FROM responses{where}")}
lost = [t for t in acked if t not in stored]
dup = len(acked) - len(set(acked))
r = dict(kv.split("=", 1) for kv in
         re.search(r"^RESULT (.*)$", open(wrk_out).read(), re.M).group(1).split())
print(f"  sent responses in the database: {rows}; 303s: {len(acked)} (1 check + warm-up + run);"
      f" acknowledged but not stored: {len(lost)}; stored but not acknowledged (in flight at"
      f" wrk's stop): {rows - len(acked) + len(lost)}", file=sys.stderr)
unacked = rows - len(acked) + len(lost)
if lost or dup or not acked or unacked > 2 * int(conns):
    sys.exit(f"bench-serve: {side} c={conns}: {len(lost)} acknowledged sends not stored,"
             f" {dup} tokens given twice, {unacked} stored but not acknowledged (at most"
             f" {2 * int(conns)}: the connections of the warm-up and of the run)")
secs = int(r["duration_us"]) / 1e6
print("\t".join([rnd, side, conns, f"{int(r['s303']) / secs:.0f}",
                 f"{int(r['requests']) / secs:.0f}", r["p50_us"], r["p99_us"], r["s303"],
                 r["non303"], r["non303_detail"],
                 "/".join(r[k] for k in ("connect", "read", "write", "timeout")),
                 str(rows), str(len(acked))]))
EOF
  [ -n "${KEEP_DB:-}" ] || rm -f "$db" "$db-wal" "$db-shm"
}

# --- the runs, alternated -------------------------------------------------------------------

: >"$RUN/results.tsv"
LOAD_START=$(cut -d' ' -f1-3 /proc/loadavg)
for ((round = 1; round <= ROUNDS; round++)); do
  for conns in $CONCURRENCY; do
    for side in $SIDES; do
      run "$side" "$conns" "$round"
    done
  done
done
LOAD_END=$(cut -d' ' -f1-3 /proc/loadavg)

# --- the tables -----------------------------------------------------------------------------

before_commit=$(cat "$BIN/arvio-before.commit" 2>/dev/null || echo "$BEFORE")
after_name=$(git rev-parse --short HEAD)
[ -z "$(git status --porcelain --untracked-files=no)" ] || after_name="$after_name + working tree"
python3 - "$RUN/results.tsv" "${before_commit:0:7}" "$after_name" \
  "$LOAD_START" "$LOAD_END" "$DURATION" "$ROUNDS" "$(nproc)" "$(date -u +%F)" <<'EOF'
import statistics, sys
path, before, head, load_start, load_end, duration, rounds, cores, day = sys.argv[1:]
runs = [line.rstrip("\n").split("\t") for line in open(path) if line.strip()]
name = {"before": f"before ({before})", "after": f"after ({head})"}
ms = lambda us: f"{int(us) / 1000:.1f}"
print(f"\n{day}: load average (1, 5, 15 min) {load_start} at the start, {load_end} at the end;"
      f" {cores} cores shared by the server and wrk; {duration} s per run,"
      f" {rounds} round{'' if rounds == '1' else 's'}.\n")
print("| round | server | connections | sends/s | p50 | p99 | 303s | non-303 |"
      " socket errors (connect/read/write/timeout) | sent rows stored / 303s (check, warm-up, run) |")
print("|--:|---|--:|--:|--:|--:|--:|--:|---|---|")
for (rnd, side, conns, sps, rps, p50, p99, s303, non303, detail, sock, rows, acked) in runs:
    non = non303 if detail == "-" else f"{non303} ({detail.replace(':', ': ')})"
    print(f"| {rnd} | {name[side]} | {conns} | {sps} | {ms(p50)} ms | {ms(p99)} ms | {s303} |"
          f" {non} | {sock} | {rows} / {acked} |")
print("\nMedians per cell:\n")
sides = [s for s in ("before", "after") if any(r[1] == s for r in runs)]
head_cells = " | ".join(f"{s}: sends/s | {s}: p99" for s in sides)
print(f"| connections | {head_cells} |" + (" after / before: sends/s | after / before: p99 |"
                                           if len(sides) == 2 else ""))
print("|--:|" + "--:|" * (2 * len(sides) + (2 if len(sides) == 2 else 0)))
conns_seen = []
for r in runs:
    if r[2] not in conns_seen:
        conns_seen.append(r[2])
for c in conns_seen:
    med = {}
    for s in sides:
        cell = [r for r in runs if r[1] == s and r[2] == c]
        med[s] = (statistics.median(float(r[3]) for r in cell),
                  statistics.median(int(r[6]) for r in cell))
    cells = " | ".join(f"{med[s][0]:.0f} | {med[s][1] / 1000:.1f} ms" for s in sides)
    ratio = ""
    if len(sides) == 2:
        ratio = (f" {med['after'][0] / med['before'][0]:.2f}× |"
                 f" {med['after'][1] / med['before'][1]:.2f}× |")
    print(f"| {c} | {cells} |{ratio}")
EOF
