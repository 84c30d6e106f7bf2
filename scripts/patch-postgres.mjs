// Runs after `npm install` / `npm ci` (package.json "postinstall"). postgres.js 3.4.9 defers small
// writes with setImmediate; when the connection closes first, the deferred write dereferences a
// null socket and throws outside any caller, killing the process (upstream issues #1154, #1208),
// and teardown leaves the timer variable set so the connection never flushes again. Seen here
// when PostgreSQL restarts under load (npm run faults). Until a release fixes it, this applies the
// guard proposed upstream to each build of the driver (ESM, CommonJS, Cloudflare). Idempotent.
import { readFileSync, writeFileSync } from 'node:fs'
import path from 'node:path'
import { fileURLToPath } from 'node:url'

const marker = 'kechuang-match patch: null socket'
// The project's own node_modules: postinstall runs in the project root.
const root = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'node_modules', 'postgres')
const { version } = JSON.parse(readFileSync(path.join(root, 'package.json'), 'utf8'))
if (version !== '3.4.9') {
  console.warn(`patch-postgres: postgres ${version} is not 3.4.9; not patched (check whether it still needs the guard)`)
  process.exit(0)
}

const guard = `function nextWrite(fn) {
    if (socket === null) { // ${marker}: the connection closed before this deferred write ran
      nextWriteTimer !== null && clearImmediate(nextWriteTimer)
      chunk = nextWriteTimer = null
      return false
    }
    const x = socket.write(chunk, fn)`

for (const build of ['src', 'cjs/src', 'cf/src']) {
  const file = path.join(root, build, 'connection.js')
  let source = readFileSync(file, 'utf8')
  if (source.includes(marker)) continue
  const before = source
  source = source.replace('function nextWrite(fn) {\n    const x = socket.write(chunk, fn)', guard)
  // terminate() and closed(): cancel the deferred write and forget it, so a new socket can write.
  source = source.replaceAll('\n    clearImmediate(nextWriteTimer)\n', '\n    clearImmediate(nextWriteTimer)\n    chunk = nextWriteTimer = null\n')
  const teardowns = source.split('chunk = nextWriteTimer = null').length - 1
  if (source === before || !source.includes(marker) || teardowns !== 4) {
    console.error(`patch-postgres: ${file} does not look like postgres 3.4.9; not patched`)
    process.exit(1)
  }
  writeFileSync(file, source)
}
console.log('patch-postgres: guarded postgres 3.4.9 against writes on a closed socket')
