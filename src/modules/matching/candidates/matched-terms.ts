/**
 * The matched terms shown to people. The full-text index matches by dictionary words and
 * overlapping character pairs (text-analysis.ts), so what a document matched includes single
 * characters (剂) and pairs that straddle two words (化废 of 催化|废水): they rank well but read as
 * nothing. What is shown instead are whole words of the query, runs of them where the matched
 * pairs join up (催化 + 化剂 → 催化剂), and Latin or digit tokens (PVDF, COD). The ranking is not
 * touched: only the list a person reads.
 */
import { normalise } from '../text-analysis.js'

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const allHan = /^\p{Script=Han}+$/u
const hasHan = /\p{Script=Han}/u
const hasLetter = /\p{L}/u

/** Longer runs read as a quoted sentence, not a term. */
export const MAX_SHOWN_TERM_CHARS = 10

interface Piece {
  /** As the query spells it (NFKC, case kept: PVDF, not pvdf). */
  shown: string
  /** As the index compares it (normalise). */
  key: string
  chars: string[]
  /** Its adjacent character pairs, worked out once per query rather than per document. */
  pairs: string[]
  /** The pair its first character makes with the previous word's last (none first in a run). */
  joinPair: string | null
}

interface QueryShape {
  /** Runs of adjacent Han words, broken at punctuation, spaces and other scripts. */
  runs: Piece[][]
  /** Latin words of two characters or more, digits allowed (COD, PVDF, 5G); not bare numbers. */
  tokens: Piece[]
}

function shapeOf(query: string): QueryShape {
  const shape: QueryShape = { runs: [], tokens: [] }
  let run: Piece[] = []
  const endRun = () => {
    if (run.length > 0) shape.runs.push(run)
    run = []
  }
  for (const { segment, isWordLike } of segmenter.segment(query.normalize('NFKC'))) {
    const key = normalise(segment)
    const chars = [...key]
    const piece: Piece = { shown: segment, key, chars, pairs: chars.slice(1).map((char, i) => chars[i]! + char), joinPair: null }
    if (isWordLike && allHan.test(segment)) {
      const previous = run.at(-1)
      if (previous) piece.joinPair = previous.chars.at(-1)! + chars[0]!
      run.push(piece)
      continue
    }
    endRun()
    // A number both texts mention (0.01, 2020) is seldom why they match.
    if (isWordLike && !hasHan.test(segment) && hasLetter.test(segment) && piece.chars.length >= 2) shape.tokens.push(piece)
  }
  endRun()
  return shape
}

/** Context either side of an occurrence that the segmenter reads to place the words around it. */
const CONTEXT_CHARS = 12
/** Occurrences of one run looked at in a document; real documents repeat a term a few times. */
const MAX_OCCURRENCES = 16

/**
 * Whether `key` occurs in `text` as whole words there too: the segmenter joins a character to a
 * different neighbour in each text (煤气|化 in the query, 焦化 in the document), and a run that
 * starts or ends inside a document word (化废水 of 焦化废水) is a fragment, not a shared term.
 */
function occursAsWords(text: string, key: string): boolean {
  let seen = 0
  for (let at = text.indexOf(key); at >= 0 && seen < MAX_OCCURRENCES; at = text.indexOf(key, at + 1), seen++) {
    const end = at + key.length
    // Between punctuation, spaces or another script the run is whole words: no need to segment.
    if ((at === 0 || !hasHan.test(text[at - 1]!)) && (end === text.length || !hasHan.test(text[end]!))) return true
    const from = Math.max(0, at - CONTEXT_CHARS)
    const window = text.slice(from, end + CONTEXT_CHARS)
    // A boundary is where a segment starts or the window ends. Asking at the two offsets only gives
    // the answer walking every segment gives, in a fourth of the time.
    const segments = segmenter.segment(window)
    const boundary = (offset: number) => offset === window.length || segments.containing(offset)!.index === offset
    if (boundary(at - from) && boundary(end - from)) return true
  }
  return false
}

export interface MatchedTermsInput {
  /** The retriever's matched terms (index lexemes or highlighted words), normalised. */
  matched: readonly string[]
  /** The matched document's text (title and body); a shown run must occur in it as written. */
  text: string
  /** A matched term's weight (its idf); 1 each when the retriever gives none. */
  weight?: (term: string) => number
}

/**
 * For one query, a function from what a document matched to the terms shown for it: runs of whole
 * query words (as the segmenter cuts the query) whose every adjacent character pair the document
 * matched and which the document's text holds as whole words of its own, longest first from the left; plus the
 * query's Latin and digit words the document matched. Never a single Han character, never a run
 * starting or ending inside a word. Ordered by weight (the summed weights of the matched terms
 * inside each), then query order; a term inside another shown one is left out.
 */
export function matchedTermsShown(query: string): (input: MatchedTermsInput) => string[] {
  const shape = shapeOf(query)
  return ({ matched, text, weight = () => 1 }) => {
    const matchedSet = new Set(matched)
    const pairs = new Set<string>()
    for (const term of matched) {
      const chars = [...term]
      for (let i = 0; i + 1 < chars.length; i++) pairs.add(chars[i]! + chars[i + 1]!)
    }
    const haystack = normalise(text)
    const found: { shown: string; key: string; order: number }[] = []

    for (const run of shape.runs) {
      let start = 0
      while (start < run.length) {
        const held: { end: number; key: string }[] = []
        let key = ''
        let length = 0
        for (let end = start; end < run.length; end++) {
          const piece = run[end]!
          length += piece.chars.length
          if (length > MAX_SHOWN_TERM_CHARS || (end > start && !pairs.has(piece.joinPair!)) || !piece.pairs.every((pair) => pairs.has(pair))) break
          key += piece.key
          if (length < 2) continue
          // A longer run holds this one, so once the text lacks it no extension can be in it.
          if (!haystack.includes(key)) break
          held.push({ end, key })
        }
        // Longest first: the segmenter is the costly part, and the longest usually passes.
        const best = held.reverse().find((run) => occursAsWords(haystack, run.key))?.end ?? -1
        if (best < 0) {
          start += 1
          continue
        }
        const span = run.slice(start, best + 1)
        found.push({ shown: span.map((piece) => piece.shown).join(''), key: span.map((piece) => piece.key).join(''), order: found.length })
        start = best + 1
      }
    }
    for (const token of shape.tokens) if (matchedSet.has(token.key)) found.push({ shown: token.shown, key: token.key, order: found.length })

    const first = new Map<string, (typeof found)[number]>()
    for (const term of found) if (!first.has(term.key)) first.set(term.key, term)
    const unique = [...first.values()].filter((term, _, all) => !all.some((other) => other.key !== term.key && other.key.includes(term.key)))
    const weightOf = new Map(unique.map((term) => [term.key, matched.filter((m) => term.key.includes(m)).reduce((sum, m) => sum + weight(m), 0)]))
    return unique.sort((a, b) => weightOf.get(b.key)! - weightOf.get(a.key)! || a.order - b.order).map((term) => term.shown)
  }
}
