import { parseArgs } from 'node:util'
import { insertApiKey, listApiKeys, revokeApiKey } from '../modules/accounts/queries.js'
import { parseConfig } from '../platform/config.js'
import { generateApiKey, hashApiKey, keyPrefixLength, scopeProblem } from '../modules/accounts/service.js'
import { type Role, roles } from '../core/principal.js'
import { openNodeDatabase } from '../node/database.js'

const usage = `usage:
  npm run key -- create --role admin|park_staff|enterprise|expert [--scope <park|enterprise|expert id>] [--name <label>]
  npm run key -- list
  npm run key -- revoke <key id or prefix>`

/** Issues, lists and revokes API keys; a new key is printed once and only its hash is stored. */
async function main(argv: string[]) {
  const { positionals, values } = parseArgs({
    args: argv,
    allowPositionals: true,
    options: { role: { type: 'string' }, scope: { type: 'string' }, name: { type: 'string' } },
  })
  const [command, target] = positionals
  if (command !== 'create' && command !== 'list' && command !== 'revoke') throw new Error(usage)
  const role = values.role as Role | undefined
  if (command === 'create') {
    if (!role || !roles.includes(role)) throw new Error(`--role must be one of ${roles.join(', ')}\n${usage}`)
    const scope = {
      parkId: role === 'park_staff' ? values.scope : undefined,
      enterpriseId: role === 'enterprise' ? values.scope : undefined,
      expertId: role === 'expert' ? values.scope : undefined,
    }
    const problem = scopeProblem(role, scope)
    if (problem || (role === 'admin' && values.scope)) throw new Error(`--scope: ${problem ?? 'an admin key has no scope'}`)
  }
  if (command === 'revoke' && !target) throw new Error(usage)

  const database = await openNodeDatabase(parseConfig(process.env))
  try {
    if (command === 'create') {
      const key = generateApiKey()
      const row = await insertApiKey(database.sql, {
        name: values.name ?? `${role} key`,
        prefix: key.slice(0, keyPrefixLength),
        keyHash: hashApiKey(key),
        role: role!,
        parkId: role === 'park_staff' ? values.scope : null,
        enterpriseId: role === 'enterprise' ? values.scope : null,
        expertId: role === 'expert' ? values.scope : null,
      })
      console.log(`created ${row.role} key ${row.id} (${row.name})`)
      console.log('the key, shown only now:')
      console.log(key)
    } else if (command === 'list') {
      for (const row of await listApiKeys(database.sql)) {
        const scope = row.parkId ?? row.enterpriseId ?? row.expertId ?? '-'
        console.log([row.id, row.prefix, row.role, scope, row.revokedAt ? 'revoked' : 'active', row.name].join('\t'))
      }
    } else {
      const revoked = await revokeApiKey(database.sql, target!)
      if (revoked.length === 0) throw new Error(`no active key ${target}`)
      for (const row of revoked) console.log(`revoked ${row.role} key ${row.id} (${row.prefix}…)`)
    }
  } finally {
    await database.close()
  }
}

main(process.argv.slice(2)).catch((error: unknown) => {
  const pg = error as { code?: string }
  console.error(pg.code === '23503' ? 'the --scope id does not exist' : error instanceof Error ? error.message : error)
  process.exit(1)
})
