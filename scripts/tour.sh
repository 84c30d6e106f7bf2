#!/usr/bin/env bash
# docs/tour.md's "A tour with curl", as one script: the whole flow with the demo keys, from a need
# posted by the demo enterprise to the park's KPIs. Needs bash, curl and node (no jq).
#   BASE_URL=http://127.0.0.1:8787 bash scripts/tour.sh      (writes funnel.svg in the current folder)
# Each step stops the tour with the server's problem body if a request fails.
set -euo pipefail

# 0. Keys and helpers ------------------------------------------------------------------------------
BASE_URL=${BASE_URL:-http://127.0.0.1:8787}
ENTERPRISE='Authorization: Bearer kcm_demoEnterprise000000000000000000'
EXPERT='Authorization: Bearer kcm_demoExpert0000000000000000000000'
STAFF='Authorization: Bearer kcm_demoParkStaff0000000000000000000'
JSON='Content-Type: application/json'
# Requests with a body send JSON; actions without one (accept, start) send {}.
api() { curl -sS --fail-with-body "$@"; }
# json EXPR: evaluates EXPR over the JSON on stdin, bound to d (json d.id, json d.items.length)
json() { node -e 'let s="";process.stdin.on("data",c=>s+=c).on("end",()=>{const d=JSON.parse(s),v=eval(process.argv[1]);console.log(typeof v==="string"?v:JSON.stringify(v,null,1))})' "$1"; }
NOW=$(node -e 'console.log(new Date().toISOString())')
TODAY=${NOW:0:10}

# 1. The enterprise posts a need (open, public) ---------------------------------------------------
NEED=$(api "$BASE_URL/v1/needs" -H "$ENTERPRISE" -H "$JSON" -d '{
  "title": "新建封装厂房装配式外墙与节能保温方案",
  "industryCode": "green_building_materials",
  "kind": "consulting",
  "problem": "新建2万平方米LED封装厂房拟采用装配式钢结构，预制外墙板与保温层接缝处冷桥明显，能耗测算超出绿色工厂标准约15%。",
  "goals": "优化预制外墙板构造与保温材料选型，围护结构传热系数降低20%以上，并评估利用煤矸石、粉煤灰等固废制备墙体材料的可行性。",
  "keywords": ["装配式厂房", "外墙保温", "建筑节能", "固废利用"],
  "budgetMinFen": 20000000, "budgetMaxFen": 50000000,
  "visibility": "public", "status": "open"
}' | json d.id)
echo "need: $NEED"

# 2. Its candidates, with the reasons for each (a fresh server indexes the demo in the background:
#    the answer may be empty for the first seconds, so ask again until it is not) ------------------
for attempt in $(seq 1 60); do
  CANDIDATES=$(api "$BASE_URL/v1/needs/$NEED/candidates?limit=5" -H "$ENTERPRISE")
  [ "$(echo "$CANDIDATES" | json d.candidates.length)" -gt 0 ] && break
  [ "$attempt" -eq 60 ] && { echo "no candidates after 2 minutes: $CANDIDATES" >&2; exit 1; }
  sleep 2
done
echo "$CANDIDATES" | json 'd.candidates.map(c => `${c.kind} ${c.name}（${c.organisation}）confidence ${c.confidence}: ${c.reasons.matchedTerms.join("、")} | ${c.reasons.rules.map(r => r.detail).join("；")}`).join("\n")'

# 3. The enterprise invites the demo expert 白涛 (太原科技大学: no conflict with the enterprise,
#    available, within capacity) --------------------------------------------------------------------
EXPERT_ID=$(api "$BASE_URL/v1/me" -H "$EXPERT" | json d.expertId)
MATCH=$(api "$BASE_URL/v1/needs/$NEED/matches" -H "$ENTERPRISE" -H "$JSON" \
  -d "{\"candidateKind\": \"expert\", \"candidateId\": \"$EXPERT_ID\", \"message\": \"白老师您好，诚邀您就新建厂房装配式外墙节能问题进行技术咨询。\"}" | json d.id)
echo "invitation: $MATCH"

# 4. The expert sees the invitation and accepts it ------------------------------------------------
api "$BASE_URL/v1/matches?status=proposed" -H "$EXPERT" | json 'd.items.map(m => m.id + " " + m.status).join("\n")'
api "$BASE_URL/v1/matches/$MATCH/accept" -H "$EXPERT" -H "$JSON" -d '{}' | json '"invitation " + d.status'

# 5. A consultation: scheduled by the enterprise, held and completed by the expert, rated -------
CONSULTATION=$(api "$BASE_URL/v1/matches/$MATCH/consultations" -H "$ENTERPRISE" -H "$JSON" \
  -d "{\"mode\": \"online\", \"scheduledAt\": \"$NOW\"}" | json d.id)
api "$BASE_URL/v1/consultations/$CONSULTATION/complete" -H "$EXPERT" -H "$JSON" -d "{
  \"heldAt\": \"$NOW\", \"hours\": 2,
  \"summary\": \"线上审阅外墙节点图，建议采用夹芯保温预制墙板并对接缝做断桥处理；粉煤灰加气混凝土板可替代部分外墙板。\",
  \"expertNotes\": \"企业需提供节点大样与围护结构能耗模型。\"
}" | json '"consultation " + d.status + ", " + d.hours + " h"'
api "$BASE_URL/v1/consultations/$CONSULTATION/rating" -H "$ENTERPRISE" -H "$JSON" \
  -d '{"rating": 5, "comment": "建议具体可行，节点改法已交设计院采纳。"}' | json '"rated " + d.rating'

# 6. The contract: recorded and signed by the enterprise, started by the expert, completed with its
#    outcomes by the enterprise ----------------------------------------------------------------------
CONTRACT=$(api "$BASE_URL/v1/contracts" -H "$ENTERPRISE" -H "$JSON" -d "{
  \"needId\": \"$NEED\", \"matchId\": \"$MATCH\", \"consultationIds\": [\"$CONSULTATION\"],
  \"kind\": \"consulting\", \"title\": \"封装厂房装配式外墙节能技术咨询合同\", \"valueFen\": 30000000
}" | json d.id)
api "$BASE_URL/v1/contracts/$CONTRACT/sign" -H "$ENTERPRISE" -H "$JSON" \
  -d "{\"signedOn\": \"$TODAY\", \"registrationNumber\": \"${TODAY:0:4}140400000999\"}" | json '"contract " + d.status + " on " + d.signedOn'
api "$BASE_URL/v1/contracts/$CONTRACT/start" -H "$EXPERT" -H "$JSON" -d '{}' | json '"contract " + d.status'
api "$BASE_URL/v1/contracts/$CONTRACT/complete" -H "$ENTERPRISE" -H "$JSON" -d '{"outcomes": {
  "newProducts": 1, "addedRevenueFen": 0, "patentsFiled": 1, "patentsGranted": 0, "jobsCreated": 2,
  "evidence": ["YSBG-2026-T01", "CN202620123456.7"]
}}' | json '"contract " + d.status + ", review " + d.reviewStatus'

# 7. The park's staff verify the outcomes; the enterprise marks its need resolved -----------------
api "$BASE_URL/v1/contracts/$CONTRACT/verify" -H "$STAFF" -H "$JSON" \
  -d '{"comment": "验收报告与专利受理通知书齐全，予以核验。"}' | json '"review " + d.reviewStatus'
ETAG=$(api -o /dev/null -D - "$BASE_URL/v1/needs/$NEED" -H "$ENTERPRISE" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
api -X PATCH "$BASE_URL/v1/needs/$NEED" -H "$ENTERPRISE" -H "$JSON" -H "If-Match: $ETAG" \
  -d '{"status": "resolved"}' | json '"need " + d.status'

# 8. The park's KPIs (the year to today): JSON, CSV, SVG ------------------------------------------
PARK=$(api "$BASE_URL/v1/me" -H "$STAFF" | json d.parkId)
api "$BASE_URL/v1/parks/$PARK/stats" -H "$STAFF" -H 'Accept: text/csv' | sed -n 1,8p  # sed reads it all: curl never writes to a closed pipe
api "$BASE_URL/v1/parks/$PARK/stats?chart=funnel" -H "$STAFF" -H 'Accept: image/svg+xml' -o funnel.svg && echo "funnel.svg written"
api "$BASE_URL/v1/parks/$PARK/stats" -H "$STAFF" | json '({
  funnel: d.funnel.map(s => `${s.label} ${s.count}`).join(" → "),
  contracts: d.contracts.count, contractValueYuan: d.contracts.valueFen / 100,
  verified: d.outcomes.contracts, verifiedValueYuan: d.outcomes.valueFen / 100,
  pairingCoverage: d.pairing.coverage
})'
