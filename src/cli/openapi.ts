import { mkdir, writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { createApp } from '../http/app.js'
import { parseConfig } from '../platform/config.js'
import { createSql } from '../platform/db/client.js'
import { loadMigrationFiles } from '../platform/db/migration-files.js'
import { buildOpenApiDocument } from '../platform/http/openapi.js'
import { createLogger } from '../platform/logger.js'
import { createIndexingDeps } from '../modules/matching/index/indexer-deps.js'

export const openApiPath = fileURLToPath(new URL('../../openapi/openapi.json', import.meta.url))

/** Writes the served OpenAPI document to openapi/openapi.json; no database is contacted. */
async function main() {
  const config = parseConfig({})
  const unusedSql = createSql('postgres://127.0.0.1:1/none', { max: 1 })
  const app = createApp({
    config,
    logger: createLogger('silent'),
    migrations: await loadMigrationFiles(),
    openDatabase: () => ({ sql: unusedSql }),
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
