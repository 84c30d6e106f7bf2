import { writeFile } from 'node:fs/promises'
import { fileURLToPath } from 'node:url'
import { apiTypesUrl, generateApiTypes } from './api-types-generate.js'

/** `npm run openapi:types`: regenerates test/helpers/api-types.ts after `npm run openapi`. */
await writeFile(apiTypesUrl, await generateApiTypes())
console.log(`wrote ${fileURLToPath(apiTypesUrl)}`)
