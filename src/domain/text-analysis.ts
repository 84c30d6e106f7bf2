/**
 * Chinese-aware text analysis shared by the full-text index and the local embedder, identical on
 * Node and Workers (both ship ICU's dictionary segmenter behind `Intl.Segmenter`).
 *
 * Chinese has no spaces, and the dictionary splits domain compounds (催化剂 → 催化|剂), so words
 * alone lose recall; overlapping character bigrams over each run of Han characters recover it.
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+/gu

/** NFKC folds full-width letters and digits (ＳｉＣ → SiC); case is folded for Latin terms. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

/** Dictionary words, without punctuation and spaces, in order. */
export function words(text: string): string[] {
  const out: string[] = []
  for (const segment of segmenter.segment(normalise(text))) {
    if (segment.isWordLike) out.push(segment.segment)
  }
  return out
}

/** Overlapping pairs of Han characters within each run; a lone character stands for itself. */
export function hanBigrams(text: string): string[] {
  const out: string[] = []
  for (const [run] of normalise(text).matchAll(hanRun)) {
    const chars = [...run]
    if (chars.length === 1) out.push(run)
    for (let i = 0; i + 1 < chars.length; i++) out.push(chars[i]! + chars[i + 1]!)
  }
  return out
}

export function isHan(term: string): boolean {
  return han.test(term)
}

/** Words plus bigrams, each once, in first-seen order: the terms a document is indexed by. */
export function indexTerms(text: string): string[] {
  return [...new Set([...words(text), ...hanBigrams(text)])]
}
