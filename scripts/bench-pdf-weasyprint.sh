#!/usr/bin/env bash
# PDF summary benchmark: arvio-pdf beside WeasyPrint converting arvio's HTML summary of the
# same response, in one run. Results: BENCHMARKS.md.
#
#   scripts/bench-pdf-weasyprint.sh [form-id] [response.json]
#
# Defaults: family-self-assessment, examples/responses/family-self-assessment-fi.json.
# Environment: BATCH (default 1000) summaries per batch, RUNS (default 5) cold runs per
# tool, WARM (default 200 arvio / 20 WeasyPrint) in-process renderings, OUT (default
# target/bench-pdf) working directory.
#
# Needs: /usr/bin/time (apt-get install -y time), WeasyPrint (pip install weasyprint; it
# needs libpango-1.0-0 and libpangoft2-1.0-0), poppler-utils (pdfinfo).
set -euo pipefail
cd "$(dirname "$0")/.."

FORM=${1:-family-self-assessment}
RESPONSE=${2:-examples/responses/family-self-assessment-fi.json}
BATCH=${BATCH:-1000}
RUNS=${RUNS:-5}
WARM_ARVIO=${WARM:-200}
WARM_WEASY=${WARM_WEASY:-20}
OUT=${OUT:-target/bench-pdf}

command -v /usr/bin/time >/dev/null || { echo "install GNU time: apt-get install -y time" >&2; exit 2; }
python3 -c 'import weasyprint' 2>/dev/null || { echo "install WeasyPrint: pip install weasyprint" >&2; exit 2; }

cargo build -q --release -p arvio-pdf --example bench_summary
BIN=target/release/examples/bench_summary
rm -rf "$OUT"
mkdir -p "$OUT"

"$BIN" html "$FORM" "$RESPONSE" "$OUT/summary.html"

# Wall seconds and peak RSS (KB) of a command, from GNU time -v.
measure() {
  local log="$OUT/time.log"
  /usr/bin/time -v "$@" >/dev/null 2>"$log"
  local wall rss
  wall=$(sed -n 's/.*Elapsed (wall clock) time (h:mm:ss or m:ss): //p' "$log" |
    awk -F: '{ if (NF == 3) print $1*3600 + $2*60 + $3; else print $1*60 + $2 }')
  rss=$(sed -n 's/.*Maximum resident set size (kbytes): //p' "$log")
  echo "$wall $rss"
}

# Median of the first field and of the second over RUNS runs.
median_of_runs() {
  local i
  for ((i = 0; i < RUNS; i++)); do measure "$@"; done |
    python3 -c 'import sys, statistics as s
rows = [tuple(map(float, l.split())) for l in sys.stdin if l.strip()]
print(f"{s.median(r[0] for r in rows):.3f} {s.median(r[1] for r in rows):.0f}")'
}

WEASY_PY="$OUT/weasy.py"
cat >"$WEASY_PY" <<'EOF'
"""WeasyPrint side: one conversion, in-process timing, or a batch in one process."""
import logging, os, statistics, sys, time
import weasyprint

logging.getLogger("weasyprint").setLevel(logging.ERROR)
mode, html = sys.argv[1], sys.argv[2]
src = open(html, encoding="utf-8").read()
if mode == "one":
    weasyprint.HTML(string=src).write_pdf(sys.argv[3])
elif mode == "time":
    runs = int(sys.argv[3])
    start = time.perf_counter()
    weasyprint.HTML(string=src).write_pdf()
    first = (time.perf_counter() - start) * 1e3
    ms = []
    for _ in range(runs):
        start = time.perf_counter()
        weasyprint.HTML(string=src).write_pdf()
        ms.append((time.perf_counter() - start) * 1e3)
    print(f"first_ms={first:.2f} mean_ms={statistics.mean(ms):.2f} "
          f"median_ms={statistics.median(ms):.2f} runs={runs}")
elif mode == "batch":
    count, out = int(sys.argv[3]), sys.argv[4]
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    for i in range(count):
        weasyprint.HTML(string=src).write_pdf(os.path.join(out, f"summary-{i:04}.pdf"))
    print(f"count={count} seconds={time.perf_counter() - start:.3f}")
EOF

echo "# form=$FORM response=$RESPONSE batch=$BATCH runs=$RUNS"
echo "# machine: $(nproc) cores, $(uname -sr); $(python3 -c 'import weasyprint; print("WeasyPrint", weasyprint.__version__)')"

echo "## one summary, whole process (median of $RUNS): seconds peak_rss_kb"
echo "arvio      $(median_of_runs "$BIN" one "$FORM" "$RESPONSE" "$OUT/arvio.pdf")"
echo "weasyprint $(median_of_runs python3 "$WEASY_PY" one "$OUT/summary.html" "$OUT/weasyprint.pdf")"

echo "## file size: bytes pages"
echo "arvio      $(stat -c %s "$OUT/arvio.pdf") $(pdfinfo "$OUT/arvio.pdf" | sed -n 's/^Pages: *//p')"
echo "weasyprint $(stat -c %s "$OUT/weasyprint.pdf") $(pdfinfo "$OUT/weasyprint.pdf" | sed -n 's/^Pages: *//p')"
echo "html input $(stat -c %s "$OUT/summary.html")"

echo "## one summary, in process (after a first rendering)"
echo "arvio      $("$BIN" time "$FORM" "$RESPONSE" "$WARM_ARVIO")"
echo "weasyprint $(python3 "$WEASY_PY" time "$OUT/summary.html" "$WARM_WEASY")"

echo "## batch of $BATCH in one process: seconds peak_rss_kb"
echo "arvio      $(measure "$BIN" batch "$FORM" "$RESPONSE" "$BATCH" "$OUT/batch-arvio")"
echo "weasyprint $(measure python3 "$WEASY_PY" batch "$OUT/summary.html" "$BATCH" "$OUT/batch-weasyprint")"
echo "## batch output: bytes"
echo "arvio      $(du -sb "$OUT/batch-arvio" | cut -f1)"
echo "weasyprint $(du -sb "$OUT/batch-weasyprint" | cut -f1)"
