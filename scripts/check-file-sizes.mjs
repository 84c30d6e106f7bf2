// Fails when a file in src/ runs over 300 lines without saying why in its first lines
// ("longer than 300 lines: <reason>"), so that a file that grows is split or explained.
import { readdirSync, readFileSync, statSync } from 'node:fs'
import path from 'node:path'

const limit = 300
const reasonPattern = /longer than 300 lines: \S/i
const over = []
const walk = (dir) => {
  for (const name of readdirSync(dir)) {
    const file = path.join(dir, name)
    if (statSync(file).isDirectory()) walk(file)
    else if (/\.(ts|mjs|js)$/.test(name)) {
      const lines = readFileSync(file, 'utf8').split('\n')
      const count = lines.length - (lines.at(-1) === '' ? 1 : 0)
      if (count > limit) over.push({ file, count, explained: reasonPattern.test(lines.slice(0, 15).join('\n')) })
    }
  }
}
walk('src')
for (const { file, count, explained } of over) console.log(`${explained ? 'explained' : 'TOO LONG '} ${count} ${file}`)
const unexplained = over.filter((entry) => !entry.explained)
console.log(`${over.length} files over ${limit} lines, ${unexplained.length} without a reason in their header`)
process.exit(unexplained.length > 0 ? 1 : 0)
