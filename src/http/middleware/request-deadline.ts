import type { Context, MiddlewareHandler } from 'hono'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'

/**
 * Answers 503 when a request is not done within `ms`. postgres.js has a server-side statement
 * timeout and a connect timeout, but nothing on the client side notices a connection that stalls
 * (a network partition, a paused server): its queries, and every request queued behind the pool,
 * would wait forever. The work itself is not cancelled; it finishes or fails on its own, after the
 * client has its answer.
 */
export function requestDeadline(ms: number, options: { skip?: (c: Context<AppBindings>) => boolean } = {}): MiddlewareHandler<AppBindings> {
  return async (c, next) => {
    if (options.skip?.(c)) return next()
    let timer: ReturnType<typeof setTimeout> | undefined
    const expired = new Promise<'expired'>((resolve) => {
      timer = setTimeout(() => resolve('expired'), ms)
    })
    const started = performance.now()
    const work = next()
    const outcome = await Promise.race([work.then(() => 'done' as const), expired]).finally(() => clearTimeout(timer))
    if (outcome === 'expired') {
      work.then(
        () => c.var.logger.warn('request finished after its deadline', { ms: Math.round(performance.now() - started) }),
        (error: unknown) => c.var.logger.warn('request failed after its deadline', { error: String(error) }),
      )
      throw new DomainError('service_unavailable', `No answer within ${ms} ms: the database is not responding; try again shortly`, {
        headers: { 'retry-after': '5' },
      })
    }
  }
}
