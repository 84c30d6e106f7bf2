import { type LinearModel, maximise, term } from './highs.js'

/**
 * The timetable, a second MILP after the assignment: each chosen meeting gets one of its expert's
 * slots so that no expert and no enterprise is in two places at once and no slot holds more
 * meetings than there are tables; then each meeting of a slot gets its own table. A second step,
 * not one joint model, because the joint model multiplies the assignment's variables by the slot
 * count (at 500 needs × 2,000 experts it no longer solves in seconds), while the assignment
 * already keeps the counts a timetable needs (no expert over their slots, no enterprise over the
 * event's slots, no more meetings than slots × tables). Those counts are necessary, not
 * sufficient: a meeting the timetable cannot place is returned as unplaced, never double-booked.
 */
export interface TimetableProblem {
  meetings: readonly { expert: number; party: string; slots: readonly number[]; weight: number }[]
  slotCount: number
  tableCount: number
}

export interface Timetable {
  /** Per meeting, its slot and table, or null when it could not be placed. */
  placed: ({ slot: number; table: number } | null)[]
}

export async function solveTimetable(problem: TimetableProblem): Promise<Timetable> {
  if (problem.meetings.length === 0) return { placed: [] }
  const constraints: string[] = []
  const objective: string[] = []
  const binaries: string[] = []
  const bounds: string[] = []
  const rows = new Map<string, string[]>()
  const add = (key: string, name: string) => rows.set(key, [...(rows.get(key) ?? []), name])
  problem.meetings.forEach((meeting, m) => {
    const names = meeting.slots.filter((slot) => slot < problem.slotCount).map((slot) => `z${m}_${slot}`)
    for (const slot of meeting.slots.filter((s) => s < problem.slotCount)) {
      const name = `z${m}_${slot}`
      binaries.push(name)
      bounds.push(`0 <= ${name} <= 1`)
      objective.push(term(1 + meeting.weight, name))
      add(`e${meeting.expert}_${slot}`, name)
      add(`p${meeting.party}_${slot}`, name)
      add(`s${slot}`, name)
    }
    if (names.length > 0) constraints.push(`${names.map((name) => term(1, name)).join(' ')} <= 1`)
  })
  for (const [key, names] of rows) constraints.push(`${names.map((name) => term(1, name)).join(' ')} <= ${key.startsWith('s') ? problem.tableCount : 1}`)
  const model: LinearModel = { objective, constraints, bounds, binaries }
  const result = binaries.length > 0 ? await maximise(model, { gap: 1e-6 }) : null
  const nextTable = new Map<number, number>()
  const placed = problem.meetings.map((meeting, m) => {
    const slot = meeting.slots.find((s) => (result?.Columns[`z${m}_${s}`]?.Primal ?? 0) > 0.5)
    if (slot === undefined) return null
    const table = nextTable.get(slot) ?? 0
    nextTable.set(slot, table + 1)
    return { slot, table }
  })
  return { placed }
}
