import type { LogLevel, LogSink } from '../platform/logger.js'

/** Past this many characters the buffer is written at once rather than when its time is up. */
const flushAtChars = 64 * 1024
/** How long a gathered line may wait for others to share its write. */
const flushAfterMs = 20

/**
 * The Node server's log lines: info and debug lines are gathered and written to stdout together,
 * at most 20 ms after the first of them (one write for every request answered meanwhile: a write
 * per turn of the event loop was a write every one to four requests under load, and half of what
 * the log line cost a request); warnings and errors go to stderr at once, after what is gathered.
 * Whatever is gathered is written when the process exits, by process.exit too; only a SIGKILL or
 * a crash of Node itself loses it, at most 20 ms of lines.
 */
export function bufferedStdoutSink(): LogSink {
  let pending = ''
  let timer: ReturnType<typeof setTimeout> | undefined
  const flush = () => {
    if (timer !== undefined) clearTimeout(timer)
    timer = undefined
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
    // Unref'd: the lines wait for the process's other work, never keep it alive (exit writes them).
    else timer ??= setTimeout(flush, flushAfterMs).unref()
  }
}
