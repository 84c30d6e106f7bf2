import type { Config } from '../../platform/config.js'
import type { Sql } from '../../platform/db/client.js'
import type { Logger } from '../../platform/logger.js'
import { purgeExpiredIdempotencyRecords } from '../../platform/db/idempotency.js'
import { purgeFinishedOutboxJobs } from '../../platform/db/outbox.js'
import { type IndexingDeps, drainOutbox } from '../matching/index.js'
import { deliverWebhooks } from '../webhooks/index.js'
import { expireDueInvitations, remindExpiringInvitations } from './matches/service.js'

export interface ScheduledDeps {
  sql: Sql
  config: Config
  logger: Logger
  indexing: IndexingDeps
}

export interface ScheduledJob {
  name: string
  run(deps: ScheduledDeps): Promise<Record<string, unknown>>
}

/** Lets the event loop answer what is waiting (a macrotask boundary, on Node and Workers alike). */
export const yieldToRequests = () => new Promise<void>((resolve) => setTimeout(resolve, 0))

/** Periodic maintenance, run by the Worker's cron trigger and by a timer on the Node server. */
export const scheduledJobs: ScheduledJob[] = [
  {
    // The Node server also drains continuously; on Workers the cron is the only drainer.
    name: 'drain-outbox',
    run: async ({ indexing }) => ({ ...(await drainOutbox(indexing, { batchSize: 200 })) }),
  },
  {
    // An embedder fitted on the registry (LSA) fits again once the profiles have changed enough;
    // the long loops give way to requests between slices.
    name: 'refit-semantic-model',
    run: async ({ indexing }) => (indexing.embedder.refit ? await indexing.embedder.refit({ pause: yieldToRequests }) : { refitted: false, reason: 'the embedder is not fitted on the registry' }),
  },
  {
    // After the drain, so the counts include what it just indexed.
    name: 'maintain-full-text',
    run: async ({ indexing }) => indexing.fullText.maintain(),
  },
  {
    // Before expiry, so an invitation about to lapse is reminded of while it still can be answered.
    name: 'remind-expiring-invitations',
    run: async ({ sql }) => ({ ...(await remindExpiringInvitations(sql)) }),
  },
  {
    name: 'expire-invitations',
    run: async ({ indexing, config }) => ({ ...(await expireDueInvitations(indexing, config)) }),
  },
  {
    // The Node server also delivers continuously; on Workers the cron is the only sender (a batch a minute).
    name: 'deliver-webhooks',
    run: async ({ sql, config }) => ({ ...(await deliverWebhooks(sql, { allowPrivateTargets: config.WEBHOOK_ALLOW_PRIVATE_TARGETS, batchSize: 100 })) }),
  },
  {
    name: 'purge-finished-outbox-jobs',
    run: async ({ sql }) => ({ purged: await purgeFinishedOutboxJobs(sql) }),
  },
  {
    name: 'purge-idempotency-records',
    run: async ({ sql }) => ({ purged: await purgeExpiredIdempotencyRecords(sql) }),
  },
]

export async function runScheduledWork(deps: ScheduledDeps, jobs = scheduledJobs): Promise<void> {
  for (const job of jobs) {
    const started = Date.now()
    try {
      const result = await job.run(deps)
      deps.logger.info('scheduled job done', { job: job.name, ms: Date.now() - started, ...result })
    } catch (error) {
      // One failing job must not stop the others; it is retried on the next tick.
      deps.logger.error('scheduled job failed', { job: job.name, error: String(error) })
    }
  }
}
