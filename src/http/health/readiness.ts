import type { DatabaseHealth } from '../../platform/db/health.js'
import { type Migration, compareMigrations } from '../../platform/db/migrations.js'

export interface ReadinessCheck {
  name: 'database' | 'migrations' | 'vector'
  ok: boolean
  detail: string
}

export interface Readiness {
  ready: boolean
  checks: ReadinessCheck[]
}

/** Ready means: database answers, every expected migration applied unchanged, pgvector present. */
export function assessReadiness(expected: readonly Migration[], health: DatabaseHealth): Readiness {
  const migrations = compareMigrations(expected, health.appliedMigrations)
  const checks: ReadinessCheck[] = [
    { name: 'database', ok: true, detail: `PostgreSQL ${health.serverVersion}` },
    {
      name: 'migrations',
      ok: migrations.current,
      detail: migrations.current
        ? `${migrations.applied} of ${migrations.expected} applied`
        : migrations.problems.join('; '),
    },
    {
      name: 'vector',
      ok: health.vectorVersion !== null,
      detail: health.vectorVersion ? `pgvector ${health.vectorVersion}` : 'extension "vector" is not installed',
    },
  ]
  return { ready: checks.every((check) => check.ok), checks }
}

export function unreachableDatabase(reason: string): Readiness {
  return {
    ready: false,
    checks: [
      { name: 'database', ok: false, detail: reason },
      { name: 'migrations', ok: false, detail: 'unknown: database unreachable' },
      { name: 'vector', ok: false, detail: 'unknown: database unreachable' },
    ],
  }
}
