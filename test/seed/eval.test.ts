import { describe, expect, it } from 'vitest'
import { generateDemoData } from '../../seed/demo-data.js'
import * as vocabulary from '../../seed/demo-vocabulary.js'
import { type EvalNeed, evalNeeds } from '../../seed/eval/needs.js'
import { normalise, words } from '../../src/modules/matching/text-analysis.js'

/** The labelled evaluation set of `npm run bench:quality` (seed/eval/README.md). */

const data = generateDemoData()
const experts = new Map(data.experts.map((row) => [row.id, row]))
const enterprises = new Map(data.enterprises.map((row) => [row.id, row]))
const societies = new Map(data.societies.map((row) => [row.id, row]))
const workstations = new Map(data.workstations.map((row) => [row.id, row]))
const achievementTitles = new Map<string, string[]>()
for (const row of data.achievements) achievementTitles.set(row.expertId, [...(achievementTitles.get(row.expertId) ?? []), row.title])

const idPattern = /^e7a1e000-0000-4000-8000-\d{12}$/
const needText = (need: EvalNeed) => normalise([need.title, need.background ?? '', need.problem, need.goals, need.keywords.join(' ')].join('\n'))

/**
 * The share of an expert's own research terms (words of their fields and keywords) found in the
 * need's text. Single characters (与, 基, 及) are left out: they say nothing about a subject.
 */
function sharedTermShare(need: EvalNeed, expertId: string): number {
  const expert = experts.get(expertId)!
  const terms = [...new Set(words([...expert.fields, ...expert.keywords].join(' ')))].filter((term) => [...term].length > 1)
  const text = needText(need)
  return terms.filter((term) => text.includes(term)).length / terms.length
}

/** The judging rule of seed/eval/README.md, applied to the demo data as it is now. */
function judge(need: EvalNeed) {
  const topic = vocabulary.industries.flatMap((industry) => industry.topics).find((row) => row.field === need.judging.field)!
  const mentions = (expertId: string, focus: string[]) =>
    focus.length === 0 ||
    focus.some((term) => experts.get(expertId)!.keywords.includes(term) || (achievementTitles.get(expertId) ?? []).some((title) => title.includes(term)))
  const expert = { right: [] as string[], partial: [] as string[] }
  for (const row of data.experts) {
    if (row.enterpriseId === need.enterpriseId) continue
    if (row.fields.includes(need.judging.field)) (mentions(row.id, need.judging.focus) ? expert.right : expert.partial).push(row.id)
    else if (need.judging.related.some((related) => row.fields.includes(related.field) && mentions(row.id, related.focus))) expert.partial.push(row.id)
  }
  const society = data.societies
    .filter((row) => {
      const spec = vocabulary.societies.find((candidate) => candidate.name === row.name)!
      return spec.industries.includes(need.industryCode) && spec.disciplines.includes(topic.discipline)
    })
    .map((row) => row.id)
  const workstation = {
    right: data.workstations.filter((row) => row.fields.includes(need.judging.field)).map((row) => row.id),
    partial: data.workstations
      .filter((row) => !row.fields.includes(need.judging.field) && need.judging.related.some((related) => row.fields.includes(related.field)))
      .map((row) => row.id),
  }
  return { expert, society: { right: [], partial: society }, workstation }
}

describe('the evaluation set', () => {
  it('has at least 80 needs with unique fixed ids, none shared with the demo data', () => {
    expect(evalNeeds.length).toBeGreaterThanOrEqual(80)
    const ids = evalNeeds.map((need) => need.id)
    for (const id of ids) expect(id).toMatch(idPattern)
    expect(new Set(ids).size).toBe(ids.length)
    const demoIds = new Set([data.needs, data.experts, data.enterprises, data.societies, data.workstations].flatMap((rows) => rows.map((row) => row.id)))
    expect(ids.filter((id) => demoIds.has(id))).toEqual([])
    // Fixed in the file, not generated: the first and last stay where they are.
    expect(evalNeeds[0]!.id).toBe('e7a1e000-0000-4000-8000-000000000001')
    expect(evalNeeds[0]!.title).toBe('纯电动物流车电池包上盖以塑代钢减重')
  })

  it('covers at least 8 industries and several kinds of need, each posted by an enterprise of its industry', () => {
    const codes = new Set(data.industries.map((row) => row.code))
    const industries = new Set(evalNeeds.map((need) => need.industryCode))
    expect(industries.size).toBeGreaterThanOrEqual(8)
    for (const code of industries) expect(codes).toContain(code)
    expect(new Set(evalNeeds.map((need) => need.kind)).size).toBeGreaterThanOrEqual(5)
    for (const need of evalNeeds) {
      expect(vocabulary.needKinds).toContain(need.kind)
      expect(enterprises.get(need.enterpriseId)?.industries[0], need.title).toBe(need.industryCode)
    }
  })

  it('has text the needs API would accept', () => {
    expect(new Set(evalNeeds.map((need) => need.title)).size).toBe(evalNeeds.length)
    const demoTitles = new Set(data.needs.map((need) => need.title))
    for (const need of evalNeeds) {
      expect(demoTitles.has(need.title)).toBe(false)
      expect(need.title.length).toBeGreaterThan(0)
      expect(need.title.length).toBeLessThanOrEqual(200)
      for (const text of [need.problem, need.goals]) expect(text.length).toBeGreaterThanOrEqual(10)
      for (const text of [need.background ?? '', need.problem, need.goals]) expect(text.length).toBeLessThanOrEqual(4000)
      expect(need.keywords.length).toBeGreaterThanOrEqual(2)
      expect(need.keywords.length).toBeLessThanOrEqual(30)
      for (const keyword of need.keywords) expect(keyword.trim()).toBe(keyword)
    }
  })

  it('judges only candidates that exist in the demo data, each once per need', () => {
    const known = { expert: experts, society: societies, workstation: workstations }
    for (const need of evalNeeds) {
      for (const kind of ['expert', 'society', 'workstation'] as const) {
        const { right, partial } = need.judged[kind]
        for (const id of [...right, ...partial]) expect(known[kind].has(id), `${need.title}: ${kind} ${id}`).toBe(true)
        expect(new Set([...right, ...partial]).size).toBe(right.length + partial.length)
      }
      // The posting enterprise's own experts are a conflict of interest, never a candidate.
      for (const id of [...need.judged.expert.right, ...need.judged.expert.partial]) expect(experts.get(id)!.enterpriseId).not.toBe(need.enterpriseId)
    }
  })

  it('gives every need at least one right expert who is available', () => {
    for (const need of evalNeeds) {
      expect(need.judged.expert.right.length, need.title).toBeGreaterThanOrEqual(1)
      const available = need.judged.expert.right.filter((id) => experts.get(id)!.availability !== 'unavailable')
      expect(available.length, need.title).toBeGreaterThanOrEqual(1)
    }
  })

  it('holds the judgements the recorded rule gives on the demo data', () => {
    for (const need of evalNeeds) {
      expect(vocabulary.industries.flatMap((industry) => industry.topics).some((topic) => topic.field === need.judging.field)).toBe(true)
      const expected = judge(need)
      for (const kind of ['expert', 'society', 'workstation'] as const) {
        expect([...need.judged[kind].right].sort(), `${need.title}: right ${kind}`).toEqual([...expected[kind].right].sort())
        expect([...need.judged[kind].partial].sort(), `${need.title}: partial ${kind}`).toEqual([...expected[kind].partial].sort())
      }
    }
  })

  it('words most needs so that they share under half of their right experts’ terms', () => {
    const shares = evalNeeds.map((need) => {
      const perExpert = need.judged.expert.right.map((id) => sharedTermShare(need, id))
      return perExpert.reduce((sum, share) => sum + share, 0) / perExpert.length
    })
    const paraphrased = shares.filter((share) => share < 0.5).length / shares.length
    expect(paraphrased).toBeGreaterThanOrEqual(0.7)
    // And the need's own keywords are not the experts' keywords.
    const expertKeywords = new Set(data.experts.flatMap((row) => row.keywords))
    const keywords = evalNeeds.flatMap((need) => need.keywords)
    expect(keywords.filter((keyword) => expertKeywords.has(keyword)).length / keywords.length).toBeLessThan(0.05)
  })
})
