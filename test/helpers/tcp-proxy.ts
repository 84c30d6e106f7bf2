import { type AddressInfo, type Server, type Socket, connect, createServer } from 'node:net'

/**
 * A TCP proxy on loopback between the service and its database, to inject network faults the
 * database itself cannot: `stall()` stops moving bytes both ways (connections stay open, as in a
 * partition or a frozen host; new ones are accepted and stalled too; what arrives is held),
 * `resume()` delivers the held bytes and forwards again, `drop()` resets every open connection, `refuse(true)` resets new ones as they arrive.
 */
export interface TcpProxy {
  /** The proxy's port on 127.0.0.1. */
  port: number
  /** `url` with its host and port replaced by the proxy's. */
  urlFor(url: string): string
  stall(): void
  resume(): void
  drop(): number
  refuse(on: boolean): void
  /** Open client connections. */
  connections(): number
  close(): Promise<void>
}

export async function startTcpProxy(target: { host: string; port: number }): Promise<TcpProxy> {
  interface Pair {
    client: Socket
    upstream: Socket
    /** Bytes that arrived during a stall, per direction, delivered on resume. */
    held: { toUpstream: Buffer[]; toClient: Buffer[] }
  }
  const pairs = new Set<Pair>()
  let stalled = false
  let refusing = false

  const flush = (pair: Pair) => {
    for (const chunk of pair.held.toUpstream.splice(0)) pair.upstream.write(chunk)
    for (const chunk of pair.held.toClient.splice(0)) pair.client.write(chunk)
  }

  const server: Server = createServer((client) => {
    if (refusing) {
      client.resetAndDestroy()
      return
    }
    const upstream = connect(target.port, target.host)
    const pair: Pair = { client, upstream, held: { toUpstream: [], toClient: [] } }
    pairs.add(pair)
    const end = () => {
      pairs.delete(pair)
      client.destroy()
      upstream.destroy()
    }
    client.on('error', end).on('close', end)
    upstream.on('error', end).on('close', end)
    client.on('data', (chunk: Buffer) => (stalled ? pair.held.toUpstream.push(chunk) : upstream.write(chunk)))
    upstream.on('data', (chunk: Buffer) => (stalled ? pair.held.toClient.push(chunk) : client.write(chunk)))
  })
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve))
  const { port } = server.address() as AddressInfo

  return {
    port,
    urlFor(url) {
      const parsed = new URL(url)
      parsed.hostname = '127.0.0.1'
      parsed.port = String(port)
      return parsed.toString()
    },
    stall() {
      stalled = true
    },
    resume() {
      stalled = false
      for (const pair of pairs) flush(pair)
    },
    drop() {
      const count = pairs.size
      for (const { client, upstream } of [...pairs]) {
        client.resetAndDestroy()
        upstream.destroy()
      }
      return count
    },
    refuse(on) {
      refusing = on
    },
    connections: () => pairs.size,
    close: () =>
      new Promise<void>((resolve) => {
        for (const { client, upstream } of [...pairs]) {
          client.destroy()
          upstream.destroy()
        }
        server.close(() => resolve())
      }),
  }
}
