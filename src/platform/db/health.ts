import type { Queryable } from './client.js'
import { type AppliedMigration, listAppliedMigrations } from './migrations.js'

export interface DatabaseHealth {
  serverVersion: string
  vectorVersion: string | null
  appliedMigrations: AppliedMigration[]
}

export async function readDatabaseHealth(sql: Queryable): Promise<DatabaseHealth> {
  const [server] = await sql<{ version: string }[]>`select current_setting('server_version') as version`
  const [vector] = await sql<{ version: string }[]>`
    select extversion as version from pg_extension where extname = 'vector'
  `
  return {
    serverVersion: server!.version,
    vectorVersion: vector?.version ?? null,
    appliedMigrations: await listAppliedMigrations(sql),
  }
}
