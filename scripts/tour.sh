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

# 8. Notifications: the demo expert subscribes to its events. A receiver on this machine verifies
#    each delivery with the standardwebhooks package and logs it; a server that refuses local
#    targets (WEBHOOK_ALLOW_PRIVATE_TARGETS unset) answers 400, and the tour goes on without it ----
PROJECT_ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
cat > receiver.cjs <<'JS'
const { createServer } = require('node:http')
const { readFileSync, appendFileSync, writeFileSync } = require('node:fs')
const { Webhook } = require(require.resolve('standardwebhooks', { paths: [process.argv[2]] }))
const seen = new Set()
const server = createServer((req, res) => {
  let body = ''
  req.on('data', (chunk) => (body += chunk)).on('end', () => {
    try {
      const event = new Webhook(readFileSync('webhook-secret.txt', 'utf8').trim()).verify(body, req.headers)
      // Retries repeat the webhook-id: handle each once.
      if (!seen.has(req.headers['webhook-id'])) appendFileSync('webhooks.log', `verified ${event.type} ${JSON.stringify(event.data)}\n`)
      seen.add(req.headers['webhook-id'])
      res.statusCode = 204
    } catch (error) {
      appendFileSync('webhooks.log', `refused: ${error.message}\n`)
      res.statusCode = 400
    }
    res.end()
  })
})
server.listen(0, '127.0.0.1', () => writeFileSync('receiver.port', String(server.address().port)))
JS
: > webhooks.log; rm -f receiver.port
node receiver.cjs "$PROJECT_ROOT" & RECEIVER=$!
trap 'kill $RECEIVER 2>/dev/null || true' EXIT
until [ -s receiver.port ]; do sleep 0.1; done
SUBSCRIBED=$(curl -sS "$BASE_URL/v1/webhooks" -H "$EXPERT" -H "$JSON" -d "{
  \"url\": \"http://127.0.0.1:$(cat receiver.port)/kechuang\", \"description\": \"白涛的事件推送\",
  \"eventTypes\": [\"proposal.submitted\", \"proposal.shortlisted\", \"proposal.accepted\", \"proposal.declined\", \"match.proposed\", \"match.expiring\"]
}")
if [ "$(echo "$SUBSCRIBED" | json 'd.secret ? "yes" : "no"')" = yes ]; then
  echo "$SUBSCRIBED" | json d.secret > webhook-secret.txt
  echo "$SUBSCRIBED" | json '"subscribed: " + d.id'
else
  echo "$SUBSCRIBED" | json '"not subscribed: " + d.detail'
fi

# 9. 揭榜: the enterprise opens a second need for proposals; the expert finds it among the needs
#    recommended for it (a new need is searchable once indexed: ask again until it is there) ------
NEED2=$(api "$BASE_URL/v1/needs" -H "$ENTERPRISE" -H "$JSON" -d '{
  "title": "煤矸石与粉煤灰制备装配式墙板的配方与养护工艺",
  "industryCode": "green_building_materials",
  "kind": "breakthrough",
  "problem": "拟利用厂区周边煤矸石、粉煤灰制备装配式建筑用轻质墙板，试制板材强度离散大、干燥收缩开裂，养护周期长。",
  "goals": "形成固废掺量不低于60%的墙板配方与蒸压养护制度，抗压强度与干燥收缩值满足装配式墙板标准。",
  "keywords": ["煤矸石", "粉煤灰", "装配式墙板", "固废利用", "建筑材料"],
  "visibility": "public", "status": "open"
}' | json d.id)
ETAG=$(api -o /dev/null -D - "$BASE_URL/v1/needs/$NEED2" -H "$ENTERPRISE" | tr -d '\r' | awk 'tolower($1) == "etag:" { print $2 }')
CLOSES=$(node -e 'console.log(new Date(Date.now() + 14 * 86400000).toISOString())')
api -X PATCH "$BASE_URL/v1/needs/$NEED2" -H "$ENTERPRISE" -H "$JSON" -H "If-Match: $ETAG" \
  -d "{\"proposalsCloseAt\": \"$CLOSES\"}" | json '"open for proposals until " + d.proposalsCloseAt'
for attempt in $(seq 1 60); do
  RECOMMENDED=$(api "$BASE_URL/v1/experts/$EXPERT_ID/recommended-needs?limit=10" -H "$EXPERT")
  [ "$(echo "$RECOMMENDED" | json "d.items.some(n => n.id === '$NEED2')")" = true ] && break
  [ "$attempt" -eq 60 ] && { echo "the need is not recommended after 2 minutes: $RECOMMENDED" >&2; exit 1; }
  sleep 2
done
echo "$RECOMMENDED" | json 'd.items.slice(0, 3).map(n => `recommended ${n.title} confidence ${n.confidence}${n.proposalsCloseAt ? " 揭榜中" : ""}: ${n.reasons.matchedTerms.join("、")}`).join("\n")'
PROPOSAL=$(api "$BASE_URL/v1/needs/$NEED2/proposals" -H "$EXPERT" -H "$JSON" -d '{
  "approach": "以煤矸石粉与粉煤灰为主料、少量水泥与石膏为激发剂，分级配料控制强度离散；蒸压养护分段升温，并掺纤维抑制干缩开裂。先做配方正交试验，再在合作企业产线中试。",
  "durationDays": 150, "priceMinFen": 15000000, "priceMaxFen": 30000000,
  "attachments": [{"title": "固废墙板配方试验小结", "url": "https://pan.example.edu.cn/s/tyust-gangue-panels.pdf"}]
}' | json d.id)
echo "proposal: $PROPOSAL"

# 10. The enterprise reads the proposal beside the ranking's view of the proposer, and accepts it:
#     an accepted match, on which consultations and contracts follow as in steps 5-6 -------------
api "$BASE_URL/v1/proposals?needId=$NEED2" -H "$ENTERPRISE" | json 'd.items.map(p => `${p.candidateName} ${p.priceText} ${p.durationDays} 天, confidence ${p.assessment.confidence}: ${p.assessment.reasons.matchedTerms.join("、")}`).join("\n")'
api "$BASE_URL/v1/proposals/$PROPOSAL/accept" -H "$ENTERPRISE" -H "$JSON" -d '{}' | json '"proposal " + d.status + ", match " + d.matchId'
if [ -s webhook-secret.txt ]; then
  for attempt in $(seq 1 30); do grep -q 'verified proposal.accepted' webhooks.log && break; sleep 1; done
  sed 's/ {.*//' webhooks.log
fi

# 11. The park's KPIs (the year to today): JSON, CSV, SVG -----------------------------------------
PARK=$(api "$BASE_URL/v1/me" -H "$STAFF" | json d.parkId)
api "$BASE_URL/v1/parks/$PARK/stats" -H "$STAFF" -H 'Accept: text/csv' | sed -n 1,8p  # sed reads it all: curl never writes to a closed pipe
api "$BASE_URL/v1/parks/$PARK/stats?chart=funnel" -H "$STAFF" -H 'Accept: image/svg+xml' -o funnel.svg && echo "funnel.svg written"
api "$BASE_URL/v1/parks/$PARK/stats" -H "$STAFF" | json '({
  funnel: d.funnel.map(s => `${s.label} ${s.count}`).join(" → "),
  contracts: d.contracts.count, contractValueYuan: d.contracts.valueFen / 100,
  verified: d.outcomes.contracts, verifiedValueYuan: d.outcomes.valueFen / 100,
  pairingCoverage: d.pairing.coverage, answeredBy: d.answeredBy
})'
