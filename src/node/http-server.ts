import { type IncomingMessage, type Server, type ServerResponse, STATUS_CODES, createServer, maxHeaderSize } from 'node:http'
import type { AddressInfo, Socket } from 'node:net'
import type { Duplex } from 'node:stream'
import { RequestError, getRequestListener } from '@hono/node-server'
import { DomainError, type ErrorCode } from '../core/errors.js'
import { toProblem } from '../platform/http/problem.js'
import type { Logger } from '../platform/logger.js'

type FetchCallback = Parameters<typeof getRequestListener>[0]

export interface ListenOptions {
  port: number
  hostname: string
}

export interface HttpServer {
  server: Server
  /** The bound address once listening; rejects if the port cannot be bound. */
  ready: Promise<AddressInfo>
}

/**
 * After an answer, what is left of a request body nobody read is taken off the connection and
 * dropped, up to this much; past it the connection is closed instead.
 */
const unreadBodyLimit = { bytes: 16 * 1024 * 1024, ms: 10_000 }
/** A closing connection that receives nothing for this long has nothing in flight left to be reset. */
const closingIdleMs = 2_000

/** A request and its response, the latest on their connection. */
interface Exchange {
  req: IncomingMessage
  res: ServerResponse
}

/**
 * The Node HTTP server for the app, as `npm start` runs it and the TCP tests start it. On top of
 * @hono/node-server's listener it answers, as problem+json, what Node or the adapter would refuse
 * with a bare status (HTTP parser errors, a missing Host, a request target that is not a URL); it
 * drops request bodies left unread after an answer so the connection stays usable; and it closes
 * connections in stages (RFC 9112 §9.6), so a client still sending its body reads the answer
 * instead of a TCP reset.
 */
export function listen(app: { fetch: FetchCallback }, options: ListenOptions, logger: Logger): HttpServer {
  const exchanges = new WeakMap<Duplex, Exchange>()
  const closing = new WeakSet<Duplex>()
  const refused = new WeakSet<Duplex>()

  const refusal = (code: ErrorCode, detail: string, instance: string | undefined, reason: string) => {
    const requestId = crypto.randomUUID()
    const problem = toProblem(new DomainError(code, detail), instance ?? '', requestId)
    if (instance === undefined) delete problem.instance
    logger.info('request refused before the app', { requestId, status: problem.status, code, reason })
    return { requestId, status: problem.status, body: JSON.stringify(problem) }
  }
  const problemHeaders = (requestId: string) => ({
    'content-type': 'application/problem+json',
    'x-request-id': requestId,
    'x-content-type-options': 'nosniff',
  })

  const handle = getRequestListener(app.fetch, {
    hostname: options.hostname,
    // The unread rest of a body is dropped below, with limits of our own (see dropUnreadBody).
    autoCleanupIncoming: false,
    errorHandler: (error) => {
      // The adapter could not make a URL of the request target and Host header.
      if (error instanceof RequestError) {
        const answer = refusal('validation_failed', `The request target or Host header is not usable: ${error.message}`, undefined, error.message)
        return new Response(answer.body, { status: answer.status, headers: problemHeaders(answer.requestId) })
      }
      const answer = refusal('internal', 'An unexpected error occurred; quote the requestId when reporting it', undefined, 'adapter error')
      logger.error('request failed in the adapter', { requestId: answer.requestId, error: error instanceof Error ? error.stack : String(error) })
      return new Response(answer.body, { status: answer.status, headers: problemHeaders(answer.requestId) })
    },
  })

  // Node's own check for a missing Host answers a bare 400; it is made here instead.
  const server = createServer({ requireHostHeader: false }, (req, res) => {
    // A connection being closed takes no new requests: nothing could answer them.
    if (closing.has(req.socket)) {
      req.resume()
      return
    }
    exchanges.set(req.socket, { req, res })
    res.once('finish', () => {
      if (req.complete && exchanges.get(req.socket)?.req === req) exchanges.delete(req.socket)
      dropUnreadBody(req)
    })
    if (req.httpVersion === '1.1' && req.headers.host === undefined) {
      const answer = refusal('validation_failed', 'An HTTP/1.1 request must carry a Host header', pathOf(req.url), 'missing host')
      res.writeHead(answer.status, { ...problemHeaders(answer.requestId), 'content-length': Buffer.byteLength(answer.body) })
      res.end(answer.body)
      return
    }
    void handle(req, res)
  })

  server.on('connection', (socket: Socket) => {
    // Node calls this once a connection's last answer is written (Connection: close, HTTP/1.0).
    socket.destroySoon = () => closeInStages(socket)
  })

  server.on('clientError', (error: ParserError, socket: Duplex) => {
    const parserError = error.code?.startsWith('HPE_') || error.code === 'ERR_HTTP_REQUEST_TIMEOUT'
    if (closing.has(socket) || refused.has(socket)) {
      // Already answered; a parser error now is only the rest of the bad input.
      if (!parserError) socket.destroy()
      return
    }
    if (!parserError || !socket.writable) {
      socket.destroy()
      return
    }
    refused.add(socket)
    const exchange = exchanges.get(socket)
    const answering = exchange !== undefined && !exchange.res.writableFinished
    if (exchange && !exchange.req.complete) {
      // The error is in the body of the connection's current request.
      if (!answering) return closeInStages(socket) // already answered: the client has its answer
      // An answer half written, or one to an earlier request still going out: nothing can go between.
      if (exchange.res.headersSent || exchange.res.socket !== socket) return socket.destroy()
      // This refusal is the answer; the app's, if it comes, goes nowhere.
      exchange.res.detachSocket(socket as Socket)
      return answerAndClose(socket, error, pathOf(exchange.req.url))
    }
    // The error is in the head of a new request; a pipelined one waits for the answer before it.
    const instance = pathOf(requestTargetIn(error.rawPacket))
    if (answering) exchange.res.once('finish', () => answerAndClose(socket, error, instance))
    else answerAndClose(socket, error, instance)
  })

  // Expectations other than 100-continue are ignored (RFC 9110 §10.1.1 allows it) rather than
  // answered with Node's bare 417.
  server.on('checkExpectation', (req, res) => server.emit('request', req, res))

  // Node resets a CONNECT nobody handles; this is no proxy, and says so.
  server.on('connect', (_req: IncomingMessage, socket: Duplex) => {
    const answer = refusal('validation_failed', 'CONNECT is not supported: this server is not a proxy', undefined, 'connect')
    socket.write(rawResponse(answer))
    socket.resume()
    closeInStages(socket)
  })

  function answerAndClose(socket: Duplex, error: ParserError, instance: string | undefined) {
    if (closing.has(socket)) return
    if (socket.destroyed || !socket.writable) return socket.destroy()
    const { code, detail } = describeParserError(error)
    socket.write(rawResponse(refusal(code, detail, instance, `${error.code}${error.reason ? `: ${error.reason}` : ''}`)))
    closeInStages(socket)
  }

  /**
   * Ends a connection without resetting it: the answer and a FIN go out, then what the client
   * still sends is read and dropped until it closes its side, stops sending, or sends too much.
   * Closing with unread bytes would send a TCP reset, and a client still writing its body might
   * then lose the answer before reading it. The HTTP parser keeps reading (and dropping) the
   * bytes: taking the socket from it could leave reading stopped for good.
   */
  function closeInStages(socket: Duplex) {
    if (closing.has(socket) || socket.destroyed) return
    closing.add(socket)
    const { bytesRead } = socket as Socket
    const startedAt = Date.now()
    let seen = { bytes: bytesRead, at: startedAt }
    const watch = setInterval(() => {
      const now = Date.now()
      const read = (socket as Socket).bytesRead
      if (read !== seen.bytes) seen = { bytes: read, at: now }
      const silent = socket.writableFinished && now - seen.at > closingIdleMs
      if (silent || read - bytesRead > unreadBodyLimit.bytes || now - startedAt > unreadBodyLimit.ms) socket.destroy()
    }, 100)
    socket.once('close', () => clearInterval(watch))
    // Once the client has closed its side too, nothing more can arrive.
    const destroyWhenWritten = () => (socket.writableFinished ? socket.destroy() : socket.once('finish', () => socket.destroy()))
    if (socket.readableEnded) destroyWhenWritten()
    else socket.once('end', destroyWhenWritten)
    socket.end()
  }

  /** Once a request is answered, what is left of its body is dropped (bounded), as Node does for bodies nobody began to read. */
  function dropUnreadBody(req: IncomingMessage) {
    if (req.readableEnded || req.destroyed) return
    const socket = req.socket
    // The readers the app attached (a body stream it never finished) would pause the flow for good.
    req.removeAllListeners('data')
    req.resume()
    // Received whole, it is only read from memory; nothing of it is left on the connection.
    if (req.complete) return
    const startedAt = Date.now()
    const startedBytes = socket.bytesRead
    const watch = setInterval(() => {
      if (req.readableEnded || socket.destroyed) return clearInterval(watch)
      if (socket.bytesRead - startedBytes > unreadBodyLimit.bytes || Date.now() - startedAt > unreadBodyLimit.ms) {
        clearInterval(watch)
        closeInStages(socket)
      }
    }, 200)
    watch.unref()
  }

  const ready = new Promise<AddressInfo>((resolve, reject) => {
    server.once('error', reject)
    server.listen(options.port, options.hostname, () => {
      server.off('error', reject)
      resolve(server.address() as AddressInfo)
    })
  })
  return { server, ready }
}

interface ParserError extends NodeJS.ErrnoException {
  /** llhttp's explanation, e.g. "Invalid header value char". */
  reason?: string
  /** The bytes the parser was given when it failed. */
  rawPacket?: Buffer
}

/** What the client is told for a request the HTTP parser refuses: llhttp's reason, in its words. */
function describeParserError(error: ParserError): { code: ErrorCode; detail: string } {
  switch (error.code) {
    case 'HPE_HEADER_OVERFLOW':
      return { code: 'request_header_fields_too_large', detail: `The request line and headers are larger than ${maxHeaderSize} bytes` }
    case 'HPE_CHUNK_EXTENSIONS_OVERFLOW':
      return { code: 'payload_too_large', detail: 'The chunk extensions of the body are too large' }
    case 'HPE_PAUSED_H2_UPGRADE':
      return { code: 'validation_failed', detail: 'HTTP/2 without an upgrade is not spoken here; use HTTP/1.1' }
    case 'ERR_HTTP_REQUEST_TIMEOUT':
      return { code: 'request_timeout', detail: 'The request did not arrive in full in time' }
    default:
      return { code: 'validation_failed', detail: `The request is not valid HTTP/1.1: ${error.reason ?? error.code}` }
  }
}

/** The request target at the start of what the parser was given, if a request line starts there. */
function requestTargetIn(raw: Buffer | undefined): string | undefined {
  if (!raw) return undefined
  return /^[A-Z]{1,20} (\/[!-~]*?)[ ?#]/.exec(raw.subarray(0, 4096).toString('latin1'))?.[1]
}

/** The path of a request target, decoded as the app's `c.req.path` is; undefined if it is no path. */
function pathOf(target: string | undefined): string | undefined {
  if (!target?.startsWith('/')) return undefined
  const path = target.split(/[?#]/)[0]!
  try {
    return decodeURI(path)
  } catch {
    return path
  }
}

function rawResponse(answer: { requestId: string; status: number; body: string }): string {
  const head = [
    `HTTP/1.1 ${answer.status} ${STATUS_CODES[answer.status]}`,
    'content-type: application/problem+json',
    `content-length: ${Buffer.byteLength(answer.body)}`,
    'connection: close',
    `x-request-id: ${answer.requestId}`,
    'x-content-type-options: nosniff',
    `date: ${new Date().toUTCString()}`,
  ]
  return `${head.join('\r\n')}\r\n\r\n${answer.body}`
}
