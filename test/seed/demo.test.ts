import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type DemoData, demoClock, demoNow, demoSeed, generateDemoData } from '../../seed/demo-data.js'
import * as vocabulary from '../../seed/demo-vocabulary.js'
import {
  DEMO_ADMIN_KEY,
  DEMO_ENTERPRISE_KEY,
  DEMO_EXPERT_KEY,
  DEMO_PARK_STAFF_KEY,
  demoData,
  demoKeys,
  seedDemoIfEmpty,
} from '../../seed/demo.js'
import { demoAuditTrail } from '../../seed/demo-audit.js'
import { demoKeyIds } from '../../seed/demo-history.js'
import { consultationColumns } from '../../src/modules/engagements/consultations/queries.js'
import { contractColumns } from '../../src/modules/engagements/contracts/queries.js'
import { matchColumns } from '../../src/modules/engagements/matches/queries.js'
import { findNeed } from '../../src/modules/needs/queries.js'
import { sameOrganisation } from '../../src/core/organisations.js'
import { usccProblem } from '../../src/core/uscc.js'
import { type TestApp, createTestApp } from '../helpers/app.js'
import { type Schema, readJson } from '../helpers/http.js'

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/

describe('the demo data generator', () => {
  const data: DemoData = generateDemoData()

  it('gives the same data on every run', () => {
    expect(generateDemoData()).toEqual(data)
    expect(demoData(new Date(`${demoNow}T15:00:00Z`))).toEqual(data)
  })

  it('moves only the dates, by whole days, with the day it is generated for', () => {
    const later = generateDemoData(demoSeed, '2027-03-10')
    const shift = Date.parse('2027-03-10') - Date.parse(demoNow)
    const isoTime = /^\d{4}-\d\d-\d\dT\d\d:\d\d:\d\d\.\d{3}Z$/
    const isoDate = /^\d{4}-\d\d-\d\d$/
    const walk = (value: unknown, change: (text: string) => string): unknown => {
      if (typeof value === 'string') return change(value)
      if (Array.isArray(value)) return value.map((item) => walk(item, change))
      if (value && typeof value === 'object') return Object.fromEntries(Object.entries(value).map(([k, v]) => [k, walk(v, change)]))
      return value
    }
    const moved = (text: string) =>
      isoTime.test(text) ? new Date(Date.parse(text) + shift).toISOString()
        : isoDate.test(text) ? new Date(Date.parse(text) + shift).toISOString().slice(0, 10)
          : text
    // Registration numbers (year + serial within the year) and document numbers carry the year of
    // signing or completion, which the shift may change.
    const yearless = (text: string) => text.replace(/^\d{4}140400\d{6}$/, '登记号').replace(/^(CN|YSBG-)20\d\d/, '$1')
    expect(walk(later, yearless)).toEqual(walk(walk(data, moved), yearless))
  })

  it('has the promised sizes', () => {
    expect(data.industries).toHaveLength(10)
    expect(data.parks.length).toBeGreaterThanOrEqual(3)
    expect(data.parks.length).toBeLessThanOrEqual(4)
    expect(data.enterprises.length).toBeGreaterThanOrEqual(80)
    expect(data.experts.length).toBeGreaterThanOrEqual(300)
    expect(data.societies.length).toBeGreaterThanOrEqual(15)
    expect(data.workstations.length).toBeGreaterThanOrEqual(10)
    expect(data.needs.length).toBeGreaterThanOrEqual(150)
    expect(new Set(data.societies.map((row) => row.level))).toEqual(new Set(['national', 'provincial', 'municipal']))
    expect(new Set(data.workstations.map((row) => row.kind))).toEqual(
      new Set(['society_station', 'expert_station', 'academician_station', 'academician_center']),
    )
    expect(new Set(data.needs.map((row) => row.kind))).toEqual(new Set(vocabulary.needKinds))
    expect(new Set(data.needs.map((row) => row.status))).toEqual(new Set(['draft', 'open', 'in_progress', 'resolved', 'closed']))
    expect(new Set(data.needs.map((row) => row.visibility))).toEqual(new Set(['public', 'park', 'private']))
    expect(new Set(data.needs.map((row) => row.industryCode))).toEqual(new Set(data.industries.map((row) => row.code)))
    const academicians = data.experts.filter((row) => row.isAcademician).length
    expect(academicians).toBeGreaterThanOrEqual(3)
    expect(academicians).toBeLessThanOrEqual(10)
    expect(data.experts.filter((row) => row.enterpriseId).length).toBeGreaterThanOrEqual(10)
    expect(data.enterprises.filter((row) => row.isKey).length).toBeGreaterThanOrEqual(10)
  })

  it('gives every enterprise a valid USCC registered in a 1404xx division', () => {
    for (const enterprise of data.enterprises) {
      expect(usccProblem(enterprise.uscc), enterprise.uscc).toBeNull()
      expect(enterprise.uscc.slice(2, 8)).toMatch(/^1404\d\d$/)
    }
    expect(new Set(data.enterprises.map((row) => row.uscc)).size).toBe(data.enterprises.length)
  })

  it('keeps ids, names and references consistent with the schema', () => {
    const ids = [data.parks, data.enterprises, data.experts, data.achievements, data.societies, data.workstations, data.needs].flatMap(
      (rows) => rows.map((row) => row.id),
    )
    for (const id of ids) expect(id).toMatch(uuidPattern)
    expect(new Set(ids).size).toBe(ids.length)

    const codes = new Set(data.industries.map((row) => row.code))
    const parks = new Map(data.parks.map((row) => [row.id, row]))
    const enterprises = new Map(data.enterprises.map((row) => [row.id, row]))
    const experts = new Map(data.experts.map((row) => [row.id, row]))
    const societies = new Map(data.societies.map((row) => [row.id, row]))
    for (const park of data.parks) for (const code of park.keyIndustries) expect(codes).toContain(code)
    for (const enterprise of data.enterprises) {
      expect(parks.has(enterprise.parkId)).toBe(true)
      for (const code of enterprise.industries) expect(codes).toContain(code)
    }
    expect(new Set(data.enterprises.map((row) => row.name)).size).toBe(data.enterprises.length)
    expect(new Set(data.experts.map((row) => `${row.name}|${row.organisation}`)).size).toBe(data.experts.length)
    for (const expert of data.experts) {
      if (expert.enterpriseId) expect(enterprises.get(expert.enterpriseId)?.name).toBe(expert.organisation)
      for (const code of expert.industries) expect(codes).toContain(code)
      expect(expert.capacity).toBeGreaterThanOrEqual(0)
      expect(expert.capacity).toBeLessThanOrEqual(100)
    }
    const achievementCounts = data.experts.map((expert) => data.achievements.filter((row) => row.expertId === expert.id).length)
    expect(Math.max(...achievementCounts)).toBe(5)
    expect(achievementCounts.filter((count) => count === 0).length).toBeGreaterThan(0)
    for (const society of data.societies) {
      expect(society.contactExpertId && experts.has(society.contactExpertId)).toBe(true)
      expect(data.societyMemberships.some((row) => row.societyId === society.id && row.expertId === society.contactExpertId)).toBe(true)
    }
    expect(new Set(data.workstations.map((row) => row.name)).size).toBe(data.workstations.length)
    for (const station of data.workstations) {
      expect([station.hostEnterpriseId, station.hostParkId].filter(Boolean)).toHaveLength(1)
      const hostPark = station.hostParkId ?? enterprises.get(station.hostEnterpriseId!)!.parkId
      expect(station.parkId).toBe(hostPark)
      expect(station.kind === 'society_station').toBe(station.societyId !== null && societies.has(station.societyId))
      const members = data.workstationMembers.filter((row) => row.workstationId === station.id).map((row) => row.expertId)
      expect(members).toContain(station.leadExpertId)
      expect(members.length).toBeGreaterThanOrEqual(3)
      expect(station.fields.length).toBeGreaterThan(0)
      if (station.kind.startsWith('academician')) expect(experts.get(station.leadExpertId)!.isAcademician).toBe(true)
    }
    for (const need of data.needs) {
      expect(enterprises.get(need.enterpriseId)!.parkId).toBe(need.parkId)
      expect(codes).toContain(need.industryCode)
      if (need.budgetMinFen !== null && need.budgetMaxFen !== null) expect(need.budgetMinFen).toBeLessThanOrEqual(need.budgetMaxFen)
      if (need.budgetMaxFen !== null) expect(need.budgetMaxFen % 1_000_000).toBe(0)
      if (need.trlWanted !== null) expect(need.trlWanted).toBeGreaterThanOrEqual(1)
      if (need.deadline) expect(need.deadline > need.createdAt.slice(0, 10)).toBe(true)
      expect(Date.parse(need.updatedAt)).toBeGreaterThanOrEqual(Date.parse(need.createdAt))
    }
  })

  it('writes text the API would accept back', () => {
    for (const need of data.needs) {
      expect(need.title.length).toBeLessThanOrEqual(200)
      expect(need.problem.length).toBeGreaterThan(0)
      for (const text of [need.background, need.problem, need.goals]) {
        expect(text.length).toBeLessThanOrEqual(4000)
        expect(text).not.toMatch(/\{\w+\}/)
      }
      expect(need.keywords.length).toBeGreaterThan(0)
      expect(need.keywords.length).toBeLessThanOrEqual(30)
    }
    for (const expert of data.experts) {
      expect(expert.name.length).toBeLessThanOrEqual(50)
      for (const term of [...expert.keywords, ...expert.fields, ...expert.disciplines]) expect(term.length).toBeLessThanOrEqual(50)
    }
    for (const row of data.achievements) expect(row.title).not.toMatch(/\{\w+\}/)
    for (const row of data.workstations) expect(row.name.length).toBeLessThanOrEqual(100)
  })

  it('words needs differently from the experts who fit them', () => {
    const expertTerms = new Set(data.experts.flatMap((row) => row.keywords))
    const needTerms = data.needs.flatMap((row) => row.keywords)
    const shared = needTerms.filter((term) => expertTerms.has(term)).length
    expect(shared / needTerms.length).toBeLessThan(0.2)
    expect(new Set(data.needs.map((row) => row.title)).size).toBe(data.needs.length)
  })

  it('names one known key per role, in the API key format', () => {
    expect(demoKeys.map((row) => row.role)).toEqual(['admin', 'park_staff', 'enterprise', 'expert'])
    expect(demoKeys.map((row) => row.key)).toEqual([DEMO_ADMIN_KEY, DEMO_PARK_STAFF_KEY, DEMO_ENTERPRISE_KEY, DEMO_EXPERT_KEY])
    for (const row of demoKeys) expect(row.key).toMatch(/^kcm_[A-Za-z0-9]{32}$/)
    const enterprise = data.enterprises.find((row) => row.id === data.keyHolders.enterpriseId)!
    expect(enterprise.parkId).toBe(data.keyHolders.parkId)
    expect(enterprise.isKey).toBe(true)
    expect(demoKeys[2]!.scope).toBe(enterprise.name)
  })
})

describe('the demo history', () => {
  const data: DemoData = generateDemoData()
  const { matches, consultations, contracts, contractRevisions, contractReviews, availabilityChanges } = data.history
  const nowMs = demoClock().nowMs
  const t = (iso: string | null) => Date.parse(iso!)
  const needs = new Map(data.needs.map((row) => [row.id, row]))
  const experts = new Map(data.experts.map((row) => [row.id, row]))
  const enterprises = new Map(data.enterprises.map((row) => [row.id, row]))
  const societies = new Map(data.societies.map((row) => [row.id, row]))
  const workstations = new Map(data.workstations.map((row) => [row.id, row]))
  const matchById = new Map(matches.map((row) => [row.id, row]))
  const societyIndustries = new Map(vocabulary.societies.map((spec) => [spec.name, spec.industries]))
  const accepted = matches.filter((row) => row.status === 'accepted')
  const han = /[\u4e00-\u9fff]/
  const tally = <T>(rows: readonly T[], key: (row: T) => string) => rows.reduce<Record<string, number>>((acc, row) => ({ ...acc, [key(row)]: (acc[key(row)] ?? 0) + 1 }), {})

  it('has invitations in every status, with the expert who answers for the candidate', () => {
    expect(Object.keys(tally(matches, (row) => row.status)).sort()).toEqual(['accepted', 'declined', 'expired', 'proposed', 'withdrawn'])
    expect(new Set(matches.map((row) => row.candidateKind))).toEqual(new Set(['expert', 'society', 'workstation']))
    for (const match of matches) {
      const need = needs.get(match.needId)!
      expect(match.parkId).toBe(need.parkId)
      const responder =
        match.candidateKind === 'expert' ? experts.get(match.candidateId)?.id
          : match.candidateKind === 'society' ? societies.get(match.candidateId)?.contactExpertId
            : workstations.get(match.candidateId)?.leadExpertId
      expect(match.responderExpertId).toBe(responder)
      expect(match.message).toMatch(han)
      if (match.status === 'declined') expect(match.declineReason).toMatch(han)
      else expect(match.declineReason).toBeNull()
      expect(match.respondedAt !== null).toBe(match.status === 'accepted' || match.status === 'declined')
    }
    const live = matches.filter((row) => row.status === 'proposed' || row.status === 'accepted').map((row) => `${row.needId}:${row.candidateKind}:${row.candidateId}`)
    expect(new Set(live).size).toBe(live.length)
  })

  it('invites only candidates of the need\'s industry that the rules let through', () => {
    for (const match of matches) {
      const need = needs.get(match.needId)!
      const enterprise = enterprises.get(need.enterpriseId)!
      const responder = experts.get(match.responderExpertId)!
      expect(responder.availability).not.toBe('unavailable')
      if (match.candidateKind === 'expert') {
        expect(responder.industries).toContain(need.industryCode)
        expect(responder.enterpriseId).not.toBe(enterprise.id)
        expect(sameOrganisation(responder.organisation, enterprise.name), `${responder.organisation} / ${enterprise.name}`).toBe(false)
      } else if (match.candidateKind === 'society') {
        expect(societyIndustries.get(societies.get(match.candidateId)!.name)).toContain(need.industryCode)
      } else {
        const station = workstations.get(match.candidateId)!
        expect(station.hostEnterpriseId).not.toBe(enterprise.id)
        const team = data.workstationMembers.filter((row) => row.workstationId === station.id).map((row) => experts.get(row.expertId)!)
        expect(team.some((member) => member.industries.includes(need.industryCode))).toBe(true)
      }
    }
  })

  it('keeps every expert within capacity when it is invited and when it accepts', () => {
    /** Accepted invitations the expert answered before `at` whose need was still live then, as the API counts them. */
    const openEngagements = (expertId: string, at: number, except: string) =>
      accepted.filter((row) => {
        if (row.id === except || row.responderExpertId !== expertId || t(row.respondedAt) >= at) return false
        const need = needs.get(row.needId)!
        return need.status === 'open' || need.status === 'in_progress' || t(need.updatedAt) > at
      }).length
    for (const match of matches.filter((row) => row.candidateKind === 'expert')) {
      const expert = experts.get(match.candidateId)!
      expect(openEngagements(expert.id, t(match.createdAt), match.id), expert.name).toBeLessThan(expert.capacity)
      if (match.status === 'accepted') expect(openEngagements(expert.id, t(match.respondedAt), match.id), expert.name).toBeLessThan(expert.capacity)
    }
  })

  it('gives needs the status their invitations and contracts imply', () => {
    const acceptedPerNeed = tally(accepted, (row) => row.needId)
    for (const count of Object.values(acceptedPerNeed)) expect(count).toBe(1)
    for (const need of data.needs) {
      const own = matches.filter((row) => row.needId === need.id)
      const hasAccepted = own.some((row) => row.status === 'accepted')
      if (need.status === 'draft') expect(own).toHaveLength(0)
      if (need.status === 'open') expect(hasAccepted).toBe(false)
      if (need.status === 'in_progress') expect(hasAccepted).toBe(true)
      if (need.status === 'resolved') {
        expect(hasAccepted).toBe(true)
        expect(consultations.some((row) => row.needId === need.id && row.status === 'completed')).toBe(true)
        expect(consultations.some((row) => row.needId === need.id && row.status === 'scheduled')).toBe(false)
      }
      for (const row of contracts.filter((contract) => contract.needId === need.id)) {
        if (['draft', 'signed', 'in_progress'].includes(row.status)) expect(need.status).toBe('in_progress')
      }
    }
    expect(new Set(data.needs.map((row) => row.status))).toEqual(new Set(['draft', 'open', 'in_progress', 'resolved', 'closed']))
    // Regional programmes aim at 80% of needs matched; the demo is somewhat behind.
    const live = data.needs.filter((row) => row.status !== 'draft')
    const share = live.filter((row) => acceptedPerNeed[row.id]).length / live.length
    expect(share).toBeGreaterThan(0.55)
    expect(share).toBeLessThan(0.75)
  })

  it('orders every timestamp and keeps all of them before the day it is generated for', () => {
    for (const match of matches) {
      const need = needs.get(match.needId)!
      expect(t(match.createdAt)).toBeGreaterThan(t(need.createdAt))
      expect(t(match.createdAt)).toBeLessThan(nowMs)
      expect(t(match.expiresAt) - t(match.createdAt)).toBe(72 * 3_600_000)
      if (match.respondedAt) {
        expect(t(match.respondedAt)).toBeGreaterThan(t(match.createdAt))
        expect(t(match.respondedAt)).toBeLessThan(t(match.expiresAt))
      }
      if (match.status === 'expired') expect(t(match.updatedAt)).toBeGreaterThanOrEqual(t(match.expiresAt))
      // Still open whenever on that day the demo is loaded.
      if (match.status === 'proposed') expect(t(match.expiresAt)).toBeGreaterThan(nowMs + 86_400_000)
      expect(t(match.updatedAt)).toBeLessThan(nowMs)
      if (match.status === 'accepted') expect(t(need.updatedAt)).toBeGreaterThanOrEqual(t(match.respondedAt))
    }
    for (const row of consultations) {
      const match = matchById.get(row.matchId)!
      expect(t(row.createdAt)).toBeGreaterThan(t(match.respondedAt))
      expect(t(row.createdAt)).toBeLessThan(nowMs)
      expect(t(row.updatedAt)).toBeLessThan(nowMs)
      if (row.status === 'scheduled') expect(t(row.scheduledAt)).toBeGreaterThan(nowMs)
      else expect(t(row.scheduledAt)).toBeGreaterThan(t(row.createdAt))
      if (row.heldAt) expect(t(row.completedAt)).toBeGreaterThan(t(row.heldAt))
      if (row.ratedAt) expect(t(row.ratedAt)).toBeGreaterThan(t(row.completedAt))
      if (row.cancelledAt) expect(t(row.cancelledAt)).toBeGreaterThan(t(row.createdAt))
    }
    for (const row of contracts) {
      const steps = [row.createdAt, row.signedAt, row.startedAt, row.completedAt, row.reviewedAt].filter(Boolean).map(t)
      expect(steps).toEqual([...steps].sort((a, b) => a - b))
      expect(new Set(steps).size).toBe(steps.length)
      if (row.terminatedAt) expect(t(row.terminatedAt)).toBeGreaterThan(Math.max(...steps))
      expect(t(row.updatedAt)).toBeLessThan(nowMs)
      expect(t(row.createdAt)).toBeGreaterThan(t(matchById.get(row.matchId!)!.respondedAt))
      for (const id of row.consultationIds) expect(t(consultations.find((c) => c.id === id)!.completedAt)).toBeLessThan(t(row.createdAt))
      if (row.signedOn) expect(row.signedOn <= new Date(t(row.signedAt) + 8 * 3_600_000).toISOString().slice(0, 10)).toBe(true)
      const need = needs.get(row.needId)!
      // A need is resolved or closed after its contract ended (the park's review may come later).
      if (need.status === 'resolved' || need.status === 'closed') expect(t(need.updatedAt)).toBeGreaterThan(t(row.completedAt ?? row.terminatedAt))
    }
    for (const row of [...contractRevisions, ...contractReviews]) expect(t(row.createdAt)).toBeLessThan(nowMs)
  })

  it('holds consultations only on accepted invitations, between its parties', () => {
    expect(Object.keys(tally(consultations, (row) => row.status)).sort()).toEqual(['cancelled', 'completed', 'scheduled'])
    for (const row of consultations) {
      const match = matchById.get(row.matchId)!
      const need = needs.get(match.needId)!
      expect(match.status).toBe('accepted')
      expect([row.needId, row.parkId, row.enterpriseId, row.expertId]).toEqual([need.id, need.parkId, need.enterpriseId, match.responderExpertId])
      expect(row.status === 'completed').toBe(row.heldAt !== null && row.hours !== null && row.completedAt !== null)
      if (row.status === 'completed') {
        expect(row.hours! % 0.25).toBe(0)
        expect(row.summary).toMatch(han)
      }
      if (row.rating !== null) {
        expect(row.status).toBe('completed')
        expect(row.ratingComment).toMatch(han)
      }
      expect(row.status === 'cancelled').toBe(row.cancelReason !== null && row.cancelledByRole !== null && row.cancelledAt !== null)
      if (row.status === 'scheduled') expect(need.status).toBe('in_progress')
    }
    const ratings = consultations.flatMap((row) => (row.rating === null ? [] : [row.rating]))
    expect(ratings.filter((rating) => rating >= 3).length / ratings.length).toBeGreaterThan(0.85)
  })

  it('records contracts of every type and status with the invitation\'s parties, values and outcomes', () => {
    expect(Object.keys(tally(contracts, (row) => row.kind)).sort()).toEqual(['assignment', 'consulting', 'development', 'licence', 'service'])
    expect(Object.keys(tally(contracts, (row) => row.status)).sort()).toEqual(['completed', 'draft', 'in_progress', 'signed', 'terminated'])
    expect(Object.keys(tally(contracts.filter((row) => row.reviewStatus), (row) => row.reviewStatus!)).sort()).toEqual(['pending', 'rejected', 'verified'])
    const registrations = contracts.flatMap((row) => (row.registrationNumber ? [row.registrationNumber] : []))
    expect(new Set(registrations).size).toBe(registrations.length)
    for (const row of contracts) {
      const match = matchById.get(row.matchId!)!
      const need = needs.get(row.needId)!
      expect(match.status).toBe('accepted')
      expect(match.needId).toBe(row.needId)
      expect([row.parkId, row.enterpriseId]).toEqual([need.parkId, need.enterpriseId])
      expect([row.counterpartKind, row.counterpartId, row.counterpartExpertId]).toEqual([match.candidateKind, match.candidateId, match.responderExpertId])
      for (const id of row.consultationIds) {
        const consultation = consultations.find((c) => c.id === id)!
        expect([consultation.matchId, consultation.status]).toEqual([match.id, 'completed'])
      }
      expect(row.valueFen).toBeGreaterThanOrEqual(5_000_000)
      expect(row.valueFen).toBeLessThanOrEqual(800_000_000)
      expect(Number.isInteger(row.valueFen)).toBe(true)
      expect(row.title.length).toBeLessThanOrEqual(200)
      expect(row.signedOn !== null).toBe(row.signedAt !== null)
      expect(row.status === 'draft').toBe(row.signedAt === null && row.terminatedAt === null)
      if (row.registrationNumber) expect(row.registrationNumber).toBe(`${row.signedOn!.slice(0, 4)}140400${row.registrationNumber.slice(10)}`)
      expect(row.status === 'completed').toBe(row.reviewStatus !== null)
      expect(row.status === 'completed').toBe(row.newProducts !== null)
      expect(row.status === 'terminated').toBe(row.terminationReason !== null)
      if (row.status === 'completed') {
        expect(row.patentsGranted!).toBeLessThanOrEqual(row.patentsFiled! + 1)
        expect(row.evidence.length).toBeGreaterThan(0)
        for (const item of row.evidence) expect(item).toMatch(/^[^\s]{1,100}$/u)
        const revisions = contractRevisions.filter((revision) => revision.contractId === row.id)
        expect(revisions.map((revision) => revision.number)).toEqual(Array.from({ length: row.revision }, (_, i) => i + 1))
        expect(t(revisions[0]!.createdAt)).toBe(t(row.completedAt))
        const reviews = contractReviews.filter((review) => review.contractId === row.id)
        if (row.reviewStatus === 'pending') expect(reviews.filter((review) => review.revision === row.revision)).toHaveLength(0)
        else expect(reviews.at(-1)).toMatchObject({ revision: row.revision, decision: row.reviewStatus, reviewerRole: 'park_staff' })
        if (row.reviewStatus === 'rejected') expect(reviews.at(-1)!.comment).toMatch(han)
      } else {
        expect(contractRevisions.some((revision) => revision.contractId === row.id)).toBe(false)
      }
    }
    const revised = contracts.filter((row) => row.revision > 1)
    expect(revised.length).toBeGreaterThanOrEqual(1)
    expect(revised.some((row) => row.reviewStatus === 'verified')).toBe(true)
  })

  it('pairs most key enterprises with a society and a workstation, not all', () => {
    const key = data.enterprises.filter((row) => row.isKey)
    const pairedWith = (kind: 'society' | 'workstation') =>
      new Set(accepted.filter((row) => row.candidateKind === kind).map((row) => needs.get(row.needId)!.enterpriseId))
    const societyPaired = pairedWith('society')
    const workstationPaired = new Set([...pairedWith('workstation'), ...data.workstations.map((row) => row.hostEnterpriseId)])
    const coverage = key.filter((row) => societyPaired.has(row.id) && workstationPaired.has(row.id)).length / key.length
    expect(coverage).toBeGreaterThan(0.5)
    expect(coverage).toBeLessThan(1)
  })

  it('keeps a history of experts becoming unavailable or busy', () => {
    expect(availabilityChanges.some((row) => row.toAvailability === 'unavailable')).toBe(true)
    for (const row of availabilityChanges) {
      const expert = experts.get(row.expertId)!
      expect(row.toAvailability).toBe(expert.availability)
      expect(row.fromAvailability).not.toBe(row.toAvailability)
      expect(t(row.changedAt)).toBeGreaterThan(t(expert.createdAt))
      expect(t(row.changedAt)).toBeLessThan(nowMs)
      expect(matches.some((match) => match.responderExpertId === row.expertId)).toBe(false)
    }
  })

  it('has an audit trail whose entries follow one another: each starts from the last one\'s object, at a later version', () => {
    const { events } = demoAuditTrail(data, demoKeyIds)
    expect(events.map((event) => event.at)).toEqual(events.map((event) => event.at).sort())
    const last = new Map<string, any>()
    for (const event of events) {
      const key = `${event.entityType}:${event.entityId}`
      const previous = last.get(key)
      const before = event.before as any
      const after = event.after as any
      if (previous === undefined) {
        expect(event.action, key).toMatch(/\.create$|\.propose$|\.schedule$/)
        expect(before).toBeNull()
      } else if (event.action === 'match.expire') {
        expect({ ...before, status: 'expired' }).toEqual(after)
      } else {
        expect(before, `${key} ${event.action}`).toEqual(previous)
      }
      if (previous !== undefined && event.action !== 'match.expire') expect(after.version).toBeGreaterThan(before.version)
      expect(after.updatedAt === event.at || event.action.endsWith('.create') || event.action === 'match.propose' || event.action === 'consultation.schedule').toBe(true)
      expect(Date.parse(event.at)).toBeLessThan(nowMs)
      last.set(key, after)
    }
    for (const row of [...data.needs, ...matches, ...consultations, ...contracts]) expect([...last.keys()].some((key) => key.endsWith(row.id))).toBe(true)
    expect(last.size).toBe(data.needs.length + matches.length + consultations.length + contracts.length)
  })

  it('gives each demo key something to see and do', () => {
    const { expertId, enterpriseId, parkId } = data.keyHolders
    const expert = experts.get(expertId)!
    const own = matches.filter((row) => row.responderExpertId === expertId)
    expect(own.map((row) => row.status).sort()).toEqual(['accepted', 'declined', 'proposed'])
    // Room for the waiting invitation and the README tour's: accepted ones are on finished needs.
    const open = own.filter((row) => row.status === 'accepted' && ['open', 'in_progress'].includes(needs.get(row.needId)!.status))
    expect(open.length + 2).toBeLessThanOrEqual(expert.capacity)
    expect(consultations.some((row) => row.expertId === expertId && row.rating !== null)).toBe(true)
    const enterpriseNeeds = data.needs.filter((row) => row.enterpriseId === enterpriseId)
    expect(new Set(enterpriseNeeds.map((row) => row.status))).toEqual(new Set(['draft', 'open', 'in_progress', 'resolved']))
    expect(consultations.some((row) => row.enterpriseId === enterpriseId && row.status === 'scheduled')).toBe(true)
    expect(contracts.some((row) => row.enterpriseId === enterpriseId && row.reviewStatus === 'verified')).toBe(true)
    expect(contracts.some((row) => row.parkId === parkId && row.reviewStatus === 'pending')).toBe(true)
  })
})

describe('loading the demo data', () => {
  let t: TestApp
  let data: DemoData
  let counts: Record<string, number> | null
  let loadMs: number
  const headers = (key: string) => ({ authorization: `Bearer ${key}` })

  /** Every need a key sees through GET /v1/needs, following the cursor. */
  async function listAllNeeds(key: string, query = ''): Promise<{ status: number; items: Schema<'Need'>[]; total: number }> {
    const items: Schema<'Need'>[] = []
    let cursor: string | null = null
    let total = 0
    do {
      const res = await t.app.request(`/v1/needs?limit=100${query}${cursor ? `&cursor=${cursor}` : ''}`, { headers: headers(key) })
      if (res.status !== 200) return { status: res.status, items, total }
      const page = await readJson(res, 'listNeeds')
      items.push(...page.items)
      total = page.total
      cursor = page.nextCursor
    } while (cursor)
    return { status: 200, items, total }
  }

  // Loaded for today, as the server does: the history ends yesterday, inside the KPIs' default year.
  const now = new Date()

  beforeAll(async () => {
    t = await createTestApp()
    data = demoData(now)
    const startedAt = performance.now()
    counts = await seedDemoIfEmpty(t.db.sql, now)
    loadMs = performance.now() - startedAt
    console.log(`demo seed loaded on ${t.db.kind} in ${Math.round(loadMs)} ms`)
  })
  afterAll(() => t.close())

  it('loads every row in a few seconds and says how many', async () => {
    expect(loadMs).toBeLessThan(5_000)
    expect(counts).toEqual({
      industries: data.industries.length,
      parks: data.parks.length,
      enterprises: data.enterprises.length,
      experts: data.experts.length,
      expertAchievements: data.achievements.length,
      societies: data.societies.length,
      societyMemberships: data.societyMemberships.length,
      workstations: data.workstations.length,
      workstationMembers: data.workstationMembers.length,
      needs: data.needs.length,
      apiKeys: 4,
      matches: data.history.matches.length,
      consultations: data.history.consultations.length,
      contracts: data.history.contracts.length,
      contractRevisions: data.history.contractRevisions.length,
      contractReviews: data.history.contractReviews.length,
      expertAvailabilityChanges: data.history.availabilityChanges.length,
      auditEvents: expect.any(Number),
    })
    const [stored] = await t.db.sql<Record<string, number>[]>`
      select (select count(*)::int from industries) as industries, (select count(*)::int from parks) as parks,
             (select count(*)::int from enterprises) as enterprises, (select count(*)::int from experts) as experts,
             (select count(*)::int from expert_achievements) as expert_achievements,
             (select count(*)::int from societies) as societies,
             (select count(*)::int from society_memberships) as society_memberships,
             (select count(*)::int from workstations) as workstations,
             (select count(*)::int from workstation_members) as workstation_members,
             (select count(*)::int from needs) as needs, (select count(*)::int from api_keys) as api_keys,
             (select count(*)::int from matches) as matches, (select count(*)::int from consultations) as consultations,
             (select count(*)::int from contracts) as contracts,
             (select count(*)::int from contract_revisions) as contract_revisions,
             (select count(*)::int from contract_reviews) as contract_reviews,
             (select count(*)::int from expert_availability_changes) as expert_availability_changes,
             (select count(*)::int from audit_events) as audit_events
    `
    expect(stored).toEqual(counts)
  })

  it('stores the generated values as they are', async () => {
    const need = data.needs[0]!
    const [row] = await t.db.sql<any[]>`
      select title, keywords, budget_max_fen, deadline::text as deadline, created_at from needs where id = ${need.id}
    `
    expect(row).toEqual({
      title: need.title,
      keywords: need.keywords,
      budgetMaxFen: need.budgetMaxFen,
      deadline: need.deadline,
      createdAt: new Date(need.createdAt),
    })
  })

  it('stores the history as generated', async () => {
    const contract = data.history.contracts.find((row) => row.revision > 1)!
    const [row] = await t.db.sql<any[]>`
      select consultation_ids, value_fen, signed_on::text as signed_on, evidence, review_status, revision, completed_at from contracts where id = ${contract.id}
    `
    expect(row).toEqual({
      consultationIds: contract.consultationIds,
      valueFen: contract.valueFen,
      signedOn: contract.signedOn,
      evidence: contract.evidence,
      reviewStatus: 'verified',
      revision: contract.revision,
      completedAt: new Date(contract.completedAt!),
    })
    const revisions = await t.db.sql<{ number: number; changes: unknown }[]>`select number, changes from contract_revisions where contract_id = ${contract.id} order by number`
    expect(revisions).toEqual(data.history.contractRevisions.filter((r) => r.contractId === contract.id).map(({ number, changes }) => ({ number, changes })))
    const consultation = data.history.consultations.find((c) => c.status === 'completed' && c.rating !== null)!
    const [stored] = await t.db.sql<any[]>`select hours::float8 as hours, rating, held_at from consultations where id = ${consultation.id}`
    expect(stored).toEqual({ hours: consultation.hours, rating: consultation.rating, heldAt: new Date(consultation.heldAt!) })
  })

  /** Every entry a key reads through GET /v1/audit-events, newest first, following the cursor. */
  async function listAllAudit(key: string): Promise<{ total: number; items: Schema<'AuditEvent'>[] }> {
    const items: Schema<'AuditEvent'>[] = []
    let cursor: string | null = null
    let total = 0
    do {
      const res = await t.app.request(`/v1/audit-events?limit=100${cursor ? `&cursor=${cursor}` : ''}`, { headers: headers(key) })
      expect(res.status).toBe(200)
      const page = await readJson(res, 'listAuditEvents')
      items.push(...page.items)
      total = page.total
      cursor = page.nextCursor
    } while (cursor)
    return { total, items }
  }

  it("gives the demo park's staff the audit trail its history would have left through the API", async () => {
    const { parkId, enterpriseId } = data.keyHolders
    const park = data.parks.find((row) => row.id === parkId)!
    const { total, items } = await listAllAudit(DEMO_PARK_STAFF_KEY)
    expect(total).toBeGreaterThan(0)
    expect(items).toHaveLength(total)
    expect(new Set(items.map((entry) => entry.parkId))).toEqual(new Set([parkId]))
    // Dated by the history, not by the loading: from the first need posted to the day before today, newest first.
    const firstMs = Math.min(...data.needs.map((need) => Date.parse(need.createdAt)))
    const times = items.map((entry) => Date.parse(entry.at))
    expect(Math.min(...times)).toBeGreaterThanOrEqual(firstMs)
    expect(Math.max(...times)).toBeLessThan(Date.parse(now.toISOString().slice(0, 10)))
    expect(times).toEqual([...times].sort((a, b) => b - a))

    // A review by the park staff key: the status it changed and the comment it gave.
    const review = items.find((entry) => ['contract.verify', 'contract.reject'].includes(entry.action) && entry.actorKeyId !== null)!
    const contract = data.history.contracts.find((row) => row.id === review.entityId)!
    const given = data.history.contractReviews.find((row) => row.contractId === contract.id && row.createdAt === review.at)!
    expect(review).toMatchObject({
      actorRole: 'park_staff', actorKeyName: `演示 demo · ${park.name}`, actorOrganisation: park.name,
      entityType: 'contract', entityName: contract.title, needTitle: data.needs.find((need) => need.id === contract.needId)!.title,
    })
    expect(review.requestId).toMatch(uuidPattern)
    const byField = Object.fromEntries(review.changes.map((change: any) => [change.field, change]))
    expect(Object.keys(byField).sort()).toEqual(['reviewComment', 'reviewStatus', 'reviewedAt'])
    expect(byField.reviewStatus).toMatchObject({ before: 'pending', after: given.decision })
    expect(byField.reviewComment).toMatchObject({ before: null, after: given.comment })
    expect(items.some((entry) => entry.action === 'contract.reject')).toBe(true)

    // An accepted invitation, answered by its expert, starting its need in the same request.
    const accept = items.find((entry) => entry.action === 'match.accept')!
    expect(accept).toMatchObject({ actorRole: 'expert', entityTypeLabel: '对接邀请', needTitle: expect.any(String) })
    expect(accept.changes).toEqual(expect.arrayContaining([{ field: 'status', before: 'proposed', after: 'accepted' }]))
    const start = items.find((entry) => entry.action === 'need.start' && entry.requestId === accept.requestId)!
    expect(start.entityId).toBe(data.history.matches.find((row) => row.id === accept.entityId)!.needId)

    // A need posted by the demo enterprise with its key, every field it set listed.
    const created = items.find((entry) => entry.action === 'need.create' && entry.actorKeyId !== null)!
    const need = data.needs.find((row) => row.id === created.entityId)!
    expect(need.enterpriseId).toBe(enterpriseId)
    expect(created).toMatchObject({ actorRole: 'enterprise', actorKeyName: expect.stringContaining('演示 demo'), entityName: need.title, needTitle: need.title })
    expect(created.changes).toEqual(expect.arrayContaining([{ field: 'title', before: null, after: need.title }]))

    // Every object of the park's history has its entries.
    const audited = new Set(items.map((entry) => `${entry.entityType}:${entry.entityId}`))
    const own = <T extends { id: string; parkId: string }>(rows: T[]) => rows.filter((row) => row.parkId === parkId).map((row) => row.id)
    for (const id of own(data.needs)) expect(audited.has(`need:${id}`), id).toBe(true)
    for (const id of own(data.history.matches)) expect(audited.has(`match:${id}`), id).toBe(true)
    for (const id of own(data.history.consultations)) expect(audited.has(`consultation:${id}`), id).toBe(true)
    for (const id of own(data.history.contracts)) expect(audited.has(`contract:${id}`), id).toBe(true)
  })

  it('ends each object\'s trail at the row as stored, in the shape the real write paths record', async () => {
    const { items, total } = await listAllAudit(DEMO_ADMIN_KEY)
    expect(total).toBe(counts!.auditEvents)
    const latest = new Map<string, any>()
    for (const entry of items) if (!latest.has(`${entry.entityType}:${entry.entityId}`)) latest.set(`${entry.entityType}:${entry.entityId}`, entry)
    const asJson = (row: unknown) => JSON.parse(JSON.stringify(row))
    const sql = t.db.sql
    const rows = {
      need: await Promise.all(data.needs.map((need) => findNeed(sql, need.id, { kind: 'all' }))),
      match: await sql`select ${matchColumns(sql)} from matches m join needs n on n.id = m.need_id`,
      consultation: await sql`select ${consultationColumns(sql)} from consultations c`,
      contract: await sql`select ${contractColumns(sql)} from contracts k`,
    }
    for (const [type, stored] of Object.entries(rows)) {
      for (const row of stored as { id: string }[]) {
        const entry = latest.get(`${type}:${row.id}`)
        expect(entry, `${type} ${row.id}`).toBeDefined()
        expect(entry.after, `${type} ${row.id} ${entry.action}`).toEqual(asJson(row))
      }
    }
    // A key acts only for its own park, enterprise or expert; other parties act by role, without a key.
    const keyRoles = new Map<string, string>(Object.entries(demoKeyIds).map(([role, id]) => [id, role]))
    for (const entry of items) {
      if (entry.actorKeyId !== null) expect(keyRoles.get(entry.actorKeyId)).toBe(entry.actorRole)
      if (entry.actorRole === null) expect(entry.action).toBe('match.expire')
    }
  })

  it('loads only once: a database with parks is left alone', async () => {
    expect(await seedDemoIfEmpty(t.db.sql)).toBeNull()
    const [row] = await t.db.sql<{ count: number }[]>`select count(*)::int as count from needs`
    expect(row!.count).toBe(data.needs.length)
  })

  it('lets every demo key in', async () => {
    for (const { key, role } of demoKeys) {
      const res = await t.app.request('/v1/needs', { headers: headers(key) })
      expect(res.status, role).toBe(200)
    }
  })

  it('shows the admin every need', async () => {
    const { items, total } = await listAllNeeds(DEMO_ADMIN_KEY)
    expect(total).toBe(data.needs.length)
    expect(new Set(items.map((need) => need.id))).toEqual(new Set(data.needs.map((need) => need.id)))
  })

  it("shows park staff all of their park's needs and no other", async () => {
    const own = data.needs.filter((need) => need.parkId === data.keyHolders.parkId)
    expect(own.length).toBeLessThan(data.needs.length)
    const { status, items, total } = await listAllNeeds(DEMO_PARK_STAFF_KEY)
    expect(status).toBe(200)
    expect(total).toBe(own.length)
    expect(items.every((need) => need.parkId === data.keyHolders.parkId)).toBe(true)
    expect(new Set(items.map((need) => need.id))).toEqual(new Set(own.map((need) => need.id)))
  })

  it('shows the enterprise its own needs, drafts and private ones too, and no one else’s private or draft needs', async () => {
    const own = data.needs.filter((need) => need.enterpriseId === data.keyHolders.enterpriseId)
    expect(own.some((need) => need.status === 'draft')).toBe(true)
    expect(own.some((need) => need.visibility === 'private')).toBe(true)
    const mine = await listAllNeeds(DEMO_ENTERPRISE_KEY, `&enterpriseId=${data.keyHolders.enterpriseId}`)
    expect(mine.status).toBe(200)
    expect(new Set(mine.items.map((need) => need.id))).toEqual(new Set(own.map((need) => need.id)))

    const all = await listAllNeeds(DEMO_ENTERPRISE_KEY)
    const others = all.items.filter((need) => need.enterpriseId !== data.keyHolders.enterpriseId)
    expect(others.length).toBeGreaterThan(0)
    for (const need of others) {
      expect(need.status).not.toBe('draft')
      expect(need.visibility === 'public' || (need.visibility === 'park' && need.parkId === data.keyHolders.parkId)).toBe(true)
    }
  })

  it('shows the expert published public needs, some of them on their own fields', async () => {
    const expert = data.experts.find((row) => row.id === data.keyHolders.expertId)!
    const { status, items } = await listAllNeeds(DEMO_EXPERT_KEY)
    expect(status).toBe(200)
    expect(items.length).toBeGreaterThan(0)
    for (const need of items) {
      expect(need.visibility).toBe('public')
      expect(need.status).not.toBe('draft')
    }
    const topicsOfExpert = vocabulary.industries.flatMap((industry) => industry.topics).filter((topic) => expert.fields.includes(topic.field))
    const fitting = items.filter((need) =>
      topicsOfExpert.some((topic) => topic.needKeywords.some((term) => need.keywords.includes(term)) || topic.aims.some((aim) => need.title.includes(aim))),
    )
    expect(fitting.length).toBeGreaterThanOrEqual(3)
  })

  /** Every figure a KPI report shows, with the path to it, for "non-zero everywhere" checks. */
  function expectFiguresEverywhere(report: any) {
    for (const stage of report.funnel) expect(stage.count, stage.stage).toBeGreaterThan(0)
    expect(report.acceptedShare).toBeGreaterThan(0)
    expect(report.medianHoursToFirstAcceptance).toBeGreaterThan(0)
    expect(report.contracts.count).toBeGreaterThan(0)
    expect(report.contracts.valueFen).toBeGreaterThan(0)
    expect(report.contracts.byKind.length).toBeGreaterThanOrEqual(3)
    for (const row of report.contracts.byKind) expect(row.count * row.valueFen, row.kind).toBeGreaterThan(0)
    expect(report.contracts.byIndustry.length).toBeGreaterThanOrEqual(3)
    for (const row of report.contracts.byIndustry) expect(row.count * row.valueFen, row.industryCode).toBeGreaterThan(0)
    for (const figure of ['contracts', 'valueFen', 'newProducts', 'addedRevenueFen', 'patentsFiled', 'patentsGranted', 'jobsCreated']) {
      expect(report.outcomes[figure], figure).toBeGreaterThan(0)
    }
    for (const kind of ['societies', 'workstations', 'experts']) {
      expect(report.topPartners[kind].length, kind).toBeGreaterThan(0)
      expect(report.topPartners[kind][0].completedConsultations, kind).toBeGreaterThan(0)
    }
    expect(report.pairing.keyEnterprises).toBeGreaterThan(0)
    expect(report.pairing.paired).toBeGreaterThan(0)
    expect(report.pairing.coverage).toBeGreaterThan(0)
    expect(report.pairing.coverage).toBeLessThanOrEqual(1)
  }

  it("shows the demo park's staff a figure in every KPI, as the generated history says", async () => {
    const { parkId } = data.keyHolders
    const res = await t.app.request(`/v1/parks/${parkId}/stats`, { headers: headers(DEMO_PARK_STAFF_KEY) })
    expect(res.status).toBe(200)
    const report = await readJson(res, 'getParkStats')
    expectFiguresEverywhere(report)
    // The same figures computed from the generated rows.
    const parkNeeds = data.needs.filter((row) => row.parkId === parkId && row.status !== 'draft')
    expect(report.funnel[0]!.count).toBe(parkNeeds.length)
    const accepted = new Set(data.history.matches.filter((row) => row.status === 'accepted').map((row) => row.needId))
    expect(report.funnel.find((row: any) => row.stage === 'accepted')!.count).toBe(parkNeeds.filter((row) => accepted.has(row.id)).length)
    const signed = data.history.contracts.filter((row) => row.parkId === parkId && row.signedAt && row.status !== 'terminated')
    expect(report.contracts.count).toBe(signed.length)
    expect(report.contracts.valueFen).toBe(signed.reduce((sum, row) => sum + row.valueFen, 0))
    const verified = data.history.contracts.filter((row) => row.parkId === parkId && row.reviewStatus === 'verified')
    expect(report.outcomes.contracts).toBe(verified.length)
    expect(report.outcomes.addedRevenueFen).toBe(verified.reduce((sum, row) => sum + row.addedRevenueFen!, 0))
    const key = data.enterprises.filter((row) => row.parkId === parkId && row.isKey)
    expect(report.pairing.keyEnterprises).toBe(key.length)
    expect(report.pairing.paired).toBeLessThan(key.length)
  })

  it('shows the admin a figure in every KPI across parks, and the experts\' flows', async () => {
    const res = await t.app.request('/v1/stats', { headers: headers(DEMO_ADMIN_KEY) })
    expect(res.status).toBe(200)
    const report = await readJson(res, 'getAssociationStats')
    expectFiguresEverywhere(report)
    expect(report.contracts.byKind.map((row: any) => row.kind).sort()).toEqual(['assignment', 'consulting', 'development', 'licence', 'service'])
    expect(report.parks).toHaveLength(data.parks.length)
    for (const park of report.parks) {
      expect(park.posted * park.accepted * park.contractCount, park.parkName).toBeGreaterThan(0)
    }
    expect(report.experts.total).toBeGreaterThan(0)
    expect(report.experts.monthly.some((row: any) => row.inflow > 0)).toBe(true)
    expect(report.experts.monthly.reduce((sum: number, row: any) => sum + row.outflow, 0)).toBe(
      new Set(data.history.availabilityChanges.filter((row) => row.toAvailability === 'unavailable').map((row) => row.expertId)).size,
    )
  })

  it('lets the demo keys act on their history through the API', async () => {
    const { expertId, parkId } = data.keyHolders
    // The demo expert's waiting invitation can be accepted (live, within capacity, by its responder).
    const waiting = data.history.matches.find((row) => row.responderExpertId === expertId && row.status === 'proposed')!
    const accept = await t.app.request(`/v1/matches/${waiting.id}/accept`, { method: 'POST', headers: headers(DEMO_EXPERT_KEY) })
    expect(accept.status, JSON.stringify(await accept.clone().json())).toBe(200)
    // The demo park's staff verify a contract pending review.
    const pending = data.history.contracts.find((row) => row.parkId === parkId && row.reviewStatus === 'pending')!
    const verify = await t.app.request(`/v1/contracts/${pending.id}/verify`, {
      method: 'POST',
      headers: { ...headers(DEMO_PARK_STAFF_KEY), 'content-type': 'application/json' },
      body: JSON.stringify({ comment: '材料齐全，予以核验。' }),
    })
    expect(verify.status, JSON.stringify(await verify.clone().json())).toBe(200)
    expect((await readJson(verify, 'verifyContract')).reviewStatus).toBe('verified')
    // The demo enterprise schedules another consultation on its accepted invitation.
    const ongoing = data.history.matches.find((row) => row.status === 'accepted' && data.needs.find((need) => need.id === row.needId)!.enterpriseId === data.keyHolders.enterpriseId && data.needs.find((need) => need.id === row.needId)!.status === 'in_progress')!
    const schedule = await t.app.request(`/v1/matches/${ongoing.id}/consultations`, {
      method: 'POST',
      headers: { ...headers(DEMO_ENTERPRISE_KEY), 'content-type': 'application/json' },
      body: JSON.stringify({ mode: 'online', scheduledAt: new Date(Date.now() + 7 * 86_400_000).toISOString() }),
    })
    expect(schedule.status, JSON.stringify(await schedule.clone().json())).toBe(201)
  })
})
