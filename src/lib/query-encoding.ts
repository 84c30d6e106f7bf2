import type { MiddlewareHandler } from 'hono'
import { ApiError, type FieldError } from '../errors.js'
import type { AppBindings } from './types.js'

/**
 * Refuses a query string whose percent-encoding is not UTF-8 (`%FF`, a cut `%E4%B8`, a stray `%2`).
 * Hono hands such a value on undecoded, so `q=%FF` would search for the three characters "%FF";
 * the client meant something else, and says so with a 400 naming the parameter.
 */
export const requireWellFormedQuery: MiddlewareHandler<AppBindings> = async (c, next) => {
  const url = c.req.url
  const start = url.indexOf('?')
  if (start >= 0) {
    const errors: FieldError[] = []
    for (const pair of url.slice(start + 1).split('&')) {
      if (!pair.includes('%')) continue
      const [rawName = '', ...rest] = pair.split('=')
      const name = decodeOrNull(rawName) ?? rawName
      if (decodeOrNull(rawName) === null || decodeOrNull(rest.join('=')) === null) {
        errors.push({ path: `query.${name}`, message: 'not well-formed percent-encoded UTF-8' })
      }
    }
    if (errors.length > 0) throw new ApiError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors })
  }
  await next()
}

function decodeOrNull(value: string): string | null {
  try {
    return decodeURIComponent(value.replaceAll('+', ' '))
  } catch {
    return null
  }
}
