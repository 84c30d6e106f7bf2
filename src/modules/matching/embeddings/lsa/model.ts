import { analyse } from '../../text-analysis.js'
import { type Pause, randomizedSvd } from './svd.js'
import { norm, smoothIdf, tfidf, toCsr } from './tfidf.js'
import { type SparseVector, fitVocabulary, toSparseCounts } from './vocabulary.js'

/**
 * Latent semantic analysis fitted on the registry's own candidate documents: a TF-IDF matrix of
 * their terms, reduced by truncated SVD to LSA_DIMENSIONS concepts, so that a need and a profile
 * sharing no word but words that co-occur across profiles (one field's vocabulary) come out
 * close. Any text is folded in by projecting its TF-IDF vector; it need not have been in the fit.
 *
 * Measured on the CSL dev split (research in the closing note of issue 12): k 64, σ^0.5, terms in
 * two or more profiles, words and Han bigrams with repeats; best fused 0.7 with 0.3 BM25.
 */
export const LSA_DIMENSIONS = 64
/** The fit reads at most this many documents (a sample beyond it): the concepts are learnt, every document is folded in. */
export const LSA_MAX_FIT_DOCUMENTS = 20_000
/** Vocabulary kept, most widespread first: bounds the stored model (terms × 64 floats). */
export const LSA_MAX_TERMS = 100_000
/** Fewer documents than this make no concept space worth the name: the vector retriever waits. */
export const LSA_MIN_DOCUMENTS = 20

const fitOptions = { rank: LSA_DIMENSIONS, oversampling: 40, powerIterations: 10, seed: 1, sigmaPower: 0.5, minDocuments: 2 }

export interface LsaModel {
  /** Its row in lsa_models; names the embedding model of the vectors made with it. */
  id: number
  documents: number
  /** The vocabulary, in the order of the rows of `projection`. */
  terms: string[]
  idf: Float32Array
  /** terms × LSA_DIMENSIONS, row-major: right singular vectors already scaled by σ^(α−1). */
  projection: Float32Array
}

/** Every term occurrence of a text, with repeats: dictionary words and Han bigrams. */
export function termCounts(text: string): Map<string, number> {
  const counts = new Map<string, number>()
  const { words, bigrams } = analyse(text)
  for (const term of [...words, ...bigrams]) counts.set(term, (counts.get(term) ?? 0) + 1)
  return counts
}

/** Fits a model on documents' term counts; `pause` lets a server go on answering meanwhile. */
export async function fitLsa(documents: readonly ReadonlyMap<string, number>[], pause?: Pause): Promise<Omit<LsaModel, 'id'>> {
  let vocabulary = fitVocabulary(documents, { maxDocumentFraction: 1, minDocuments: fitOptions.minDocuments })
  if (vocabulary.ids.size > LSA_MAX_TERMS) {
    const df = vocabulary.df
    const ranked = [...vocabulary.ids].sort((a, b) => df[b[1]]! - df[a[1]]! || (a[0] < b[0] ? -1 : 1))
    const kept = new Set(ranked.slice(0, LSA_MAX_TERMS).map(([term]) => term))
    vocabulary = fitVocabulary(
      documents.map((counts) => new Map([...counts].filter(([term]) => kept.has(term)))),
      { maxDocumentFraction: 1, minDocuments: fitOptions.minDocuments },
    )
  }
  const idf = smoothIdf(vocabulary)
  const rows: SparseVector[] = []
  for (const counts of documents) rows.push(tfidf(toSparseCounts(counts, vocabulary), idf))
  const { v, sigma } = await randomizedSvd(toCsr(rows, vocabulary.df.length), fitOptions, pause)
  const rank = v.cols
  const terms = [...vocabulary.ids].sort((a, b) => a[1] - b[1]).map(([term]) => term)
  // Padded with zero columns when the registry is too small for the full rank, so every model of
  // this kind has LSA_DIMENSIONS dimensions (one vector index).
  const projection = new Float32Array(terms.length * LSA_DIMENSIONS)
  for (let t = 0; t < terms.length; t++) {
    for (let j = 0; j < rank; j++) {
      const scale = sigma[j]! > 0 ? sigma[j]! ** (fitOptions.sigmaPower - 1) : 0
      projection[t * LSA_DIMENSIONS + j] = v.data[t * rank + j]! * scale
    }
  }
  return { documents: documents.length, terms, idf: Float32Array.from(idf), projection }
}

/** A fitted model's term → row index, built once per loaded model. */
export function termIndex(model: Pick<LsaModel, 'terms'>): Map<string, number> {
  return new Map(model.terms.map((term, index) => [term, index]))
}

/** The unit-length embedding of a text; all zeros when it holds no term of the model. */
export function embedText(model: LsaModel, index: ReadonlyMap<string, number>, text: string): number[] {
  const out = new Float64Array(LSA_DIMENSIONS)
  const entries: [number, number][] = []
  for (const [term, count] of termCounts(text)) {
    const row = index.get(term)
    if (row !== undefined) entries.push([row, (1 + Math.log(count)) * model.idf[row]!])
  }
  const length = norm(entries.map(([, weight]) => weight))
  if (length === 0) return [...out]
  for (const [row, weight] of entries) {
    const offset = row * LSA_DIMENSIONS
    for (let j = 0; j < LSA_DIMENSIONS; j++) out[j]! += (weight / length) * model.projection[offset + j]!
  }
  const n = norm(out)
  return n === 0 ? [...out] : [...out].map((value) => value / n)
}
