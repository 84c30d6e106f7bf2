import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import type { OpenAPI3 } from 'openapi-typescript'
import { apiTypesUrl, generateApiTypes, openApiDocumentUrl } from './helpers/api-types-generate.js'

/** Where two texts first differ, line by line, so a stale file names its first wrong line rather than printing a megabyte. */
function firstDifference(committed: string, generated: string): string | undefined {
  const before = committed.split('\n')
  const after = generated.split('\n')
  for (let i = 0; i < Math.max(before.length, after.length); i++) {
    if (before[i] !== after[i]) return `line ${i + 1}: committed ${JSON.stringify(before[i])}, generated ${JSON.stringify(after[i])}`
  }
  return undefined
}

/** Tests read response bodies through test/helpers/api-types.ts: it must say what openapi/openapi.json says. */
describe('generated API types', () => {
  it('test/helpers/api-types.ts is what openapi/openapi.json generates (run `npm run openapi:types`)', async () => {
    const committed = await readFile(apiTypesUrl, 'utf8')
    expect(firstDifference(committed, await generateApiTypes()), 'stale: run `npm run openapi:types`').toBeUndefined()
  })

  it('a change to the document changes the generated types, so the check above can fail', async () => {
    const document = JSON.parse(await readFile(openApiDocumentUrl, 'utf8')) as OpenAPI3 & { components: { schemas: Record<string, { properties: Record<string, unknown> }> } }
    document.components.schemas.Problem!.properties.hint = { type: 'string' }
    const committed = await readFile(apiTypesUrl, 'utf8')
    const generated = await generateApiTypes(document)
    expect(firstDifference(committed, generated)).toMatch(/^line \d+: committed .*, generated ".*hint\?: string;"$/)
  })
})
