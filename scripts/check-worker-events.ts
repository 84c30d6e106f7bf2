/**
 * CI's check that a matchmaking event solves under workerd (`wrangler dev` on the demo database):
 * the demo park's staff create an event with open needs and experts of the park's subjects, ask for
 * the assignment, and the answer must be a solved agenda whose meetings double-book nobody. The
 * solver is HiGHS's WebAssembly, which the Worker bundle carries compiled (src/worker.ts).
 *
 *   npx tsx scripts/check-worker-events.ts http://127.0.0.1:8799
 */
import { DEMO_PARK_STAFF_KEY } from '../seed/demo.js'

const base = process.argv[2] ?? 'http://127.0.0.1:8799'
const headers = { authorization: `Bearer ${DEMO_PARK_STAFF_KEY}`, 'content-type': 'application/json' }

async function call(method: string, path: string, body?: unknown): Promise<{ status: number; json: any }> {
  const res = await fetch(`${base}${path}`, { method, headers, ...(body === undefined ? {} : { body: JSON.stringify(body) }) })
  return { status: res.status, json: await res.json() }
}

const needs = await call('GET', '/v1/needs?status=open&limit=6')
if (needs.status !== 200) throw new Error(`listing needs: ${needs.status}`)
// Each need's best experts, as park staff would enrol them: the ranking itself runs under workerd too.
const expertIds = new Set<string>()
for (const need of needs.json.items as { id: string }[]) {
  const ranked = await call('GET', `/v1/needs/${need.id}/candidates?kinds=expert&limit=3`)
  if (ranked.status !== 200) throw new Error(`candidates: ${ranked.status} ${JSON.stringify(ranked.json)}`)
  for (const candidate of ranked.json.candidates as { id: string }[]) expertIds.add(candidate.id)
}
if (expertIds.size === 0) throw new Error('no need has an expert candidate: is the database indexed (the scheduled jobs drain the outbox)?')
const experts = { json: { items: [...expertIds].map((id) => ({ id })) } }
const created = await call('POST', '/v1/events', {
  title: 'Worker 求解检查：产需对接会', date: '2026-12-18', venue: '科创中心三楼',
  slots: [{ start: '09:00', end: '09:20' }, { start: '09:25', end: '09:45' }, { start: '09:50', end: '10:10' }],
  tables: ['A 桌', 'B 桌', 'C 桌'],
  needs: needs.json.items.map((need: { id: string }) => ({ needId: need.id, minMeetings: 1, maxMeetings: 2 })),
  experts: experts.json.items.map((expert: { id: string }) => ({ expertId: expert.id, cap: 2 })),
})
if (created.status !== 201) throw new Error(`create: ${created.status} ${JSON.stringify(created.json)}`)
const solved = await call('POST', `/v1/events/${created.json.id}/assignment`)
if (solved.status !== 200) throw new Error(`solve: ${solved.status} ${JSON.stringify(solved.json)}`)
const meetings: { expertId: string; enterpriseId: string; table: string; slot: number | null }[] = solved.json.meetings
const seen = new Set<string>()
for (const m of meetings) {
  for (const key of [`expert ${m.expertId}@${m.slot}`, `enterprise ${m.enterpriseId}@${m.slot}`, `table ${m.table}@${m.slot}`]) {
    if (seen.has(key)) throw new Error(`double-booked: ${key}`)
    seen.add(key)
  }
}
if (solved.json.status !== 'solved' || meetings.length === 0 || solved.json.solution.needsCovered === 0) throw new Error(`not solved: ${JSON.stringify(solved.json).slice(0, 300)}`)
const solution = solved.json.solution
console.log(`event solved under workerd: ${meetings.length} meetings, ${solution.needsCovered}/${solution.needsEnrolled} needs covered, score ${solution.totalScore} (LP bound ${solution.lpBound}), ${solution.solveMs} ms`)
