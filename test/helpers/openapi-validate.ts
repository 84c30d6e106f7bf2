import { type JsonSchema, type OpenApiDocument, deref, typesOf } from './openapi-arbitraries.js'

const formats: Record<string, RegExp> = {
  uuid: /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i,
  'date-time': /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}:\d{2}(\.\d+)?(Z|[+-]\d{2}:\d{2})$/,
  date: /^\d{4}-\d{2}-\d{2}$/,
  email: /^[^\s@]+@[^\s@]+\.[^\s@]+$/,
}

function typeMatches(type: string, value: unknown): boolean {
  switch (type) {
    case 'null':
      return value === null
    case 'string':
      return typeof value === 'string'
    case 'boolean':
      return typeof value === 'boolean'
    case 'integer':
      return typeof value === 'number' && Number.isInteger(value)
    case 'number':
      return typeof value === 'number' && Number.isFinite(value)
    case 'array':
      return Array.isArray(value)
    case 'object':
      return typeof value === 'object' && value !== null && !Array.isArray(value)
    default:
      return true
  }
}

/** Checks a value against the document's JSON Schema subset; returns each mismatch with its path. */
export function validateAgainstSchema(doc: OpenApiDocument, raw: JsonSchema, value: unknown, path = '$'): string[] {
  const schema = deref(doc, raw)
  const errors: string[] = []
  const alternatives = schema.anyOf ?? schema.oneOf
  if (alternatives) {
    const results = alternatives.map((s) => validateAgainstSchema(doc, s, value, path))
    if (!results.some((r) => r.length === 0)) errors.push(`${path}: matches none of anyOf (${results.map((r) => r[0]).join(' / ')})`)
    return errors
  }
  if (schema.enum && !schema.enum.some((option) => option === value)) return [`${path}: ${JSON.stringify(value)} not in enum`]
  const types = typesOf(schema)
  if (types.length > 0 && !types.some((type) => typeMatches(type, value))) {
    return [`${path}: ${JSON.stringify(value)?.slice(0, 60)} is not ${types.join('|')}`]
  }
  if (typeof value === 'string') {
    const length = [...value].length
    if (schema.minLength !== undefined && length < schema.minLength) errors.push(`${path}: shorter than ${schema.minLength}`)
    if (schema.maxLength !== undefined && length > schema.maxLength) errors.push(`${path}: longer than ${schema.maxLength}`)
    if (schema.pattern && !new RegExp(schema.pattern, 'u').test(value)) errors.push(`${path}: ${JSON.stringify(value)} does not match ${schema.pattern}`)
    const format = schema.format ? formats[schema.format] : undefined
    if (format && !format.test(value)) errors.push(`${path}: ${JSON.stringify(value)} is not a ${schema.format}`)
  }
  if (typeof value === 'number') {
    if (schema.minimum !== undefined && value < schema.minimum) errors.push(`${path}: below ${schema.minimum}`)
    if (schema.maximum !== undefined && value > schema.maximum) errors.push(`${path}: above ${schema.maximum}`)
    if (schema.exclusiveMinimum !== undefined && value <= schema.exclusiveMinimum) errors.push(`${path}: not above ${schema.exclusiveMinimum}`)
    if (schema.exclusiveMaximum !== undefined && value >= schema.exclusiveMaximum) errors.push(`${path}: not below ${schema.exclusiveMaximum}`)
    if (schema.multipleOf !== undefined && !Number.isInteger(value / schema.multipleOf)) errors.push(`${path}: not a multiple of ${schema.multipleOf}`)
  }
  if (Array.isArray(value)) {
    if (schema.minItems !== undefined && value.length < schema.minItems) errors.push(`${path}: fewer than ${schema.minItems} items`)
    if (schema.maxItems !== undefined && value.length > schema.maxItems) errors.push(`${path}: more than ${schema.maxItems} items`)
    if (schema.items) value.forEach((item, i) => errors.push(...validateAgainstSchema(doc, schema.items!, item, `${path}[${i}]`)))
  }
  if (typeof value === 'object' && value !== null && !Array.isArray(value)) {
    const object = value as Record<string, unknown>
    for (const key of schema.required ?? []) if (!(key in object)) errors.push(`${path}.${key}: required but missing`)
    for (const [key, item] of Object.entries(object)) {
      const property = schema.properties?.[key]
      if (property) errors.push(...validateAgainstSchema(doc, property, item, `${path}.${key}`))
      else if (schema.additionalProperties === false) errors.push(`${path}.${key}: not in the schema`)
      else if (typeof schema.additionalProperties === 'object') errors.push(...validateAgainstSchema(doc, schema.additionalProperties, item, `${path}.${key}`))
    }
  }
  return errors
}
