import { mkdir, writeFile } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import type { TestProject } from 'vitest/node'
import { dumpFreshEmbeddedDatabase } from '../../src/platform/db/embedded.js'

declare module 'vitest' {
  export interface ProvidedContext {
    /** Files of an initdb'd PGlite with pgvector, so each test file starts a clean one quickly. */
    pgliteTemplate: string | null
  }
}

/** initdb once per run (≈8 s); every test file then loads a copy (≈2 s) instead. */
export default async function setup(project: TestProject) {
  if (process.env.TEST_DATABASE_URL) {
    project.provide('pgliteTemplate', null)
    return
  }
  const dir = path.join(os.tmpdir(), `kechuang-test-${process.pid}`)
  await mkdir(dir, { recursive: true })
  const file = path.join(dir, 'pglite-template.tar')
  const dump = await dumpFreshEmbeddedDatabase()
  await writeFile(file, Buffer.from(await dump.arrayBuffer()))
  project.provide('pgliteTemplate', file)
}
