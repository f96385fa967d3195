#!/usr/bin/env bash
# PDF summary benchmark: arvio-pdf beside WeasyPrint converting arvio's HTML summary of the
# same response, in one run, WeasyPrint both plain and as tagged PDF/A-2a
# (`write_pdf(..., pdf_variant="pdf/a-2a")`). Results: BENCHMARKS.md.
#
#   scripts/bench-pdf-weasyprint.sh [form-id] [response.json]
#
# Defaults: family-self-assessment, examples/responses/family-self-assessment-fi.json.
# Environment: BATCH (default 1000) summaries per batch, BATCH_PDFA (default BATCH) for
# WeasyPrint's PDF/A-2a batch, RUNS (default 5) cold runs per tool, WARM (default 200 arvio
# / 20 WeasyPrint) in-process renderings, OUT (default target/bench-pdf) working directory.
# Short run: BATCH=20 RUNS=3 WARM=50 WARM_WEASY=5 scripts/bench-pdf-weasyprint.sh
#
# Needs: /usr/bin/time (apt-get install -y time), WeasyPrint (pip install weasyprint; it
# needs libpango-1.0-0 and libpangoft2-1.0-0), poppler-utils (pdfinfo).
set -euo pipefail
cd "$(dirname "$0")/.."

FORM=${1:-family-self-assessment}
RESPONSE=${2:-examples/responses/family-self-assessment-fi.json}
BATCH=${BATCH:-1000}
BATCH_PDFA=${BATCH_PDFA:-$BATCH}
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
"""WeasyPrint side: one conversion, in-process timing, or a batch in one process.

weasy.py MODE VARIANT HTML ...: VARIANT is `plain` (WeasyPrint's defaults) or a
`pdf_variant` of write_pdf, e.g. `pdf/a-2a` (tagged PDF/A-2a).
"""
import logging, os, statistics, sys, time
import weasyprint

logging.getLogger("weasyprint").setLevel(logging.ERROR)
mode, variant, html = sys.argv[1], sys.argv[2], sys.argv[3]
options = {} if variant == "plain" else {"pdf_variant": variant}
src = open(html, encoding="utf-8").read()

def render(target=None):
    return weasyprint.HTML(string=src).write_pdf(target, **options)

if mode == "one":
    render(sys.argv[4])
elif mode == "time":
    runs = int(sys.argv[4])
    start = time.perf_counter()
    render()
    first = (time.perf_counter() - start) * 1e3
    ms = []
    for _ in range(runs):
        start = time.perf_counter()
        render()
        ms.append((time.perf_counter() - start) * 1e3)
    print(f"first_ms={first:.2f} mean_ms={statistics.mean(ms):.2f} "
          f"median_ms={statistics.median(ms):.2f} runs={runs}")
elif mode == "batch":
    count, out = int(sys.argv[4]), sys.argv[5]
    os.makedirs(out, exist_ok=True)
    start = time.perf_counter()
    for i in range(count):
        render(os.path.join(out, f"summary-{i:04}.pdf"))
    print(f"count={count} seconds={time.perf_counter() - start:.3f}")
EOF

echo "# form=$FORM response=$RESPONSE batch=$BATCH runs=$RUNS"
echo "# machine: $(nproc) cores, $(uname -sr); $(python3 -c 'import weasyprint; print("WeasyPrint", weasyprint.__version__)')"

# PDF/A identification from the XMP packet (pdfaid:part and conformance, written as elements
# or attributes), or "-".
pdfa_id() {
  pdfinfo -meta "$1" 2>/dev/null | python3 -c 'import re, sys
x = sys.stdin.read()
def get(name):
    m = re.search(rf"pdfaid:{name}(?:>|=\")\s*([^<\"]+)", x)
    return m.group(1).strip() if m else ""
part, level = get("part"), get("conformance")
print(f"PDF/A-{part}{level.lower()}" if part else "-")'
}

# Size and structure of one PDF: bytes, pages, tagged (pdfinfo), PDF version, PDF/A claim.
describe() {
  local info
  info=$(pdfinfo "$1")
  printf '%s %s tagged=%s pdf=%s %s\n' "$(stat -c %s "$1")" \
    "$(sed -n 's/^Pages: *//p' <<<"$info")" \
    "$(sed -n 's/^Tagged: *//p' <<<"$info")" \
    "$(sed -n 's/^PDF version: *//p' <<<"$info")" \
    "$(pdfa_id "$1")"
}

A2A=pdf/a-2a
row() { printf '%-22s %s\n' "$1" "$2"; }

echo "## one summary, whole process (median of $RUNS): seconds peak_rss_kb"
row arvio "$(median_of_runs "$BIN" one "$FORM" "$RESPONSE" "$OUT/arvio.pdf")"
row weasyprint "$(median_of_runs python3 "$WEASY_PY" one plain "$OUT/summary.html" "$OUT/weasyprint.pdf")"
row "weasyprint $A2A" "$(median_of_runs python3 "$WEASY_PY" one "$A2A" "$OUT/summary.html" "$OUT/weasyprint-pdfa2a.pdf")"

echo "## file: bytes pages tagged pdf-version pdf/a-claim"
row arvio "$(describe "$OUT/arvio.pdf")"
row weasyprint "$(describe "$OUT/weasyprint.pdf")"
row "weasyprint $A2A" "$(describe "$OUT/weasyprint-pdfa2a.pdf")"
row "html input" "$(stat -c %s "$OUT/summary.html")"

echo "## one summary, in process (after a first rendering)"
row arvio "$("$BIN" time "$FORM" "$RESPONSE" "$WARM_ARVIO")"
row weasyprint "$(python3 "$WEASY_PY" time plain "$OUT/summary.html" "$WARM_WEASY")"
row "weasyprint $A2A" "$(python3 "$WEASY_PY" time "$A2A" "$OUT/summary.html" "$WARM_WEASY")"

echo "## batch in one process (arvio and weasyprint $BATCH, weasyprint $A2A $BATCH_PDFA): seconds peak_rss_kb"
row arvio "$(measure "$BIN" batch "$FORM" "$RESPONSE" "$BATCH" "$OUT/batch-arvio")"
row weasyprint "$(measure python3 "$WEASY_PY" batch plain "$OUT/summary.html" "$BATCH" "$OUT/batch-weasyprint")"
row "weasyprint $A2A" "$(measure python3 "$WEASY_PY" batch "$A2A" "$OUT/summary.html" "$BATCH_PDFA" "$OUT/batch-weasyprint-pdfa2a")"
echo "## batch output: bytes"
row arvio "$(du -sb "$OUT/batch-arvio" | cut -f1)"
row weasyprint "$(du -sb "$OUT/batch-weasyprint" | cut -f1)"
row "weasyprint $A2A" "$(du -sb "$OUT/batch-weasyprint-pdfa2a" | cut -f1)"
