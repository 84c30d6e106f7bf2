import type { Sql } from '../../src/platform/db/client.js'

/**
 * Counts committed row writes in every table, so a test can tell that a refused request wrote
 * nothing with one cheap read. Row triggers bump a counter row in the writing transaction, so a
 * write that was rolled back is not counted. Idempotency keys are left out: a failed create
 * claims its key and releases it again, by design.
 */
const notCounted = new Set(['hostile_input_writes', 'idempotency_records', 'schema_migrations'])

export async function installWriteCounter(sql: Sql): Promise<void> {
  await sql`create table hostile_input_writes (n bigint not null)`
  await sql`insert into hostile_input_writes values (0)`
  await sql`
    create function hostile_input_count_write() returns trigger language plpgsql as $$
    begin
      update hostile_input_writes set n = n + 1;
      return null;
    end $$
  `
  const tables = await sql<{ name: string }[]>`
    select tablename as name from pg_tables where schemaname = current_schema() order by tablename
  `
  for (const { name } of tables) {
    if (notCounted.has(name) || /rate_limit|migration/.test(name)) continue
    await sql`
      create trigger hostile_input_count_write after insert or update or delete on ${sql(name)}
      for each row execute function hostile_input_count_write()
    `
  }
}

export async function countWrites(sql: Sql): Promise<number> {
  const [row] = await sql<{ n: string }[]>`select n from hostile_input_writes`
  return Number(row!.n)
}
