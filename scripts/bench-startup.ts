/**
 * `npm run bench:startup`: start-to-ready of the Node server, `npm start` (TypeScript through tsx)
 * against `npm run start:prod` (dist/, from `npm run build`): from spawning the process to its
 * first `GET /readyz` 200, alternating the two over several rounds; prints medians. Figures are
 * printed, nothing is asserted.
 *
 *   npm run bench:startup                       # 5 rounds; builds dist/ first
 *   npm run bench:startup -- --rounds 10
 *
 * Both start on one scratch PostgreSQL database (BENCH_DATABASE_URL, else DATABASE_URL), migrated
 * by a first, unrecorded start of each (which also warms the file cache): what is timed is a restart, as a deploy or a crash
 * makes, not the first migration.
 */
import { execFileSync, spawn } from 'node:child_process'
import path from 'node:path'
import { freePort, projectRoot } from '../test/helpers/server-process.js'
import { optionReader } from './lib/cli-options.js'
import { createScratchDatabase, serverUrlFromEnv } from './lib/service-under-test.js'
import { percentile } from './lib/stats.js'

const rounds = Math.round(optionReader(process.argv.slice(2)).positive('rounds', 5))
if (!serverUrlFromEnv()) throw new Error('bench:startup needs PostgreSQL: set BENCH_DATABASE_URL or DATABASE_URL')

const starts = {
  'npm start (tsx src/server.ts)': ['--import', 'tsx', 'src/server.ts'],
  'npm run start:prod (node dist/src/server.js)': ['dist/src/server.js'],
} as const
type StartName = keyof typeof starts

/** Spawns the server, polls /readyz every 20 ms; the ms until the first 200, then stops it. */
async function startToReady(args: readonly string[], env: Record<string, string>): Promise<number> {
  const port = await freePort()
  const started = performance.now()
  const child = spawn(process.execPath, args, {
    cwd: projectRoot,
    env: { ...process.env, ...env, HOST: '127.0.0.1', PORT: String(port), LOG_LEVEL: 'warn' },
    stdio: ['ignore', 'ignore', 'pipe'],
  })
  let stderr = ''
  child.stderr!.on('data', (chunk) => (stderr += chunk))
  const exited = new Promise((resolve) => child.once('exit', resolve))
  try {
    for (;;) {
      if (child.exitCode !== null) throw new Error(`server exited ${child.exitCode}: ${stderr}`)
      if (performance.now() - started > 120_000) throw new Error(`not ready after 120 s: ${stderr}`)
      const status = await fetch(`http://127.0.0.1:${port}/readyz`).then((res) => res.status, () => 0)
      if (status === 200) return performance.now() - started
      await new Promise((resolve) => setTimeout(resolve, 20))
    }
  } finally {
    child.kill('SIGTERM')
    await exited
  }
}

async function main() {
  execFileSync(process.execPath, [path.join(projectRoot, 'scripts/build.mjs')], { stdio: 'inherit' })
  const db = await createScratchDatabase('postgres', 'startup')
  try {
    for (const args of Object.values(starts)) await startToReady(args, db.serverEnv)
    const times = new Map<StartName, number[]>(Object.keys(starts).map((name) => [name as StartName, []]))
    for (let round = 0; round < rounds; round++) {
      const order = Object.keys(starts) as StartName[]
      if (round % 2 === 1) order.reverse()
      for (const name of order) times.get(name)!.push(await startToReady(starts[name], db.serverEnv))
    }
    console.log(`\nStart to ready (spawn to first GET /readyz 200), PostgreSQL, ${rounds} rounds alternating:`)
    const medians = new Map<StartName, number>()
    for (const [name, samples] of times) {
      const sorted = [...samples].sort((a, b) => a - b)
      medians.set(name, percentile(sorted, 50))
      console.log(`  ${name.padEnd(46)} median ${Math.round(percentile(sorted, 50))} ms  (${sorted.map(Math.round).join(', ')})`)
    }
    const [tsx, compiled] = [...medians.values()]
    console.log(`  compiled / tsx: ${(compiled! / tsx!).toFixed(2)}`)
  } finally {
    await db.drop()
  }
}

main().then(
  () => process.exit(0),
  (error: unknown) => {
    console.error(error)
    process.exit(1)
  },
)
