import { parseConfig } from '../platform/config.js'
import { ensureVectorIndexes } from '../modules/matching/index/search-embeddings.js'
import { listSourceIds } from '../modules/matching/index/search-sources.js'
import { loadMigrationFiles } from '../platform/db/migration-files.js'
import { migrate } from '../platform/db/migrations.js'
import { refreshDocuments } from '../modules/matching/index/indexer.js'
import { createLogger } from '../platform/logger.js'
import { openNodeDatabase } from '../node/database.js'
import { createIndexingDeps } from '../modules/matching/index/indexer-deps.js'
import { type DocumentKind, documentKinds } from '../core/vocabulary.js'

const kinds: readonly DocumentKind[] = documentKinds
const batchSize = 64

function progress(label: string, done: number, total: number, startedAt: number) {
  const width = 30
  const filled = total === 0 ? width : Math.round((done / total) * width)
  const rate = done / Math.max(0.001, (performance.now() - startedAt) / 1000)
  process.stderr.write(`\r${label.padEnd(12)} [${'#'.repeat(filled)}${'.'.repeat(width - filled)}] ${done}/${total} ${rate.toFixed(0)}/s `)
  if (done === total) process.stderr.write('\n')
}

/**
 * `npm run reindex`: rebuilds every search document, and embeds every text that has no vector for
 * the configured model yet (after a change of model, that is all of them); an embedder fitted on
 * the registry (LSA) is fitted again on it, which embeds everything with the new model.
 */
async function main() {
  const config = parseConfig(process.env)
  const logger = createLogger(config.LOG_LEVEL === 'info' ? 'warn' : config.LOG_LEVEL)
  const database = await openNodeDatabase(config)
  try {
    await migrate(database.sql, await loadMigrationFiles())
    const deps = createIndexingDeps(config, database.sql, logger)
    await ensureVectorIndexes(database.sql, deps.embedder.dimensions)
    console.error(`embedder ${deps.embedder.model}, full text ${deps.fullText.name}`)
    for (const kind of kinds) {
      const ids = await listSourceIds(database.sql, kind)
      const startedAt = performance.now()
      progress(kind, 0, ids.length, startedAt)
      for (let i = 0; i < ids.length; i += batchSize) {
        await refreshDocuments(deps, kind, ids.slice(i, i + batchSize))
        progress(kind, Math.min(ids.length, i + batchSize), ids.length, startedAt)
      }
    }
    if (deps.embedder.refit) console.error(`semantic model ${JSON.stringify(await deps.embedder.refit({ force: true }))}`)
    console.error(`full text   ${JSON.stringify(await deps.fullText.maintain({ force: true }))}`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
