import type { Sql } from '../../platform/db/client.js'
import { recordAudit } from '../../platform/db/audit.js'
import { type AttemptOutcome, type LeasedDelivery, disableSubscription, insertOwnerNotice, leaseDeliveries, markSubscriptionHealth, recordAttempt } from './delivery-queries.js'
import { deliveryHeaders } from './signing.js'
import { type TargetPolicy, targetProblem } from './targets.js'

const hour = 3600_000
/** Retries stop, and a subscription failing all along is disabled, this long after the first attempt. */
export const retryWindowMs = 24 * hour
/** The wait after the n-th failed attempt (the last repeats), each with ±20 % jitter so receivers coming back are not hit at once. */
const backoffMs = [30_000, 120_000, 600_000, 1_800_000, hour, 2 * hour, 4 * hour, 8 * hour]

export function nextAttemptAt(at: Date, attempts: number, firstAttemptAt: Date, random = Math.random): Date | null {
  const deadline = firstAttemptAt.getTime() + retryWindowMs
  if (at.getTime() >= deadline) return null
  const wait = backoffMs[Math.min(attempts, backoffMs.length) - 1]! * (0.8 + 0.4 * random())
  return new Date(Math.min(at.getTime() + wait, deadline))
}

export interface DeliverOptions extends TargetPolicy {
  /** The scheduling clock: what is due, when to retry, how long a subscription has failed. Tests move it; signatures always carry the real time. */
  now?: Date
  batchSize?: number
  /** A receiver that has not answered by then has failed this attempt. */
  timeoutMs?: number
  signal?: AbortSignal
}

export interface DeliverResult {
  leased: number
  delivered: number
  retrying: number
  failed: number
  disabled: number
}

/** One POST, answered or not; never throws. */
async function attempt(delivery: LeasedDelivery, policy: TargetPolicy, at: Date, timeoutMs: number): Promise<AttemptOutcome> {
  const started = performance.now()
  const outcome = (statusCode: number | null, error: string | null) => ({ at, statusCode, error, durationMs: Math.round(performance.now() - started) })
  // Checked again now: the name may resolve elsewhere than when the subscription was made.
  const refused = await targetProblem(delivery.url, policy)
  if (refused) return outcome(null, refused)
  const body = JSON.stringify(delivery.payload)
  try {
    const response = await fetch(delivery.url, {
      method: 'POST',
      headers: await deliveryHeaders(delivery.secret, delivery.id, body),
      body,
      // A redirect could lead anywhere, past the check above: it counts as a failure, never followed.
      redirect: 'manual',
      signal: AbortSignal.timeout(timeoutMs),
    })
    await response.body?.cancel()
    const ok = response.status >= 200 && response.status < 300
    return outcome(response.status, ok ? null : `接收方返回 ${response.status} · the receiver answered ${response.status}`)
  } catch (error) {
    const timedOut = error instanceof DOMException && error.name === 'TimeoutError'
    return outcome(null, timedOut ? `超时（${timeoutMs / 1000} 秒）· timed out after ${timeoutMs / 1000} s` : `连接失败 · could not connect: ${String((error as Error).cause ?? error).slice(0, 300)}`)
  }
}

/** Why a failing subscription is disabled now, or null while it may keep trying. */
function disableReason(outcome: AttemptOutcome, failingSince: Date | null): string | null {
  if (outcome.statusCode === 410) return '接收方返回 410 Gone，表示不再接收 · the receiver answered 410 Gone'
  if (failingSince && outcome.at.getTime() - failingSince.getTime() >= retryWindowMs) return '连续 24 小时推送失败 · deliveries failed for 24 hours without a success'
  return null
}

/** Records one attempt's outcome in its own short transaction (after the HTTP call, never around it). */
async function settle(sql: Sql, delivery: LeasedDelivery, outcome: AttemptOutcome): Promise<keyof Omit<DeliverResult, 'leased' | 'disabled'> | 'disabled'> {
  const ok = outcome.error === null
  return sql.begin(async (tx) => {
    const next = ok ? null : nextAttemptAt(outcome.at, delivery.attempts + 1, delivery.firstAttemptAt ?? outcome.at)
    const status = ok ? 'delivered' : next ? 'pending' : 'failed'
    await recordAttempt(tx, delivery.id, outcome, { status, next })
    const failingSince = await markSubscriptionHealth(tx, delivery.subscriptionId, ok, outcome.at)
    const reason = ok ? null : disableReason(outcome, failingSince)
    if (reason) {
      const before = await disableSubscription(tx, delivery.subscriptionId, reason, outcome.at)
      if (before) {
        await recordAudit(tx, null, { action: 'webhook.disable', entityType: 'webhook', entityId: before.id, parkId: before.parkId, before: { status: 'active' }, after: { status: 'disabled', reason } })
        const data = { subscriptionId: before.id, url: before.url, reason, disabledAt: outcome.at.toISOString() }
        await insertOwnerNotice(tx, before, { type: 'webhook.disabled', timestamp: outcome.at.toISOString(), data })
        return 'disabled'
      }
    }
    return ok ? 'delivered' : status === 'failed' ? 'failed' : 'retrying'
  })
}

/**
 * Sends what is due: leases a batch (committed at once), calls each receiver outside any
 * transaction, then settles each attempt. Node runs it continuously, the Worker's cron each minute.
 */
export async function deliverWebhooks(sql: Sql, options: DeliverOptions): Promise<DeliverResult> {
  const now = options.now ?? new Date()
  const timeoutMs = options.timeoutMs ?? 10_000
  const result: DeliverResult = { leased: 0, delivered: 0, retrying: 0, failed: 0, disabled: 0 }
  // The lease outlasts the call's timeout: a drainer that dies mid-call leaves the delivery to be retried.
  const leased = await leaseDeliveries(sql, now, options.batchSize ?? 20, Math.ceil(timeoutMs / 1000) + 30)
  result.leased = leased.length
  await Promise.all(
    leased.map(async (delivery) => {
      // Shutting down: left leased, so it is due again when the lease runs out.
      if (options.signal?.aborted) return
      result[await settle(sql, delivery, await attempt(delivery, options, now, timeoutMs))]++
    }),
  )
  return result
}
