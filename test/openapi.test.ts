import { afterAll, beforeAll, describe, expect, it } from 'vitest'
import { type TestApp, createTestApp } from './helpers/app.js'
import { readJson } from './helpers/http.js'

interface Operation {
  operationId?: string
  summary?: string
  security?: unknown[]
  responses: Record<string, { content?: Record<string, { schema?: unknown }> }>
}

type Schema = {
  $ref?: string
  type?: string | string[]
  properties?: Record<string, Schema & { description?: string; example?: unknown }>
  items?: Schema
  anyOf?: Schema[]
  allOf?: Schema[]
}

/** The served document is what park staff read: it must be complete. */
describe('OpenAPI document', () => {
  let t: TestApp
  let doc: { paths: Record<string, Record<string, Operation>>; components: { schemas: Record<string, Schema & { description?: string }> }; security: unknown[] }
  const operations: [string, Operation][] = []

  beforeAll(async () => {
    t = await createTestApp()
    doc = (await readJson(await t.app.request('/openapi.json'))) as typeof doc
    for (const [path, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) operations.push([`${method.toUpperCase()} ${path}`, operation])
    }
  })
  afterAll(() => t.close())

  it('has operations', () => {
    expect(operations.length).toBeGreaterThan(10)
  })

  it('gives every operation a unique operationId and a summary', () => {
    const missing = operations.filter(([, op]) => !op.operationId || !op.summary).map(([name]) => name)
    expect(missing).toEqual([])
    const ids = operations.map(([, op]) => op.operationId)
    expect(new Set(ids).size).toBe(ids.length)
  })

  it('gives every operation a schema for its 2xx response', () => {
    const missing = operations
      .filter(([, op]) => !Object.entries(op.responses).some(([status, response]) => status.startsWith('2') && Object.values(response.content ?? {}).some((media) => media.schema)))
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('documents error responses as problem+json on every operation', () => {
    const missing = operations
      .filter(([, op]) => !Object.entries(op.responses).some(([status, response]) => /^[45]/.test(status) && response.content?.['application/problem+json']))
      .map(([name]) => name)
    expect(missing).toEqual([])
  })

  it('shows under each error status an example of that status, not the validation one', () => {
    const wrong: string[] = []
    for (const [name, op] of operations) {
      for (const [status, response] of Object.entries(op.responses)) {
        const example = (response.content?.['application/problem+json'] as { example?: { status?: number } } | undefined)?.example
        if (/^[45]/.test(status) && example?.status !== Number(status)) wrong.push(`${name} ${status}: ${example?.status}`)
      }
    }
    expect(wrong).toEqual([])
  })

  it('requires the API key on every /v1 operation and documents 401 there', () => {
    expect(doc.security).toEqual([{ apiKey: [] }])
    const wrong = operations
      .filter(([name]) => name.includes(' /v1/'))
      .filter(([, op]) => (op.security && op.security.length === 0) || !op.responses['401'])
      .map(([name]) => name)
    expect(wrong).toEqual([])
  })

  it('describes every component and gives every field a description and an example', () => {
    const problems: string[] = []
    for (const [name, schema] of Object.entries(doc.components.schemas)) {
      if (!schema.description) problems.push(`${name}: no description`)
      for (const [field, property] of Object.entries(schema.properties ?? {})) {
        const described = property.description ?? (property.$ref ? 'component' : undefined)
        if (!described) problems.push(`${name}.${field}: no description`)
        const hasExample = property.example !== undefined || property.$ref || property.type === 'array' || (property as { examples?: unknown }).examples
        if (!hasExample && !(property.anyOf ?? property.allOf)) problems.push(`${name}.${field}: no example`)
      }
    }
    expect(problems).toEqual([])
  })

  it('uses Chinese in the examples, for the people who read them', () => {
    const text = JSON.stringify(doc.components.schemas)
    expect(text).toMatch(/[\u4e00-\u9fff]/)
  })
})
