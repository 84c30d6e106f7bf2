import type { MiddlewareHandler } from 'hono'
import { DomainError, type FieldError } from '../../core/errors.js'
import type { AppBindings } from '../../platform/http/types.js'

/** No query parameter has a use for control characters (C0, DEL, C1) or noncharacters; PostgreSQL cannot even hold NUL. */
const controlCharacter = /[\u0000-\u001F\u007F-\u009F\uFFFE\uFFFF]/

/**
 * Refuses a query string whose percent-encoding is not UTF-8 (`%FF`, a cut `%E4%B8`, a stray `%2`),
 * or whose values hold control characters (`%00`). Hono hands a malformed value on undecoded, so
 * `q=%FF` would search for the three characters "%FF", and a NUL would reach the database; the
 * client meant something else, and is told so with a 400 naming the parameter.
 */
export const requireWellFormedQuery: MiddlewareHandler<AppBindings> = async (c, next) => {
  const url = c.req.url
  const start = url.indexOf('?')
  if (start >= 0) {
    const errors: FieldError[] = []
    for (const pair of url.slice(start + 1).split('&')) {
      if (!pair.includes('%')) continue
      const [rawName = '', ...rest] = pair.split('=')
      const name = decodeOrNull(rawName)
      const value = decodeOrNull(rest.join('='))
      const path = `query.${(name ?? rawName).replace(controlCharacter, '?')}`
      if (name === null || value === null) errors.push({ path, message: 'not well-formed percent-encoded UTF-8' })
      else if (controlCharacter.test(name) || controlCharacter.test(value)) errors.push({ path, message: 'control characters are not allowed' })
    }
    if (errors.length > 0) throw new DomainError('validation_failed', errors.map((e) => `${e.path}: ${e.message}`).join('; '), { errors })
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
