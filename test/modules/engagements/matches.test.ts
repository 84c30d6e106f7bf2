import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { expireDueInvitations } from '../../../src/modules/engagements/matches/service.js'
import { createLogger } from '../../../src/platform/logger.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { type BodyOf, readJson, readProblem } from '../../helpers/http.js'

const profile = {
  title: '教授',
  fields: ['氢燃料电池', '质子交换膜'],
  keywords: ['膜电极', '催化层', '燃料电池寿命'],
  bio: '从事质子交换膜燃料电池膜电极与耐久性研究。',
}

describe('invitations (matches)', () => {
  let t: TestApp
  let w: World
  const experts: Record<string, { id: string; key: TestKey }> = {}
  const indexing = () => createIndexingDeps(t.config, t.db.sql, createLogger('silent'))

  const newNeed = async (title: string, extra: Record<string, unknown> = {}) => {
    const res = await t.app.request('/v1/needs', json('POST', {
      title, industryCode: 'hydrogen', kind: 'collaboration', status: 'open', visibility: 'park',
      problem: '燃料电池电堆衰减快，膜电极寿命不足2000小时。', keywords: ['电堆衰减'], ...extra,
    }, w.keys.enterpriseA.headers))
    expect(res.status).toBe(201)
    return (await readJson(res, 'createNeed')).id as string
  }
  const propose = (needId: string, expert: string, key: keyof World['keys'] = 'enterpriseA', extra: Record<string, unknown> = {}) =>
    t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: experts[expert]!.id, message: '诚邀对接', ...extra }, w.keys[key].headers))
  const act = (matchId: string, action: 'accept' | 'withdraw', headers: Record<string, string>) =>
    t.app.request(`/v1/matches/${matchId}/${action}`, { method: 'POST', headers })
  const decline = (matchId: string, headers: Record<string, string>, reason = '近期在外地驻场') =>
    t.app.request(`/v1/matches/${matchId}/decline`, json('POST', { reason }, headers))

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    for (const [name, extra] of [['李明', {}], ['王芳', {}], ['赵强', {}], ['满员', { capacity: 1 }]] as const) {
      const res = await t.app.request('/v1/experts', json('POST', { name, organisation: `${name}的大学`, ...profile, ...extra }, w.keys.admin.headers))
      const id = (await readJson(res, 'createExpert')).id
      experts[name] = { id, key: await createKey(t.db.sql, 'expert', { expertId: id }) }
    }
    while ((await drainOutbox(indexing())).leased > 0);
  })
  afterAll(() => t.close())

  it('walks proposed → accepted, opening the need, visible to both parties and the park', async () => {
    const needId = await newNeed('燃料电池膜电极寿命提升')
    const res = await propose(needId, '李明')
    expect(res.status).toBe(201)
    const match = await readJson(res, 'proposeMatch')
    expect(match).toMatchObject({ needId, candidateKind: 'expert', responderExpertId: experts['李明']!.id, status: 'proposed', enterpriseId: w.enterpriseA.id })
    expect(Date.parse(match.expiresAt) - Date.parse(match.createdAt)).toBeCloseTo(72 * 3600_000, -4)
    const beijing = new Date(Date.parse(match.expiresAt) + 8 * 3600_000).toISOString()
    expect(match.expiresAtText).toBe(`${beijing.slice(0, 10)} ${beijing.slice(11, 16)} (北京时间)`)

    // The invited expert can now read the (park-visible) need; another expert cannot.
    expect((await t.app.request(`/v1/needs/${needId}`, { headers: experts['李明']!.key.headers })).status).toBe(200)
    expect((await t.app.request(`/v1/needs/${needId}`, { headers: experts['王芳']!.key.headers })).status).toBe(404)
    const inbox = await readJson(await t.app.request('/v1/matches?status=proposed', { headers: experts['李明']!.key.headers }), 'listMatches')
    expect(inbox.items.map((m: { id: string }) => m.id)).toContain(match.id)
    // The invited expert reads what it is invited to, and by whom, without another lookup.
    const names = { needTitle: '燃料电池膜电极寿命提升', enterpriseName: w.enterpriseA.name, candidateName: '李明' }
    expect(match).toMatchObject(names)
    expect(inbox.items.find((m: { id: string }) => m.id === match.id)).toMatchObject(names)

    const accepted = await act(match.id, 'accept', experts['李明']!.key.headers)
    expect(accepted.status).toBe(200)
    expect(await readJson(accepted, 'acceptMatch')).toMatchObject({ status: 'accepted' })
    expect((await readJson(await t.app.request(`/v1/needs/${needId}`, { headers: w.keys.admin.headers }), 'getNeed')).status).toBe('in_progress')
    for (const key of [w.keys.enterpriseA.headers, w.keys.staffA.headers, w.keys.admin.headers, experts['李明']!.key.headers]) {
      expect((await t.app.request(`/v1/matches/${match.id}`, { headers: key })).status).toBe(200)
    }
    for (const key of [w.keys.enterpriseB.headers, w.keys.staffB.headers, experts['王芳']!.key.headers]) {
      expect((await t.app.request(`/v1/matches/${match.id}`, { headers: key })).status).toBe(404)
    }
    const audit = await t.db.sql<{ action: string }[]>`select action from audit_events where entity_id = ${match.id} order by id`
    expect(audit.map((row) => row.action)).toEqual(['match.propose', 'match.accept'])
  })

  it.each([
    ['enterpriseB', 403],
    ['staffB', 404],
    ['expertA', 403],
    ['staffA', 201],
    ['admin', 201],
  ] as const)('%s proposing → %i', async (key, status) => {
    const needId = await newNeed(`提议权限${key}`, { visibility: key === 'enterpriseB' || key === 'expertA' ? 'public' : 'park' })
    expect((await propose(needId, '王芳', key)).status).toBe(status)
  })

  it('only the invited expert answers; illegal transitions are 409 naming both states', async () => {
    const needId = await newNeed('答复权限')
    const match = await readJson(await propose(needId, '王芳'), 'proposeMatch')
    expect((await act(match.id, 'accept', w.keys.enterpriseA.headers)).status).toBe(403)
    expect((await act(match.id, 'accept', experts['赵强']!.key.headers)).status).toBe(404)
    expect((await act(match.id, 'withdraw', experts['王芳']!.key.headers)).status).toBe(403)
    expect((await act(match.id, 'withdraw', w.keys.enterpriseA.headers)).status).toBe(200)
    const late = await act(match.id, 'accept', experts['王芳']!.key.headers)
    expect(late.status).toBe(409)
    expect(await readProblem(late)).toMatchObject({ code: 'conflict', currentState: 'withdrawn', wantedState: 'accepted' })
    const again = await decline(match.id, experts['王芳']!.key.headers)
    expect(await readProblem(again)).toMatchObject({ currentState: 'withdrawn', wantedState: 'declined' })
  })

  it('a decline needs a reason; a duplicate live invitation is a 409; a closed need takes none', async () => {
    const needId = await newNeed('拒绝理由')
    const match = await readJson(await propose(needId, '赵强'), 'proposeMatch')
    expect((await propose(needId, '赵强')).status).toBe(409)
    const empty = await decline(match.id, experts['赵强']!.key.headers, '')
    expect(empty.status).toBe(400)
    expect((await readProblem(empty)).errors![0]!.path).toBe('body.reason')
    const declined = await decline(match.id, experts['赵强']!.key.headers, '研究方向不完全对口')
    expect(await readJson(declined, 'declineMatch')).toMatchObject({ status: 'declined', declineReason: '研究方向不完全对口' })
    const etag = (await t.app.request(`/v1/needs/${needId}`, { headers: w.keys.admin.headers })).headers.get('etag')!
    await t.app.request(`/v1/needs/${needId}`, json('PATCH', { status: 'closed' }, { ...w.keys.enterpriseA.headers, 'if-match': etag }))
    const closed = await propose(needId, '王芳')
    expect(closed.status).toBe(409)
    expect((await readProblem(closed)).currentState).toBe('closed')
  })

  it('refuses an unknown candidate (400) and a conflicted one (409)', async () => {
    const needId = await newNeed('候选校验')
    const unknown = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: '00000000-0000-4000-8000-000000000000' }, w.keys.enterpriseA.headers))
    expect(unknown.status).toBe(400)
    expect((await readProblem(unknown)).errors![0]!.path).toBe('body.candidateId')
    const employee = await readJson(await t.app.request('/v1/experts', json('POST', { name: '内部专家', organisation: '本企业', enterpriseId: w.enterpriseA.id, ...profile }, w.keys.admin.headers)), 'createExpert')
    const conflicted = await t.app.request(`/v1/needs/${needId}/matches`, json('POST', { candidateKind: 'expert', candidateId: employee.id }, w.keys.enterpriseA.headers))
    expect(conflicted.status).toBe(409)
    expect((await readProblem(conflicted)).rule).toBe('conflict_of_interest')
  })

  it('of two accepts racing for one slot, exactly one wins', async () => {
    const needId = await newNeed('并发接受')
    const first = await readJson(await propose(needId, '王芳'), 'proposeMatch')
    const second = await readJson(await propose(needId, '赵强'), 'proposeMatch')
    const results = await Promise.all([
      act(first.id, 'accept', experts['王芳']!.key.headers),
      act(second.id, 'accept', experts['赵强']!.key.headers),
    ])
    expect(results.map((r) => r.status).sort()).toEqual([200, 409])
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where need_id = ${needId} and status = 'accepted'`
    expect(row!.n).toBe(1)
  })

  it('an expert at capacity cannot accept more', async () => {
    const [a, b] = [await newNeed('容量一'), await newNeed('容量二')]
    const m1 = await readJson(await propose(a, '满员'), 'proposeMatch')
    const m2 = await readJson(await propose(b, '满员'), 'proposeMatch')
    expect((await act(m1.id, 'accept', experts['满员']!.key.headers)).status).toBe(200)
    const over = await act(m2.id, 'accept', experts['满员']!.key.headers)
    expect(over.status).toBe(409)
    expect((await readProblem(over)).detail).toMatch(/capacity/)
    // And the candidate list now leaves the full expert out.
    const answer = await readJson(await t.app.request(`/v1/needs/${b}/candidates?kinds=expert&limit=20`, { headers: w.keys.enterpriseA.headers }), 'listNeedCandidates')
    expect(answer.candidates.map((c: { id: string }) => c.id)).not.toContain(experts['满员']!.id)
  })

  it('expired proposals cannot be accepted; with auto-next the next candidate is invited', async () => {
    const needId = await newNeed('自动顺延')
    const match = await readJson(await propose(needId, '王芳', 'enterpriseA', { autoNext: true, expiresInHours: 1 }), 'proposeMatch')
    await t.db.sql`update matches set expires_at = now() - interval '1 minute' where id = ${match.id}`
    expect((await act(match.id, 'accept', experts['王芳']!.key.headers)).status).toBe(409)
    const result = await expireDueInvitations({ ...indexing() }, t.config)
    expect(result.expired).toBeGreaterThanOrEqual(1)
    expect(result.proposedNext).toBeGreaterThanOrEqual(1)
    const list = await readJson(await t.app.request(`/v1/matches?needId=${needId}`, { headers: w.keys.enterpriseA.headers }), 'listMatches')
    const statuses = list.items.map((m: { status: string; candidateId: string }) => m.status)
    expect(statuses).toEqual(['proposed', 'expired'])
    expect(list.items[0]!.candidateId).not.toBe(experts['王芳']!.id)
    expect(list.items[0]!.autoNext).toBe(true)
  })

  it('pages through invitations with the cursor: newest first, each once, total unchanged', async () => {
    const all = await readJson(await t.app.request('/v1/matches?limit=100', { headers: w.keys.admin.headers }), 'listMatches')
    expect(all.total).toBeGreaterThan(3)
    expect(all.total).toBe(all.items.length)
    const seen: string[] = []
    let cursor: string | null = null
    do {
      const page: BodyOf<'listMatches'> = await readJson(await t.app.request(`/v1/matches?limit=2${cursor ? `&cursor=${cursor}` : ''}`, { headers: w.keys.admin.headers }), 'listMatches')
      expect(page.total).toBe(all.total)
      seen.push(...page.items.map((m: { id: string }) => m.id))
      cursor = page.nextCursor
    } while (cursor)
    expect(seen).toEqual(all.items.map((m: { id: string }) => m.id))
    expect(all.items[0]).not.toHaveProperty('cursorAt')
    // Another key's scope holds for the count as for the rows.
    const mine = await readJson(await t.app.request('/v1/matches?limit=100', { headers: w.keys.enterpriseB.headers }), 'listMatches')
    expect(mine.total).toBe(mine.items.length)
    expect(mine.total).toBeLessThan(all.total)
  })

  it('a decline with auto-next invites the next candidate', async () => {
    const needId = await newNeed('拒绝后顺延')
    const match = await readJson(await propose(needId, '赵强', 'enterpriseA', { autoNext: true }), 'proposeMatch')
    expect((await decline(match.id, experts['赵强']!.key.headers)).status).toBe(200)
    const list = await readJson(await t.app.request(`/v1/matches?needId=${needId}`, { headers: w.keys.admin.headers }), 'listMatches')
    expect(list.items.map((m: { status: string }) => m.status)).toEqual(['proposed', 'declined'])
  })
})
