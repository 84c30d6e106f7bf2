/** A fitted vocabulary: term ids, document frequencies, and the rule for which terms it keeps. */
export interface Vocabulary {
  /** Term → id, ids dense from 0. */
  readonly ids: ReadonlyMap<string, number>
  /** Number of fitted documents each term id occurs in. */
  readonly df: Int32Array
  /** Number of fitted documents. */
  readonly documents: number
}

export interface VocabularyOptions {
  /**
   * Drop terms in more than this fraction of documents: in abstracts these are the genre's words
   * (目的, 方法, 结果, 研究…) that make every document look alike. 1 keeps all.
   */
  maxDocumentFraction: number
  /** Drop terms in fewer documents than this: a term seen once cannot link two documents. */
  minDocuments: number
}

export const defaultVocabularyOptions: VocabularyOptions = { maxDocumentFraction: 1, minDocuments: 1 }

/** Counts document frequency over the given documents' term sets and applies the stop rule. */
export function fitVocabulary(
  documents: readonly ReadonlyMap<string, number>[],
  options: VocabularyOptions = defaultVocabularyOptions,
): Vocabulary {
  const df = new Map<string, number>()
  for (const doc of documents) for (const term of doc.keys()) df.set(term, (df.get(term) ?? 0) + 1)
  const maxDf = options.maxDocumentFraction * documents.length
  const ids = new Map<string, number>()
  const dfs: number[] = []
  // Sorted so that ids do not depend on document order (reproducible fits).
  for (const [term, n] of [...df].sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))) {
    if (n > maxDf || n < options.minDocuments) continue
    ids.set(term, dfs.length)
    dfs.push(n)
  }
  return { ids, df: Int32Array.from(dfs), documents: documents.length }
}

/** A sparse vector: parallel arrays of ascending term ids and their values. */
export interface SparseVector {
  readonly indices: Int32Array
  readonly values: Float64Array
}

/** Maps term counts onto vocabulary ids, dropping out-of-vocabulary and stopped terms. */
export function toSparseCounts(counts: ReadonlyMap<string, number>, vocabulary: Vocabulary): SparseVector {
  const pairs: [number, number][] = []
  for (const [term, n] of counts) {
    const id = vocabulary.ids.get(term)
    if (id !== undefined) pairs.push([id, n])
  }
  pairs.sort((a, b) => a[0] - b[0])
  return { indices: Int32Array.from(pairs, (p) => p[0]), values: Float64Array.from(pairs, (p) => p[1]) }
}
