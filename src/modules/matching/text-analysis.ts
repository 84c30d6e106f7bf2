/**
 * Chinese-aware text analysis shared by the full-text index and the local embedder, identical on
 * Node and Workers (both ship ICU's dictionary segmenter behind `Intl.Segmenter`).
 *
 * Chinese has no spaces, and the dictionary splits domain compounds (催化剂 → 催化|剂), so words
 * alone lose recall; overlapping character bigrams over each run of Han characters recover it.
 * A dictionary segmenter built for Chinese (jieba) was measured against this on the external set
 * and lost (`scripts/segmenter-study.ts`).
 */
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const han = /\p{Script=Han}/u
const hanRun = /\p{Script=Han}+/gu
const allHan = /^\p{Script=Han}+$/u

/**
 * Characters that, when the dictionary leaves them standing alone, are grammar (particles,
 * prepositions, conjunctions, pronouns), not content: a pair spanning one (生的, 的可, 了有) names
 * nothing, and alone they match every document. Inside a word they are content (目的, 和谐, 其他).
 */
const functionCharacters = new Set([...'的了着过和与及或而并且在是对于为以由从将把被给向之其此该这那等也都就又还则即但如若因所地得很更最'])

/** NFKC folds full-width letters and digits (ＳｉＣ → SiC); case is folded for Latin terms. */
export function normalise(text: string): string {
  return text.normalize('NFKC').toLowerCase()
}

export interface AnalysedText {
  /** Dictionary words, without punctuation, spaces and function characters, in order. */
  words: string[]
  /**
   * Overlapping pairs of Han characters within each run, a run broken at punctuation, other
   * scripts and function characters; a run of one character stands for itself.
   */
  bigrams: string[]
}

/** Words and bigrams from one pass of the segmenter (it is most of the cost of indexing). */
export function analyse(text: string): AnalysedText {
  const out: AnalysedText = { words: [], bigrams: [] }
  let run: string[] = []
  const endRun = () => {
    if (run.length === 1) out.bigrams.push(run[0]!)
    for (let i = 0; i + 1 < run.length; i++) out.bigrams.push(run[i]! + run[i + 1]!)
    run = []
  }
  for (const { segment, isWordLike } of segmenter.segment(normalise(text))) {
    const functionCharacter = functionCharacters.has(segment)
    if (isWordLike && !functionCharacter) out.words.push(segment)
    if (!functionCharacter && allHan.test(segment)) {
      for (const character of segment) run.push(character)
      continue
    }
    if (functionCharacter || !han.test(segment)) {
      endRun()
      continue
    }
    // A segment mixing scripts (a Latin word glued to Han) contributes only its Han runs.
    const parts = segment.match(hanRun)!
    for (const part of parts) {
      endRun()
      run.push(...part)
    }
    endRun()
  }
  endRun()
  return out
}

export function words(text: string): string[] {
  return analyse(text).words
}

export function hanBigrams(text: string): string[] {
  return analyse(text).bigrams
}

export function isHan(term: string): boolean {
  return han.test(term)
}

/** Words plus bigrams, each once, in first-seen order: the terms a document is indexed by. */
export function indexTerms(text: string): string[] {
  const { words, bigrams } = analyse(text)
  return [...new Set([...words, ...bigrams])]
}
