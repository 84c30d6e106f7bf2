import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type Sql, createSql } from '../../../src/platform/db/client.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createKey, createWorld, json, validUscc } from '../../helpers/fixtures.js'
import { type FlowExpert, acceptedMatch, newExpert, newNeed, post, propose, schedule } from '../../helpers/flow.js'
import { readJson, readProblem } from '../../helpers/http.js'

/**
 * The engagement rules under concurrency, on a real PostgreSQL server: each request runs on its
 * own pooled connection, as in production. To make a race happen every time rather than by luck,
 * a third connection holds the row both requests need; the test waits until both are queued on
 * that lock, chooses who queued first, and lets go. PGlite has one session and cannot show this:
 * on PGlite these tests are reported as skipped (CI runs them in its PostgreSQL suite).
 */
describe.skipIf(!process.env.TEST_DATABASE_URL)('engagement rules with real connections racing', () => {
  let t: TestApp
  let w: World
  let holder: Sql
  let admin: Record<string, string>

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    admin = w.keys.admin.headers
    holder = createSql(t.db.url, { max: 2 }) // one holds the lock, one watches who waits for it
  })
  afterAll(async () => {
    await holder?.end({ timeout: 5 })
    await t?.close()
  })

  /** Sessions of this database waiting for a row lock. */
  async function lockWaiters(): Promise<number> {
    const [row] = await holder<{ n: number }[]>`
      select count(*)::int as n from pg_stat_activity where datname = current_database() and wait_event_type = 'Lock'`
    return row!.n
  }
  async function untilWaiting(n: number): Promise<void> {
    for (let i = 0; i < 500; i++) {
      if ((await lockWaiters()) >= n) return
      await new Promise((resolve) => setTimeout(resolve, 10))
    }
    throw new Error(`expected ${n} sessions waiting for a lock, saw ${await lockWaiters()}`)
  }

  /**
   * Holds `lock` (a statement taking a row lock) on the holder's connection, starts `first` and
   * waits until it queues, then `second`, then releases: PostgreSQL grants the lock in that order.
   */
  async function race(lock: (tx: Sql) => Promise<unknown>, first: () => Response | Promise<Response>, second: () => Response | Promise<Response>): Promise<[Response, Response]> {
    let release!: () => void
    const released = new Promise<void>((resolve) => (release = resolve))
    let locked!: () => void
    const isLocked = new Promise<void>((resolve) => (locked = resolve))
    const holding = holder.begin(async (tx) => {
      await lock(tx as unknown as Sql)
      locked()
      await released
    })
    await isLocked
    const a = Promise.resolve(first())
    await untilWaiting(1)
    const b = Promise.resolve(second())
    await untilWaiting(2)
    release()
    await holding
    return Promise.all([a, b])
  }

  const accept = (matchId: string, expert: FlowExpert) => () => post(t, `/v1/matches/${matchId}/accept`, expert.key.headers)
  const patchWith = async (path: string, body: unknown, headers: Record<string, string>) => {
    const etag = (await t.app.request(path, { headers: admin })).headers.get('etag')!
    return () => t.app.request(path, json('PATCH', body, { ...headers, 'if-match': etag }))
  }

  it('4. two accepts for an expert with capacity 1, on two needs: exactly one wins', async () => {
    const expert = await newExpert(t, admin, '容量竞争', { capacity: 1 })
    const [a, b] = [await newNeed(t, w.keys.enterpriseA.headers, '容量竞争一'), await newNeed(t, w.keys.enterpriseA.headers, '容量竞争二')]
    const ma = await propose(t, a, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
    const mb = await propose(t, b, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
    const results = await race((tx) => tx`select 1 from experts where id = ${expert.id} for update`, accept(ma.id, expert), accept(mb.id, expert))
    expect(results.map((r) => r.status)).toEqual([200, 409])
    expect((await readProblem(results[1]!)).rule).toBe('at_capacity')
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where responder_expert_id = ${expert.id} and status = 'accepted'`
    expect(row!.n).toBe(1)
  })

  it('two accepts for one need\'s last slot: exactly one wins', async () => {
    const [x, y] = [await newExpert(t, admin, '名额甲'), await newExpert(t, admin, '名额乙')]
    const needId = await newNeed(t, w.keys.enterpriseA.headers, '名额竞争')
    const mx = await propose(t, needId, { kind: 'expert', id: x.id }, w.keys.enterpriseA.headers)
    const my = await propose(t, needId, { kind: 'expert', id: y.id }, w.keys.enterpriseA.headers)
    const results = await race((tx) => tx`select 1 from needs where id = ${needId} for update`, accept(mx.id, x), accept(my.id, y))
    expect(results.map((r) => r.status)).toEqual([200, 409])
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where need_id = ${needId} and status = 'accepted'`
    expect(row!.n).toBe(1)
  })

  /** A public need of enterprise A open for proposals, and `expert`'s proposal to it. */
  async function proposalOf(expert: FlowExpert, needId: string) {
    const res = await post(t, `/v1/needs/${needId}/proposals`, expert.key.headers, { approach: '两级萃取，总酚回收率 96%。', durationDays: 90, priceMinFen: 1_000_000, priceMaxFen: 2_000_000 })
    expect(res.status).toBe(201)
    return readJson(res, 'submitProposal')
  }
  async function needOpenForProposals(title: string) {
    const needId = await newNeed(t, w.keys.enterpriseA.headers, title, { visibility: 'public' })
    const open = await patchWith(`/v1/needs/${needId}`, { proposalsCloseAt: new Date(Date.now() + 86_400_000).toISOString() }, w.keys.enterpriseA.headers)
    expect((await open()).status).toBe(200)
    return needId
  }

  it.each(['proposal first', 'invitation first'] as const)('a proposal accepted and an invitation accepted for one need\'s last slot, %s: exactly one wins', async (order) => {
    const [x, y] = [await newExpert(t, admin, `揭榜名额甲${order}`), await newExpert(t, admin, `揭榜名额乙${order}`)]
    const needId = await needOpenForProposals(`揭榜与邀请竞争${order}`)
    const proposal = await proposalOf(x, needId)
    const invitation = await propose(t, needId, { kind: 'expert', id: y.id }, w.keys.enterpriseA.headers)
    const acceptProposal = () => post(t, `/v1/proposals/${proposal.id}/accept`, w.keys.enterpriseA.headers)
    const [first, second] = order === 'proposal first' ? [acceptProposal, accept(invitation.id, y)] : [accept(invitation.id, y), acceptProposal]
    const results = await race((tx) => tx`select 1 from needs where id = ${needId} for update`, first, second)
    expect(results.map((r) => r.status)).toEqual([200, 409])
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where need_id = ${needId} and status = 'accepted'`
    expect(row!.n).toBe(1)
  })

  it('two proposals of an expert with capacity 1 accepted on two needs at once: exactly one wins', async () => {
    const expert = await newExpert(t, admin, '揭榜容量竞争', { capacity: 1 })
    const [a, b] = [await needOpenForProposals('揭榜容量一'), await needOpenForProposals('揭榜容量二')]
    const [pa, pb] = [await proposalOf(expert, a), await proposalOf(expert, b)]
    const acceptOf = (id: string) => () => post(t, `/v1/proposals/${id}/accept`, w.keys.enterpriseA.headers)
    const results = await race((tx) => tx`select 1 from experts where id = ${expert.id} for update`, acceptOf(pa.id), acceptOf(pb.id))
    expect(results.map((r) => r.status)).toEqual([200, 409])
    expect((await readProblem(results[1]!)).rule).toBe('at_capacity')
    const [row] = await t.db.sql<{ n: number }[]>`select count(*)::int as n from matches where responder_expert_id = ${expert.id} and status = 'accepted'`
    expect(row!.n).toBe(1)
  })

  it.each(['close first', 'accept first'] as const)('5. closing a need and accepting its invitation, %s: never an accept on a closed need', async (order) => {
    const expert = await newExpert(t, admin, `关闭竞争${order}`)
    const needId = await newNeed(t, w.keys.enterpriseA.headers, `关闭与接受${order}`)
    const match = await propose(t, needId, { kind: 'expert', id: expert.id }, w.keys.enterpriseA.headers)
    const close = await patchWith(`/v1/needs/${needId}`, { status: 'closed' }, w.keys.enterpriseA.headers)
    const [first, second] = order === 'close first' ? [close, accept(match.id, expert)] : [accept(match.id, expert), close]
    const results = await race((tx) => tx`select 1 from needs where id = ${needId} for update`, first, second)
    // After the accept, the close carries an ETag read before the accept started the need: 412.
    expect(results.map((r) => r.status)).toEqual(order === 'close first' ? [200, 409] : [200, 412])
    const [row] = await t.db.sql<{ status: string; need: string }[]>`select m.status, n.status as need from matches m join needs n on n.id = m.need_id where m.id = ${match.id}`
    expect(row!.need === 'closed' ? row!.status : 'accepted').not.toBe('proposed')
  })

  it.each(['close first', 'schedule first'] as const)('5. closing a need and scheduling a consultation, %s: no consultation stays scheduled on a closed need', async (order) => {
    const expert = await newExpert(t, admin, `咨询竞争${order}`)
    const { needId, matchId } = await acceptedMatch(t, w.keys.enterpriseA.headers, expert, `关闭与预约${order}`)
    const close = await patchWith(`/v1/needs/${needId}`, { status: 'closed' }, w.keys.enterpriseA.headers)
    const book = () => schedule(t, matchId, expert.key.headers)
    const [first, second] = order === 'close first' ? [close, book] : [book, close]
    const results = await race((tx) => tx`select 1 from needs where id = ${needId} for update`, first, second)
    expect(results.map((r) => r.status)).toEqual(order === 'close first' ? [200, 409] : [201, 200])
    const left = await t.db.sql`select c.id from consultations c join needs n on n.id = c.need_id where n.id = ${needId} and n.status = 'closed' and c.status = 'scheduled'`
    expect(left).toEqual([])
  })

  it.each(['hand-over first', 'accept first'] as const)('8. a lead handed over while the old lead accepts, %s: the invitation ends with the new lead', async (order) => {
    const [oldLead, newLead] = [await newExpert(t, admin, `原负责人${order}`), await newExpert(t, admin, `新负责人${order}`)]
    const station = await readJson(await t.app.request('/v1/workstations', json('POST', { name: `竞争交接工作站${order}`, kind: 'expert_station', hostParkId: w.parkA.id, leadExpertId: oldLead.id }, admin)), 'createWorkstation')
    const needId = await newNeed(t, w.keys.enterpriseA.headers, `交接竞争${order}`)
    const match = await propose(t, needId, { kind: 'workstation', id: station.id }, w.keys.enterpriseA.headers)
    const handOver = await patchWith(`/v1/workstations/${station.id}`, { leadExpertId: newLead.id }, admin)
    const [first, second] = order === 'hand-over first' ? [handOver, accept(match.id, oldLead)] : [accept(match.id, oldLead), handOver]
    const results = await race((tx) => tx`select 1 from matches where id = ${match.id} for update`, first, second)
    expect(results.map((r) => r.status)).toEqual(order === 'hand-over first' ? [200, 404] : [200, 200])
    const [row] = await t.db.sql<{ responderExpertId: string }[]>`select responder_expert_id from matches where id = ${match.id}`
    expect(row!.responderExpertId).toBe(newLead.id)
  })

  it.each(['move first', 'contract first'] as const)('3. an enterprise moving while a contract is recorded, %s: the contract ends in the need\'s park', async (order) => {
    const enterprise = await readJson(await t.app.request('/v1/enterprises', json('POST', { name: `迁移竞争企业${order}`, uscc: validUscc(), parkId: w.parkA.id, size: 'small' }, admin)), 'createEnterprise')
    expect(enterprise.id).toBeDefined()
    const key = await createKey(t.db.sql, 'enterprise', { enterpriseId: enterprise.id })
    const expert = await newExpert(t, admin, `迁移竞争专家${order}`)
    const { needId, matchId } = await acceptedMatch(t, key.headers, expert, `迁移竞争需求${order}`)
    const move = await patchWith(`/v1/enterprises/${enterprise.id}`, { parkId: w.parkB.id }, admin)
    const record = () => t.app.request('/v1/contracts', json('POST', { needId, matchId, kind: 'service', title: '技术服务合同', valueFen: 1_000_000 }, expert.key.headers))
    const [first, second] = order === 'move first' ? [move, record] : [record, move]
    const results = await race((tx) => tx`select 1 from needs where id = ${needId} for update`, first, second)
    expect(results.map((r) => r.status).sort()).toEqual([200, 201])
    const split = await t.db.sql`select k.id from contracts k join needs n on n.id = k.need_id where k.need_id = ${needId} and k.park_id <> n.park_id`
    expect(split).toEqual([])
  })
})
