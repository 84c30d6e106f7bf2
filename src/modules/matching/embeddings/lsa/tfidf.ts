/**
 * TF-IDF weighting with sublinear term frequency: 1 + ln(tf) damps a word repeated across one
 * long abstract, and the smoothed idf ln((1 + N) / (1 + df)) + 1 keeps every term positive.
 * Rows are L2-normalised so that long profiles do not dominate the SVD.
 */
import { type CsrMatrix } from './svd.js'
import { type SparseVector, type Vocabulary } from './vocabulary.js'

export function smoothIdf(vocabulary: Vocabulary): Float64Array {
  const n = vocabulary.documents
  return Float64Array.from(vocabulary.df, (df) => Math.log((1 + n) / (1 + df)) + 1)
}

/** Sublinear tf × idf, L2-normalised. Counts must be on the same vocabulary as idf. */
export function tfidf(counts: SparseVector, idf: Float64Array): SparseVector {
  const values = Float64Array.from(counts.values, (tf, i) => (1 + Math.log(tf)) * idf[counts.indices[i]!]!)
  const n = norm(values)
  if (n > 0) for (let i = 0; i < values.length; i++) values[i]! /= n
  return { indices: counts.indices, values }
}

/** Stacks sparse rows into a CSR matrix with the given number of columns. */
export function toCsr(rows: readonly SparseVector[], cols: number): CsrMatrix {
  const rowStart = new Int32Array(rows.length + 1)
  rows.forEach((r, i) => {
    rowStart[i + 1] = rowStart[i]! + r.indices.length
  })
  const nnz = rowStart[rows.length]!
  const colIndex = new Int32Array(nnz)
  const values = new Float64Array(nnz)
  rows.forEach((r, i) => {
    colIndex.set(r.indices, rowStart[i]!)
    values.set(r.values, rowStart[i]!)
  })
  return { rows: rows.length, cols, rowStart, colIndex, values }
}

/** Euclidean length, without spreading a long vector into arguments. */
export function norm(values: ArrayLike<number>): number {
  let sum = 0
  for (let i = 0; i < values.length; i++) sum += values[i]! * values[i]!
  return Math.sqrt(sum)
}
