/**
 * Segmenter study: does jieba (a Chinese dictionary segmenter) rank better than ICU's word
 * segmenter behind `Intl.Segmenter('zh')`, the one `src/modules/matching/text-analysis.ts` uses?
 *
 * On the CSL development split (`../shared/bench/csl-dev/`, see its README) every need (title +
 * description) is scored against every expert (titles, keywords and abstracts of three papers)
 * with BM25 (k1 1.2, b 0.75, idf ln(1 + (N − df + 0.5)/(df + 0.5)), query terms counted once),
 * exactly as `bm25_baseline.py`, under several tokenisations, and nDCG@10 and recall@20 are
 * printed as the README defines them. Only the tokenisation differs between rows; (b) is whatever
 * `src/modules/matching/text-analysis.ts` holds in the working tree when it runs. Each row's
 * nDCG@10 is also compared with our current terms (b), need by need: the mean difference and a
 * 95% paired-bootstrap interval. Then segmentation throughput over the whole corpus.
 *
 * jieba is not a dependency of the project; install it beside it and point JIEBA_MODULES at it:
 *
 *   mkdir -p /tmp/jieba-study && (cd /tmp/jieba-study && npm init -y && npm i @node-rs/jieba jieba-wasm)
 *   npx tsx scripts/segmenter-study.ts
 *   JIEBA_MODULES=/elsewhere/node_modules CSL_DEV=path/to/csl-dev.json npx tsx scripts/segmenter-study.ts
 *
 * Without jieba the Intl rows are printed with the install instructions, and the run exits 0.
 * Rankings use jieba-wasm (the build a Worker could load); @node-rs/jieba (native) is timed too
 * and checked to cut the same.
 */
import { createRequire } from 'node:module'
import path from 'node:path'
import { hanBigrams, isHan, normalise, words } from '../src/modules/matching/text-analysis.js'
import { bm25Rankings, characterBigrams, expertText, loadCslDev, ndcgAt10, needText, recallAt20, termFrequencies } from './lib/csl-dev.js'
import { pairedDifference } from './lib/stats.js'

// The data ------------------------------------------------------------------------------------

const data = loadCslDev()
const expertTexts = data.experts.map(expertText)
const needTexts = data.needs.map(needText)

// jieba, from outside the project -------------------------------------------------------------

interface JiebaWasm {
  cut(text: string, hmm?: boolean): string[]
  cut_for_search(text: string, hmm?: boolean): string[]
  add_word(word: string, freq?: number | null, tag?: string | null): number
}
interface JiebaNative {
  cut(text: string, hmm?: boolean): string[]
  cutForSearch(text: string, hmm?: boolean): string[]
}

const jiebaModules = process.env.JIEBA_MODULES ?? '/tmp/jieba-study/node_modules'
const requireJieba = createRequire(path.join(jiebaModules, 'segmenter-study.cjs'))
function optional<T>(load: () => T): T | undefined {
  try {
    return load()
  } catch {
    return undefined
  }
}
const wasm = optional(() => requireJieba('jieba-wasm') as JiebaWasm)
const native = optional(() => {
  const { Jieba } = requireJieba('@node-rs/jieba') as { Jieba: { withDict(dict: Uint8Array): JiebaNative } }
  const { dict } = requireJieba('@node-rs/jieba/dict') as { dict: Uint8Array }
  return Jieba.withDict(dict)
})

// Tokenisations -------------------------------------------------------------------------------

type Tokens = (text: string) => string[]

/** bm25_baseline.py's grams: lower-cased, whitespace removed, every pair of adjacent characters. */
const wordLike = /[\p{L}\p{N}]/u
/** jieba's pieces of the text normalised as ours are, without punctuation and spaces (as isWordLike). */
const jiebaCut: Tokens = (text) => wasm!.cut(normalise(text), true).filter((t) => wordLike.test(t))
const jiebaSearch: Tokens = (text) => wasm!.cut_for_search(normalise(text), true).filter((t) => wordLike.test(t))
const singleHan = (term: string) => isHan(term) && [...term].length === 1

/** Each text's tokens, computed once per tokenisation (jieba's dictionary changes under the last rows). */
function tokenise(tokens: Tokens): { experts: string[][]; needs: string[][] } {
  return { experts: expertTexts.map(tokens), needs: needTexts.map(tokens) }
}

// BM25, as bm25_baseline.py -------------------------------------------------------------------

interface Corpus {
  /** Per expert, term → frequency. */
  experts: Map<string, number>[]
  /** Per need, its terms. */
  needs: string[][]
}

function corpus(tokens: ReturnType<typeof tokenise>): Corpus {
  return { experts: tokens.experts.map(termFrequencies), needs: tokens.needs }
}

function rank({ experts, needs }: Corpus, commonShare = 1): string[][] {
  return bm25Rankings(experts.map((tf, i) => ({ key: data.experts[i]!.key, tf })), needs, commonShare)
}

// Metrics ---------------------------------------------------------------------------------------

interface Result {
  label: string
  ndcg: number[]
  recall: number[]
}
const mean = (values: readonly number[]) => values.reduce((a, b) => a + b, 0) / values.length

function evaluate(label: string, rankings: string[][]): Result {
  const result: Result = { label, ndcg: [], recall: [] }
  data.needs.forEach((need, i) => {
    result.ndcg.push(ndcgAt10(rankings[i]!, need.relevant))
    result.recall.push(recallAt20(rankings[i]!, need.relevant))
  })
  return result
}


function printTable(results: Result[], base: Result | undefined): void {
  const signed = (value: number) => `${value >= 0 ? '+' : '−'}${Math.abs(value).toFixed(3)}`
  console.log('| tokenisation | nDCG@10 | recall@20 | ΔnDCG@10 vs (b) [95% CI] |')
  console.log('|---|---|---|---|')
  for (const result of results) {
    let delta = '–'
    if (base && result !== base) {
      const { mean: difference, low, high } = pairedDifference(result.ndcg, base.ndcg)
      delta = `${signed(difference)} [${signed(low)}, ${signed(high)}]`
    }
    console.log(`| ${result.label} | ${mean(result.ndcg).toFixed(3)} | ${mean(result.recall).toFixed(3)} | ${delta} |`)
  }
}

// The rows ------------------------------------------------------------------------------------

/** bm25_baseline.py on this split, to six places (the README rounds them to 0.352 and 0.531). */
const REFERENCE = { ndcg: 0.351771, recall: 0.530637 }
/** Production's query-side stop rule (COMMON_TERM_SHARE in src/modules/matching/search/postgres.ts). */
const COMMON_SHARE = 0.1

const intlWords = tokenise(words)
const bigrams = tokenise(hanBigrams)
type Tokenised = ReturnType<typeof tokenise>
const concat = (...parts: Tokenised[]) => ({
  experts: parts[0]!.experts.map((_, i) => parts.flatMap((p) => p.experts[i]!)),
  needs: parts[0]!.needs.map((_, i) => parts.flatMap((p) => p.needs[i]!)),
})
const filterTokens = (t: Tokenised, keep: (term: string) => boolean) => ({
  experts: t.experts.map((tokens) => tokens.filter(keep)),
  needs: t.needs.map((tokens) => tokens.filter(keep)),
})
/** As the production index: a lexeme occurs max(word count, bigram count) times, not their sum. */
function productionCounts(wordTokens: string[], bigramTokens: string[]): Map<string, number> {
  const fromWords = termFrequencies(wordTokens)
  const fromBigrams = termFrequencies(bigramTokens)
  const tf = new Map(fromWords)
  for (const [term, n] of fromBigrams) tf.set(term, Math.max(n, tf.get(term) ?? 0))
  return tf
}

const results: Result[] = []
const run = (label: string, c: Corpus, commonShare?: number) => {
  const result = evaluate(label, rank(c, commonShare))
  results.push(result)
  return result
}

const reference = run('(a) reference: character bigrams (bm25_baseline.py)', corpus(tokenise(characterBigrams)))
const reproduced = Math.abs(mean(reference.ndcg) - REFERENCE.ndcg) < 5e-7 && Math.abs(mean(reference.recall) - REFERENCE.recall) < 5e-7
const current = concat(intlWords, bigrams)
const base = run('(b) current: Intl words + Han bigrams (tf summed)', corpus(current))
run('(b) with query terms in >10% of experts dropped (as production)', corpus(current), COMMON_SHARE)
run('(b) with query terms in >25% of experts dropped', corpus(current), 0.25)
run('(b) with query terms in >50% of experts dropped', corpus(current), 0.5)
run('(b) without single-Han-character words', corpus(concat(filterTokens(intlWords, (t) => !singleHan(t)), bigrams)))
const productionTf: Corpus = {
  experts: intlWords.experts.map((w, i) => productionCounts(w, bigrams.experts[i]!)),
  needs: intlWords.needs.map((w, i) => [...new Set([...w, ...bigrams.needs[i]!])]),
}
run('(b) tf as the production index: max(word, bigram) per lexeme', productionTf)
run('(b) production tf, >10% dropped', productionTf, COMMON_SHARE)
run('(c) Intl words only', corpus(intlWords))
run('(c) Intl words only, >10% dropped', corpus(intlWords), COMMON_SHARE)
run('Han bigrams + non-Han Intl words (no Chinese words)', corpus(concat(filterTokens(intlWords, (t) => !isHan(t)), bigrams)))

// Throughput, measured before any rows that change jieba's dictionary ----------------------------

/** Best of five passes over every text of the set (after one warm-up), in characters per second. */
function throughput(segment: (text: string) => unknown, texts: readonly string[]): number {
  const chars = texts.reduce((sum, text) => sum + [...text].length, 0)
  for (const text of texts) segment(text)
  let best = Number.POSITIVE_INFINITY
  for (let pass = 0; pass < 5; pass++) {
    const started = performance.now()
    for (const text of texts) segment(text)
    best = Math.min(best, performance.now() - started)
  }
  return chars / (best / 1000)
}

const texts = [...expertTexts, ...needTexts].map(normalise)
const totalChars = texts.reduce((sum, text) => sum + [...text].length, 0)
const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const timings: [string, (text: string) => unknown][] = [
  ['Intl.Segmenter zh words (every segment)', (text) => [...segmenter.segment(text)]],
  ['text-analysis words() (NFKC, isWordLike)', words],
  ['text-analysis words() + hanBigrams()', (text) => [...words(text), ...hanBigrams(text)]],
]
if (wasm) {
  timings.push(['jieba-wasm cut (HMM)', (text) => wasm.cut(text, true)])
  timings.push(['jieba-wasm cut_for_search (HMM)', (text) => wasm.cut_for_search(text, true)])
}
if (native) {
  timings.push(['@node-rs/jieba cut (HMM)', (text) => native.cut(text, true)])
  timings.push(['@node-rs/jieba cutForSearch (HMM)', (text) => native.cutForSearch(text, true)])
}
const speeds = timings.map(([label, segment]) => [label, throughput(segment, texts)] as const)

let agreement = ''
if (wasm && native) {
  const wordLikeOnly = (tokens: string[]) => tokens.filter((t) => wordLike.test(t)).join('|')
  const differing = texts.filter((text) => wordLikeOnly(native.cut(text, true)) !== wordLikeOnly(wasm.cut(text, true))).length
  agreement = `jieba-wasm vs @node-rs/jieba (default dictionaries): ${differing} of ${texts.length} texts cut differently`
}

// The jieba rows ------------------------------------------------------------------------------

if (wasm) {
  const cut = tokenise(jiebaCut)
  const search = tokenise(jiebaSearch)
  run('(d) jieba cut (HMM)', corpus(cut))
  run('(d) jieba cut_for_search (HMM)', corpus(search))
  run('(d) jieba cut + Han bigrams', corpus(concat(cut, bigrams)))
  run('(d) jieba cut_for_search + Han bigrams', corpus(concat(search, bigrams)))
  run('(d) jieba cut + Han bigrams, >10% dropped', corpus(concat(cut, bigrams)), COMMON_SHARE)
  run('(d) jieba cut, >10% dropped', corpus(cut), COMMON_SHARE)
  // Last: the experts' own keywords (never the needs') added to jieba's global dictionary.
  const keywords = new Set(data.experts.flatMap((e) => e.keywords.map(normalise)).filter((k) => isHan(k) && [...k].length >= 2 && !/\s/.test(k)))
  for (const keyword of keywords) wasm.add_word(keyword)
  const withKeywords = tokenise(jiebaCut)
  run(`(d) jieba cut + Han bigrams, ${keywords.size} expert keywords in the dictionary`, corpus(concat(withKeywords, bigrams)))
  run('(d) jieba cut, expert keywords in the dictionary', corpus(withKeywords))
}

// The report ----------------------------------------------------------------------------------

printTable(results, base)
console.log(
  `\nreference reproduced: ${reproduced ? 'yes' : 'NO'}: nDCG@10 ${mean(reference.ndcg).toFixed(6)}, recall@20 ${mean(reference.recall).toFixed(6)}` +
    ` (bm25_baseline.py: ${REFERENCE.ndcg}, ${REFERENCE.recall})`,
)
if (agreement) console.log(agreement)
if (!wasm) {
  console.log(`\njieba-wasm not found under ${jiebaModules}; the jieba rows need it (and @node-rs/jieba for the native timing):`)
  console.log('  mkdir -p /tmp/jieba-study && (cd /tmp/jieba-study && npm init -y && npm i @node-rs/jieba jieba-wasm)')
  console.log('  JIEBA_MODULES=/tmp/jieba-study/node_modules npx tsx scripts/segmenter-study.ts')
}
console.log(`\nSegmentation throughput over ${texts.length} texts, ${totalChars.toLocaleString('en-US')} characters (best of 5, one text per call):\n`)
console.log('| segmenter | chars/s |')
console.log('|---|---|')
for (const [label, speed] of speeds) console.log(`| ${label} | ${Math.round(speed).toLocaleString('en-US')} |`)
