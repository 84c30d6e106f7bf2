import fc from 'fast-check'
import {
  type JsonSchema,
  type OpenApiDocument,
  type OpenApiOperation,
  type Violation,
  deref,
  objectViolation,
  typesOf,
  valueArbitrary,
  violationArbitrary,
} from './openapi-arbitraries.js'

/**
 * One generated request for one operation of the OpenAPI document, before real ids are filled in.
 * It is plain data, so fast-check can print and shrink it.
 */
export type Variant = 'valid' | 'boundary' | 'hostile' | 'invalid'
export const roleNames = ['admin', 'staffA', 'enterpriseA', 'expertA', 'none', 'badKey', 'malformedAuth'] as const
export type RoleName = (typeof roleNames)[number]

export type PathId = { kind: 'pool'; pick: number } | { kind: 'random'; uuid: string } | { kind: 'bad'; value: string }
export type Body =
  | { kind: 'none' }
  | { kind: 'json'; value: unknown; contentType?: string }
  | { kind: 'text'; text: string; contentType: string | null }
  | { kind: 'bytes'; bytes: number[]; contentType: string }
  | { kind: 'huge' }
  | { kind: 'deep'; depth: number; shape: 'array' | 'object' }

export interface GeneratedRequest {
  variant: Variant
  role: RoleName
  pathId: PathId | null
  query: Record<string, string>
  headers: Record<string, string>
  ifMatch: 'current' | 'stale' | 'missing' | 'garbage'
  body: Body
  /** Which known id each uuid field gets (or keeps its random one). */
  picks: number[]
  /** For invalid requests: what was broken. */
  why?: string
}

const bodyMediaTypes = (op: OpenApiOperation) => Object.keys(op.requestBody?.content ?? {})
const jsonBodySchema = (op: OpenApiOperation): JsonSchema | undefined => op.requestBody?.content['application/json']?.schema

const roleArbitrary = fc.oneof(
  { arbitrary: fc.constant<RoleName>('admin'), weight: 4 },
  { arbitrary: fc.constant<RoleName>('staffA'), weight: 2 },
  { arbitrary: fc.constant<RoleName>('enterpriseA'), weight: 4 },
  { arbitrary: fc.constant<RoleName>('expertA'), weight: 2 },
  { arbitrary: fc.constantFrom<RoleName>('none', 'badKey', 'malformedAuth'), weight: 1 },
)
const authenticatedRole = fc.constantFrom<RoleName>('admin', 'admin', 'staffA', 'enterpriseA', 'expertA')
const picks = fc.array(fc.nat({ max: 999 }), { minLength: 8, maxLength: 8 })

const pathIdArbitrary = fc.oneof(
  { arbitrary: fc.nat({ max: 999 }).map((pick): PathId => ({ kind: 'pool', pick })), weight: 5 },
  { arbitrary: fc.uuid({ version: 4 }).map((uuid): PathId => ({ kind: 'random', uuid })), weight: 1 },
)
export const badPathIds = ['not-a-uuid', '1', "1' or '1'='1", '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a9', '3f6c2a9e8b1d4c7e9a2f5d8e1b4c7a900', '%00', '%E9%9C%80%E6%B1%82', 'null', '{id}', '-1', 'DROP TABLE needs;--', '%FF%FE', 'a'.repeat(300)]
const badPathId = fc.constantFrom(...badPathIds).map((value): PathId => ({ kind: 'bad', value }))

function queryValue(value: unknown): string {
  return typeof value === 'string' ? value : JSON.stringify(value)
}

function queryArbitrary(doc: OpenApiDocument, op: OpenApiOperation, mode: 'valid' | 'boundary' | 'hostile'): fc.Arbitrary<Record<string, string>> {
  // A made-up cursor is always refused; only hostile requests send one.
  const params = (op.parameters ?? []).filter((p) => p.in === 'query' && (mode === 'hostile' || p.name !== 'cursor'))
  const shape = Object.fromEntries(params.map((p) => [p.name, valueArbitrary(doc, p.schema, mode).map(queryValue)]))
  return fc.record(shape, { requiredKeys: params.filter((p) => p.required).map((p) => p.name) }) as fc.Arbitrary<Record<string, string>>
}

/** A query with one parameter broken: out of range, not in the enum, too long, not a uuid or date. */
function badQueryArbitrary(doc: OpenApiDocument, op: OpenApiOperation): fc.Arbitrary<{ query: Record<string, string>; why: string }> | null {
  const options = (op.parameters ?? [])
    .filter((p) => p.in === 'query')
    .flatMap((p) => {
      const bad = violationArbitrary(doc, p.schema)
      if (!bad) return []
      const textual = typesOf(deref(doc, p.schema)).includes('string')
      return [
        bad
          // A query value is always text: only violations that stay wrong as text count.
          .filter((v) => (typeof v.value === 'string' || typeof v.value === 'number') && !(textual && v.why.startsWith('type ')))
          .map((v) => ({ query: { [p.name]: String(v.value) }, why: `query ${p.name}: ${v.why}` })),
      ]
    })
  return options.length > 0 ? fc.oneof(...options) : null
}

const malformedJson = ['{', '{"title":', '{"a":1}}', "{'a':1}", '[1,]', 'NaN', '{"a":undefined}', '{"a":01}', '{"a":"\\x41"}', '{"a":"unterminated}', '\u0000', '{"a":1,}', 'undefined', '{"a":"\\ud800"', ' ']
const foreignContentTypes = ['text/plain', 'application/x-www-form-urlencoded', 'multipart/form-data; boundary=x', 'application/xml', 'application/jsonx', 'text/json', 'application/json-patch+json']
/** Bytes that are not UTF-8: a stray continuation byte, overlong encodings, a CESU surrogate, 0xFF. */
const invalidUtf8 = [[0xff], [0xfe, 0xff], [0xc3, 0x28], [0xc0, 0xaf], [0xe0, 0x80, 0xaf], [0xed, 0xa0, 0x80], [0xf8, 0x88, 0x80, 0x80, 0x80], [0x80]]

function invalidUtf8Body(doc: OpenApiDocument, op: OpenApiOperation): fc.Arbitrary<Body> {
  const schema = jsonBodySchema(op)
  const base = schema ? (valueArbitrary(doc, schema, 'valid') as fc.Arbitrary<unknown>) : fc.constant({})
  return fc.tuple(base, fc.constantFrom(...invalidUtf8)).map(([value, bad]) => {
    // The bad bytes go inside a string field, where a lenient decoder would turn them into U+FFFD.
    const marker = 'MARKER\u2603'
    const object = value && typeof value === 'object' && !Array.isArray(value) ? { ...(value as Record<string, unknown>) } : null
    const key = object && Object.keys(object).find((k) => typeof object[k] === 'string')
    if (object && key) object[key] = marker
    const text = JSON.stringify(object && key ? object : value)
    const [before, after] = key ? text.split(marker) : ['', text]
    const encoder = new TextEncoder()
    return { kind: 'bytes', bytes: [...encoder.encode(before), ...bad, ...encoder.encode(after)], contentType: 'application/json' } as Body
  })
}

/** Requests the operation must refuse with a 4xx and no write, each with the reason. */
function invalidArbitrary(doc: OpenApiDocument, op: OpenApiOperation, method: string, hasPathId: boolean): fc.Arbitrary<Partial<GeneratedRequest> & { why: string }> | null {
  const options: fc.Arbitrary<Partial<GeneratedRequest> & { why: string }>[] = []
  const schema = jsonBodySchema(op)
  const takesBody = bodyMediaTypes(op).length > 0
  if (hasPathId) options.push(badPathId.map((pathId) => ({ pathId, why: `path id ${(pathId as { value: string }).value} is not a uuid` })))
  const badQuery = badQueryArbitrary(doc, op)
  if (badQuery) options.push(badQuery.map(({ query, why }) => ({ query, why })))
  if (schema) {
    const wrongBody = objectViolation(doc, schema)
    if (wrongBody) options.push(wrongBody.map((v: Violation) => ({ body: { kind: 'json', value: v.value } as Body, why: `body ${v.why}` })))
    options.push(fc.constantFrom<unknown>([], [{}], 42, 'text', null, true, '').map((value) => ({ body: { kind: 'json', value } as Body, why: `body is ${JSON.stringify(value)}` })))
    options.push(fc.constantFrom(...malformedJson).map((text) => ({ body: { kind: 'text', text, contentType: 'application/json' } as Body, why: `malformed JSON ${JSON.stringify(text)}` })))
    options.push(fc.constantFrom(1000, 100_000).chain((depth) => fc.constantFrom<'array' | 'object'>('array', 'object').map((shape) => ({ body: { kind: 'deep', depth, shape } as Body, why: `JSON nested ${depth} deep` }))))
    options.push(invalidUtf8Body(doc, op).map((body) => ({ body, why: 'body is not UTF-8' })))
  }
  if (method !== 'GET' && (op.requestBody?.content['application/json'] || (!takesBody && hasPathId))) {
    // JSON routes, and bodiless actions, refuse any other media type.
    const sample = schema ? valueArbitrary(doc, schema, 'valid') : fc.constant({})
    options.push(fc.tuple(sample, fc.constantFrom(...foreignContentTypes)).map(([value, contentType]) => ({ body: { kind: 'json', value, contentType } as Body, why: `content type ${contentType}` })))
    options.push(sample.map((value) => ({ body: { kind: 'text', text: JSON.stringify(value), contentType: null } as Body, why: 'no content type' })))
  }
  // Import files have their own, larger limit (IMPORT_MAX_BYTES).
  if (schema) options.push(fc.constant({ body: { kind: 'huge' } as Body, why: 'body over 1 MiB' }))
  if (op.parameters?.some((p) => p.name === 'idempotency-key')) {
    options.push(fc.constantFrom('', 'cl\u00e9', 'a b', 'x'.repeat(256), '\t').map((key) => ({ headers: { 'idempotency-key': key }, why: `idempotency key ${JSON.stringify(key)}` })))
  }
  return options.length > 0 ? fc.oneof(...options) : null
}

function validBody(doc: OpenApiDocument, op: OpenApiOperation, mode: 'valid' | 'boundary' | 'hostile'): fc.Arbitrary<Body> {
  const media = bodyMediaTypes(op)
  const schema = jsonBodySchema(op)
  if (schema) return valueArbitrary(doc, schema, mode).map((value) => ({ kind: 'json', value }) as Body)
  if (media.length > 0) {
    // File uploads (CSV, JSON lines): text of the right media type, valid or not row by row.
    const line = valueArbitrary(doc, { type: 'object', properties: {} }, mode).map((v) => JSON.stringify(v))
    return fc.oneof(
      fc.array(line, { maxLength: 3 }).map((lines) => ({ kind: 'text', text: lines.join('\n'), contentType: 'application/x-ndjson' }) as Body),
      fc.array(fc.array(valueArbitrary(doc, { type: 'string', maxLength: 20 }, mode) as fc.Arbitrary<string>, { minLength: 1, maxLength: 3 }), { minLength: 1, maxLength: 3 })
        .map((rows) => ({ kind: 'text', text: rows.map((r) => r.join(',')).join('\r\n'), contentType: 'text/csv' }) as Body),
    )
  }
  return fc.constant({ kind: 'none' } as Body)
}

export function requestArbitrary(doc: OpenApiDocument, op: OpenApiOperation, method: string): fc.Arbitrary<GeneratedRequest> {
  const hasPathId = (op.parameters ?? []).some((p) => p.in === 'path')
  const ifMatch = fc.constantFrom<GeneratedRequest['ifMatch']>('current', 'current', 'current', 'stale', 'missing', 'garbage')
  const idempotency = (op.parameters ?? []).some((p) => p.name === 'idempotency-key')
    ? fc.option(fc.stringMatching(/^[\x21-\x7e]{1,40}$/), { freq: 3 }).map((key): Record<string, string> => (key === null ? {} : { 'idempotency-key': key }))
    : fc.constant<Record<string, string>>({})
  const base = (mode: 'valid' | 'boundary' | 'hostile', role: fc.Arbitrary<RoleName>) =>
    fc.record({
      variant: fc.constant<Variant>(mode),
      role,
      pathId: hasPathId ? pathIdArbitrary : fc.constant(null),
      query: queryArbitrary(doc, op, mode),
      headers: idempotency,
      ifMatch,
      body: validBody(doc, op, mode),
      picks,
    })
  const broken = invalidArbitrary(doc, op, method, hasPathId)
  const variants = [
    { arbitrary: base('valid', roleArbitrary), weight: 4 },
    { arbitrary: base('boundary', authenticatedRole), weight: 1 },
    { arbitrary: base('hostile', roleArbitrary), weight: 2 },
  ]
  if (broken) {
    const invalid = fc
      .tuple(base('valid', authenticatedRole), broken)
      .map(([request, wrong]): GeneratedRequest => ({ ...request, ...wrong, headers: { ...request.headers, ...wrong.headers }, variant: 'invalid' }))
    variants.push({ arbitrary: invalid, weight: 4 })
  }
  return fc.oneof(...variants)
}
