import type { Config } from './config.js'

const levels = { debug: 10, info: 20, warn: 30, error: 40, silent: 100 } as const
export type LogLevel = Exclude<keyof typeof levels, 'silent'>

export interface Logger {
  debug(message: string, fields?: Record<string, unknown>): void
  info(message: string, fields?: Record<string, unknown>): void
  warn(message: string, fields?: Record<string, unknown>): void
  error(message: string, fields?: Record<string, unknown>): void
  child(fields: Record<string, unknown>): Logger
}

/** Where a finished JSON line goes. */
export type LogSink = (line: string, level: LogLevel) => void

/** stdout, warnings and errors on stderr: what `wrangler tail` reads; the Node server passes a buffered one (node/log-sink.ts). */
export const consoleSink: LogSink = (line, level) => (levels[level] >= levels.warn ? console.error(line) : console.log(line))

/** JSON lines: readable by `wrangler tail`, journald and log shippers alike. */
export function createLogger(level: Config['LOG_LEVEL'], base: Record<string, unknown> = {}, sink: LogSink = consoleSink): Logger {
  return new JsonLogger(levels[level], base, sink)
}

// A class rather than closures: every request makes a child, so making one is kept to one object.
class JsonLogger implements Logger {
  constructor(
    private readonly threshold: number,
    private readonly base: Record<string, unknown>,
    private readonly sink: LogSink,
  ) {}

  debug(message: string, fields?: Record<string, unknown>) {
    this.write('debug', message, fields)
  }
  info(message: string, fields?: Record<string, unknown>) {
    this.write('info', message, fields)
  }
  warn(message: string, fields?: Record<string, unknown>) {
    this.write('warn', message, fields)
  }
  error(message: string, fields?: Record<string, unknown>) {
    this.write('error', message, fields)
  }
  child(fields: Record<string, unknown>): Logger {
    return new JsonLogger(this.threshold, { ...this.base, ...fields }, this.sink)
  }

  private write(level: LogLevel, message: string, fields?: Record<string, unknown>) {
    if (levels[level] < this.threshold) return
    this.sink(JSON.stringify({ time: isoNow(), level, message, ...this.base, ...fields }), level)
  }
}

let isoMs = Number.NaN
let iso = ''
/** The time as ISO 8601, formatted once per millisecond: under load many lines share one, and formatting cost more than the rest of a line. */
function isoNow(): string {
  const now = Date.now()
  if (now !== isoMs) {
    isoMs = now
    iso = new Date(now).toISOString()
  }
  return iso
}
