import { createServer, type IncomingMessage, type ServerResponse } from 'node:http'
import type { AddressInfo } from 'node:net'

/**
 * A local HTTP server speaking OpenAI's `POST /v1/embeddings`, so tests drive the real `openai`
 * client over real HTTP. It records every request and answers from a script of canned replies,
 * then with vectors computed from each input (`vectorFor`), listed in reverse order so callers must
 * use `index`.
 */

export interface RecordedRequest {
  authorization: string | undefined
  body: { model?: string; input?: string[] | string; dimensions?: number; encoding_format?: string }
  inputs: string[]
}

export type ScriptedReply =
  | { status: number; headers?: Record<string, string>; body?: unknown }
  /** A 200 whose vectors have this many dimensions, whatever was asked. */
  | { vectorLength: number }
  /** Never answers; the connection stays open until the client gives up or the server closes. */
  | 'hang'

export interface EmbeddingsServer {
  /** Base URL for the client, ending in /v1. */
  baseURL: string
  requests: RecordedRequest[]
  /** Replies for the next requests, in order; after them the server answers normally. */
  script(...replies: ScriptedReply[]): void
  /** Forgets recorded requests and unused replies. */
  reset(): void
  close(): Promise<void>
}

/** The unnormalised vector the server returns for `text`: deterministic, never all zero. */
export function vectorFor(text: string, dimensions: number): number[] {
  let seed = 2166136261
  for (const char of text) seed = Math.imul(seed ^ char.codePointAt(0)!, 16777619) >>> 0
  return Array.from({ length: dimensions }, (_, k) => ((((seed >>> k % 24) & 0xff) + k) % 17) - 8 + 0.5)
}

export function l2Normalised(vector: number[]): number[] {
  const norm = Math.hypot(...vector)
  return vector.map((value) => value / norm)
}

/** `port` 0 (default) takes a free one; a fixed one lets a fault script close the server and bring it back at the same address. */
export async function startEmbeddingsServer(options: { port?: number } = {}): Promise<EmbeddingsServer> {
  const requests: RecordedRequest[] = []
  const replies: ScriptedReply[] = []

  const handle = async (req: IncomingMessage, res: ServerResponse) => {
    const chunks: Buffer[] = []
    for await (const chunk of req) chunks.push(chunk as Buffer)
    if (req.method !== 'POST' || req.url !== '/v1/embeddings') {
      res.writeHead(404, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: 'not found' } }))
      return
    }
    const body = JSON.parse(Buffer.concat(chunks).toString('utf8')) as RecordedRequest['body']
    const inputs = typeof body.input === 'string' ? [body.input] : (body.input ?? [])
    requests.push({ authorization: req.headers.authorization, body, inputs })

    const reply = replies.shift()
    if (reply === 'hang') return
    if (reply && 'status' in reply) {
      res.writeHead(reply.status, { 'content-type': 'application/json', ...reply.headers })
      res.end(JSON.stringify(reply.body ?? { error: { message: `scripted ${reply.status}`, type: 'server_error' } }))
      return
    }
    const length = reply?.vectorLength ?? body.dimensions ?? 1536
    const data = inputs.map((input, index) => ({ object: 'embedding', index, embedding: vectorFor(input, length) })).reverse()
    res.writeHead(200, { 'content-type': 'application/json' })
    res.end(JSON.stringify({ object: 'list', data, model: body.model, usage: { prompt_tokens: 1, total_tokens: 1 } }))
  }

  const server = createServer((req, res) => {
    handle(req, res).catch((error: unknown) => {
      res.writeHead(400, { 'content-type': 'application/json' }).end(JSON.stringify({ error: { message: String(error) } }))
    })
  })
  await new Promise<void>((resolve) => server.listen(options.port ?? 0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    baseURL: `http://127.0.0.1:${port}/v1`,
    requests,
    script: (...next) => void replies.push(...next),
    reset: () => {
      requests.length = 0
      replies.length = 0
    },
    close: () =>
      new Promise<void>((resolve, reject) => {
        server.closeAllConnections()
        server.close((error) => (error ? reject(error) : resolve()))
      }),
  }
}
