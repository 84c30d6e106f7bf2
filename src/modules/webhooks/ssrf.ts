/**
 * Server-side request forgery: a subscriber must not make the service call into its own network
 * (loopback, private ranges, link-local, cloud metadata). Pure address and name rules here; the
 * DNS lookup that feeds them is the runtime's (resolver.ts).
 */

/** Why an address or name may not be a target, in words a subscriber understands (Chinese first). */
export type ForbiddenReason = 'loopback' | 'private' | 'link-local' | 'metadata' | 'unspecified' | 'shared' | 'reserved' | 'multicast'

export const reasonText: Record<ForbiddenReason, string> = {
  loopback: '回环地址（本机）· a loopback address (this host)',
  private: '内网私有地址 · a private network address',
  'link-local': '链路本地地址 · a link-local address',
  metadata: '云主机元数据服务 · a cloud metadata service',
  unspecified: '未指定地址 · an unspecified address',
  shared: '运营商级 NAT 共享地址（100.64/10）· a carrier-grade NAT shared address',
  reserved: '保留地址 · a reserved address',
  multicast: '组播地址 · a multicast address',
}

type V4Range = [first: number, bits: number, reason: ForbiddenReason]
const v4 = (a: number, b: number, c: number, d: number) => ((a << 24) >>> 0) + (b << 16) + (c << 8) + d
// Most specific first: the metadata address sits inside link-local.
const v4Ranges: V4Range[] = [
  [v4(169, 254, 169, 254), 32, 'metadata'],
  [v4(0, 0, 0, 0), 8, 'unspecified'],
  [v4(10, 0, 0, 0), 8, 'private'],
  [v4(100, 64, 0, 0), 10, 'shared'],
  [v4(127, 0, 0, 0), 8, 'loopback'],
  [v4(169, 254, 0, 0), 16, 'link-local'],
  [v4(172, 16, 0, 0), 12, 'private'],
  [v4(192, 0, 0, 0), 24, 'reserved'],
  [v4(192, 168, 0, 0), 16, 'private'],
  [v4(198, 18, 0, 0), 15, 'reserved'],
  [v4(224, 0, 0, 0), 4, 'multicast'],
  [v4(240, 0, 0, 0), 4, 'reserved'],
]

function parseV4(text: string): number | null {
  const parts = text.split('.')
  if (parts.length !== 4 || !parts.every((p) => /^\d{1,3}$/.test(p) && Number(p) <= 255)) return null
  return parts.reduce((value, part) => value * 256 + Number(part), 0)
}

function v4Reason(address: number): ForbiddenReason | null {
  for (const [first, bits, reason] of v4Ranges) {
    const mask = bits === 0 ? 0 : (0xffffffff << (32 - bits)) >>> 0
    if (((address & mask) >>> 0) === first) return reason
  }
  return null
}

/** Eight 16-bit groups, or null when `text` is not an IPv6 address (a dotted IPv4 tail is allowed). */
function parseV6(text: string): number[] | null {
  let rest = text.toLowerCase().replace(/%.*$/, '')
  // A dotted IPv4 tail (::ffff:127.0.0.1) becomes its two hex groups.
  const dotted = /^(.*:)(\d+\.\d+\.\d+\.\d+)$/.exec(rest)
  if (dotted) {
    const value = parseV4(dotted[2]!)
    if (value === null) return null
    rest = `${dotted[1]}${(value >>> 16).toString(16)}:${(value & 0xffff).toString(16)}`
  }
  const halves = rest.split('::')
  if (halves.length > 2) return null
  const groups = (part: string) => (part === '' ? [] : part.split(':'))
  const head = groups(halves[0]!)
  const back = halves.length === 2 ? groups(halves[1]!) : []
  if (![...head, ...back].every((g) => /^[0-9a-f]{1,4}$/.test(g))) return null
  const missing = 8 - head.length - back.length
  if (halves.length === 2 ? missing < 1 : missing !== 0) return null
  return [...head.map((g) => parseInt(g, 16)), ...Array<number>(missing).fill(0), ...back.map((g) => parseInt(g, 16))]
}

function v6Reason(g: number[]): ForbiddenReason | null {
  const zeroUntil = (n: number) => g.slice(0, n).every((x) => x === 0)
  const embeddedV4 = ((g[6]! << 16) >>> 0) + g[7]!
  if (zeroUntil(8)) return 'unspecified'
  if (zeroUntil(7) && g[7] === 1) return 'loopback'
  // IPv4-mapped (::ffff:a.b.c.d), IPv4-compatible (::a.b.c.d) and NAT64 (64:ff9b::a.b.c.d) carry an IPv4 address.
  if ((zeroUntil(5) && g[5] === 0xffff) || zeroUntil(6) || (g[0] === 0x64 && g[1] === 0xff9b && g.slice(2, 6).every((x) => x === 0))) {
    return v4Reason(embeddedV4)
  }
  if (g[0] === 0xfd00 && g[1] === 0x0ec2 && g.slice(2, 7).every((x) => x === 0) && g[7] === 0x254) return 'metadata'
  if ((g[0]! & 0xffc0) === 0xfe80) return 'link-local'
  if ((g[0]! & 0xffc0) === 0xfec0) return 'private'
  if ((g[0]! & 0xfe00) === 0xfc00) return 'private'
  if ((g[0]! & 0xff00) === 0xff00) return 'multicast'
  return null
}

/** Is `host` an IP literal (v4, or v6 with or without brackets)? */
export function isIpLiteral(host: string): boolean {
  const bare = host.replace(/^\[|\]$/g, '')
  return parseV4(bare) !== null || parseV6(bare) !== null
}

/** Why this address may not be a target; null when it may. Not an address at all: null too. */
export function forbiddenAddress(address: string): ForbiddenReason | null {
  const bare = address.replace(/^\[|\]$/g, '')
  const four = parseV4(bare)
  if (four !== null) return v4Reason(four)
  const six = parseV6(bare)
  return six ? v6Reason(six) : null
}

const metadataNames = new Set(['metadata.google.internal', 'metadata', 'metadata.goog', 'instance-data', 'instance-data.ec2.internal'])

/** Names that mean this host or a metadata service whatever DNS says. */
export function forbiddenName(host: string): ForbiddenReason | null {
  const name = host.toLowerCase().replace(/\.$/, '')
  if (name === 'localhost' || name.endsWith('.localhost') || name === 'localhost.localdomain') return 'loopback'
  if (metadataNames.has(name)) return 'metadata'
  return null
}
