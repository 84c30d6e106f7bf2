import type { LogLevel, LogSink } from '../platform/logger.js'

/** Past this many characters the buffer is written at once rather than at the end of the tick. */
const flushAtChars = 64 * 1024

/**
 * The Node server's log lines: info and debug lines are gathered and written to stdout once per
 * turn of the event loop (one write for all the requests answered in it, where console.log made
 * one write and one format per line); warnings and errors go to stderr at once, after what is
 * gathered. Whatever is gathered is written when the process exits, by process.exit too; only a
 * SIGKILL or a crash of Node itself loses it, at most one turn's lines.
 */
export function bufferedStdoutSink(): LogSink {
  let pending = ''
  let scheduled = false
  const flush = () => {
    scheduled = false
    if (pending === '') return
    const out = pending
    pending = ''
    process.stdout.write(out)
  }
  process.on('exit', flush)
  return (line: string, level: LogLevel) => {
    if (level === 'warn' || level === 'error') {
      flush()
      process.stderr.write(`${line}\n`)
      return
    }
    pending += `${line}\n`
    if (pending.length >= flushAtChars) flush()
    else if (!scheduled) {
      scheduled = true
      setImmediate(flush)
    }
  }
}
