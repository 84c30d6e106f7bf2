// Copies the docs page's Swagger UI files from the installed swagger-ui-dist into dist-docs-assets/,
// the Worker's static assets directory (wrangler.toml [assets]), so that /docs on Workers loads
// nothing from a CDN. Run through tsx, which lets it read the whitelist from the TypeScript source:
// the Worker may serve only what Node serves. `npm run dev:worker` and `build:worker` run it first.
import { copyFile, mkdir, rm } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { fileURLToPath } from 'node:url'
import { docsAssetTypes } from '../src/http/docs/docs.page.js'

const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..')
const source = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))
const target = path.join(root, 'dist-docs-assets')

// Emptied first, so a file dropped from the whitelist is not left behind to be uploaded.
await rm(target, { recursive: true, force: true })
await mkdir(target, { recursive: true })
for (const file of Object.keys(docsAssetTypes)) await copyFile(path.join(source, file), path.join(target, file))
console.log(`docs-assets: ${Object.keys(docsAssetTypes).length} files from ${path.relative(root, source)} into ${path.relative(root, target)}`)
