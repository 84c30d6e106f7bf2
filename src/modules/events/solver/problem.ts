/** An event's assignment as the solvers see it: indexes, not ids (solve.ts maps them). */
export interface AssignmentProblem {
  needs: readonly { party: string; min: number; max: number }[]
  experts: readonly { cap: number; slots: readonly number[] }[]
  /** Eligible pairs only; `good` when the pair's confidence is at or above the floor. */
  pairs: readonly { need: number; expert: number; score: number; good: boolean; pinned?: boolean }[]
  slotCount: number
  tableCount: number
  thirdPenalty?: number
}
