import postgres from 'postgres'

/** The postgres.js handle every SQL function takes; rows are typed per query. */
export type Sql = postgres.Sql<{ bigint: number }>
export type TransactionSql = postgres.TransactionSql<{ bigint: number }>
/** Either the pool or a transaction: functions in `src/db` accept both. */
export type Queryable = Sql | TransactionSql

export interface SqlOptions {
  /** Pool size. The embedded database multiplexes one session, so it must be 1 there. */
  max: number
  /** Server-side deadline for every statement; omitted where startup parameters are not passed on. */
  statementTimeoutMs?: number
  /** Skips the type lookup round trip; only safe where no array columns are read or written. */
  fetchTypes?: boolean
  /**
   * How long a session may sit inside a transaction waiting for its client. A client that vanished
   * mid-transaction (network cut, killed process) otherwise holds its locks until TCP gives up.
   */
  idleInTransactionTimeoutMs?: number
  /** How long a connection attempt may take before the request fails (seconds). */
  connectTimeoutSeconds?: number
  /** Named prepared statements. Off for the embedded database, whose one session is shared. */
  prepare?: boolean
  /** Whether sessions start with `vectorSearchSession` (default true). */
  vectorSearchSession?: boolean
  /** Whether sessions plan each prepared statement once (`genericPlanSession`, default true). */
  genericPlans?: boolean
}

/**
 * Settings every session of ours starts with: pgvector's HNSW search effort and its iterative scan
 * (modules/matching/index/vector-search.ts). Set once per connection, a vector search needs no
 * transaction of its own to set them: one round trip instead of three. A session without them (a
 * pooler or an embedded database that does not pass startup parameters on) is told apart by the
 * search, which then sets them itself.
 */
export const vectorSearchSession = { 'hnsw.ef_search': '400', 'hnsw.iterative_scan': 'relaxed_order' } as const

/**
 * Prepared statements are planned once per session, not at every execution. PostgreSQL's default
 * re-plans a statement whenever its plan for the given values looks cheaper than the generic one,
 * which for ours it nearly always does, so it planned every time: the candidate profiles read by
 * an invitation's rules took 0.96 ms to plan and 0.13 to run, and planning was a quarter of the
 * database's CPU under the writes of `npm run load` (pg_stat_statements). Our statements are
 * written for one plan whatever the values (keys, `= any(array)`, fences where the planner guessed
 * wrong), so the generic plan is the plan. A planner setting changed for one statement (`set local
 * enable_indexscan`) would stay in that statement's plan for the session's life: write the
 * statement differently instead (vector-search.ts's exact scan).
 */
export const genericPlanSession = { plan_cache_mode: 'force_generic_plan' } as const

export function createSql(url: string, options: SqlOptions): Sql {
  return postgres(url, {
    max: options.max,
    prepare: options.prepare ?? true,
    fetch_types: options.fetchTypes ?? true,
    connect_timeout: options.connectTimeoutSeconds ?? 5,
    idle_timeout: 30,
    onnotice: () => {},
    // snake_case columns become camelCase fields, and back for `sql(object)` inserts.
    transform: postgres.camel,
    // Money is integer fen in int8; 2^53 fen is far beyond any contract, so plain numbers are safe.
    types: {
      bigint: {
        to: 20,
        from: [20],
        serialize: (value: number) => String(value),
        parse: (value: string) => Number(value),
      },
    },
    connection: {
      application_name: 'kechuang-match',
      // Times are read and written as UTC whatever the server's zone: a zone with a historical
      // offset (Asia/Shanghai before 1901 is +08:05:43) would not parse back into the same instant.
      TimeZone: 'UTC',
      ...(options.vectorSearchSession === false ? {} : vectorSearchSession),
      ...(options.genericPlans === false ? {} : genericPlanSession),
      ...(options.statementTimeoutMs ? { statement_timeout: options.statementTimeoutMs } : {}),
      ...(options.idleInTransactionTimeoutMs ? { idle_in_transaction_session_timeout: options.idleInTransactionTimeoutMs } : {}),
    },
  }) as unknown as Sql
}
