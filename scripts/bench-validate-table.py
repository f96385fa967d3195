#!/usr/bin/env python3
"""Prints the one-pass validation table of BENCHMARKS.md from criterion's estimates.

Run after `cargo bench -p arvio-schema --bench validate`, which writes
target/criterion/<form>/<bench>/new/estimates.json (or $CARGO_TARGET_DIR/criterion). Figures
are criterion's medians, in µs; every ratio is between figures of the same run.
"""

import argparse
import json
import os
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
FORMS = ["family-self-assessment", "caregiver-support", "service-need"]


def median_us(criterion, form, bench):
    path = criterion / form / bench / "new" / "estimates.json"
    return json.loads(path.read_text())["median"]["point_estimate"] / 1000.0


def main():
    target = Path(os.environ.get("CARGO_TARGET_DIR", ROOT / "target"))
    p = argparse.ArgumentParser(description=__doc__)
    p.add_argument("--criterion", type=Path, default=target / "criterion")
    args = p.parse_args()
    print("| form | arvio one pass: parse + validate + score µs | jsonschema crate: parse + validate µs "
          "| ratio (≤ 1.0 is the goal) | serde_json `from_slice::<Value>` µs | ratio to it (stretch: ≤ 1.2) "
          "| earlier path: `from_json` + validate µs |")
    print("|---|--:|--:|--:|--:|--:|--:|")
    for form in FORMS:
        one = median_us(args.criterion, form, "core_parse_validate")
        rs = median_us(args.criterion, form, "jsonschema_parse_validate")
        value = median_us(args.criterion, form, "serde_value_parse")
        old = median_us(args.criterion, form, "core_from_json_then_validate")
        print(f"| {form} | {one:.1f} | {rs:.1f} | {one / rs:.2f}× | {value:.1f} | {one / value:.2f}× "
              f"| {old:.1f} |")


if __name__ == "__main__":
    main()
