import type { Config } from './config.js'

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
  child(fields: Record<string, unknown>): Logger
}

/** JSON lines on stderr/stdout: readable by `wrangler tail`, journald and log shippers alike. */
export function createLogger(level: Config['LOG_LEVEL'], base: Record<string, unknown> = {}): Logger {
  const threshold = levels[level]
  const write = (name: Exclude<keyof typeof levels, 'silent'>, message: string, fields?: Record<string, unknown>) => {
    if (levels[name] < threshold) return
    const line = JSON.stringify({ time: new Date().toISOString(), level: name, message, ...base, ...fields })
    if (levels[name] >= levels.warn) console.error(line)
    else console.log(line)
  }
  return {
    debug: (message, fields) => write('debug', message, fields),
    info: (message, fields) => write('info', message, fields),
    warn: (message, fields) => write('warn', message, fields),
    error: (message, fields) => write('error', message, fields),
    child: (fields) => createLogger(level, { ...base, ...fields }),
  }
}
