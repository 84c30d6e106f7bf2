import type { Context, MiddlewareHandler } from 'hono'
import { DomainError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'

/** Calls `expire` once `ms` have passed unless the returned cancel is called first. */
type Watch = (expire: () => void) => () => void

export interface DeadlineOptions {
  skip?: (c: Context<AppBindings>) => boolean
  /**
   * One timer for every request rather than one each (Node: one process serves them all). Never on
   * Workers: a timer there belongs to the request that set it, and ends with it.
   */
  sharedTimer?: boolean
}

/**
 * Answers 503 when a request is not done within `ms`. postgres.js has a server-side statement
 * timeout and a connect timeout, but nothing on the client side notices a connection that stalls
 * (a network partition, a paused server): its queries, and every request queued behind the pool,
 * would wait forever. The work itself is not cancelled; it finishes or fails on its own, after the
 * client has its answer. One promise per request, settled by the work or the watch, whichever is
 * first (Promise.race and a timer per request cost measurably more: scripts/bench-overhead.ts).
 */
export function requestDeadline(ms: number, options: DeadlineOptions = {}): MiddlewareHandler<AppBindings> {
  const watch = options.sharedTimer ? sharedWatch(ms) : timerPerRequest(ms)
  return (c, next) => {
    if (options.skip?.(c)) return next()
    const started = performance.now()
    return new Promise<void>((resolve, reject) => {
      const work = next()
      const cancel = watch(() => {
        work.then(
          () => c.get('logger').warn('request finished after its deadline', { ms: Math.round(performance.now() - started) }),
          (error: unknown) => c.get('logger').warn('request failed after its deadline', { error: String(error) }),
        )
        reject(
          new DomainError('service_unavailable', `No answer within ${ms} ms: the database is not responding; try again shortly`, {
            headers: { 'retry-after': '5' },
          }),
        )
      })
      work.then(
        () => {
          cancel()
          resolve()
        },
        (error: unknown) => {
          cancel()
          reject(error)
        },
      )
    })
  }
}

function timerPerRequest(ms: number): Watch {
  return (expire) => {
    const timer = setTimeout(expire, ms)
    return () => clearTimeout(timer)
  }
}

interface Pending {
  expiresAt: number
  expire: () => void
  prev: Pending | undefined
  next: Pending | undefined
}

/**
 * Every request has the same deadline, so they expire in the order they came: one list, oldest
 * first, and one timer armed for the oldest request still in flight. An answered request leaves
 * the list at once, so its entry dies young (entries kept until the timer passed them made the
 * garbage collector copy them, and cost more than the timers saved).
 */
function sharedWatch(ms: number): Watch {
  let oldest: Pending | undefined
  let newest: Pending | undefined
  let armed = false
  const unlink = (entry: Pending) => {
    if (entry.prev) entry.prev.next = entry.next
    else oldest = entry.next
    if (entry.next) entry.next.prev = entry.prev
    else newest = entry.prev
    entry.prev = entry.next = undefined
  }
  const check = () => {
    armed = false
    const now = performance.now()
    while (oldest && oldest.expiresAt <= now) {
      const entry = oldest
      unlink(entry)
      entry.expire()
    }
    if (oldest) arm(oldest.expiresAt - now)
  }
  const arm = (delay: number) => {
    armed = true
    // Only requests in flight need it, and their connections keep the process alive already.
    setTimeout(check, Math.max(1, delay)).unref()
  }
  return (expire) => {
    const entry: Pending = { expiresAt: performance.now() + ms, expire, prev: newest, next: undefined }
    if (newest) newest.next = entry
    else oldest = entry
    newest = entry
    if (!armed) arm(ms)
    return () => {
      // An expired entry has left the list already.
      if (entry.prev || oldest === entry) unlink(entry)
    }
  }
}
