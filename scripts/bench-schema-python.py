#!/usr/bin/env python3
"""Times Python's `jsonschema` on the built-in forms' example responses and prints one Markdown
table next to the Rust figures of the same run.

Run after the Rust bench, which writes the schemas and the criterion estimates:

    cargo bench -p arvio-schema --bench validate
    pip install jsonschema          # once
    python3 scripts/bench-schema-python.py

Per form it validates examples/responses/<form>-fi.json against
target/schema-bench/<form>.schema.json with a Draft202012Validator built once (outside the timed
loop), both on the already parsed JSON and including json.loads, with timeit (autorange for the
loop count, then the fastest of --repeat runs). Rust figures are criterion's median estimates
from target/criterion/<form>/<bench>/new/estimates.json.
"""

import argparse
import json
import sys
import timeit
from pathlib import Path

import jsonschema

ROOT = Path(__file__).resolve().parent.parent
FORMS = ["caregiver-support", "family-self-assessment", "service-need"]
RUST = [
    "core_parse_validate",
    "jsonschema_validate",
    "jsonschema_parse_validate",
    "jsonschema_compile",
]


def time_us(fn, repeat):
    """Fastest time of one call of fn over the runs, in microseconds (timeit's advice: slower
    runs measure other load on the machine, not the code)."""
    timer = timeit.Timer(fn)
    number, _ = timer.autorange()  # loops per run so that one run takes at least 0.2 s
    runs = timer.repeat(repeat=repeat, number=number)
    return min(runs) / number * 1e6, number


def criterion_us(criterion, form, bench):
    path = criterion / form / bench / "new" / "estimates.json"
    try:
        est = json.loads(path.read_text())
    except FileNotFoundError:
        return None
    return est["median"]["point_estimate"] / 1000.0


def fmt(x):
    if x is None:
        return "n/a"
    return f"{x:,.1f}" if x >= 10 else f"{x:.2f}"


def ratio(a, b):
    if a is None or b is None:
        return "n/a"
    r = a / b
    return f"{r:,.0f}×" if r >= 10 else f"{r:.2f}×"


def main():
    p = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    p.add_argument("--schemas", type=Path, default=ROOT / "target/schema-bench")
    p.add_argument("--criterion", type=Path, default=ROOT / "target/criterion")
    p.add_argument("--repeat", type=int, default=7)
    args = p.parse_args()

    rows = []
    for form in FORMS:
        schema_path = args.schemas / f"{form}.schema.json"
        if not schema_path.exists():
            sys.exit(f"{schema_path} is missing: run `cargo bench -p arvio-schema --bench validate` first")
        schema = json.loads(schema_path.read_text())
        jsonschema.Draft202012Validator.check_schema(schema)
        validator = jsonschema.Draft202012Validator(schema)
        text = (ROOT / f"examples/responses/{form}-fi.json").read_text()
        instance = json.loads(text)
        if not validator.is_valid(instance):
            err = jsonschema.exceptions.best_match(validator.iter_errors(instance))
            sys.exit(f"{form}: Python jsonschema rejects the example: {err.message}")
        py, n = time_us(lambda: validator.is_valid(instance), args.repeat)
        py_parse, _ = time_us(lambda: validator.is_valid(json.loads(text)), args.repeat)
        rust = {b: criterion_us(args.criterion, form, b) for b in RUST}
        rows.append((form, rust, py, py_parse, n))

    print(f"Python {sys.version.split()[0]}, jsonschema {_version()}; "
          f"timeit fastest of {args.repeat} runs; Rust: criterion median.\n")
    print("| form | core parse+validate µs | jsonschema-rs validate µs | jsonschema-rs parse+validate µs "
          "| Python jsonschema validate µs | Python json.loads+validate µs "
          "| jsonschema-rs / core | Python / core | Python / jsonschema-rs | jsonschema-rs compile µs |")
    print("|---|--:|--:|--:|--:|--:|--:|--:|--:|--:|")
    for form, rust, py, py_parse, _ in rows:
        core = rust["core_parse_validate"]
        rs = rust["jsonschema_validate"]
        rs_parse = rust["jsonschema_parse_validate"]
        print(f"| {form} | {fmt(core)} | {fmt(rs)} | {fmt(rs_parse)} | {fmt(py)} | {fmt(py_parse)} "
              f"| {ratio(rs_parse, core)} | {ratio(py_parse, core)} | {ratio(py, rs)} "
              f"| {fmt(rust['jsonschema_compile'])} |")


def _version():
    from importlib.metadata import version

    return version("jsonschema")


if __name__ == "__main__":
    main()
