import { readDatabaseHealth } from '../../platform/db/health.js'
import { assessReadiness, unreachableDatabase } from './readiness.js'
import { DomainError } from '../../core/errors.js'
import type { AppRouteHandler } from '../../platform/http/types.js'
import type { liveness, readiness } from './health.routes.js'

const startedAt = Date.now()
const readinessDeadlineMs = 3000
const timedOut = new Error('readiness deadline passed')

export const getLiveness: AppRouteHandler<typeof liveness> = (c) =>
  c.json({ status: 'ok' as const, uptimeSeconds: (Date.now() - startedAt) / 1000 }, 200)

export const getReadiness: AppRouteHandler<typeof readiness> = async (c) => {
  let timer: ReturnType<typeof setTimeout> | undefined
  const deadline = new Promise<never>((_, reject) => {
    timer = setTimeout(() => reject(timedOut), readinessDeadlineMs)
  })
  const result = await Promise.race([readDatabaseHealth(c.get('sql')), deadline])
    .then((health) => assessReadiness(c.get('deps').migrations, health))
    .catch((error: unknown) => {
      c.get('logger').warn('readiness: database check failed', { error: String(error) })
      // The cause (host, port, driver message) stays in the log; callers learn only that it failed.
      return unreachableDatabase(error === timedOut ? `no answer within ${readinessDeadlineMs} ms` : 'unreachable')
    })
    .finally(() => clearTimeout(timer))
  if (!result.ready) {
    const failed = result.checks.filter((check) => !check.ok)
    throw new DomainError('service_unavailable', failed.map((check) => `${check.name}: ${check.detail}`).join('; '), {
      checks: result.checks,
      headers: { 'retry-after': '5' },
    })
  }
  return c.json({ status: 'ready' as const, checks: result.checks }, 200)
}
