#!/usr/bin/env python3
"""Independent checks of arvio's FHIR output, with tools nobody in this project wrote.

Usage: fhir_check.py DIR

Every *.json file in DIR is one of:
- a Questionnaire: parsed with fhir.resources' R4B model, then its codes are checked here
  (fhir.resources does not check code values): status, item types (the R4 set), enableWhen
  operators and behaviours, unique link ids, enableWhen questions that exist, and every
  FHIRPath expression must compile with fhirpathpy;
- a QuestionnaireResponse: parsed with the R4B model, status checked;
- a cases file {"questionnaire": Q, "responses": [{"qr": QR, "applies": {key: bool},
  "scores": {link id: number or null}, "complete": bool}]}: Q and every QR are checked as
  above, every QR answer must fit its Questionnaire item (type, option codes), and then for
  every response
  * each item's enableWhen (with R4 semantics, implemented here) or SDC
    enableWhenExpression (with fhirpathpy; %resource is the QR, %context the QR item of the
    group row for a sub-question, the QR itself otherwise), combined with its parent's, must
    give arvio's own answer in "applies". Keys: a section's or top-level question's link id;
    "{group}.{sub}@{i}" for a sub-question in row i (0-based) of a repeating group;
  * each score item's SDC calculatedExpression must give arvio's value (null = no value);
  * when "complete" (a valid submitted response), every questionnaire-constraint holds.

Exits 1 with one line per disagreement, 2 on bad usage; prints a summary line otherwise.
"""

import json
import math
import re
import sys
from decimal import Decimal
from pathlib import Path

from fhir.resources.R4B.questionnaire import Questionnaire
from fhir.resources.R4B.questionnaireresponse import QuestionnaireResponse
import fhirpathpy
from fhirpathpy.engine.nodes import ResourceNode
from fhirpathpy.models import models

MODEL = models["r4"]
ENABLE_WHEN_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-enableWhenExpression"
)
CALCULATED_EXPRESSION = (
    "http://hl7.org/fhir/uv/sdc/StructureDefinition/sdc-questionnaire-calculatedExpression"
)
CONSTRAINT = "http://hl7.org/fhir/StructureDefinition/questionnaire-constraint"
TRANSLATION = "http://hl7.org/fhir/StructureDefinition/translation"
CQF_EXPRESSION = "http://hl7.org/fhir/StructureDefinition/cqf-expression"

# R4 value sets (required bindings).
ITEM_TYPES = {
    "group", "display", "boolean", "decimal", "integer", "date", "dateTime", "time",
    "string", "text", "url", "choice", "open-choice", "attachment", "reference", "quantity",
}
OPERATORS = {"exists", "=", "!=", ">", "<", ">=", "<="}
BEHAVIORS = {"all", "any"}
Q_STATUS = {"draft", "active", "retired", "unknown"}
QR_STATUS = {"in-progress", "completed", "amended", "entered-in-error", "stopped"}
ID_RE = re.compile(r"^[A-Za-z0-9\-.]{1,64}$")
ANSWER_KEY = {
    "boolean": "valueBoolean", "decimal": "valueDecimal", "integer": "valueInteger",
    "date": "valueDate", "string": "valueString", "text": "valueString",
    "choice": "valueCoding",
}

problems = []


def problem(where, msg):
    problems.append(f"{where}: {msg}")


def walk(items, parent=None):
    """Yields (item, parent item) over a Questionnaire's or QR's item tree."""
    for it in items or []:
        yield it, parent
        yield from walk(it.get("item"), it)


def ext_values(node, url):
    return [e for e in node.get("extension", []) if e.get("url") == url]


def expression_of(node, url):
    found = ext_values(node, url)
    if not found:
        return None
    return found[0]["valueExpression"]["expression"]


def check_translations(where, node):
    for key, val in node.items():
        if key.startswith("_") and isinstance(val, dict):
            for e in val.get("extension", []):
                if e.get("url") == TRANSLATION:
                    subs = {s.get("url"): s for s in e.get("extension", [])}
                    if "lang" not in subs or "content" not in subs:
                        problem(where, f"translation on {key} lacks lang or content")
        if isinstance(val, dict):
            check_translations(where, val)
        elif isinstance(val, list):
            for v in val:
                if isinstance(v, dict):
                    check_translations(where, v)


_compiled = {}


def compiled(expr):
    """The compiled expression (parsing is the slow part of fhirpathpy: once per text)."""
    if expr not in _compiled:
        _compiled[expr] = fhirpathpy.compile(expr, MODEL)
    return _compiled[expr]


def evaluate(expr, qr, context):
    return compiled(expr)(qr, {"resource": qr, "context": context})


def compile_expr(where, expr):
    try:
        compiled(expr)
    except Exception as e:  # noqa: BLE001 - any failure to compile is the finding
        problem(where, f"FHIRPath does not compile ({type(e).__name__}): {expr[:200]}")


def check_questionnaire(name, q):
    where = f"{name} Questionnaire"
    try:
        Questionnaire.model_validate(q)
    except Exception as e:  # noqa: BLE001
        problem(where, f"not a valid R4B Questionnaire: {e}")
        return
    if q.get("status") not in Q_STATUS:
        problem(where, f"status {q.get('status')!r}")
    if not ID_RE.match(q.get("id", "")):
        problem(where, f"id {q.get('id')!r} breaks FHIR's id rules")
    check_translations(where, q)
    link_ids = {}
    for it, _ in walk(q.get("item")):
        lid = it.get("linkId")
        if lid in link_ids:
            problem(where, f"link id {lid!r} twice")
        link_ids[lid] = it
    for it, _ in walk(q.get("item")):
        lid = it["linkId"]
        w = f"{where} item {lid}"
        t = it.get("type")
        if t not in ITEM_TYPES:
            problem(w, f"type {t!r} is not an R4 item type")
        ew = it.get("enableWhen", [])
        for e in ew:
            if e.get("operator") not in OPERATORS:
                problem(w, f"enableWhen operator {e.get('operator')!r}")
            target = link_ids.get(e.get("question"))
            if target is None:
                problem(w, f"enableWhen names unknown question {e.get('question')!r}")
            elif target.get("type") in ("group", "display"):
                problem(w, f"enableWhen names a {target.get('type')} item")
        if len(ew) > 1 and it.get("enableBehavior") not in BEHAVIORS:
            problem(w, "several enableWhen without a valid enableBehavior (que-12)")
        if "enableBehavior" in it and it["enableBehavior"] not in BEHAVIORS:
            problem(w, f"enableBehavior {it['enableBehavior']!r}")
        if ew and ext_values(it, ENABLE_WHEN_EXPRESSION):
            problem(w, "both enableWhen and enableWhenExpression")
        if "answerOption" in it and t not in ("choice", "open-choice"):
            problem(w, "answerOption on a non-choice item (que-5)")
        if "maxLength" in it and t not in ("string", "text", "url", "open-choice"):
            problem(w, "maxLength on a type that has no length (que-10)")
        if t == "display" and ("required" in it or "repeats" in it):
            problem(w, "display item with required or repeats (que-6)")
        if t == "group" and not it.get("item"):
            problem(w, "group without items (que-1)")
        if t == "choice":
            codes = [o["valueCoding"].get("code") for o in it.get("answerOption", [])]
            if len(codes) != len(set(codes)):
                problem(w, "an option code twice")
        for url in (ENABLE_WHEN_EXPRESSION, CALCULATED_EXPRESSION):
            expr = expression_of(it, url)
            if expr is not None:
                compile_expr(w, expr)
    for c in ext_values(q, CONSTRAINT):
        subs = {s["url"]: s for s in c.get("extension", [])}
        for key in ("key", "severity", "expression", "human"):
            if key not in subs:
                problem(where, f"questionnaire-constraint without {key}")
        if "expression" in subs:
            compile_expr(where, subs["expression"]["valueString"])
    return link_ids


def check_qr(name, qr, link_ids=None):
    where = f"{name} QuestionnaireResponse"
    try:
        QuestionnaireResponse.model_validate(qr)
    except Exception as e:  # noqa: BLE001
        problem(where, f"not a valid R4B QuestionnaireResponse: {e}")
        return False
    if qr.get("status") not in QR_STATUS:
        problem(where, f"status {qr.get('status')!r}")
    if link_ids is None:
        return True
    for it, _ in walk(qr.get("item")):
        lid = it.get("linkId")
        qi = link_ids.get(lid)
        if qi is None:
            problem(where, f"item {lid!r} is not in the Questionnaire")
            continue
        answers = it.get("answer", [])
        if len(answers) > 1 and not qi.get("repeats"):
            problem(where, f"item {lid!r}: several answers to a non-repeating item")
        key = ANSWER_KEY.get(qi.get("type"))
        options = {
            (o["valueCoding"].get("system"), o["valueCoding"].get("code"))
            for o in qi.get("answerOption", [])
        }
        for a in answers:
            if key is None or key not in a:
                problem(where, f"item {lid!r}: answer is not {key} (item type {qi.get('type')})")
                continue
            if key == "valueCoding":
                c = a[key]
                if (c.get("system"), c.get("code")) not in options:
                    # The code only: never the answer's text.
                    problem(where, f"item {lid!r}: coding is not one of the answerOptions")
    return True


def fhir_value(answer):
    for k, v in answer.items():
        if k.startswith("value"):
            return k, v
    return None, None


def find_items(qr, link_id):
    return [it for it, _ in walk(qr.get("item")) if it.get("linkId") == link_id]


def is_blank(item):
    """arvio's marker for a blank answer (a group with no rows, an empty text): the item
    stands for no answer and no row."""
    return any(
        e.get("url", "").endswith("/StructureDefinition/blank-answer")
        for e in item.get("extension", [])
    )


def enable_when_holds(where, qr, e):
    """One enableWhen, with R4 semantics (only for link ids that occur once in the QR)."""
    occurrences = find_items(qr, e["question"])
    if len(occurrences) > 1:
        problem(where, f"enableWhen on {e['question']!r}, which occurs {len(occurrences)} times")
    answers = [a for it in occurrences for a in it.get("answer", [])]
    op = e["operator"]
    expected_key, expected = next(
        (k, v) for k, v in e.items() if k.startswith("answer")
    )
    if op == "exists":
        return (len(answers) > 0) == expected

    def matches(a):
        key, v = fhir_value(a)
        if key is None:
            return False
        if expected_key == "answerCoding":
            return (
                key == "valueCoding"
                and v.get("code") == expected.get("code")
                and v.get("system") == expected.get("system")
            )
        if expected_key == "answerBoolean":
            return key == "valueBoolean" and v == expected
        if expected_key in ("answerDecimal", "answerInteger"):
            if key not in ("valueDecimal", "valueInteger"):
                return False
            x, y = Decimal(str(v)), Decimal(str(expected))
            return {
                "=": x == y, "!=": x != y, ">": x > y, ">=": x >= y, "<": x < y, "<=": x <= y,
            }[op]
        problem(where, f"enableWhen {expected_key} is not checked here")
        return False

    if op == "!=":
        problem(where, "enableWhen '!=' is not emitted by arvio")
        return False
    if op != "=" and expected_key not in ("answerDecimal", "answerInteger"):
        problem(where, f"enableWhen {op} on {expected_key}")
    return any(matches(a) for a in answers)


def own_enabled(where, item, qr, context):
    ew = item.get("enableWhen")
    if ew:
        results = [enable_when_holds(where, qr, e) for e in ew]
        return any(results) if item.get("enableBehavior") == "any" else all(results)
    expr = expression_of(item, ENABLE_WHEN_EXPRESSION)
    if expr is None:
        return True
    out = evaluate(expr, qr, context)
    if len(out) != 1 or not isinstance(out[0], bool):
        problem(where, f"enableWhenExpression gave {out!r}, not one boolean")
        return False
    return out[0]


def as_number(out):
    if not out:
        return None
    if len(out) != 1:
        return ("many", len(out))
    return float(out[0])


def check_case(name, i, q, case):
    qr = case["qr"]
    applies = case["applies"]
    where = f"{name} response {i}"
    got = {}
    qr_root = qr

    def visit(items, parent_enabled, context):
        for it in items or []:
            lid = it["linkId"]
            t = it.get("type")
            if lid.endswith("-help") or lid == "section-scores":
                continue
            enabled = parent_enabled and own_enabled(f"{where} item {lid}", it, qr, context)
            got[lid] = enabled
            if t == "group" and it.get("repeats"):
                rows = [r for r in find_items(qr, lid) if not is_blank(r)]
                for r, row in enumerate(rows):
                    node = ResourceNode.create_node(row, "QuestionnaireResponse.item")
                    for sub in it.get("item", []):
                        slid = sub["linkId"]
                        if slid.endswith("-help"):
                            continue
                        got[f"{slid}@{r}"] = enabled and own_enabled(
                            f"{where} item {slid} row {r}", sub, qr, node
                        )
            elif t == "group":
                visit(it.get("item"), enabled, context)

    visit(q.get("item"), True, qr_root)
    for key, want in sorted(applies.items()):
        if key not in got:
            problem(where, f"arvio has {key!r}, the Questionnaire has no such item or row")
        elif got[key] != want:
            problem(where, f"{key}: FHIR says enabled={got[key]}, arvio says applies={want}")
    for key in sorted(set(got) - set(applies)):
        problem(where, f"{key}: in the Questionnaire, missing from arvio's applies")

    scores = case.get("scores", {})
    for it, _ in walk(q.get("item")):
        expr = expression_of(it, CALCULATED_EXPRESSION)
        if expr is None:
            continue
        lid = it["linkId"]
        if lid not in scores:
            problem(where, f"{lid}: no arvio score to compare with")
            continue
        out = as_number(evaluate(expr, qr, qr))
        want = scores[lid]
        if want is None or out is None or isinstance(out, tuple):
            ok = want is None and out is None
        else:
            ok = math.isclose(out, want, rel_tol=1e-9, abs_tol=1e-9)
        if not ok:
            problem(where, f"{lid}: calculatedExpression gives {out}, arvio {want}")

    if case.get("complete"):
        for c in ext_values(q, CONSTRAINT):
            subs = {s["url"]: s for s in c.get("extension", [])}
            out = evaluate(subs["expression"]["valueString"], qr, qr)
            if out != [True]:
                problem(where, f"constraint {subs['key']['valueId']} gives {out!r} on a valid response")
    return len(applies)


def main(argv):
    if len(argv) != 2 or not Path(argv[1]).is_dir():
        print("usage: fhir_check.py DIR", file=sys.stderr)
        return 2
    files = sorted(Path(argv[1]).glob("*.json"))
    counts = {"questionnaires": 0, "responses": 0, "cases": 0, "decisions": 0}
    for f in files:
        data = json.loads(f.read_text(encoding="utf-8"))
        if data.get("resourceType") == "Questionnaire":
            check_questionnaire(f.name, data)
            counts["questionnaires"] += 1
        elif data.get("resourceType") == "QuestionnaireResponse":
            check_qr(f.name, data)
            counts["responses"] += 1
        elif "questionnaire" in data and "responses" in data:
            q = data["questionnaire"]
            link_ids = check_questionnaire(f.name, q)
            counts["questionnaires"] += 1
            if link_ids is None:
                continue
            for i, case in enumerate(data["responses"]):
                if check_qr(f"{f.name} response {i}", case["qr"], link_ids):
                    counts["decisions"] += check_case(f.name, i, q, case)
                counts["responses"] += 1
            counts["cases"] += 1
        else:
            problem(f.name, "neither a Questionnaire, a QuestionnaireResponse nor a cases file")
    if not files:
        problem(argv[1], "no JSON files")
    if problems:
        for p in problems:
            print(p, file=sys.stderr)
        print(f"fhir_check: {len(problems)} problem(s)", file=sys.stderr)
        return 1
    print(
        "fhir_check: ok: {questionnaires} questionnaires, {responses} responses, "
        "{cases} cases files, {decisions} applies decisions agree".format(**counts)
    )
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
