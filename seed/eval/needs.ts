import { readFileSync } from 'node:fs'
import { fileURLToPath } from 'node:url'
import { z } from 'zod'
import { type NeedKind, needKinds } from '../demo-vocabulary.js'

/**
 * The labelled evaluation set of `npm run bench:quality`: enterprise needs written by hand (not by
 * the demo generator) with the demo experts, societies and workstations judged relevant to each.
 * How they were written and judged: seed/eval/README.md. Grades: `right` = 2 (the right
 * candidate), `partial` = 1 (partially relevant); every candidate not listed is 0.
 *
 * Needs are worded as an enterprise would state the problem (symptoms, plant, product), not in the
 * expert's discipline terms, so that a need and its right experts share few words.
 *
 * The needs themselves are data: `needs.jsonl` next to this file, one need per line in the order
 * the bench reads them. This module reads it once, synchronously, and checks every line.
 */

export interface JudgedIds {
  right: string[]
  partial: string[]
}

export interface EvalNeed {
  /** Fixed; the bench inserts the need under this id. */
  id: string
  /** The demo enterprise that posts it (its own experts are not judged: conflict of interest). */
  enterpriseId: string
  industryCode: string
  kind: NeedKind
  title: string
  background?: string
  problem: string
  goals: string
  keywords: string[]
  /**
   * The judging brief: the research direction (a demo topic's field) that answers the need, the
   * profile terms that mark its right experts within that field (none: all of them), and
   * neighbouring directions whose experts are partially relevant.
   */
  judging: { field: string; focus: string[]; related: Array<{ field: string; focus: string[] }> }
  judged: { expert: JudgedIds; society: JudgedIds; workstation: JudgedIds }
}

const uuid = z.string().regex(/^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/, 'a lower-case UUID')
const text = z.string().min(1)
const judgedIds = z.strictObject({ right: z.array(uuid), partial: z.array(uuid) })

/** One line of needs.jsonl. Strict: an unknown or misspelt field is an error, not ignored. */
const evalNeedLine = z.strictObject({
  id: uuid,
  enterpriseId: uuid,
  industryCode: text,
  kind: z.enum(needKinds),
  title: text,
  background: text.optional(),
  problem: text,
  goals: text,
  keywords: z.array(text),
  judging: z.strictObject({
    field: text,
    focus: z.array(text),
    related: z.array(z.strictObject({ field: text, focus: z.array(text) })),
  }),
  judged: z.strictObject({ expert: judgedIds, society: judgedIds, workstation: judgedIds }),
}) satisfies z.ZodType<EvalNeed>

/** Reads a JSON Lines file of needs; a line that is not JSON or not a need throws with its line number. */
export function readEvalNeeds(file: string): EvalNeed[] {
  const needs: EvalNeed[] = []
  readFileSync(file, 'utf8')
    .split('\n')
    .forEach((line, index) => {
      if (line.trim() === '') return
      const where = `${file}:${index + 1}`
      let value: unknown
      try {
        value = JSON.parse(line)
      } catch (error) {
        throw new Error(`${where}: not JSON: ${(error as Error).message}`)
      }
      const parsed = evalNeedLine.safeParse(value)
      if (!parsed.success) throw new Error(`${where}: not an evaluation need:\n${z.prettifyError(parsed.error)}`)
      needs.push(parsed.data)
    })
  return needs
}

export const evalNeeds: EvalNeed[] = readEvalNeeds(fileURLToPath(new URL('./needs.jsonl', import.meta.url)))
