import { execFileSync } from 'node:child_process'
import { symlinkSync } from 'node:fs'
import { mkdtemp } from 'node:fs/promises'
import os from 'node:os'
import path from 'node:path'
import { projectRoot } from '../../test/helpers/server-process.js'

/** `ref` checked out beside this checkout, sharing its node_modules; removed by `remove`. */
export async function checkOutBaseline(ref: string): Promise<{ dir: string; remove(): void }> {
  const dir = path.join(await mkdtemp(path.join(os.tmpdir(), 'kechuang-baseline-')), 'tree')
  execFileSync('git', ['-C', projectRoot, 'worktree', 'add', '--detach', dir, ref], { stdio: 'ignore' })
  symlinkSync(path.join(projectRoot, 'node_modules'), path.join(dir, 'node_modules'), 'dir')
  return {
    dir,
    remove: () => execFileSync('git', ['-C', projectRoot, 'worktree', 'remove', '--force', dir], { stdio: 'ignore' }),
  }
}
