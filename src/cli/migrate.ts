import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { parseConfig } from '../platform/config.js'
import { loadMigrationFiles, renderManifest } from '../platform/db/migration-files.js'
import { compareMigrations, listAppliedMigrations, migrate } from '../platform/db/migrations.js'
import { openNodeDatabase } from '../node/database.js'

export const manifestPath = fileURLToPath(new URL('../platform/db/migrations.manifest.ts', import.meta.url))

/**
 * `npm run migrate` applies pending migrations to the configured database;
 * `-- --status` only reports; `-- --manifest` rewrites the manifest bundled into the Worker.
 */
async function main(args: string[]) {
  const migrations = await loadMigrationFiles()
  if (args.includes('--manifest')) {
    await writeFile(manifestPath, renderManifest(migrations))
    console.log(`wrote ${manifestPath} (${migrations.length} migrations)`)
    return
  }
  const database = await openNodeDatabase(parseConfig(process.env))
  try {
    if (args.includes('--status')) {
      const status = compareMigrations(migrations, await listAppliedMigrations(database.sql))
      console.log(`${status.applied} of ${status.expected} applied${status.current ? '' : `: ${status.problems.join('; ')}`}`)
      process.exitCode = status.current ? 0 : 1
      return
    }
    const applied = await migrate(database.sql, migrations, (m) =>
      console.log(`applied ${String(m.version).padStart(4, '0')}_${m.name}`),
    )
    console.log(applied.length ? `${applied.length} migration(s) applied (${database.mode})` : `up to date (${database.mode})`)
  } finally {
    await database.close()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  console.error(error instanceof Error ? error.message : error)
  process.exit(1)
})
