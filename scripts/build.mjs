/**
 * `npm run build`: src/ and seed/ compiled to JavaScript in dist/, one file for each (no bundle),
 * so a production start needs no TypeScript loader: `npm run start:prod` runs dist/src/server.js.
 * esbuild only strips the types, in about a second; `npm run typecheck` checks them. The layout is
 * kept, so what a module finds relative to itself (the migrations in sql/, from
 * src/platform/db/migration-files.ts) is there once sql/ is copied beside it; packages resolve
 * from the project's node_modules, so the output stays inside the project.
 *
 *   node scripts/build.mjs [--outdir test-output/build]     # default dist/
 */
import { cpSync, readdirSync, rmSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { build } from 'esbuild'

const root = fileURLToPath(new URL('..', import.meta.url))
const outdirArg = process.argv.indexOf('--outdir')
const outdir = path.resolve(root, outdirArg === -1 ? 'dist' : process.argv[outdirArg + 1])
if (path.relative(root, outdir).startsWith('..')) throw new Error('--outdir must be inside the project, where node_modules resolves')

const sources = ['src', 'seed'].flatMap((dir) =>
  readdirSync(path.join(root, dir), { recursive: true, encoding: 'utf8' })
    .filter((file) => file.endsWith('.ts') && !file.endsWith('.d.ts'))
    .map((file) => path.join(root, dir, file)),
)
rmSync(outdir, { recursive: true, force: true })
await build({
  entryPoints: sources,
  outdir,
  outbase: root,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  sourcemap: true,
  logLevel: 'warning',
})
cpSync(path.join(root, 'sql'), path.join(outdir, 'sql'), { recursive: true })
console.log(`built ${sources.length} modules into ${path.relative(root, outdir)}/ (start: node ${path.relative(root, outdir)}/src/server.js)`)
