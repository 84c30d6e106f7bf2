import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { createApp } from '../app.js'
import { parseConfig } from '../config.js'
import { createSql } from '../db/client.js'
import { loadMigrationFiles } from '../db/migration-files.js'
import { buildOpenApiDocument } from '../lib/openapi.js'
import { createLogger } from '../lib/logger.js'
import { createIndexingDeps } from '../services/indexing.js'

export const openApiPath = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/** Writes the served OpenAPI document to openapi/openapi.json; no database is contacted. */
async function main() {
  const config = parseConfig({})
  const unusedSql = createSql('postgres://127.0.0.1:1/none', { max: 1 })
  const app = createApp({
    config,
    logger: createLogger('silent'),
    migrations: await loadMigrationFiles(),
    openDatabase: () => ({ sql: unusedSql, release: () => {} }),
    retrievers: (sql) => createIndexingDeps(config, sql, createLogger('silent')),
  })
  await mkdir(fileURLToPath(new URL('../../openapi/', import.meta.url)), { recursive: true })
  await writeFile(openApiPath, `${JSON.stringify(buildOpenApiDocument(app), null, 2)}\n`)
  await unusedSql.end()
  console.log(`wrote ${openApiPath}`)
}

main().catch((error: unknown) => {
  console.error(error)
  process.exit(1)
})
