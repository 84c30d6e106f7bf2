import { hanBigrams, words } from '../text-analysis.js'

/*
 * A need's aspects: the separate difficulties its own text states. The problem is cut at sentence
 * ends (。！？), semicolons (；;), line breaks and item numbers (1) 2) ①② （1）一、); when that
 * leaves a single clause, at commas too, as 萃取塔乳化严重，总酚回收率不足85%，氨回收塔结垢周期短
 * lists three difficulties. Clauses that talk about the same thing (their terms overlap) are one
 * aspect; past four, the closest pair merges until four remain, as a team has at most four
 * members. Each goal clause and keyword then joins the aspect it shares most terms with, so it
 * sharpens that aspect's query without adding one of its own (a goal states a target, not a
 * difficulty). Pure: the service runs the retrievers on each aspect's text.
 */

export interface Aspect {
  /** 1-based, in the order the need states them. */
  index: number
  /** The clauses of the problem it stands for, as written. */
  statement: string
  /** What the retrievers are asked: the statement, its goal clauses and keywords. */
  query: string
  /** The aspect's own words (two characters or more), for people. */
  terms: string[]
}

/** At most this many aspects: a team has at most four members. */
export const maxAspects = 4
/** Two clauses sharing this share of their character pairs (Jaccard) are one aspect. */
const sameAspectOverlap = 0.3
/** A clause with fewer content characters than this says no difficulty of its own (一是、其次). */
const minClauseLength = 4

const itemNumber = /(?<![\d.A-Za-z])(?:\d{1,2}[)）、]|\d{1,2}\.(?!\d)|[（(]\d{1,2}[)）]|[（(][一二三四五六七八九十][)）]|[一二三四五六七八九十][、]|[\u2460-\u2473\u2776-\u277f])/gu
const majorBreaks = /[。！？!?；;\n\r]+/u
const commas = /[，,]+/u

/** A text's clauses: cut at major breaks and item numbers; at commas too when that leaves one. */
export function clausesOf(text: string): string[] {
  const major = text.replace(itemNumber, '\n').split(majorBreaks).map(tidy).filter(isClause)
  if (major.length !== 1) return major
  const minor = major[0]!.split(commas).map(tidy).filter(isClause)
  return minor.length > 1 ? minor : major
}

const tidy = (clause: string) => clause.replace(/^[\s，,、：:]+|[\s，,、：:]+$/gu, '')
const isClause = (clause: string) => clause.replace(/[\s\p{P}\p{S}\d]/gu, '').length >= minClauseLength

/** Overlap of two texts' character pairs and words (Jaccard). */
export function overlap(a: string, b: string): number {
  const termsOf = (text: string) => new Set([...hanBigrams(text), ...words(text).filter((word) => word.length >= 2)])
  const x = termsOf(a)
  const y = termsOf(b)
  if (x.size === 0 || y.size === 0) return 0
  let shared = 0
  for (const term of x) if (y.has(term)) shared++
  return shared / (x.size + y.size - shared)
}

/** The need's aspects from its problem (the difficulties), sharpened by its goals and keywords. */
export function aspectsOf(need: { problem: string; goals?: string | null; keywords?: readonly string[] | null }): Aspect[] {
  const groups: string[][] = []
  for (const clause of clausesOf(need.problem)) {
    const same = groups.find((group) => group.some((member) => overlap(member, clause) >= sameAspectOverlap))
    if (same) same.push(clause)
    else groups.push([clause])
  }
  while (groups.length > maxAspects) mergeClosest(groups)
  const extras: string[][] = groups.map(() => [])
  const attach = (text: string) => {
    let best = -1
    let bestOverlap = 0
    groups.forEach((group, index) => {
      const value = overlap(group.join('，'), text)
      if (value > bestOverlap) [best, bestOverlap] = [index, value]
    })
    if (best >= 0) extras[best]!.push(text)
  }
  for (const clause of clausesOf(need.goals ?? '')) attach(clause)
  for (const keyword of need.keywords ?? []) attach(keyword)
  return groups.map((group, index) => {
    const statement = group.join('；')
    return {
      index: index + 1,
      statement,
      query: [statement, ...extras[index]!].join('；'),
      terms: [...new Set(words(statement).filter((word) => word.length >= 2))].slice(0, 12),
    }
  })
}

function mergeClosest(groups: string[][]): void {
  let pair: [number, number] = [groups.length - 2, groups.length - 1]
  let closest = -1
  for (let i = 0; i < groups.length; i++) {
    for (let j = i + 1; j < groups.length; j++) {
      const value = overlap(groups[i]!.join('，'), groups[j]!.join('，'))
      if (value > closest) [pair, closest] = [[i, j], value]
    }
  }
  groups[pair[0]]!.push(...groups[pair[1]]!)
  groups.splice(pair[1], 1)
}
