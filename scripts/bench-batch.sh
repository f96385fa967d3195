#!/usr/bin/env bash
# `arvio batch` benchmark: PDF summaries of 1,000 and 10,000 valid responses of one built-in
# form, with 1 and 2 jobs; wall time and peak RSS of each run (GNU time). Memory should not
# grow with the number of files. Results: BENCHMARKS.md ("arvio batch").
#
#   scripts/bench-batch.sh
#
# Environment: SIZES (default "1000 10000") files per directory, JOBS (default "1 2"), REPEAT
# (default 1) runs of each, FORMAT (default pdf), OUT (default target/bench-batch) working
# directory.
#
# The responses are examples/responses/family-self-assessment-fi.json with every scale answer
# and the free-text answers varied (seeded, so every run gets the same files), all valid.
# Needs: /usr/bin/time (apt-get install -y time), python3.
set -euo pipefail
cd "$(dirname "$0")/.."

SIZES=${SIZES:-"1000 10000"}
JOBS=${JOBS:-"1 2"}
REPEAT=${REPEAT:-1}
FORMAT=${FORMAT:-pdf}
OUT=${OUT:-target/bench-batch}
FORM=family-self-assessment
EXAMPLE=examples/responses/family-self-assessment-fi.json
TODAY=2026-11-23

command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install -y time" >&2; exit 2; }

cargo build -q --release -p arvio-cli --bin arvio
BIN=${CARGO_TARGET_DIR:-target}/release/arvio
mkdir -p "$OUT"

# Makes DIR with N varied responses (kept between runs: same seed, same files).
make_dir() {
  local n=$1 dir=$2
  if [ -f "$dir/.complete" ]; then return; fi
  rm -rf "$dir"
  mkdir -p "$dir"
  python3 - "$EXAMPLE" "$n" "$dir" <<'EOF'
import json, random, sys
example, n, out = sys.argv[1], int(sys.argv[2]), sys.argv[3]
base = json.load(open(example, encoding="utf-8"))
rng = random.Random(2026)
three = {"child_home", "child_school", "child_friends", "child_safe", "child_trusted_adult",
         "start_level"}
fixed = {"children_count", "child_age"}  # whole numbers that are not 1-5 scales
words = ["arki", "koulu", "ilta", "tuki", "aamu", "kaveri", "harrastus", "jaksaminen"]
for i in range(n):
    r = json.loads(json.dumps(base))
    for k, v in r["answers"].items():
        if isinstance(v, int) and not isinstance(v, bool) and k not in fixed:
            r["answers"][k] = rng.randint(1, 3 if k in three else 5)
        elif isinstance(v, str) and k.endswith("_change"):
            r["answers"][k] = f"{v} ({i}: {' '.join(rng.choice(words) for _ in range(8))})"
    with open(f"{out}/r{i:05}.json", "w", encoding="utf-8") as f:
        json.dump(r, f, ensure_ascii=False, indent=2)
EOF
  touch "$dir/.complete"
}

echo "uptime: $(uptime)"
echo "files jobs wall_s pdfs_per_s ms_per_pdf peak_rss_mib valid"
for n in $SIZES; do
  dir="$OUT/in-$n"
  make_dir "$n" "$dir"
  for j in $JOBS; do
    for ((r = 0; r < REPEAT; r++)); do
      out="$OUT/out-$n-$j"
      rm -rf "$out"
      log="$OUT/time-$n-$j.log"
      /usr/bin/time -v "$BIN" batch "$FORM" "$dir" --to "$FORMAT" -o "$out" --jobs "$j" \
        --today "$TODAY" 2>"$log" || true
      wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" |
        awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
      rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
      valid=$(tail -n 1 "$out/report.jsonl" | python3 -c 'import json,sys; print(json.load(sys.stdin)["summary"]["valid"])')
      awk -v n="$n" -v j="$j" -v w="$wall" -v rss="$rss" -v valid="$valid" 'BEGIN {
        printf "%d %d %.2f %.1f %.2f %.1f %d\n", n, j, w, n / w, 1000 * w / n, rss / 1024, valid }'
      rm -rf "$out"
    done
  done
done
echo "uptime: $(uptime)"
