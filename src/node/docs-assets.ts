import { readFile } from 'node:fs/promises'
import { createRequire } from 'node:module'
import path from 'node:path'
import { docsAssetTypes } from '../http/docs/docs.page.js'

const swaggerUiDir = path.dirname(createRequire(import.meta.url).resolve('swagger-ui-dist/package.json'))

/** Serves the docs page's files from the installed swagger-ui-dist, so /docs works offline. */
export async function readDocsAsset(file: string): Promise<Uint8Array | null> {
  if (!Object.hasOwn(docsAssetTypes, file)) return null
  return readFile(path.join(swaggerUiDir, file)).catch(() => null)
}
