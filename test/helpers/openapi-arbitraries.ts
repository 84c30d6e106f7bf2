import fc from 'fast-check'
import { plainTextPattern } from '../../src/core/schemas.js'

/**
 * JSON Schema (the subset the OpenAPI document uses) → fast-check arbitraries: valid values,
 * valid values at their bounds, hostile but valid text, and values each schema must reject.
 */
export interface JsonSchema {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  format?: string
  pattern?: string
  minLength?: number
  maxLength?: number
  minimum?: number
  maximum?: number
  exclusiveMinimum?: number
  exclusiveMaximum?: number
  multipleOf?: number
  items?: JsonSchema
  minItems?: number
  maxItems?: number
  properties?: Record<string, JsonSchema>
  required?: string[]
  additionalProperties?: boolean | JsonSchema
  anyOf?: JsonSchema[]
  oneOf?: JsonSchema[]
  allOf?: JsonSchema[]
  default?: unknown
}

export interface OpenApiParameter {
  name: string
  in: 'path' | 'query' | 'header'
  required?: boolean
  schema: JsonSchema
}

export interface OpenApiOperation {
  operationId: string
  security?: unknown[]
  parameters?: OpenApiParameter[]
  requestBody?: { required?: boolean; content: Record<string, { schema: JsonSchema }> }
  responses: Record<string, { content?: Record<string, { schema?: JsonSchema }> }>
}

export interface OpenApiDocument {
  paths: Record<string, Record<string, OpenApiOperation>>
  components: { schemas: Record<string, JsonSchema> }
}

/** `valid`: typical values; `boundary`: at min/max lengths, items and numbers; `hostile`: valid by the schema, nasty text. */
export type Mode = 'valid' | 'boundary' | 'hostile'

/**
 * Properties whose rule the document states only in words (a USCC's check character): the test
 * registers a generator of valid values for them by name.
 */
export const semanticProperties: Record<string, fc.Arbitrary<unknown>> = {}

export function deref(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  let current = schema
  for (let hops = 0; current.$ref; hops++) {
    if (hops > 20) throw new Error(`$ref loop at ${schema.$ref}`)
    const name = current.$ref.replace('#/components/schemas/', '')
    const target = doc.components.schemas[name]
    if (!target) throw new Error(`unresolved $ref ${current.$ref}`)
    current = target
  }
  return current.allOf ? mergeAllOf(doc, current) : current
}

/** allOf of objects (the only use in the document) as one object schema. */
function mergeAllOf(doc: OpenApiDocument, schema: JsonSchema): JsonSchema {
  const merged: JsonSchema = { type: 'object', properties: {}, required: [] }
  for (const part of schema.allOf!.map((s) => deref(doc, s))) {
    Object.assign(merged.properties!, part.properties ?? {})
    merged.required!.push(...(part.required ?? []))
    if (part.additionalProperties === false) merged.additionalProperties = false
  }
  return merged
}

export function typesOf(schema: JsonSchema): string[] {
  if (schema.type === undefined) return []
  return Array.isArray(schema.type) ? schema.type : [schema.type]
}

const han = fc.integer({ min: 0x4e00, max: 0x9fa5 }).map((code) => String.fromCharCode(code))
const asciiWord = fc.constantFrom(...'abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ0123456789')
/** Characters that mean something to SQL, tsquery, LIKE or JSON, and the operators they form. */
export const metaTokens = ["'", '"', ';', '--', '&', '|', '!', '(', ')', ':', '*', '\\', '<->', '<2>', '%', '_', '$1', '/*', '*/', "' or 1=1 --", '&&', '||', '!!', ':*', '\\0', '{', '}', '[', ']', ',', '@@']
const meta = fc.constantFrom(...metaTokens)
const controlCharacter = fc.integer({ min: 0, max: 0x1f }).map((code) => String.fromCharCode(code))
const hostileUnit = fc.oneof(
  { arbitrary: han, weight: 4 },
  { arbitrary: meta, weight: 4 },
  { arbitrary: controlCharacter, weight: 2 },
  { arbitrary: fc.constantFrom('\u0000', '\ud800', '\udfff', '\ufeff', '\u202e', '\u200b', '\u3000', '😀', '𠮷', 'Ａ', '①', 'ﬁ'), weight: 2 },
  { arbitrary: asciiWord, weight: 2 },
  { arbitrary: fc.constant(' '), weight: 1 },
)
const plainUnit = fc.oneof({ arbitrary: han, weight: 5 }, { arbitrary: asciiWord, weight: 3 }, { arbitrary: meta, weight: 2 }, { arbitrary: fc.constant(' '), weight: 1 })

/** Text within [min, max] UTF-16 units, no surrounding white space (schemas trim before counting). */
function textArbitrary(min: number, max: number, mode: Mode): fc.Arbitrary<string> {
  const unit = mode === 'hostile' ? hostileUnit : plainUnit
  const filler = mode === 'hostile' ? '\u0001' : '甲'
  const fit = (text: string) => {
    let out = text.slice(0, max)
    if (mode !== 'hostile') out = out.trim()
    while (out.length < min) out += filler
    return out
  }
  if (mode === 'boundary' || (mode === 'hostile' && max >= 1000)) {
    // Exactly the maximum (long Chinese text), or exactly the minimum.
    const long = fc.tuple(fc.array(unit, { minLength: 1, maxLength: 8 }), han).map(([parts, c]) => {
      const head = parts.join('')
      return fit(head + c.repeat(Math.max(0, max - head.length)))
    })
    return mode === 'boundary' ? fc.oneof(long, fc.constant(fit(''))) : fc.oneof(long, fc.array(unit, { maxLength: 30 }).map((p) => fit(p.join(''))))
  }
  return fc.array(unit, { minLength: min, maxLength: Math.max(min, Math.min(max, 24)) }).map((parts) => fit(parts.join('')))
}

function stringArbitrary(schema: JsonSchema, mode: Mode): fc.Arbitrary<string> {
  switch (schema.format) {
    case 'uuid':
      return fc.uuid({ version: 4 })
    case 'date-time':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T23:59:59Z'), noInvalidDate: true }).map((d) => d.toISOString())
    case 'date':
      return fc.date({ min: new Date('2000-01-01T00:00:00Z'), max: new Date('2099-12-31T00:00:00Z'), noInvalidDate: true }).map((d) => d.toISOString().slice(0, 10))
    case 'email':
      return fc.tuple(fc.stringMatching(/^[a-z][a-z0-9]{0,11}$/), fc.stringMatching(/^[a-z]{2,10}$/), fc.constantFrom('cn', 'com', 'org.cn')).map(([u, d, t]) => `${u}@${d}.${t}`)
    case 'uri':
    case 'url':
      return fc.stringMatching(/^[a-z0-9]{1,20}$/).map((p) => `https://docs.example.cn/${p}`)
  }
  const min = schema.minLength ?? 0
  const max = schema.maxLength ?? 500
  // Free text only refuses control characters: generate text (hostile text includes them).
  if (schema.pattern && schema.pattern !== plainTextPattern.source) {
    return fc.stringMatching(new RegExp(schema.pattern)).filter((s) => [...s].length >= min && [...s].length <= max)
  }
  return textArbitrary(min, max, mode)
}

function numberArbitrary(schema: JsonSchema, integer: boolean, mode: Mode): fc.Arbitrary<number> {
  const lowest = schema.minimum ?? schema.exclusiveMinimum ?? (mode === 'valid' ? -1_000_000 : -Number.MAX_SAFE_INTEGER)
  const highest = schema.maximum ?? schema.exclusiveMaximum ?? (mode === 'valid' ? 1_000_000 : Number.MAX_SAFE_INTEGER)
  if (schema.multipleOf) {
    // Whole multiples of the step within the bounds (quarter hours).
    const step = schema.multipleOf
    const first = Math.ceil(lowest / step) + (schema.exclusiveMinimum !== undefined && lowest % step === 0 ? 1 : 0)
    const last = Math.floor(highest / step) - (schema.exclusiveMaximum !== undefined && highest % step === 0 ? 1 : 0)
    return (mode === 'boundary' ? fc.constantFrom(first, last) : fc.integer({ min: first, max: last })).map((k) => k * step)
  }
  if (integer) {
    const min = Math.ceil(schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + 1 : lowest)
    const max = Math.floor(schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - 1 : highest)
    return mode === 'boundary' ? fc.constantFrom(min, max) : fc.integer({ min: Math.max(min, Number.MIN_SAFE_INTEGER), max: Math.min(max, Number.MAX_SAFE_INTEGER) })
  }
  const options = {
    min: lowest,
    max: highest,
    minExcluded: schema.exclusiveMinimum !== undefined,
    maxExcluded: schema.exclusiveMaximum !== undefined,
    noNaN: true,
    noDefaultInfinity: true,
  }
  if (mode === 'boundary') {
    const smallest = schema.exclusiveMinimum !== undefined ? schema.exclusiveMinimum + Number.EPSILON : lowest
    const largest = schema.exclusiveMaximum !== undefined ? schema.exclusiveMaximum - Number.EPSILON : highest
    return fc.constantFrom(smallest, largest)
  }
  return fc.double(options).map((n) => (Object.is(n, -0) ? 0 : n))
}

/** Values the schema accepts. */
export function valueArbitrary(doc: OpenApiDocument, raw: JsonSchema, mode: Mode = 'valid', depth = 0): fc.Arbitrary<unknown> {
  const schema = deref(doc, raw)
  if (schema.enum) return fc.constantFrom(...schema.enum)
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives) return fc.oneof(...alternatives.map((s) => valueArbitrary(doc, s, mode, depth + 1)))
  const types = typesOf(schema)
  const concrete = types.filter((t) => t !== 'null')
  const value = concrete.length === 0 ? fc.jsonValue({ maxDepth: 2 }) : fc.oneof(...concrete.map((type) => typedArbitrary(doc, schema, type, mode, depth)))
  return types.includes('null') ? fc.oneof({ arbitrary: fc.constant(null), weight: 1 }, { arbitrary: value, weight: 3 }) : value
}

function typedArbitrary(doc: OpenApiDocument, schema: JsonSchema, type: string, mode: Mode, depth: number): fc.Arbitrary<unknown> {
  switch (type) {
    case 'string':
      return stringArbitrary(schema, mode)
    case 'integer':
      return numberArbitrary(schema, true, mode)
    case 'number':
      return numberArbitrary(schema, false, mode)
    case 'boolean':
      return fc.boolean()
    case 'array': {
      const item = valueArbitrary(doc, schema.items ?? {}, mode, depth + 1)
      const min = schema.minItems ?? 0
      const max = schema.maxItems ?? 10
      if (mode === 'boundary') return fc.oneof(fc.array(item, { minLength: max, maxLength: max }), fc.array(item, { minLength: min, maxLength: min }))
      return fc.array(item, { minLength: min, maxLength: Math.max(min, Math.min(max, 4)) })
    }
    case 'object': {
      if (!schema.properties) return fc.dictionary(fc.stringMatching(/^[a-z]{1,8}$/), fc.jsonValue({ maxDepth: 1 }), { maxKeys: 3 })
      const shape = Object.fromEntries(
        Object.entries(schema.properties).map(([key, property]) => [key, semanticProperties[key] ?? valueArbitrary(doc, property, mode, depth + 1)]),
      )
      // At the bounds every optional field is sent too, so the biggest valid body is tried.
      return fc.record(shape, { requiredKeys: mode === 'boundary' ? Object.keys(shape) : (schema.required ?? []) })
    }
    default:
      return fc.jsonValue({ maxDepth: 1 })
  }
}

/** An invalid value and why it is invalid. */
export interface Violation {
  value: unknown
  why: string
}

const badUuids = ['not-a-uuid', '3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a9', '3f6c2a9e8b1d4c7e9a2f5d8e1b4c7a90x', "' or '1'='1", '00000000-0000-0000-0000-00000000000g', '３f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90', '{3f6c2a9e-8b1d-4c7e-9a2f-5d8e1b4c7a90}', '']
const badDates = ['2026-13-01', '2026-02-30', '26-01-01', '2026/01/01', 'yesterday', '2026-01-01T25:00:00Z', '']

/** Values the schema rejects: wrong type, out of range, too long, bad format, enum or pattern. */
export function violationArbitrary(doc: OpenApiDocument, raw: JsonSchema, depth = 0): fc.Arbitrary<Violation> | null {
  const schema = deref(doc, raw)
  const types = typesOf(schema)
  const options: fc.Arbitrary<Violation>[] = []
  const wrongTypes: [string, unknown][] = [
    ['string', 'x'],
    ['number', 12.5],
    ['boolean', true],
    ['object', { a: 1 }],
    ['array', [1]],
    ['null', null],
  ]
  const isNumeric = (t: string) => t === 'number' || t === 'integer'
  const wrong = wrongTypes.filter(([t]) => !types.includes(t) && !(t === 'number' && types.includes('integer') && false) && !(isNumeric(t) && types.some(isNumeric)))
  if (types.length > 0 && !schema.anyOf && wrong.length > 0) {
    options.push(fc.constantFrom(...wrong).map(([t, value]) => ({ value, why: `type ${t} where ${types.join('|')} is wanted` })))
  }
  if (schema.enum) options.push(fc.constantFrom('bogus', 'OPEN', ' open', '开放').filter((v) => !schema.enum!.includes(v)).map((value) => ({ value, why: 'not one of the enum' })))
  if (types.includes('string') && !schema.enum) {
    if (schema.maxLength !== undefined) options.push(fc.constant({ value: '长'.repeat(schema.maxLength + 1), why: `longer than maxLength ${schema.maxLength}` }))
    if (schema.minLength && schema.minLength > 0 && !schema.format) options.push(fc.constant({ value: '', why: `shorter than minLength ${schema.minLength}` }))
    if (schema.format === 'uuid') options.push(fc.constantFrom(...badUuids).map((value) => ({ value, why: 'not a uuid' })))
    if (schema.format === 'date' || schema.format === 'date-time') options.push(fc.constantFrom(...badDates).map((value) => ({ value, why: `not a ${schema.format}` })))
    if (schema.format === 'email') options.push(fc.constantFrom('no-at-sign', 'a@', '@b.cn', 'a b@c.cn').map((value) => ({ value, why: 'not an email' })))
    if (schema.pattern) {
      const pattern = new RegExp(schema.pattern)
      options.push(fc.constantFrom('ABC', '0', 'a b', '长治', "x';--", '响铃\u0007', 'a\u001bb', '\u007f').filter((v) => !pattern.test(v)).map((value) => ({ value, why: `does not match ${schema.pattern}` })))
    }
  }
  if (types.some(isNumeric)) {
    const above = schema.maximum ?? schema.exclusiveMaximum
    const below = schema.minimum ?? schema.exclusiveMinimum
    if (above !== undefined) options.push(fc.constantFrom(schema.exclusiveMaximum ?? above + 1, 1e300).map((value) => ({ value, why: `above maximum ${above}` })))
    if (below !== undefined) options.push(fc.constantFrom(schema.exclusiveMinimum ?? below - 1, -1e300).map((value) => ({ value, why: `below minimum ${below}` })))
    if (schema.multipleOf) options.push(fc.constant({ value: schema.multipleOf * 1.5 + (schema.minimum ?? schema.exclusiveMinimum ?? 0), why: `not a multiple of ${schema.multipleOf}` }))
    if (types.includes('integer') && !types.includes('number')) options.push(fc.constant({ value: (below ?? 0) + 0.5, why: 'not an integer' }))
  }
  if (types.includes('array')) {
    if (schema.maxItems !== undefined && schema.items) {
      const item = valueArbitrary(doc, schema.items, 'valid', depth + 1)
      options.push(fc.array(item, { minLength: schema.maxItems + 1, maxLength: schema.maxItems + 1 }).map((value) => ({ value, why: `more than maxItems ${schema.maxItems}` })))
    }
    const badItem = schema.items && depth < 3 ? violationArbitrary(doc, schema.items, depth + 1) : null
    if (badItem) options.push(badItem.map((v) => ({ value: [v.value], why: `item: ${v.why}` })))
  }
  if (types.includes('object') && schema.properties && depth < 3) {
    const object = objectViolation(doc, schema, depth)
    if (object) options.push(object)
  }
  return options.length > 0 ? fc.oneof(...options) : null
}

/** A valid object with one thing wrong: a required field missing, an unknown field on a strict object, or one bad field. */
export function objectViolation(doc: OpenApiDocument, raw: JsonSchema, depth = 0): fc.Arbitrary<Violation> | null {
  const schema = deref(doc, raw)
  const base = valueArbitrary(doc, schema, 'valid', depth) as fc.Arbitrary<Record<string, unknown>>
  const options: fc.Arbitrary<Violation>[] = []
  for (const key of schema.required ?? []) {
    options.push(base.map((object) => {
      const { [key]: _dropped, ...rest } = object
      return { value: rest, why: `required ${key} missing` }
    }))
  }
  if (schema.additionalProperties === false) {
    options.push(fc.tuple(base, fc.constantFrom('unknownField', '__proto__', 'constructor', 'id', 'createdAt', '状态')).filter(([, key]) => !(key in (schema.properties ?? {}))).map(([object, key]) => {
      const value = JSON.parse(JSON.stringify(object)) as Record<string, unknown>
      Object.defineProperty(value, key, { value: 'x', enumerable: true, configurable: true, writable: true })
      return { value, why: `unknown field ${key} on a strict object` }
    }))
  }
  for (const [key, property] of Object.entries(schema.properties ?? {})) {
    const bad = violationArbitrary(doc, property, depth + 1)
    if (bad) options.push(fc.tuple(base, bad).map(([object, v]) => ({ value: { ...object, [key]: v.value }, why: `${key}: ${v.why}` })))
  }
  return options.length > 0 ? fc.oneof(...options) : null
}
