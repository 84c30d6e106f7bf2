import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { projectRoot } from '../../helpers/server-process.js'

// The install step (scripts/patch-postgres.mjs, run as postinstall) guards postgres.js 3.4.9
// against a deferred write on a closed socket, which otherwise kills the server when PostgreSQL
// restarts under load (seen with npm run faults). Each build the app or the Worker may load.
describe('postgres.js as installed', () => {
  it.each(['src', 'cjs/src', 'cf/src'])('%s/connection.js has the closed-socket guard and resets the write timer on teardown', async (build) => {
    const source = await readFile(`${projectRoot}node_modules/postgres/${build}/connection.js`, 'utf8')
    expect(source).toContain('if (socket === null) { // kechuang-match patch: null socket')
    expect(source.split('chunk = nextWriteTimer = null').length - 1).toBe(4)
  })
})
