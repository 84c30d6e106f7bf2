import type { Sql } from '../../platform/db/client.js'
import { isFault } from '../../core/errors.js'
import { toDomainError } from '../../platform/db/errors.js'
import { type ImportRejection, type ImportResult, type RowOp, rejectionOf } from './results.js'

const rollback = Symbol('rollback')
const inFailedTransaction = '25P02'

/**
 * Writes a batch in one transaction. When rows fail, the transaction is rolled back, the rows
 * that failed on their own account are rejected (not those that only saw the transaction already
 * aborted), and the rest is written again. Should that find no culprit, each row goes alone.
 */
export async function commitBatch(sql: Sql, ops: RowOp[], result: ImportResult, reject: (rejection: ImportRejection) => void): Promise<void> {
  let pending = ops
  while (pending.length > 0) {
    let settled: PromiseSettledResult<{ action: 'created' | 'updated'; id: string }>[] = []
    try {
      await sql.begin(async (tx) => {
        settled = await Promise.allSettled(pending.map((op) => op.run(tx)))
        if (settled.some((outcome) => outcome.status === 'rejected')) throw rollback
      })
      settled.forEach((outcome, index) => record(result, pending[index]!.line, outcome))
      return
    } catch (error) {
      if (error !== rollback) throw error
    }
    const culprits = new Set<number>()
    settled.forEach((outcome, index) => {
      if (outcome.status === 'rejected' && (outcome.reason as { code?: string } | null)?.code !== inFailedTransaction) culprits.add(index)
    })
    if (culprits.size === 0) {
      for (const op of pending) await commitAlone(sql, op, result, reject)
      return
    }
    for (const index of culprits) {
      const reason = (settled[index] as PromiseRejectedResult).reason
      if (isFault(toDomainError(reason))) throw reason
      reject(rejectionOf(pending[index]!.line, reason))
    }
    pending = pending.filter((_, index) => !culprits.has(index))
  }
}

async function commitAlone(sql: Sql, op: RowOp, result: ImportResult, reject: (rejection: ImportRejection) => void): Promise<void> {
  try {
    const outcome = await sql.begin((tx) => op.run(tx))
    record(result, op.line, { status: 'fulfilled', value: outcome })
  } catch (error) {
    if (isFault(toDomainError(error))) throw error
    reject(rejectionOf(op.line, error))
  }
}

function record(result: ImportResult, line: number, outcome: PromiseSettledResult<{ action: 'created' | 'updated'; id: string }>): void {
  if (outcome.status !== 'fulfilled') return
  const { action, id } = outcome.value
  result[action].push({ line, id })
  result.summary[action]++
}
