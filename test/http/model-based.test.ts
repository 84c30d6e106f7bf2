import fc from 'fast-check'
import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertApiKey } from '../../src/modules/accounts/queries.js'
import { insertExpert } from '../../src/modules/registry/experts/queries.js'
import { insertSociety } from '../../src/modules/registry/societies/queries.js'
import { addWorkstationMembers, insertWorkstation } from '../../src/modules/registry/workstations/queries.js'
import { generateApiKey, hashApiKey, keyPrefixLength } from '../../src/modules/accounts/service.js'
import { localDate } from '../../src/modules/reporting/stats/service.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { createPark, ensureIndustries, json, validUscc } from '../helpers/fixtures.js'
import { readJson } from '../helpers/http.js'

/**
 * A model-based test of the engagement flow: random sequences of operations by random principals
 * of every role (post and close needs, invite, accept, decline, withdraw, move an enterprise to
 * another park, hand a workstation or society to a new expert, make an expert unavailable or
 * employ it, schedule and complete consultations, record contracts and take them to review),
 * through the real app and database. After every step the invariants below are checked against
 * the stored state, and a sample of reads is compared with a plain model of the read rules.
 *
 * MODEL_RUNS sequences (default 200) of up to MODEL_STEPS operations (default 20); MODEL_SEED and
 * MODEL_PATH replay a failure as fast-check prints it:
 *   MODEL_SEED=<seed> MODEL_PATH=<path> npx vitest run test/http/model-based.test.ts
 */
const runs = Number(process.env.MODEL_RUNS ?? 200)
const maxSteps = Number(process.env.MODEL_STEPS ?? 20)
const seed = process.env.MODEL_SEED === undefined ? undefined : Number(process.env.MODEL_SEED)
const replayPath = process.env.MODEL_PATH

type Headers = Record<string, string>

/** One sequence's own small world: two parks, three enterprises, four experts, a station and a society. */
interface World {
  parks: string[]
  enterprises: { id: string; parkId: string }[]
  experts: string[]
  workstation: string
  society: string
  keys: {
    admin: Headers
    staff: Headers[]
    enterprise: Headers[]
    expert: Headers[]
  }
  needs: string[]
  matches: string[]
  consultations: string[]
  contracts: string[]
  /** What the sequence did, for the failure message. */
  log: string[]
}

type Actor = { role: 'admin' } | { role: 'staff'; index: number } | { role: 'enterprise'; index: number } | { role: 'expert'; index: number }

const actorArbitrary: fc.Arbitrary<Actor> = fc.oneof(
  fc.constant<Actor>({ role: 'admin' }),
  fc.nat({ max: 1 }).map((index): Actor => ({ role: 'staff', index })),
  fc.nat({ max: 2 }).map((index): Actor => ({ role: 'enterprise', index })),
  fc.nat({ max: 3 }).map((index): Actor => ({ role: 'expert', index })),
)

/** Most steps are taken by the principal the flow expects ('right'); the rest by anyone, to try the refusals. */
type Who = 'right' | Actor
const whoArbitrary: fc.Arbitrary<Who> = fc.oneof({ arbitrary: fc.constant<Who>('right'), weight: 3 }, { arbitrary: actorArbitrary, weight: 1 })

const headersOf = (world: World, actor: Actor): Headers =>
  actor.role === 'admin' ? world.keys.admin : world.keys[actor.role][actor.index]!

const pick = <T>(list: readonly T[], index: number): T | undefined => (list.length === 0 ? undefined : list[index % list.length])

describe('model-based: random operation sequences keep every invariant', () => {
  let t: TestApp
  let adminHeaders: Headers
  let sequences = 0
  let steps = 0
  const outcomes = new Map<string, number>()

  beforeAll(async () => {
    t = await createTestApp()
    await ensureIndustries(t.db.sql)
    adminHeaders = await keyHeaders({ role: 'admin' })
  })
  afterAll(() => t?.close())

  async function keyHeaders(scope: { role: 'admin' | 'park_staff' | 'enterprise' | 'expert'; parkId?: string; enterpriseId?: string; expertId?: string }): Promise<Headers> {
    const key = generateApiKey()
    await insertApiKey(t.db.sql, { name: 'model', prefix: key.slice(0, keyPrefixLength), keyHash: hashApiKey(key), ...scope })
    return { authorization: `Bearer ${key}` }
  }

  async function newWorld(): Promise<World> {
    const sql = t.db.sql
    const n = ++sequences
    const parks = [(await createPark(sql)).id, (await createPark(sql, { regionCode: '140100' })).id]
    const enterprises: World['enterprises'] = []
    for (const [index, parkId] of [parks[0]!, parks[0]!, parks[1]!].entries()) {
      const res = await t.app.request('/v1/enterprises', json('POST', { name: `模型企业${n}-${index}有限公司`, uscc: validUscc(1_000_000 + n * 10 + index), parkId, size: 'small' }, adminHeaders))
      expect(res.status).toBe(201)
      enterprises.push({ id: ((await res.json()) as { id: string }).id, parkId })
    }
    // Expert 0 takes one engagement at a time; expert 1 works for enterprise 0 (a conflict for its needs).
    const experts: string[] = []
    for (const [index, extra] of [{ capacity: 1 }, { enterpriseId: enterprises[0]!.id }, { capacity: 2 }, { capacity: 2 }].entries()) {
      experts.push((await insertExpert(sql, { name: `模型专家${n}-${index}`, organisation: `模型大学${n}-${index}`, ...extra })).id)
    }
    const workstation = (await insertWorkstation(sql, { name: `模型工作站${n}`, kind: 'expert_station', hostEnterpriseId: null, hostParkId: parks[0]!, parkId: parks[0]!, societyId: null, leadExpertId: experts[2]! })).id
    await addWorkstationMembers(sql, workstation, [experts[2]!])
    const society = (await insertSociety(sql, { name: `模型学会${n}`, level: 'municipal', contactExpertId: experts[3]! })).id
    const world: World = {
      parks,
      enterprises,
      experts,
      workstation,
      society,
      keys: {
        admin: adminHeaders,
        staff: await Promise.all(parks.map((parkId) => keyHeaders({ role: 'park_staff', parkId }))),
        enterprise: await Promise.all(enterprises.map(({ id }) => keyHeaders({ role: 'enterprise', enterpriseId: id }))),
        expert: await Promise.all(experts.map((expertId) => keyHeaders({ role: 'expert', expertId }))),
      },
      needs: [],
      matches: [],
      consultations: [],
      contracts: [],
      log: [],
    }
    // Two needs to start from, so most sequences reach invitations and beyond.
    for (const index of [0, 2]) {
      const res = await send(world, 'post need', { role: 'enterprise', index }, 'POST', '/v1/needs', { title: `模型需求起始${index}`, industryCode: 'new_materials', kind: 'consulting', problem: '碳纤维原丝均匀性不足。', visibility: 'park', status: 'open' })
      world.needs.push(res.body.id)
    }
    return world
  }

  /** Sends a request, records the outcome, and checks what every answer must be. */
  async function send(world: World, label: string, actor: Actor, method: string, path: string, body?: unknown, extra: Headers = {}): Promise<{ status: number; body: any }> {
    const headers = { ...headersOf(world, actor), ...extra }
    const res = await t.app.request(path, body === undefined ? { method, headers } : json(method, body, headers))
    const text = await res.text()
    world.log.push(`${label} as ${actor.role}${'index' in actor ? actor.index : ''} → ${res.status}${res.status >= 400 ? ` ${text.slice(0, 160)}` : ''}`)
    const key = `${label} ${res.status}`
    outcomes.set(key, (outcomes.get(key) ?? 0) + 1)
    if (res.status >= 500) throw new Error(`${label}: ${res.status} ${text}`)
    if (res.status >= 400 && !(res.headers.get('content-type') ?? '').startsWith('application/problem+json')) throw new Error(`${label}: ${res.status} is not problem+json`)
    return { status: res.status, body: text ? JSON.parse(text) : null }
  }

  async function patchWithEtag(world: World, label: string, actor: Actor, path: string, body: unknown) {
    const etag = (await t.app.request(path, { headers: adminHeaders })).headers.get('etag') ?? '"none"'
    return send(world, label, actor, 'PATCH', path, body, { 'if-match': etag })
  }

  function fail(world: World, message: string): never {
    throw new Error(`${message}\n  sequence:\n    ${world.log.join('\n    ')}`)
  }

  // The state a rule depends on, read straight from the database before a step --------------------

  interface AcceptState {
    status: string
    responderExpertId: string
    candidateKind: string
    needStatus: string
    slots: number
    accepted: number
    capacity: number
    open: number
    responderAvailability: string
    conflicted: boolean
  }

  async function acceptState(matchId: string): Promise<AcceptState> {
    const [row] = await t.db.sql<AcceptState[]>`
      select m.status, m.responder_expert_id, m.candidate_kind, n.status as need_status, n.partner_slots as slots,
        (select count(*)::int from matches a where a.need_id = n.id and a.status = 'accepted') as accepted,
        r.capacity, r.availability as responder_availability,
        (select count(*)::int from matches o join needs p on p.id = o.need_id
         where o.responder_expert_id = r.id and o.status = 'accepted' and p.status in ('open', 'in_progress')) as open,
        (r.enterprise_id is not distinct from n.enterprise_id
         or (m.candidate_kind = 'workstation' and exists (select 1 from workstations w where w.id = m.candidate_id and w.host_enterprise_id = n.enterprise_id))) as conflicted
      from matches m join needs n on n.id = m.need_id join experts r on r.id = m.responder_expert_id
      where m.id = ${matchId}`
    return row!
  }

  // Invariants, checked after every step ------------------------------------------------------------

  /** Each subquery lists what breaks one invariant (one round trip for all); every list must be empty. */
  async function checkInvariants(world: World): Promise<void> {
    const enterpriseIds = world.enterprises.map((e) => e.id)
    const [row] = await t.db.sql<Record<string, unknown[] | null>[]>`
      with n as (select * from needs where enterprise_id = any(${enterpriseIds}::uuid[])),
      m as (select matches.* from matches join n on n.id = matches.need_id)
      select
        (select json_agg(k.id) from contracts k join n on n.id = k.need_id left join m on m.id = k.match_id
         where m.id is null or m.status <> 'accepted' or m.need_id <> k.need_id or m.candidate_kind <> k.counterpart_kind
            or m.candidate_id <> k.counterpart_id or k.park_id <> n.park_id or k.enterprise_id <> n.enterprise_id)
          as "a contract follows an accepted invitation of its need, with its candidate, in its park",
        (select json_agg(c.id) from consultations c join n on n.id = c.need_id join m on m.id = c.match_id
         where m.status <> 'accepted' or m.need_id <> c.need_id or c.park_id <> n.park_id or c.enterprise_id <> n.enterprise_id)
          as "a consultation follows an accepted invitation of its need, in its park",
        (select json_agg(n.id) from n where (select count(*) from m where m.need_id = n.id and m.status = 'accepted') > n.partner_slots)
          as "a need has no more accepted invitations than partner slots",
        (select json_agg(m.id) from m join n on n.id = m.need_id
         where m.status = 'proposed' and (n.status not in ('open', 'in_progress')
           or (select count(*) from m a where a.need_id = n.id and a.status = 'accepted') >= n.partner_slots))
          as "a need that takes no partner (resolved, closed, full) has no unanswered invitation",
        (select json_agg(c.id) from consultations c join n on n.id = c.need_id where n.status = 'closed' and c.status = 'scheduled')
          as "a closed need has no scheduled consultation",
        (select json_agg(n.id) from n join enterprises e on e.id = n.enterprise_id
         where n.park_id <> e.park_id or exists (select 1 from m where m.need_id = n.id and m.park_id <> n.park_id))
          as "needs and invitations are in their enterprise's park",
        (select json_agg(m.id) from m
         left join societies s on m.candidate_kind = 'society' and s.id = m.candidate_id
         left join workstations w on m.candidate_kind = 'workstation' and w.id = m.candidate_id
         where m.status in ('proposed', 'accepted')
           and m.responder_expert_id is distinct from (case m.candidate_kind when 'expert' then m.candidate_id when 'society' then s.contact_expert_id else w.lead_expert_id end))
          as "a live invitation is answered by whoever answers for its candidate now",
        (select json_agg(m.id) from m join experts x on x.id = m.responder_expert_id where m.status = 'proposed' and x.availability = 'unavailable')
          as "no unanswered invitation waits on an unavailable expert",
        (select json_agg(x.id) from (
           select 'need' as kind, n.id, n.version from n
           union all select 'match', m.id, m.version from m
           union all select 'consultation', c.id, c.version from consultations c join n on n.id = c.need_id
           union all select 'contract', k.id, k.version from contracts k join n on n.id = k.need_id
         ) x
         where not exists (select 1 from audit_events a where a.entity_type = x.kind and a.entity_id = x.id::text and (a.after->>'version')::int = x.version))
          as "every state of a need, invitation, consultation and contract is in the audit log"
    `
    for (const [invariant, rows] of Object.entries(row!)) {
      if (rows && rows.length > 0) fail(world, `invariant broken: ${invariant}: ${JSON.stringify(rows)}`)
    }
  }

  /** The read rules, as plain code over stored rows: who may read a need, an invitation, a consultation, a contract. */
  async function readableByModel(world: World, actor: Actor, kind: 'need' | 'match' | 'consultation' | 'contract', id: string): Promise<boolean> {
    const sql = t.db.sql
    if (actor.role === 'admin') return true
    if (kind === 'need') {
      const [need] = await sql<{ enterpriseId: string; parkId: string; status: string; visibility: string }[]>`select enterprise_id, park_id, status, visibility from needs where id = ${id}`
      if (actor.role === 'staff') return need!.parkId === world.parks[actor.index]
      if (actor.role === 'enterprise') {
        const me = world.enterprises[actor.index]!
        const [park] = await sql<{ parkId: string }[]>`select park_id from enterprises where id = ${me.id}`
        return need!.enterpriseId === me.id || (need!.status !== 'draft' && (need!.visibility === 'public' || (need!.visibility === 'park' && need!.parkId === park!.parkId)))
      }
      const live = await sql`select 1 from matches where need_id = ${id} and responder_expert_id = ${world.experts[actor.index]!} and status in ('proposed', 'accepted')`
      return (need!.status !== 'draft' && need!.visibility === 'public') || live.length > 0
    }
    const table = { match: sql`matches`, consultation: sql`consultations`, contract: sql`contracts` }[kind]
    const expertColumn = { match: sql`responder_expert_id`, consultation: sql`expert_id`, contract: sql`counterpart_expert_id` }[kind]
    const [row] = await sql<{ parkId: string; needId: string; expertId: string }[]>`select park_id, need_id, ${expertColumn} as expert_id from ${table} where id = ${id}`
    const [need] = await sql<{ enterpriseId: string }[]>`select enterprise_id from needs where id = ${row!.needId}`
    if (actor.role === 'staff') return row!.parkId === world.parks[actor.index]
    if (actor.role === 'enterprise') return need!.enterpriseId === world.enterprises[actor.index]!.id
    return row!.expertId === world.experts[actor.index]
  }

  /** A sample of reads by random principals, each compared with the model. */
  async function checkReads(world: World, sample: { actor: Actor; kind: number; pick: number }[]): Promise<void> {
    const kinds = [
      ['need', 'needs', world.needs],
      ['match', 'matches', world.matches],
      ['consultation', 'consultations', world.consultations],
      ['contract', 'contracts', world.contracts],
    ] as const
    for (const { actor, kind, pick: index } of sample) {
      const [name, path, ids] = kinds[kind % kinds.length]!
      const id = pick(ids, index)
      if (!id) continue
      const expected = await readableByModel(world, actor, name, id)
      const res = await t.app.request(`/v1/${path}/${id}`, { headers: headersOf(world, actor) })
      await res.body?.cancel()
      if ((res.status === 200) !== expected || ![200, 404].includes(res.status)) {
        fail(world, `read of ${name} ${id} by ${JSON.stringify(actor)}: got ${res.status}, the rules say ${expected ? 200 : 404}`)
      }
    }
    // A list with free text finds exactly the needs the rules let this principal read.
    const lister = sample[0]?.actor
    const enterprise = pick(world.enterprises, sample[0]?.pick ?? 0)
    if (lister && enterprise) {
      const page: { items?: { id: string }[] } = await readJson(await t.app.request(`/v1/needs?limit=100&enterpriseId=${enterprise.id}&q=${encodeURIComponent('模型需求')}`, { headers: headersOf(world, lister) }), 'listNeeds')
      const listed = (page.items ?? []).map((need) => need.id).sort()
      const expected = (await readableNeeds(world, lister, enterprise.id)).sort()
      if (JSON.stringify(listed) !== JSON.stringify(expected)) fail(world, `list of needs by ${JSON.stringify(lister)}: listed ${JSON.stringify(listed)}, the rules say ${JSON.stringify(expected)}`)
    }
  }

  /** The need read rule over an enterprise's needs at once (the same rule as readableByModel, as SQL). */
  async function readableNeeds(world: World, actor: Actor, enterpriseId: string): Promise<string[]> {
    const sql = t.db.sql
    const rule =
      actor.role === 'admin'
        ? sql`true`
        : actor.role === 'staff'
          ? sql`n.park_id = ${world.parks[actor.index]!}`
          : actor.role === 'enterprise'
            ? sql`(n.enterprise_id = ${world.enterprises[actor.index]!.id} or (n.status <> 'draft' and (n.visibility = 'public'
                  or (n.visibility = 'park' and n.park_id = (select park_id from enterprises where id = ${world.enterprises[actor.index]!.id})))))`
            : sql`((n.status <> 'draft' and n.visibility = 'public')
                  or exists (select 1 from matches m where m.need_id = n.id and m.responder_expert_id = ${world.experts[actor.index]!} and m.status in ('proposed', 'accepted')))`
    const rows = await sql<{ id: string }[]>`select n.id from needs n where n.enterprise_id = ${enterpriseId} and ${rule}`
    return rows.map((row) => row.id)
  }

  /** The KPI routes answer, and their sums are the rows'. */
  async function checkStats(world: World, formats: boolean): Promise<void> {
    for (const [index, parkId] of world.parks.entries()) {
      const res = await t.app.request(`/v1/parks/${parkId}/stats`, { headers: world.keys.staff[index]! })
      if (res.status !== 200) fail(world, `park stats answered ${res.status}: ${await res.text()}`)
      const report = await readJson(res, 'getParkStats')
      // Every contract of a sequence is signed today and completed now, so all of them fall in the default period.
      const [sums] = await t.db.sql<{ verified: number; signed: number; count: number }[]>`
        select
          coalesce(sum(value_fen) filter (where review_status = 'verified'), 0)::float8 as verified,
          coalesce(sum(value_fen) filter (where signed_at is not null and status <> 'terminated'), 0)::float8 as signed,
          count(*) filter (where signed_at is not null and status <> 'terminated')::int as count
        from contracts where park_id = ${parkId}`
      if (report.outcomes.valueFen !== sums!.verified || report.contracts.valueFen !== sums!.signed || report.contracts.count !== sums!.count) {
        fail(world, `park stats do not add up: report ${JSON.stringify({ verified: report.outcomes.valueFen, signed: report.contracts.valueFen, count: report.contracts.count })}, rows ${JSON.stringify(sums)}`)
      }
      if (formats) {
        for (const [accept, query] of [['text/csv', ''], ['image/svg+xml', '?chart=funnel'], ['image/svg+xml', '?chart=value-by-industry']]) {
          const other = await t.app.request(`/v1/parks/${parkId}/stats${query}`, { headers: { ...world.keys.staff[index]!, accept: accept! } })
          await other.body?.cancel()
          if (other.status !== 200) fail(world, `park stats as ${accept} answered ${other.status}`)
        }
      }
    }
  }

  // The operations ------------------------------------------------------------------------------------

  type Step = (world: World) => Promise<void>
  /** An operation that fast-check prints as its name and parameters, so a failing sequence reads as data. */
  const operationOf = <P extends object>(name: string, params: fc.Arbitrary<P>, make: (params: P) => Step): fc.Arbitrary<Step> =>
    params.map((values) => Object.assign(make(values), { [fc.toStringMethod]: () => `${name}${JSON.stringify(values)}` }))

  const resolve = (who: Who, right: Actor): Actor => (who === 'right' ? right : who)
  /** The flow's next step targets an object in the state it needs; other steps try any object. */
  async function target(world: World, who: Who, kind: 'matches' | 'contracts', index: number, statuses: string[]): Promise<string | undefined> {
    const ids = world[kind]
    if (who !== 'right' || ids.length === 0) return pick(ids, index)
    const table = kind === 'matches' ? t.db.sql`matches` : t.db.sql`contracts`
    const rows = await t.db.sql<{ id: string }[]>`select id from ${table} where id = any(${ids}::uuid[]) and status::text = any(${statuses}::text[]) order by created_at, id`
    return pick(rows.map((row) => row.id), index) ?? pick(ids, index)
  }
  async function needParty(world: World, needId: string): Promise<Actor> {
    const [row] = await t.db.sql<{ enterpriseId: string }[]>`select enterprise_id from needs where id = ${needId}`
    return { role: 'enterprise', index: world.enterprises.findIndex((e) => e.id === row!.enterpriseId) }
  }
  const expertActor = (world: World, expertId: string): Actor => {
    const index = world.experts.indexOf(expertId)
    return index < 0 ? { role: 'admin' } : { role: 'expert', index }
  }

  const postNeed = operationOf('postNeed', fc.record({ enterprise: fc.nat({ max: 2 }), who: whoArbitrary, visibility: fc.constantFrom('public', 'park', 'private'), draft: fc.boolean() }), ({ enterprise, who, visibility, draft }): Step => async (world) => {
      const target = world.enterprises[enterprise]!
      const actor = resolve(who, { role: 'enterprise', index: enterprise })
      const res = await send(world, 'post need', actor, 'POST', '/v1/needs', {
        enterpriseId: target.id, title: `模型需求${world.needs.length}`, industryCode: 'new_materials', kind: 'consulting',
        problem: '碳纤维原丝均匀性不足。', visibility, status: draft ? 'draft' : 'open',
      })
      if (res.status === 201) {
        const [park] = await t.db.sql<{ parkId: string }[]>`select park_id from enterprises where id = ${target.id}`
        const allowed = actor.role === 'admin' || (actor.role === 'staff' && world.parks[actor.index] === park!.parkId) || (actor.role === 'enterprise' && actor.index === enterprise)
        if (!allowed) fail(world, `${JSON.stringify(actor)} posted a need for another's enterprise`)
        world.needs.push(res.body.id)
      }
    },
  )

  const invite = operationOf('invite', fc.record({ need: fc.nat(), candidate: fc.nat({ max: 5 }), who: whoArbitrary, autoNext: fc.boolean() }), ({ need, candidate, who, autoNext }): Step => async (world) => {
      const needId = pick(world.needs, need)
      if (!needId) return
      const [candidateKind, candidateId] = candidate < 4 ? ['expert', world.experts[candidate]!] : candidate === 4 ? ['workstation', world.workstation] : ['society', world.society]
      const actor = resolve(who, await needParty(world, needId))
      const res = await send(world, 'invite', actor, 'POST', `/v1/needs/${needId}/matches`, { candidateKind, candidateId, autoNext })
      if (res.status !== 201) return
      world.matches.push(res.body.id)
      const state = await acceptState(res.body.id)
      if (state.conflicted) fail(world, 'an invitation of a conflicted candidate was sent')
      if (state.responderAvailability === 'unavailable') fail(world, 'an invitation to an unavailable expert was sent')
      if (!['open', 'in_progress'].includes(state.needStatus)) fail(world, `an invitation was sent on a ${state.needStatus} need`)
    },
  )

  const accept = operationOf('accept', fc.record({ match: fc.nat(), who: whoArbitrary }), ({ match, who }): Step => async (world) => {
      const matchId = await target(world, who, 'matches', match, ['proposed'])
      if (!matchId) return
      const before = await acceptState(matchId)
      const actor = resolve(who, expertActor(world, before.responderExpertId))
      const res = await send(world, 'accept', actor, 'POST', `/v1/matches/${matchId}/accept`)
      if (res.status !== 200) return
      const broken = [
        (actor.role !== 'expert' || before.responderExpertId !== world.experts[actor.index]) && 'not the answering expert',
        before.status !== 'proposed' && `the invitation was ${before.status}`,
        !['open', 'in_progress'].includes(before.needStatus) && `the need was ${before.needStatus}`,
        before.accepted >= before.slots && 'the need was full',
        before.candidateKind === 'expert' && before.open >= before.capacity && `the expert was at capacity ${before.open}/${before.capacity}`,
        before.conflicted && 'a conflict of interest',
        before.responderAvailability === 'unavailable' && 'the expert was unavailable',
      ].filter(Boolean)
      if (broken.length > 0) fail(world, `an accept went through though ${broken.join(', ')}`)
    },
  )

  const answer = operationOf('answer', fc.record({ match: fc.nat(), action: fc.constantFrom('decline', 'withdraw'), who: whoArbitrary }), ({ match, action, who }): Step => async (world) => {
      const matchId = await target(world, who, 'matches', match, ['proposed'])
      if (!matchId) return
      const [row] = await t.db.sql<{ needId: string; responderExpertId: string }[]>`select need_id, responder_expert_id from matches where id = ${matchId}`
      if (action === 'decline') await send(world, 'decline', resolve(who, expertActor(world, row!.responderExpertId)), 'POST', `/v1/matches/${matchId}/decline`, { reason: '档期冲突' })
      else await send(world, 'withdraw', resolve(who, await needParty(world, row!.needId)), 'POST', `/v1/matches/${matchId}/withdraw`)
    },
  )

  const needStatus = operationOf('needStatus', fc.record({ need: fc.nat(), status: fc.constantFrom('open', 'in_progress', 'resolved', 'closed'), who: whoArbitrary }), ({ need, status, who }): Step => async (world) => {
      const needId = pick(world.needs, need)
      if (needId) await patchWithEtag(world, `need → ${status}`, resolve(who, await needParty(world, needId)), `/v1/needs/${needId}`, { status })
    },
  )

  const moveEnterprise = operationOf('moveEnterprise', fc.record({ enterprise: fc.nat({ max: 2 }), park: fc.nat({ max: 1 }), who: whoArbitrary }), ({ enterprise, park, who }): Step => async (world) => {
      await patchWithEtag(world, 'move enterprise', resolve(who, { role: 'admin' }), `/v1/enterprises/${world.enterprises[enterprise]!.id}`, { parkId: world.parks[park] })
    },
  )

  const handOver = operationOf('handOver', fc.record({ society: fc.boolean(), expert: fc.nat({ max: 3 }), who: whoArbitrary }), ({ society, expert, who }): Step => async (world) => {
      const actor = resolve(who, { role: 'admin' })
      if (society) await patchWithEtag(world, 'society contact', actor, `/v1/societies/${world.society}`, { contactExpertId: world.experts[expert] })
      else await patchWithEtag(world, 'workstation lead', actor, `/v1/workstations/${world.workstation}`, { leadExpertId: world.experts[expert] })
    },
  )

  const expertProfile = operationOf('expertProfile', fc.record({ expert: fc.nat({ max: 3 }), change: fc.constantFrom('unavailable', 'available', 'available', 'employ', 'release'), who: whoArbitrary }), ({ expert, change, who }): Step => async (world) => {
      const employment = change === 'employ' || change === 'release'
      const body = change === 'employ' ? { enterpriseId: world.enterprises[expert % 3]!.id } : change === 'release' ? { enterpriseId: null } : { availability: change }
      const actor = resolve(who, employment ? { role: 'admin' } : { role: 'expert', index: expert })
      const employer = async () => (await t.db.sql<{ enterpriseId: string | null }[]>`select enterprise_id from experts where id = ${world.experts[expert]!}`)[0]!.enterpriseId
      const before = await employer()
      await patchWithEtag(world, `expert ${change}`, actor, `/v1/experts/${world.experts[expert]}`, body)
      if (before !== (await employer()) && actor.role !== 'admin') fail(world, `${JSON.stringify(actor)} changed an expert's employer`)
    },
  )

  const consultation = operationOf('consultation', fc.record({ match: fc.nat(), consultation: fc.nat(), action: fc.constantFrom('schedule', 'schedule', 'complete', 'complete', 'cancel'), who: whoArbitrary }), ({ match, consultation, action, who }): Step => async (world) => {
      if (action === 'schedule') {
        const matchId = await target(world, who, 'matches', match, ['accepted'])
        if (!matchId) return
        const [row] = await t.db.sql<{ needId: string }[]>`select need_id from matches where id = ${matchId}`
        const res = await send(world, 'schedule', resolve(who, await needParty(world, row!.needId)), 'POST', `/v1/matches/${matchId}/consultations`, { mode: 'online', scheduledAt: '2026-12-10T02:00:00Z' })
        if (res.status === 201) world.consultations.push(res.body.id)
        return
      }
      const id = pick(world.consultations, consultation)
      if (!id) return
      const [row] = await t.db.sql<{ needId: string; expertId: string }[]>`select need_id, expert_id from consultations where id = ${id}`
      if (action === 'complete') {
        await send(world, 'complete consultation', resolve(who, expertActor(world, row!.expertId)), 'POST', `/v1/consultations/${id}/complete`, { heldAt: new Date(Date.now() - 3600_000).toISOString(), hours: 2, summary: '现场指导', expertNotes: '' })
      } else {
        await send(world, 'cancel consultation', resolve(who, await needParty(world, row!.needId)), 'POST', `/v1/consultations/${id}/cancel`, { reason: '改期' })
      }
    },
  )

  const recordContract = operationOf('recordContract', fc.record({ need: fc.nat(), match: fc.option(fc.nat(), { nil: undefined, freq: 8 }), who: whoArbitrary, value: fc.constantFrom(1, 5_000_000, 1_000_000_000_000) }), ({ need, match, who, value }): Step => async (world) => {
      const matchId = match === undefined ? undefined : await target(world, who, 'matches', match, ['accepted'])
      const needId = matchId ? (await t.db.sql<{ needId: string }[]>`select need_id from matches where id = ${matchId}`)[0]!.needId : pick(world.needs, need)
      if (!needId) return
      const body = matchId ? { needId, matchId } : { needId, counterpartKind: 'expert', counterpartId: world.experts[need % 4] }
      const actor = resolve(who, await needParty(world, needId))
      const res = await send(world, matchId ? 'record contract' : 'record contract without invitation', actor, 'POST', '/v1/contracts', { ...body, kind: 'development', title: '技术开发合同', valueFen: value })
      if (res.status === 201) world.contracts.push(res.body.id)
    },
  )

  const contractStep = operationOf('contractStep', fc.record({ contract: fc.nat(), step: fc.constantFrom('sign', 'start', 'complete', 'verify', 'reject', 'terminate'), who: whoArbitrary }), ({ contract, step, who }): Step => async (world) => {
      const id = await target(world, who, 'contracts', contract, ['draft', 'signed', 'in_progress', 'completed'])
      if (!id) return
      const [row] = await t.db.sql<{ status: string; needId: string; parkId: string; expertId: string }[]>`
        select status, need_id, park_id, counterpart_expert_id as expert_id from contracts where id = ${id}`
      // Walk a contract forward: its next step is the one most often tried.
      const next = { draft: 'sign', signed: 'start', in_progress: 'complete', completed: 'verify', terminated: step }[row!.status] ?? step
      const chosen = who === 'right' ? next : step
      const right: Actor =
        chosen === 'complete' ? expertActor(world, row!.expertId) : chosen === 'verify' || chosen === 'reject' ? { role: 'staff', index: world.parks.indexOf(row!.parkId) } : await needParty(world, row!.needId)
      const bodies: Record<string, unknown> = {
        sign: { signedOn: localDate(new Date(), 'Asia/Shanghai') },
        start: undefined,
        complete: { outcomes: { newProducts: 1, addedRevenueFen: 1_000_000, patentsFiled: 0, patentsGranted: 0, jobsCreated: 2, evidence: [] } },
        verify: { comment: '核验通过' },
        reject: { comment: '材料不全' },
        terminate: { reason: '协商终止' },
      }
      await send(world, `contract ${chosen}`, resolve(who, right), 'POST', `/v1/contracts/${id}/${chosen}`, bodies[chosen])
    },
  )

  const readSample = fc.array(fc.record({ actor: actorArbitrary, kind: fc.nat({ max: 3 }), pick: fc.nat() }), { minLength: 1, maxLength: 1 })

  const operation = fc.oneof(
    { arbitrary: postNeed, weight: 2 },
    { arbitrary: invite, weight: 5 },
    { arbitrary: accept, weight: 5 },
    { arbitrary: answer, weight: 2 },
    { arbitrary: needStatus, weight: 2 },
    { arbitrary: moveEnterprise, weight: 1 },
    { arbitrary: handOver, weight: 1 },
    { arbitrary: expertProfile, weight: 2 },
    { arbitrary: consultation, weight: 4 },
    { arbitrary: recordContract, weight: 4 },
    { arbitrary: contractStep, weight: 6 },
  )

  it(`keeps every invariant over ${runs} sequences of up to ${maxSteps} operations`, async () => {
    await fc.assert(
      fc.asyncProperty(fc.array(fc.tuple(operation, readSample), { minLength: Math.min(8, maxSteps), maxLength: maxSteps }), async (sequence) => {
        const world = await newWorld()
        for (const [step, sample] of sequence) {
          const logged = world.log.length
          await step(world)
          steps++
          await checkInvariants(world)
          await checkReads(world, sample)
          // The KPIs move with contracts and with an enterprise's park.
          if (world.log.slice(logged).some((line) => /^(contract|record contract|move enterprise)/.test(line) && / → 20\d/.test(line))) await checkStats(world, false)
        }
        await checkStats(world, true)
      }),
      { numRuns: runs, ...(seed === undefined ? {} : { seed }), ...(replayPath ? { path: replayPath } : {}) },
    )
    console.info(`model-based: ${sequences} sequences, ${steps} operations (${t.db.kind})`)
    if (process.env.MODEL_OUTCOMES) for (const [key, n] of [...outcomes].sort()) console.info(`  ${key}: ${n}`)
    expect(sequences).toBeGreaterThanOrEqual(runs)
  }, 1_800_000)
})
