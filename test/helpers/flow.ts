import { expect } from 'vitest'
import type { TestApp } from './app.js'
import { type TestKey, createKey, json } from './fixtures.js'
import { readJson } from './http.js'

/**
 * Steps of the need → invitation → consultation → contract flow through the real API, shared by
 * the consultation, contract and statistics tests.
 */
export interface FlowExpert {
  id: string
  key: TestKey
}

export async function newExpert(t: TestApp, admin: Record<string, string>, name: string, extra: Record<string, unknown> = {}): Promise<FlowExpert> {
  const res = await t.app.request('/v1/experts', json('POST', { name, organisation: `${name}所在大学`, title: '教授', fields: ['煤化工'], capacity: 50, ...extra }, admin))
  expect(res.status).toBe(201)
  const id = (await readJson(res, 'createExpert')).id
  return { id, key: await createKey(t.db.sql, 'expert', { expertId: id }) }
}

export async function newNeed(t: TestApp, headers: Record<string, string>, title: string, extra: Record<string, unknown> = {}): Promise<string> {
  const res = await t.app.request('/v1/needs', json('POST', {
    title, industryCode: 'new_materials', kind: 'breakthrough', status: 'open', visibility: 'park',
    problem: '高性能碳纤维原丝均匀性不足，断丝率高。', ...extra,
  }, headers))
  expect(res.status).toBe(201)
  return (await readJson(res, 'createNeed')).id
}

export async function propose(t: TestApp, needId: string, candidate: { kind: 'expert' | 'society' | 'workstation'; id: string }, headers: Record<string, string>) {
  const res = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: candidate.kind, candidateId: candidate.id, message: '诚邀对接' }, headers))
  expect(res.status).toBe(201)
  return readJson(res, 'proposeMatch')
}

export async function accept(t: TestApp, matchId: string, expert: FlowExpert) {
  const res = await t.app.request(`/v1/matches/${matchId}/accept`, { method: 'POST', headers: expert.key.headers })
  expect(res.status).toBe(200)
  return readJson(res, 'acceptMatch')
}

/** A need of the enterprise, invited to the candidate and accepted by its answering expert. */
export async function acceptedMatch(
  t: TestApp,
  enterprise: Record<string, string>,
  responder: FlowExpert,
  title: string,
  options: { candidate?: { kind: 'expert' | 'society' | 'workstation'; id: string }; need?: Record<string, unknown> } = {},
) {
  const needId = await newNeed(t, enterprise, title, options.need)
  const match = await propose(t, needId, options.candidate ?? { kind: 'expert', id: responder.id }, enterprise)
  await accept(t, match.id, responder)
  return { needId, matchId: match.id }
}

export async function schedule(t: TestApp, matchId: string, headers: Record<string, string>, body: Record<string, unknown> = {}) {
  return t.app.request(`/v1/matches/${matchId}/consultations`, json('POST', { mode: 'on_site', scheduledAt: '2026-12-03T06:30:00Z', ...body }, headers))
}

export const completion = (hours = 3.5) => ({
  heldAt: new Date(Date.now() - 3600_000).toISOString(),
  hours,
  summary: '现场查看纺丝线，建议调整凝固浴温度。',
  expertNotes: '需补充三个月工艺数据。',
})

export const outcomes = (extra: Record<string, unknown> = {}) => ({
  newProducts: 2,
  addedRevenueFen: 1_250_000_000,
  patentsFiled: 3,
  patentsGranted: 1,
  jobsCreated: 12,
  evidence: ['CN202610123456.7', 'https://docs.example.cn/acceptance/2026-031.pdf'],
  ...extra,
})

export async function post(t: TestApp, path: string, headers: Record<string, string>, body?: unknown): Promise<Response> {
  return body === undefined ? t.app.request(path, { method: 'POST', headers }) : t.app.request(path, json('POST', body, headers))
}
