import { createServer } from 'node:http'
import type { AddressInfo } from 'node:net'
import { Webhook } from 'standardwebhooks'
import type { TestApp } from '../../helpers/app.js'
import { json } from '../../helpers/fixtures.js'
import { readJson } from '../../helpers/http.js'

/** One request the receiver took, as it came over the wire. */
export interface Received {
  headers: Record<string, string>
  body: string
}

/**
 * A real HTTP receiver on 127.0.0.1, as a subscriber would run one: it verifies each delivery with
 * the `standardwebhooks` package (never with the service's own signing code), hands each
 * webhook-id to its processing at most once (dedupe), and answers with the status `respond` says.
 */
export async function startReceiver() {
  const received: Received[] = []
  /** What the receiver's application processed, by webhook-id, each once. */
  const processed = new Map<string, { type: string; data: Record<string, unknown> }>()
  /** Deliveries whose signature did not verify: a test expects none. */
  const rejected: string[] = []
  let secret = ''
  let respond: (request: Received) => number = () => 204
  const server = createServer((req, res) => {
    const chunks: Buffer[] = []
    req.on('data', (chunk: Buffer) => chunks.push(chunk))
    req.on('end', () => {
      const request = { headers: Object.fromEntries(Object.entries(req.headers).map(([k, v]) => [k, String(v)])), body: Buffer.concat(chunks).toString('utf8') }
      received.push(request)
      const lost = lostAnswer
      lostAnswer = false
      const status = lost ? 500 : respond(request)
      // A receiver that is down answers 503 without processing; one whose 2xx is lost processes, then the service sees 500.
      let answer = status
      if (status < 300 || lost) {
        try {
          const payload = new Webhook(secret).verify(request.body, request.headers) as { type: string; data: Record<string, unknown> }
          const id = request.headers['webhook-id']!
          if (!processed.has(id)) processed.set(id, payload)
        } catch (error) {
          rejected.push(String(error))
          answer = 400
        }
      }
      res.statusCode = answer
      res.end()
    })
  })
  let lostAnswer = false
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo
  return {
    url: `http://127.0.0.1:${port}/hooks`,
    received,
    processed,
    rejected,
    setSecret: (value: string) => (secret = value),
    setResponder: (fn: (request: Received) => number) => (respond = fn),
    /** The next request is processed but its answer is lost (the service sees a 500). */
    loseNextAnswer: () => (lostAnswer = true),
    /** Every request so far verifies with the secret (throws otherwise). */
    verifyAll: (key = secret) => received.map((r) => new Webhook(key).verify(r.body, r.headers)),
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  }
}

export type Receiver = Awaited<ReturnType<typeof startReceiver>>

/** Subscribes `headers`' principal to `receiver` through the API, and gives the receiver the secret shown once. */
export async function subscribeReceiver(t: TestApp, receiver: Receiver, headers: Record<string, string>, extra: Record<string, unknown> = {}) {
  const created = await readJson(await t.app.request('/v1/webhooks', json('POST', { url: receiver.url, ...extra }, headers)), 'createWebhookSubscription', 201)
  receiver.setSecret(created.secret)
  return created
}
