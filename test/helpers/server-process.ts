import { type ChildProcess, spawn } from 'node:child_process'
import { connect, createServer } from 'node:net'
import { fileURLToPath } from 'node:url'
import { createLogger } from '../../src/platform/logger.js'
import { listen } from '../../src/node/http-server.js'

export const projectRoot = fileURLToPath(new URL('../../', import.meta.url))

export async function freePort(): Promise<number> {
  return new Promise((resolve, reject) => {
    const server = createServer()
    server.listen(0, '127.0.0.1', () => {
      const address = server.address()
      server.close(() => (typeof address === 'object' && address ? resolve(address.port) : reject(new Error('no port'))))
    })
  })
}

export interface ServerProcess {
  child: ChildProcess
  baseUrl: string
  output(): string
  exited: Promise<number | null>
  stop(signal?: NodeJS.Signals): Promise<number | null>
}

/** Starts `src/server.ts` as `npm start` does, in its own process; or what `args` name (a compiled entry). */
export function spawnServer(env: Record<string, string>, args: readonly string[] = ['--import', 'tsx', 'src/server.ts']): ServerProcess {
  const port = env.PORT ?? '0'
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, HOST: '127.0.0.1', LOG_LEVEL: 'info', ...env, PORT: port },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.on('exit', (code) => resolve(code)))
  return {
    child,
    baseUrl: `http://127.0.0.1:${port}`,
    output: () => output,
    exited,
    async stop(signal = 'SIGTERM') {
      if (child.exitCode === null) child.kill(signal)
      return exited
    },
  }
}

export async function waitForReady(server: ServerProcess, timeoutMs = 90_000): Promise<number> {
  const started = Date.now()
  while (Date.now() - started < timeoutMs) {
    if (server.child.exitCode !== null) throw new Error(`server exited ${server.child.exitCode}:\n${server.output()}`)
    try {
      const res = await fetch(`${server.baseUrl}/readyz`)
      if (res.status === 200) return Date.now() - started
    } catch {
      // not listening yet
    }
    await new Promise((resolve) => setTimeout(resolve, 100))
  }
  throw new Error(`server not ready after ${timeoutMs} ms:\n${server.output()}`)
}

/** The Node server `src/server.ts` runs (src/node/http-server.ts), started in this process over `app` on a free port. */
export async function startHttpServer(app: Parameters<typeof listen>[0], logger = createLogger('silent')) {
  const { server, ready } = listen(app, { port: 0, hostname: '127.0.0.1' }, logger)
  const { port } = await ready
  return {
    port,
    baseUrl: `http://127.0.0.1:${port}`,
    async close() {
      server.closeAllConnections()
      await new Promise<void>((resolve) => server.close(() => resolve()))
    },
  }
}

/** An unauthenticated POST of `size` body bytes (`{` and padding), headers and body in one write or two. */
export function unauthenticatedPost(size: number, options: { close: boolean; writes: 1 | 2 }): Buffer[] {
  const head = Buffer.from(
    `POST /v1/needs HTTP/1.1\r\nHost: 127.0.0.1\r\nContent-Type: application/json\r\nContent-Length: ${size}\r\n${options.close ? 'Connection: close\r\n' : ''}\r\n`,
  )
  const body = Buffer.alloc(size, 'a')
  body[0] = 0x7b
  return options.writes === 1 ? [Buffer.concat([head, body])] : [head, body]
}

export interface PostSpec {
  size: number
  close: boolean
  writes: 1 | 2
  /** Read the answer only once the whole request is sent, as simple blocking clients do. */
  readAfterSending?: boolean
}

/** Runs `tasks` with at most `width` at a time. */
export async function inParallel<T>(tasks: (() => Promise<T>)[], width: number): Promise<T[]> {
  const results: T[] = []
  let next = 0
  const worker = async () => {
    while (next < tasks.length) {
      const i = next++
      results[i] = await tasks[i]!()
    }
  }
  await Promise.all(Array.from({ length: width }, worker))
  return results
}

export interface RawAnswer {
  /** Undefined if no status line arrived. */
  status?: number
  headers: Record<string, string>
  body: string
  /** A whole answer (its body as long as announced) arrived before the connection ended. */
  complete: boolean
  /** A socket error (ECONNRESET, EPIPE) seen before the answer was complete. */
  error?: string
}

/**
 * Sends bytes over a new TCP connection as given (each chunk one write, back to back) and reads
 * the first answer. Like a client that sends its whole request whatever comes back, it keeps
 * writing after the server's FIN; it closes once the answer is complete and its writes are out.
 */
export function rawExchange(port: number, chunks: (string | Uint8Array)[], options: { readAfterSending?: boolean } = {}): Promise<RawAnswer> {
  return new Promise((resolve) => {
    const socket = connect({ port, host: '127.0.0.1', allowHalfOpen: true })
    if (options.readAfterSending) socket.pause()
    let received = Buffer.alloc(0)
    let answer: RawAnswer = { headers: {}, body: '', complete: false }
    let written = false
    let serverDone = false
    let error: string | undefined
    const finishIfDone = () => {
      if ((answer.complete || serverDone) && written && !socket.writableEnded) socket.end()
    }
    socket.on('data', (chunk: Buffer) => {
      received = Buffer.concat([received, chunk])
      answer = parseAnswer(received)
      finishIfDone()
    })
    socket.on('error', (e: NodeJS.ErrnoException) => {
      if (!answer.complete) error ??= e.code ?? e.message
    })
    socket.on('end', () => {
      serverDone = true
      answer = parseAnswer(received, true)
      finishIfDone()
    })
    socket.on('close', () => resolve(error === undefined ? answer : { ...answer, error }))
    socket.on('connect', () => {
      chunks.forEach((chunk, i) =>
        socket.write(chunk, () => {
          if (i < chunks.length - 1) return
          written = true
          socket.resume()
          finishIfDone()
        }),
      )
    })
  })
}

function parseAnswer(bytes: Buffer, ended = false): RawAnswer {
  const end = bytes.indexOf('\r\n\r\n')
  if (end < 0) return { headers: {}, body: '', complete: false }
  const [statusLine, ...lines] = bytes.subarray(0, end).toString('latin1').split('\r\n')
  const status = Number(/^HTTP\/1\.[01] (\d{3})/.exec(statusLine!)?.[1])
  const headers = Object.fromEntries(lines.map((line) => [line.slice(0, line.indexOf(':')).toLowerCase(), line.slice(line.indexOf(':') + 1).trim()]))
  const rest = bytes.subarray(end + 4)
  if (headers['content-length'] !== undefined) {
    const length = Number(headers['content-length'])
    return { status, headers, body: rest.subarray(0, length).toString('utf8'), complete: rest.length >= length }
  }
  if (/chunked/i.test(headers['transfer-encoding'] ?? '')) {
    const text = rest.toString('latin1')
    const complete = text.endsWith('0\r\n\r\n')
    return { status, headers, body: complete ? dechunk(rest) : '', complete }
  }
  // Delimited by the end of the connection.
  return { status, headers, body: rest.toString('utf8'), complete: ended }
}

function dechunk(bytes: Buffer): string {
  const parts: Buffer[] = []
  let at = 0
  for (;;) {
    const lineEnd = bytes.indexOf('\r\n', at)
    const size = Number.parseInt(bytes.subarray(at, lineEnd).toString('latin1'), 16)
    if (!size) return Buffer.concat(parts).toString('utf8')
    parts.push(bytes.subarray(lineEnd + 2, lineEnd + 2 + size))
    at = lineEnd + 2 + size + 2
  }
}
