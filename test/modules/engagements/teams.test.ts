import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type TestKey, type World, createKey, createWorld, json } from '../../helpers/fixtures.js'
import { readJson, readProblem } from '../../helpers/http.js'
import { drainOutbox } from '../../../src/modules/matching/index/indexer.js'
import { createIndexingDeps } from '../../../src/modules/matching/index/indexer-deps.js'
import { createLogger } from '../../../src/platform/logger.js'

// Capacity for every accept below; 满额 has none.
const profile = { capacity: 10, title: '教授', fields: ['氢燃料电池'], keywords: ['膜电极', '催化层'], bio: '从事燃料电池膜电极研究。' }

describe('team invitations (POST /v1/needs/{id}/team-invitations)', () => {
  let t: TestApp
  let w: World
  const experts: Record<string, { id: string; key: TestKey }> = {}

  const newNeed = async (title: string, slots = 1, visibility = 'park') => {
    const res = await t.app.request('/v1/needs', json('POST', {
      title, industryCode: 'hydrogen', kind: 'collaboration', status: 'open', visibility,
      problem: '燃料电池电堆衰减快；膜电极寿命不足2000小时。', keywords: ['电堆衰减'],
    }, w.keys.enterpriseA.headers))
    const id = (await readJson(res, 'createNeed', 201)).id
    // Partner slots are set by the service's operators (no API field yet).
    await t.db.sql`update needs set partner_slots = ${slots} where id = ${id}`
    return id
  }
  const member = (name: string) => ({ candidateKind: 'expert' as const, candidateId: experts[name]!.id })
  const inviteTeam = (needId: string, names: string[], countsAsOneEngagement: boolean, key: keyof World['keys'] = 'enterpriseA') =>
    t.app.request(`/v1/needs/${needId}/team-invitations`, json('POST', { members: names.map(member), countsAsOneEngagement, message: '诚邀组队对接' }, w.keys[key].headers))
  const invite = (needId: string, name: string) =>
    t.app.request(`/v1/needs/${needId}/matches`, json('POST', { ...member(name), message: '诚邀对接' }, w.keys.enterpriseA.headers))
  const accept = (matchId: string, name: string) => t.app.request(`/v1/matches/${matchId}/accept`, { method: 'POST', headers: experts[name]!.key.headers })
  const statuses = async (needId: string) => {
    const rows = await t.db.sql<{ name: string; status: string }[]>`
      select e.name, m.status from matches m join experts e on e.id = m.candidate_id where m.need_id = ${needId} order by e.name`
    return Object.fromEntries(rows.map((row) => [row.name, row.status]))
  }
  const teamOf = async (res: Response) => {
    const team = await readJson(res, 'inviteTeam', 201)
    return Object.fromEntries(team.members.map((entry) => [entry.invitation.candidateName, entry.invitation.id]))
  }

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    const people = [['甲', {}], ['乙', {}], ['丙', {}], ['丁', {}], ['满额', { capacity: 0 }], ['雇员', { enterpriseId: w.enterpriseA.id }]] as const
    for (const [name, extra] of people) {
      const res = await t.app.request('/v1/experts', json('POST', { name, organisation: `${name}大学`, ...profile, ...extra }, w.keys.admin.headers))
      const id = (await readJson(res, 'createExpert', 201)).id
      experts[name] = { id, key: await createKey(t.db.sql, 'expert', { expertId: id }) }
    }
  })
  afterAll(() => t.close())

  it('invites every member in one go, each an invitation naming the team', async () => {
    const needId = await newNeed('组队邀请')
    const res = await inviteTeam(needId, ['甲', '乙', '丙'], true)
    const team = await readJson(res, 'inviteTeam', 201)
    expect(team).toMatchObject({ needId, countsAsOneEngagement: true })
    expect(team.members.map((entry) => [entry.position, entry.invitation.candidateName, entry.invitation.status])).toEqual([
      [1, '甲', 'proposed'], [2, '乙', 'proposed'], [3, '丙', 'proposed'],
    ])
    const rows = await t.db.sql<{ teamId: string }[]>`select team_id from matches where need_id = ${needId}`
    expect(rows.map((row) => row.teamId)).toEqual([team.id, team.id, team.id])
    const [audit] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from audit_events where action = 'match.propose' and entity_id = any(${team.members.map((entry) => entry.invitation.id)}::text[])`
    expect(audit!.n).toBe(3)
  })

  it('is all or none: a refused member is refused as a single invitation would be, named, and nobody is invited', async () => {
    for (const [refused, rule] of [['雇员', 'conflict_of_interest'], ['满额', 'at_capacity']] as const) {
      const needId = await newNeed(`全有或全无 ${refused}`)
      const single = await readProblem(await invite(needId, refused))
      const res = await inviteTeam(needId, ['甲', refused], false)
      expect(res.status).toBe(409)
      const problem = await readProblem(res)
      expect(problem).toMatchObject({ code: 'conflict', rule, member: { position: 2, ...member(refused) } })
      expect(single.rule).toBe(rule)
      expect(problem.detail).toContain(single.detail)
      expect(await statuses(needId)).toEqual({})
      const [teams] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from teams where need_id = ${needId}`
      expect(teams!.n).toBe(0)
    }
    // An unknown member: the field named under its position, as a single invitation names candidateId.
    const needId = await newNeed('未知成员')
    const unknown = await t.app.request(`/v1/needs/${needId}/team-invitations`, json('POST', {
      members: [member('甲'), { candidateKind: 'expert', candidateId: '00000000-0000-4000-8000-000000000000' }], countsAsOneEngagement: true,
    }, w.keys.enterpriseA.headers))
    expect(unknown.status).toBe(400)
    expect((await readProblem(unknown)).errors).toEqual([{ path: 'body.members.1.candidateId', message: 'no such expert' }])
    // A member already invited: the single invitation's conflict; the others are not invited either.
    await invite(needId, '乙')
    expect((await inviteTeam(needId, ['甲', '乙'], true)).status).toBe(409)
    expect(await statuses(needId)).toEqual({ 乙: 'proposed' })
  })

  it('takes two to four distinct members, from the need\'s side only', async () => {
    const needId = await newNeed('成员数')
    expect((await inviteTeam(needId, ['甲'], true)).status).toBe(400)
    expect((await inviteTeam(needId, ['甲', '甲'], true)).status).toBe(400)
    expect((await inviteTeam(needId, ['甲', '乙', '丙', '丁', '满额'], true)).status).toBe(400)
    // An expert cannot read this need at all (park-visible), as for a single invitation.
    expect((await inviteTeam(needId, ['甲', '乙'], true, 'expertA')).status).toBe(404)
    expect((await inviteTeam(needId, ['甲', '乙'], true, 'staffA')).status).toBe(201)
  })

  it('counted as one: the team\'s accepts share one slot; the need\'s last slot withdraws the rest but the team\'s own', async () => {
    const needId = await newNeed('一个名额的团队', 1)
    const team = await teamOf(await inviteTeam(needId, ['甲', '乙'], true))
    const single = await readJson(await invite(needId, '丙'), 'proposeMatch', 201)
    expect((await accept(team['甲']!, '甲')).status).toBe(200)
    // The slot is the team's: the single invitation waiting on the need is withdrawn, the teammate's is not.
    expect(await statuses(needId)).toEqual({ 甲: 'accepted', 乙: 'proposed', 丙: 'withdrawn' })
    expect((await accept(single.id, '丙')).status).toBe(409)
    expect((await accept(team['乙']!, '乙')).status).toBe(200)
    expect(await statuses(needId)).toEqual({ 甲: 'accepted', 乙: 'accepted', 丙: 'withdrawn' })
    const full = await invite(needId, '丁')
    expect(full.status).toBe(409)
    expect((await readProblem(full)).currentState).toBe('full')
  })

  it('counted as one beside single invitations: each single takes a slot of its own', async () => {
    const needId = await newNeed('两个名额', 2)
    const team = await teamOf(await inviteTeam(needId, ['甲', '乙'], true))
    const single = await readJson(await invite(needId, '丙'), 'proposeMatch', 201)
    const waiting = await readJson(await invite(needId, '丁'), 'proposeMatch', 201)
    expect((await accept(team['甲']!, '甲')).status).toBe(200)
    expect((await accept(single.id, '丙')).status).toBe(200)
    // Both slots taken (the team's, 丙's): 丁 is withdrawn, the team's 乙 still joins its slot.
    expect(await statuses(needId)).toEqual({ 甲: 'accepted', 乙: 'proposed', 丙: 'accepted', 丁: 'withdrawn' })
    expect((await accept(waiting.id, '丁')).status).toBe(409)
    expect((await accept(team['乙']!, '乙')).status).toBe(200)
  })

  it('not counted as one: each member takes a slot, as single invitations do', async () => {
    const needId = await newNeed('各占名额', 1)
    const team = await teamOf(await inviteTeam(needId, ['甲', '乙'], false))
    expect((await accept(team['甲']!, '甲')).status).toBe(200)
    expect(await statuses(needId)).toEqual({ 甲: 'accepted', 乙: 'withdrawn' })
    const late = await accept(team['乙']!, '乙')
    expect(late.status).toBe(409)
  })

  it('of a team member and a single invitation racing for the last slot, exactly one wins', async () => {
    const needId = await newNeed('并发', 1)
    const res = await inviteTeam(needId, ['甲', '乙'], true)
    const team = await teamOf(res)
    const single = await readJson(await invite(needId, '丙'), 'proposeMatch', 201)
    const results = await Promise.all([accept(team['甲']!, '甲'), accept(single.id, '丙')])
    expect(results.map((res) => res.status).sort()).toEqual([200, 409])
    const after = await statuses(needId)
    if (after['甲'] === 'accepted') expect(after).toEqual({ 甲: 'accepted', 乙: 'proposed', 丙: 'withdrawn' })
    else expect(after).toEqual({ 甲: 'withdrawn', 乙: 'withdrawn', 丙: 'accepted' })
  })

  it('reads a team: the need\'s side all of it, a member its teammates without their decline reasons, anyone else not at all', async () => {
    const needId = await newNeed('读取团队', 2)
    const created = await readJson(await inviteTeam(needId, ['甲', '乙'], true), 'inviteTeam', 201)
    const [first, second] = created.members.map((entry) => entry.invitation)
    expect((await t.app.request(`/v1/matches/${second!.id}/decline`, json('POST', { reason: '近期驻场，无法对接。' }, experts['乙']!.key.headers))).status).toBe(200)
    const read = (headers: Record<string, string>) => t.app.request(`/v1/teams/${created.id}`, { headers })

    const full = await readJson(await read(w.keys.enterpriseA.headers), 'getTeam')
    expect(full.members.map((entry) => [entry.position, entry.invitation.candidateName, entry.invitation.status, entry.invitation.declineReason])).toEqual([
      [1, '甲', 'proposed', null], [2, '乙', 'declined', '近期驻场，无法对接。'],
    ])
    expect((await readJson(await read(w.keys.staffA.headers), 'getTeam')).members).toHaveLength(2)
    // Each invitation names its team, and the list filters by it.
    expect((await readJson(await t.app.request(`/v1/matches/${first!.id}`, { headers: experts['甲']!.key.headers }), 'getMatch')).teamId).toBe(created.id)
    const listed = await readJson(await t.app.request(`/v1/matches?teamId=${created.id}`, { headers: w.keys.enterpriseA.headers }), 'listMatches')
    expect(listed.items.map((item) => item.id).sort()).toEqual([first!.id, second!.id].sort())

    const asTeammate = await readJson(await read(experts['甲']!.key.headers), 'getTeam')
    expect(asTeammate.members.map((entry) => [entry.invitation.candidateName, entry.invitation.status, entry.invitation.declineReason])).toEqual([
      ['甲', 'proposed', null], ['乙', 'declined', null],
    ])
    expect((await readJson(await read(experts['乙']!.key.headers), 'getTeam')).members[1]!.invitation.declineReason).toBe('近期驻场，无法对接。')
    for (const outsider of [experts['丙']!.key.headers, w.keys.staffB.headers, w.keys.enterpriseB.headers]) expect((await read(outsider)).status).toBe(404)
  })

  it('recommends a need to others while a team counted as one leaves a slot free, and not once the slots are taken', async () => {
    const needId = await newNeed('燃料电池膜电极寿命提升（团队）', 2, 'public')
    const team = await teamOf(await inviteTeam(needId, ['甲', '乙'], true))
    expect((await accept(team['甲']!, '甲')).status).toBe(200)
    expect((await accept(team['乙']!, '乙')).status).toBe(200)
    const indexing = createIndexingDeps(t.config, t.db.sql, createLogger('silent'))
    while ((await drainOutbox(indexing)).leased > 0);
    const recommended = async (name: string) =>
      (await readJson(await t.app.request(`/v1/experts/${experts[name]!.id}/recommended-needs?limit=50`, { headers: experts[name]!.key.headers }), 'listExpertRecommendedNeeds')).items.map((item) => item.id)
    // Two accepted rows, one slot taken: the need still takes a partner.
    expect(await recommended('丙')).toContain(needId)
    const single = await readJson(await invite(needId, '丁'), 'proposeMatch', 201)
    expect((await accept(single.id, '丁')).status).toBe(200)
    expect(await recommended('丙')).not.toContain(needId)
  })
})
