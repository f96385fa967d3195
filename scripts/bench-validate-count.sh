#!/usr/bin/env bash
# Instruction counts (valgrind's callgrind) of reading and validating responses, printed as the
# Markdown tables of BENCHMARKS.md. Counts are the same for the same binary and input whatever
# else the machine does, but for set-up that hashes with a random seed (the form's loading,
# the schema's compiling). Per run = (count for 1 + K runs - count for 1 run) / K, so set-up
# cancels out, and K = 100 (10 for the 10,000-question form) divides what is left of its
# variation.
#
#   scripts/bench-validate-count.sh            # both tables (about 10 minutes)
#
# Needs valgrind (Debian: apt-get install valgrind).
set -euo pipefail
cd "$(dirname "$0")/.."
target="${CARGO_TARGET_DIR:-target}"
cargo build --release -q -p arvio-core --example scaling
cargo build --release -q -p arvio-schema --example validate_count

count() { # BIN WHAT MODE [K] -> instructions per run
    local bin=$1 what=$2 mode=$3 k=${4:-100} a b
    a=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$what" 1 "$mode" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    b=$(valgrind --tool=callgrind --callgrind-out-file=/dev/null "$bin" "$what" $((k + 1)) "$mode" 2>&1 |
        sed -n 's/.*Collected : \([0-9]*\).*/\1/p')
    echo $(((b - a) / k))
}
fmt() { printf "%'d" "$1"; }
ratio() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.2f×", a / b }'; }

echo "Built-in forms, their Finnish example responses (instructions per run):"
echo
echo "| form | one pass + score | jsonschema crate: parse + validate | ratio | serde_json Value parse | ratio | from_json + validate |"
echo "|---|--:|--:|--:|--:|--:|--:|"
bin="$target/release/examples/validate_count"
for form in family-self-assessment caregiver-support service-need; do
    one=$(count "$bin" "$form" one-pass)
    rs=$(count "$bin" "$form" jsonschema)
    value=$(count "$bin" "$form" value)
    old=$(count "$bin" "$form" from-json)
    echo "| $form | $(fmt "$one") | $(fmt "$rs") | $(ratio "$one" "$rs") | $(fmt "$value") | $(ratio "$one" "$value") | $(fmt "$old") |"
done
echo
echo "Synthetic forms of N questions (instructions per run, and per question):"
echo
echo "| questions | one pass + score | per question | serde_json Value parse | per question | from_json + validate + score | per question |"
echo "|--:|--:|--:|--:|--:|--:|--:|"
bin="$target/release/examples/scaling"
for n in 100 1000 10000; do
    k=$((n < 10000 ? 100 : 10))
    one=$(count "$bin" "$n" one-pass $k)
    value=$(count "$bin" "$n" value $k)
    old=$(count "$bin" "$n" parse-validate $k)
    echo "| $(fmt "$n") | $(fmt "$one") | $(fmt $((one / n))) | $(fmt "$value") | $(fmt $((value / n))) | $(fmt "$old") | $(fmt $((old / n))) |"
done
