#!/usr/bin/env bash
# A case system's round trip through arvio's API, with curl: create an assessment, let the
# family fill in its part through its link, read the answers back, write the worker's part,
# print the summary, revoke the link, erase the assessment. README.md shows this file; a test
# (tests/api_round_trip.rs) runs it against a server. Needs ARVIO (the server's address) and
# KEY (an API key from `arvio keys create NAME`).
set -euo pipefail
auth="Authorization: Bearer $KEY"

# 1. Create an assessment: its id, the family's link, when the link expires, its revision.
curl -sf "$ARVIO/api/v1/assessments" -H "$auth" -H 'Content-Type: application/json' \
  -d '{"form": "family-self-assessment", "language": "fi", "case_ref": "2026-1234"}' \
  >created.json
cat created.json; echo
id=$(python3 -c 'import json; print(json.load(open("created.json"))["id"])')
link=$(python3 -c 'import json; print(json.load(open("created.json"))["family_url"])')

# 2. The family opens "$ARVIO$link" on its phone and saves its answers; here curl posts what
#    the page's form would (revision 1, two answers, "save draft"): 303 to the saved draft.
curl -s -o /dev/null -w 'family saved: %{http_code}\n' "$ARVIO$link" \
  -d '_rev=1&_action=draft&children_count=2&routines_change=Aamut+rauhallisemmiksi'

# 3. Read the answers back, with the status of each part, errors as data and the scores.
curl -sf "$ARVIO/api/v1/assessments/$id" -H "$auth" >assessment.json
python3 -c 'import json; a = json.load(open("assessment.json"))
print("revision", a["revision"], "family", a["parts"]["family"]["status"], "answers", a["answers"])'

# 4. Write the worker's part at the revision read (If-Match; a stale one gets 412).
curl -sf -X PUT "$ARVIO/api/v1/assessments/$id/answers?part=worker" -H "$auth" \
  -H 'If-Match: "2"' -H 'Content-Type: application/json' \
  -d '{"answers": {"assessor_name": "Sosiaalityöntekijä A"}}'; echo

# 5. The summary for the meeting as PDF (format=html|text|json too; copy=family for theirs).
curl -sf -o summary.pdf "$ARVIO/api/v1/assessments/$id/summary?format=pdf&copy=worker" -H "$auth"
echo "summary: $(head -c 5 summary.pdf)"

# 6. Revoke the family's link (it then answers 410), erase the assessment; the audit log
#    keeps who did what and when, with the id only.
curl -sf -X POST "$ARVIO/api/v1/assessments/$id/revoke" -H "$auth" -w 'revoked: %{http_code}\n'
curl -s -o /dev/null -w 'family link: %{http_code}\n' "$ARVIO$link"
curl -sf -X DELETE "$ARVIO/api/v1/assessments/$id" -H "$auth" -w 'erased: %{http_code}\n'
curl -sf "$ARVIO/api/v1/assessments/$id/audit" -H "$auth" |
  python3 -c 'import json, sys; print(" ".join(e["action"] for e in json.load(sys.stdin)))'
