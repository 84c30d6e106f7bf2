import { demoKeys, seedDemoIfEmpty } from '../../seed/demo.js'
import { parseConfig } from '../platform/config.js'
import { loadMigrationFiles } from '../platform/db/migration-files.js'
import { migrate } from '../platform/db/migrations.js'
import { openNodeDatabase } from '../node/database.js'
// Wires how records follow each other across modules (a need's engagements, an enterprise's park).
import '../modules/index.js'

/**
 * `npm run seed` loads the demo data set into the configured database (migrating it first), but
 * only when it has no parks yet: the seed never mixes invented data into real data.
 */
async function main() {
  const database = await openNodeDatabase(parseConfig(process.env))
  try {
    const applied = await migrate(database.sql, await loadMigrationFiles(), (m) =>
      console.log(`applied ${String(m.version).padStart(4, '0')}_${m.name}`),
    )
    if (applied.length) console.log(`${applied.length} migration(s) applied (${database.mode})`)
    const startedAt = performance.now()
    const counts = await seedDemoIfEmpty(database.sql)
    if (!counts) {
      console.log(
        `The ${database.mode} database already has parks, so the demo data was not loaded: it only goes into an empty database.\n` +
          'Point DATA_DIR (embedded) or DATABASE_URL (server) at a fresh one to try the demo.',
      )
      return
    }
    console.log(`demo data loaded into the ${database.mode} database in ${Math.round(performance.now() - startedAt)} ms:`)
    for (const [table, count] of Object.entries(counts)) console.log(`  ${table.padEnd(20)} ${String(count).padStart(5)}`)
    console.log('demo API keys (send as `Authorization: Bearer <key>`; public, so never seed a production database):')
    for (const key of demoKeys) console.log(`  ${key.role.padEnd(11)} ${key.key}  ${key.scope}`)
  } finally {
    await database.close()
  }
}

main().catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
