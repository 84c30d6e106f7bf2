/** Messages between scripts/load.ts (or faults.ts) and its load-generating worker process. */

export type OperationName = 'listNeeds' | 'listExperts' | 'getNeed' | 'candidates' | 'createNeed' | 'invite' | 'accept'

/** What the worker needs to know of the prepared world: keys and ids. */
export interface LoadWorld {
  adminKey: string
  enterpriseKey: string
  /** Its SHA-256, to find its idempotency records afterwards. */
  enterpriseKeyHash: string
  industryCode: string
  /** Experts created for the run, with their keys: invited and accepting. */
  experts: { id: string; key: string }[]
  expertCapacity: number
  /** Open needs of the key's enterprise with a free partner slot, for invitations. */
  openNeedIds: string[]
  /** Needs to read one by one. */
  readNeedIds: string[]
  /** Needs to rank candidates for. */
  candidateNeedIds: string[]
}

export interface LoadJob {
  step: number
  baseUrl: string
  concurrency: number
  durationMs: number
  /** Client-side give-up per request; the service is expected to answer long before. */
  timeoutMs: number
  /** Relative weights; `accept` is an invitation followed by the expert's accept (two requests). */
  mix: { listNeeds: number; listExperts: number; getNeed: number; candidates: number; createNeed: number; accept: number }
  /** Titles and idempotency keys of created needs start with it, so the run's writes can be found. */
  titlePrefix: string
  /** Idempotency-Keys start with it (header values are ASCII). */
  keyPrefix: string
  world: LoadWorld
  /** Record every request's time and status (fault runs). */
  timeline?: boolean
}

export interface OperationSamples {
  latencies: number[]
  /** Count per HTTP status; `network` for a connection error or client timeout. */
  statuses: Record<string, number>
  /** Answers other than the operation's success status. */
  errors: number
  errorExamples: string[]
}

export interface LoadResult {
  step: number
  concurrency: number
  elapsedMs: number
  samples: Record<OperationName, OperationSamples>
  /** Every need the service acknowledged with 201. */
  createdNeeds: { id: string; title: string; idempotencyKey: string }[]
  /** Every invitation the service acknowledged as accepted (200). */
  acceptedMatches: { id: string; needId: string; expertId: string }[]
  timeline: { at: number; op: OperationName; status: number; ms: number; code?: string }[]
}
