import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { insertSociety } from '../../../src/modules/registry/societies/queries.js'
import { type TestApp, createTestApp } from '../../helpers/app.js'
import { type World, createExpert, createWorld, json } from '../../helpers/fixtures.js'
import { type BodyOf, type Problem, readJson, readProblem } from '../../helpers/http.js'

const missingId = '00000000-0000-4000-8000-000000000000'

describe('workstations', () => {
  let t: TestApp
  let w: World
  let societyId: string
  let counter = 0
  const uniqueName = (prefix = '工作站') => `${prefix}${++counter}`
  const post = (body: unknown, headers: Record<string, string>) => t.app.request('/v1/workstations', json('POST', body, headers))
  const patch = (id: string, body: unknown, headers: Record<string, string>) => t.app.request(`/v1/workstations/${id}`, json('PATCH', body, headers))
  const get = (id: string, headers: Record<string, string>) => t.app.request(`/v1/workstations/${id}`, { headers })
  /** An academician station hosted by enterprise A unless told otherwise. */
  const body = (overrides: Record<string, unknown> = {}) => ({
    name: uniqueName(),
    kind: 'academician_station',
    hostEnterpriseId: w.enterpriseA.id,
    leadExpertId: w.expertA.id,
    fields: ['煤基新材料', '碳纤维'],
    description: '院士团队每年驻站不少于30天。',
    ...overrides,
  })
  const create = async (overrides: Record<string, unknown> = {}, key = w.keys.admin) => {
    const res = await post(body(overrides), key.headers)
    expect(res.status).toBe(201)
    return { station: await readJson(res, 'createWorkstation'), etag: res.headers.get('etag')! }
  }
  const auditRows = (id: string) =>
    t.db.sql<{ action: string; parkId: string | null; actorRole: string; before: any; after: any }[]>`
      select action, park_id, actor_role, before, after from audit_events where entity_type = 'workstation' and entity_id = ${id} order by id`
  const countStations = async () => (await t.db.sql<{ n: number }[]>`select count(*)::int as n from workstations`)[0]!.n
  const countMembers = async () => (await t.db.sql<{ n: number }[]>`select count(*)::int as n from workstation_members`)[0]!.n

  beforeAll(async () => {
    t = await createTestApp()
    w = await createWorld(t.db.sql)
    societyId = (await insertSociety(t.db.sql, { name: '山西省化工学会', level: 'provincial', disciplines: ['化学工程'] })).id
  })
  afterAll(() => t.close())

  describe('create', () => {
    it('an admin registers a station; its park is the host enterprise\'s; the lead is a member; audited in that park', async () => {
      const input = body({ hostEnterpriseId: w.enterpriseB.id, memberExpertIds: [w.expertB.id] })
      const res = await post(input, w.keys.admin.headers)
      expect(res.status).toBe(201)
      const station = await readJson(res, 'createWorkstation')
      expect(station).toMatchObject({
        name: input.name,
        kind: 'academician_station',
        hostEnterpriseId: w.enterpriseB.id,
        hostParkId: null,
        parkId: w.parkB.id,
        societyId: null,
        leadExpertId: w.expertA.id,
        memberExpertIds: [w.expertA.id, w.expertB.id],
        fields: input.fields,
        description: input.description,
      })
      expect(res.headers.get('location')).toBe(`/v1/workstations/${station.id}`)
      expect(res.headers.get('etag')).toMatch(/^"[0-9a-f]{8}-1"$/)
      const audit = await auditRows(station.id)
      expect(audit).toHaveLength(1)
      expect(audit[0]).toMatchObject({ action: 'workstation.create', parkId: w.parkB.id, actorRole: 'admin', before: null })
      expect(audit[0]!.after).toMatchObject({ id: station.id, parkId: w.parkB.id, memberExpertIds: [w.expertA.id, w.expertB.id] })
    })

    it('a park-hosted society service station takes the host park', async () => {
      const { station } = await create({ kind: 'society_station', hostEnterpriseId: undefined, hostParkId: w.parkA.id, societyId })
      expect(station).toMatchObject({ kind: 'society_station', hostEnterpriseId: null, hostParkId: w.parkA.id, parkId: w.parkA.id, societyId })
    })

    it('lists the lead once however members are given', async () => {
      const { station } = await create({ memberExpertIds: [w.expertB.id, w.expertA.id, w.expertB.id] })
      expect(station.memberExpertIds).toEqual([w.expertA.id, w.expertB.id])
    })

    it.each([
      ['staffA', { hostEnterpriseId: 'enterpriseA' }, 201],
      ['staffA', { hostParkId: 'parkA' }, 201],
      ['staffA', { hostEnterpriseId: 'enterpriseB' }, 404],
      ['staffA', { hostParkId: 'parkB' }, 404],
      ['staffB', { hostEnterpriseId: 'enterpriseB' }, 201],
      ['staffB', { hostEnterpriseId: 'enterpriseA' }, 404],
      ['enterpriseA', { hostEnterpriseId: 'enterpriseA' }, 403],
      ['expertA', { hostParkId: 'parkA' }, 403],
    ] as const)('%s creating with host %j → %i', async (key, host, status) => {
      const hostIds = Object.fromEntries(Object.entries(host).map(([field, name]) => [field, w[name as 'enterpriseA'].id]))
      const stationsBefore = await countStations()
      const res = await post(body({ hostEnterpriseId: undefined, ...hostIds }), w.keys[key].headers)
      expect(res.status).toBe(status)
      const problemOrStation: Partial<BodyOf<'createWorkstation'> & Problem> = await readJson(res, 'createWorkstation', status)
      if (status === 201) {
        const [name] = Object.values(host)
        const expectedPark = name === 'enterpriseA' || name === 'parkA' ? w.parkA.id : w.parkB.id
        expect(problemOrStation.parkId).toBe(expectedPark)
      } else {
        expect(problemOrStation.code).toBe(status === 404 ? 'not_found' : 'forbidden')
        expect(JSON.stringify(problemOrStation)).not.toContain(w.enterpriseB.name)
        expect(JSON.stringify(problemOrStation)).not.toContain(w.parkB.name)
        expect(await countStations()).toBe(stationsBefore)
      }
    })

    it('an unknown host is 404 for an admin too', async () => {
      const res = await post(body({ hostEnterpriseId: missingId }), w.keys.admin.headers)
      expect(res.status).toBe(404)
      const park = await post(body({ hostEnterpriseId: undefined, hostParkId: missingId }), w.keys.admin.headers)
      expect(park.status).toBe(404)
    })

    it.each([
      ['a bad kind', 'body.kind', () => ({ kind: 'lab' })],
      ['both hosts', 'body.hostEnterpriseId', () => ({ hostParkId: w.parkA.id })],
      ['no host', 'body.hostEnterpriseId', () => ({ hostEnterpriseId: undefined })],
      ['null hosts', 'body.hostEnterpriseId', () => ({ hostEnterpriseId: null, hostParkId: null })],
      ['a society_station without a society', 'body.societyId', () => ({ kind: 'society_station' })],
      ['an expert_station with a society', 'body.societyId', () => ({ kind: 'expert_station', societyId })],
      ['an unknown society', 'body.societyId', () => ({ kind: 'society_station', societyId: missingId })],
      ['an unknown lead expert', 'body.leadExpertId', () => ({ leadExpertId: missingId })],
      ['a malformed lead expert', 'body.leadExpertId', () => ({ leadExpertId: 'abc' })],
      ['an unknown member', 'body.memberExpertIds.1', () => ({ memberExpertIds: [w.expertB.id, missingId] })],
      ['a malformed member', 'body.memberExpertIds.0', () => ({ memberExpertIds: ['abc'] })],
      ['an empty name', 'body.name', () => ({ name: ' ' })],
      ['a read-only parkId', 'body', () => ({ parkId: w.parkA.id })],
    ])('rejects %s with 400 naming %s, writing nothing', async (_label, path, overrides) => {
      const [stations, members] = [await countStations(), await countMembers()]
      const auditCount = (await t.db.sql`select 1 from audit_events`).length
      const res = await post(body(overrides()), w.keys.admin.headers)
      expect(res.status).toBe(400)
      const problem = await readProblem(res)
      expect(problem.code).toBe('validation_failed')
      expect(problem.errors!.map((e: { path: string }) => e.path)).toContain(path)
      expect(await countStations()).toBe(stations)
      expect(await countMembers()).toBe(members)
      expect((await t.db.sql`select 1 from audit_events`).length).toBe(auditCount)
    })

    it('names every unknown expert at once', async () => {
      const res = await post(body({ leadExpertId: missingId, memberExpertIds: [w.expertB.id, missingId] }), w.keys.admin.headers)
      expect(res.status).toBe(400)
      expect((await readProblem(res)).errors).toEqual([
        { path: 'body.leadExpertId', message: `no expert ${missingId}` },
        { path: 'body.memberExpertIds.1', message: `no expert ${missingId}` },
      ])
    })

    it('a duplicate name is 409 naming body.name', async () => {
      const { station } = await create()
      const res = await post(body({ name: station.name }), w.keys.admin.headers)
      expect(res.status).toBe(409)
      expect((await readProblem(res)).errors).toEqual([{ path: 'body.name', message: 'already taken by another workstation' }])
    })

    it('replays a create with the same Idempotency-Key, and refuses the key for another body (422)', async () => {
      const input = body({ memberExpertIds: [w.expertB.id] })
      const headers = { ...w.keys.staffA.headers, 'idempotency-key': `station-${counter}` }
      const first = await post(input, headers)
      expect(first.status).toBe(201)
      const created = await readJson(first, 'createWorkstation')
      const again = await post(input, headers)
      expect(again.status).toBe(201)
      expect(again.headers.get('idempotent-replayed')).toBe('true')
      expect(again.headers.get('location')).toBe(`/v1/workstations/${created.id}`)
      expect(await readJson(again, 'createWorkstation')).toEqual(created)
      expect(await t.db.sql`select 1 from workstations where name = ${input.name}`).toHaveLength(1)
      expect(await auditRows(created.id)).toHaveLength(1)
      const other = await post({ ...input, description: '另一个' }, headers)
      expect(other.status).toBe(422)
      expect(await readProblem(other)).toMatchObject({ code: 'idempotency_key_reused' })
    })
  })

  describe('read', () => {
    let inA: { id: string }
    let inB: { id: string }
    beforeAll(async () => {
      inA = (await create({ hostEnterpriseId: w.enterpriseA.id })).station
      inB = (await create({ hostEnterpriseId: undefined, hostParkId: w.parkB.id })).station
    })

    it.each(['admin', 'staffA', 'staffB', 'enterpriseA', 'enterpriseB', 'expertA', 'expertB'] as const)(
      '%s reads stations of its own and of the other park',
      async (key) => {
        for (const station of [inA, inB]) {
          const res = await get(station.id, w.keys[key].headers)
          expect(res.status).toBe(200)
          expect(res.headers.get('etag')).toBe(`"${station.id.slice(0, 8)}-1"`)
          expect(await readJson(res, 'getWorkstation')).toEqual(station)
        }
      },
    )

    it('an unknown station is 404', async () => {
      const res = await get(missingId, w.keys.staffA.headers)
      expect(res.status).toBe(404)
      expect(await readProblem(res)).toMatchObject({ code: 'not_found' })
    })
  })

  describe('update', () => {
    it('park staff change their park\'s station with If-Match; audited in that park with before and after', async () => {
      const { station, etag } = await create({}, w.keys.staffA)
      const res = await patch(station.id, { description: '新增氢能方向', fields: ['氢能'] }, { ...w.keys.staffA.headers, 'if-match': etag })
      expect(res.status).toBe(200)
      expect(await readJson(res, 'updateWorkstation')).toMatchObject({ id: station.id, description: '新增氢能方向', fields: ['氢能'], parkId: w.parkA.id })
      expect(res.headers.get('etag')).toBe(`"${station.id.slice(0, 8)}-2"`)
      const [created, updated] = await auditRows(station.id)
      expect(created).toMatchObject({ action: 'workstation.create', actorRole: 'park_staff', parkId: w.parkA.id })
      expect(updated).toMatchObject({ action: 'workstation.update', actorRole: 'park_staff', parkId: w.parkA.id })
      expect(updated!.before).toMatchObject({ description: station.description, fields: station.fields, version: 1 })
      expect(updated!.after).toMatchObject({ description: '新增氢能方向', fields: ['氢能'], version: 2 })
    })

    it('park staff may not change another park\'s station: 403 (it is readable by all), before any precondition', async () => {
      const { station, etag } = await create({ hostEnterpriseId: w.enterpriseB.id })
      const res = await patch(station.id, { description: '改' }, { ...w.keys.staffA.headers, 'if-match': etag })
      expect(res.status).toBe(403)
      expect(await readProblem(res)).toMatchObject({ code: 'forbidden' })
      const unconditional = await patch(station.id, { description: '改' }, w.keys.staffA.headers)
      expect(unconditional.status).toBe(403)
      expect((await readJson(await get(station.id, w.keys.staffA.headers), 'getWorkstation')).description).toBe(station.description)
      expect(await auditRows(station.id)).toHaveLength(1)
    })

    it.each(['enterpriseA', 'expertA'] as const)('%s may not change stations (403)', async (key) => {
      const { station, etag } = await create()
      const res = await patch(station.id, { description: '改' }, { ...w.keys[key].headers, 'if-match': etag })
      expect(res.status).toBe(403)
    })

    it('an unknown station is 404', async () => {
      const res = await patch(missingId, { description: '改' }, { ...w.keys.admin.headers, 'if-match': '"00000000-1"' })
      expect(res.status).toBe(404)
    })

    it('without If-Match is 428; with a stale one 412', async () => {
      const { station, etag } = await create()
      const missing = await patch(station.id, { description: '一' }, w.keys.admin.headers)
      expect(missing.status).toBe(428)
      expect(await readProblem(missing)).toMatchObject({ code: 'precondition_required' })
      const ok = await patch(station.id, { description: '一' }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(ok.status).toBe(200)
      const stale = await patch(station.id, { description: '二' }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(stale.status).toBe(412)
      expect(stale.headers.get('etag')).toBe(ok.headers.get('etag'))
      expect((await readJson(await get(station.id, w.keys.admin.headers), 'getWorkstation')).description).toBe('一')
    })

    it('park staff may not move their station to another park (the foreign host is 404)', async () => {
      const { station, etag } = await create({}, w.keys.staffA)
      const headers = { ...w.keys.staffA.headers, 'if-match': etag }
      const toEnterprise = await patch(station.id, { hostEnterpriseId: w.enterpriseB.id }, headers)
      expect(toEnterprise.status).toBe(404)
      expect(await toEnterprise.text()).not.toContain(w.enterpriseB.name)
      const toPark = await patch(station.id, { hostParkId: w.parkB.id }, headers)
      expect(toPark.status).toBe(404)
      expect(await readJson(await get(station.id, w.keys.staffA.headers), 'getWorkstation')).toEqual(station)
      const withinPark = await patch(station.id, { hostParkId: w.parkA.id }, headers)
      expect(withinPark.status).toBe(200)
      expect(await readJson(withinPark, 'updateWorkstation')).toMatchObject({ hostEnterpriseId: null, hostParkId: w.parkA.id, parkId: w.parkA.id })
    })

    it('an admin moves a station to another park by giving a new host; the audit row is in the new park', async () => {
      const { station, etag } = await create()
      const res = await patch(station.id, { hostParkId: w.parkB.id }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(res.status).toBe(200)
      expect(await readJson(res, 'updateWorkstation')).toMatchObject({ hostEnterpriseId: null, hostParkId: w.parkB.id, parkId: w.parkB.id })
      const [, audit] = await auditRows(station.id)
      expect(audit).toMatchObject({ action: 'workstation.update', parkId: w.parkB.id })
      expect(audit!.before).toMatchObject({ parkId: w.parkA.id, hostEnterpriseId: w.enterpriseA.id })
      expect(audit!.after).toMatchObject({ parkId: w.parkB.id, hostParkId: w.parkB.id })
    })

    it.each([
      ['both hosts', 'body.hostEnterpriseId', () => ({ hostEnterpriseId: w.enterpriseA.id, hostParkId: w.parkA.id })],
      ['clearing the only host', 'body.hostEnterpriseId', () => ({ hostEnterpriseId: null })],
      ['becoming a society_station without a society', 'body.societyId', () => ({ kind: 'society_station' })],
      ['a society on an academician station', 'body.societyId', () => ({ societyId })],
      ['a bad kind', 'body.kind', () => ({ kind: 'lab' })],
      ['an unknown lead', 'body.leadExpertId', () => ({ leadExpertId: missingId })],
      ['an unknown member', 'body.memberExpertIds.0', () => ({ memberExpertIds: [missingId] })],
      ['a read-only parkId', 'body', () => ({ parkId: w.parkB.id })],
    ])('rejects %s with 400 naming %s, changing nothing', async (_label, path, change) => {
      const { station, etag } = await create({ memberExpertIds: [w.expertB.id] })
      const res = await patch(station.id, change(), { ...w.keys.admin.headers, 'if-match': etag })
      expect(res.status).toBe(400)
      expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
      expect(await readJson(await get(station.id, w.keys.admin.headers), 'getWorkstation')).toEqual(station)
      expect(await auditRows(station.id)).toHaveLength(1)
    })

    it('changes kind together with the society', async () => {
      const { station, etag } = await create()
      const toSociety = await patch(station.id, { kind: 'society_station', societyId }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(toSociety.status).toBe(200)
      expect(await readJson(toSociety, 'updateWorkstation')).toMatchObject({ kind: 'society_station', societyId })
      const keep = await patch(station.id, { kind: 'expert_station' }, { ...w.keys.admin.headers, 'if-match': toSociety.headers.get('etag')! })
      expect(keep.status).toBe(400)
      expect((await readProblem(keep)).errors![0]!.path).toBe('body.societyId')
      const back = await patch(station.id, { kind: 'expert_station', societyId: null }, { ...w.keys.admin.headers, 'if-match': toSociety.headers.get('etag')! })
      expect(back.status).toBe(200)
      expect(await readJson(back, 'updateWorkstation')).toMatchObject({ kind: 'expert_station', societyId: null })
    })

    it('replaces members whole when given, keeping the lead; a new lead joins the team', async () => {
      const third = await createExpert(t.db.sql)
      const { station, etag } = await create({ memberExpertIds: [w.expertB.id] })
      const replaced = await patch(station.id, { memberExpertIds: [third.id] }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(replaced.status).toBe(200)
      expect((await readJson(replaced, 'updateWorkstation')).memberExpertIds).toEqual([w.expertA.id, third.id])
      const newLead = await patch(station.id, { leadExpertId: w.expertB.id }, { ...w.keys.admin.headers, 'if-match': replaced.headers.get('etag')! })
      expect(newLead.status).toBe(200)
      const led = await readJson(newLead, 'updateWorkstation')
      expect(led.leadExpertId).toBe(w.expertB.id)
      expect(led.memberExpertIds[0]).toBe(w.expertB.id)
      expect([...led.memberExpertIds].sort()).toEqual([w.expertA.id, w.expertB.id, third.id].sort())
      const emptied = await patch(station.id, { memberExpertIds: [] }, { ...w.keys.admin.headers, 'if-match': newLead.headers.get('etag')! })
      expect((await readJson(emptied, 'updateWorkstation')).memberExpertIds).toEqual([w.expertB.id])
      const [, , , audit] = await auditRows(station.id)
      expect(audit!.before.memberExpertIds).toHaveLength(3)
      expect(audit!.after.memberExpertIds).toEqual([w.expertB.id])
    })

    it('renaming onto another station is 409', async () => {
      const { station: other } = await create()
      const { station, etag } = await create()
      const res = await patch(station.id, { name: other.name }, { ...w.keys.admin.headers, 'if-match': etag })
      expect(res.status).toBe(409)
      expect((await readProblem(res)).errors).toEqual([{ path: 'body.name', message: 'already taken by another workstation' }])
    })
  })

  describe('list', () => {
    const tag = '列表站'
    let lead: { id: string }
    let member: { id: string }
    const made: { id: string; kind: string; parkId: string; societyId: string | null; name: string }[] = []

    beforeAll(async () => {
      lead = await createExpert(t.db.sql)
      member = await createExpert(t.db.sql)
      for (let i = 0; i < 8; i++) {
        const overrides: Record<string, unknown> = { name: uniqueName(tag) }
        if (i % 2) Object.assign(overrides, { hostEnterpriseId: w.enterpriseB.id })
        if (i % 4 === 0) Object.assign(overrides, { kind: 'society_station', societyId })
        if (i === 1) Object.assign(overrides, { leadExpertId: lead.id })
        if (i === 2) Object.assign(overrides, { memberExpertIds: [lead.id, member.id] })
        if (i === 5) Object.assign(overrides, { description: '依托企业建设的焦化废水中试基地' })
        made.push((await create(overrides)).station)
      }
    })

    const list = async (query: string, key = w.keys.enterpriseA) => {
      const res = await t.app.request(`/v1/workstations?q=${encodeURIComponent(tag)}&${query}`, { headers: key.headers })
      expect(res.status).toBe(200)
      return readJson(res, 'listWorkstations')
    }
    const ids = (page: { items: { id: string }[] }) => page.items.map((s) => s.id)
    const newestFirst = (stations: typeof made) => [...stations].reverse().map((s) => s.id)

    it('filters by kind, park, society, expert (lead or member) and free text', async () => {
      const society = await list('kind=society_station')
      expect(ids(society)).toEqual(newestFirst(made.filter((s) => s.kind === 'society_station')))
      expect(society.total).toBe(2)
      const inB = await list(`parkId=${w.parkB.id}`, w.keys.expertB)
      expect(ids(inB)).toEqual(newestFirst(made.filter((s) => s.parkId === w.parkB.id)))
      expect(inB.total).toBe(4)
      expect((await list(`societyId=${societyId}`)).total).toBe(2)
      const byLead = await list(`expertId=${lead.id}`)
      expect(ids(byLead)).toEqual([made[2]!.id, made[1]!.id])
      expect(ids(await list(`expertId=${member.id}`))).toEqual([made[2]!.id])
      const text = await t.app.request(`/v1/workstations?q=${encodeURIComponent('焦化废水')}`, { headers: w.keys.staffB.headers })
      expect(ids(await readJson(text, 'listWorkstations'))).toEqual([made[5]!.id])
      const field = await t.app.request(`/v1/workstations?q=${encodeURIComponent('碳纤维')}&kind=academician_station&parkId=${w.parkA.id}&expertId=${w.expertA.id}`, {
        headers: w.keys.staffB.headers,
      })
      const byField = await readJson(field, 'listWorkstations')
      expect(byField.total).toBeGreaterThanOrEqual(2)
      expect(byField.items.every((s: { fields: string[]; parkId: string }) => s.fields.includes('碳纤维') && s.parkId === w.parkA.id)).toBe(true)
    })

    it('walks every page with a cursor, newest first, with the total on each page', async () => {
      const seen: string[] = []
      let cursor: string | null = null
      let pages = 0
      do {
        const page: any = await list(`limit=3${cursor ? `&cursor=${cursor}` : ''}`, w.keys.staffB)
        expect(page.total).toBe(8)
        expect(page.items.length).toBeLessThanOrEqual(3)
        seen.push(...ids(page))
        cursor = page.nextCursor
        pages++
      } while (cursor)
      expect(pages).toBe(3)
      expect(seen).toEqual(newestFirst(made))
    })

    it('rejects bad filters naming the query field', async () => {
      for (const [query, path] of [
        ['kind=lab', 'query.kind'],
        ['parkId=abc', 'query.parkId'],
        ['expertId=abc', 'query.expertId'],
        ['cursor=garbage', 'query.cursor'],
        ['limit=101', 'query.limit'],
      ]) {
        const res = await t.app.request(`/v1/workstations?${query}`, { headers: w.keys.admin.headers })
        expect(res.status).toBe(400)
        expect((await readProblem(res)).errors!.map((e: { path: string }) => e.path)).toContain(path)
      }
    })
  })
})
