import { normalise } from '../text-analysis.js'
import { type Embedder, allNeedVisibilities, normaliseInPlace } from './embedder.js'

/**
 * Knobs of the local embedder's features. The defaults are what scripts/bench-embedder.ts measured
 * best; other values exist so the probe can compare variants, and change the model name.
 */
export interface LocalTuning {
  /** Weight of whole dictionary words (Intl.Segmenter). */
  words: number
  /** Weight of overlapping Han character pairs. */
  bigrams: number
  /** Weight of overlapping Han character triples. */
  trigrams: number
  /** Weight of single Han characters. */
  unigrams: number
  /** Drop the built-in stop terms (function words, and words every need or profile uses). */
  stopTerms: boolean
  /**
   * Also drop the genre's words: titles, institutions, funding, achievements, places, the
   * formulas of need write-ups. Common to every profile and need, they say nothing of the subject.
   */
  genreTerms: boolean
  /** End a Han run at a stop word or punctuation, so no n-gram spans 的, 和, 与… */
  breakAtStopWords: boolean
  /** Drop bare numbers (2, 90, 2024): figures in targets say little about the subject. */
  dropNumbers: boolean
}

export const defaultLocalTuning: LocalTuning = {
  words: 1,
  bigrams: 0.5,
  trigrams: 0,
  unigrams: 0.5,
  stopTerms: true,
  genreTerms: true,
  breakAtStopWords: true,
  dropNumbers: true,
}

/**
 * Function words, and the generic words that every need and every expert profile use (技术, 研究,
 * 提高, 企业…), which would otherwise make unrelated texts look alike. Matched against whole words
 * and against Han bigrams.
 */
const stopTerms = new Set([
  ...'的地得了和与及或等对在为是有将把被从向于其并且也又而之以就都这那我你他她它们个些一'.split(''),
  '以及', '及其', '或者', '并且', '而且', '通过', '进行', '开展', '实现', '提高', '提升', '需要', '需求',
  '问题', '技术', '研究', '相关', '方面', '工作', '目前', '现有', '主要', '已经', '可以', '能够', '希望',
  '我们', '公司', '企业', '单位', '项目', '方案', '开发', '应用', '合作', '情况', '存在', '具有', '达到',
  '以上', '以下', '其中', '同时', '一些', '这些', '没有', '影响', '较大', '较高', '不足', '有关', '利用',
  '领域', '方向', '主持', '从事', '参与', '发表', '论文', '多项', '长期', '负责', '国家', '重点',
])

const genreTerms = new Set([
  // who and where
  '教授', '副教授', '讲师', '研究员', '副研究员', '工程师', '高级工程师', '总工程师', '院士', '博士', '硕士',
  '研究生', '导师', '学者', '专家', '团队', '带头人', '人才', '大学', '学院', '研究所', '研究院', '中心',
  '实验室', '高校', '院所', '中国', '山西', '长治', '太原', '省', '市', '省内', '园区', '科协',
  // achievements and funding
  '专利', '发明', '授权', '标准', '制定', '起草', '奖', '科学技术奖', '一等奖', '二等奖', '获得', '基金',
  '自然', '科学', '计划', '课题', '项', '件', '篇', '名', '培养', '指导', '成果', '转化', '经验', '积累',
  '丰富', '服务', '咨询', '提供', '致力', '近年', '来', '曾', '多家', '柔性', '受聘', '聘请', '引进',
  // the formulas of need write-ups
  '年', '月', '万元', '亿元', '元', '约', '营业', '收入', '主营', '规模', '现有', '亟需', '急需', '难以',
  '解决', '完成', '形成', '建立', '推进', '实施', '推动', '力争', '指标', '目标', '效益', '经济', '高质量',
  '发展', '创新', '科技', '平台', '行业', '产业', '水平', '能力', '成为', '制约', '瓶颈', '关键', '核心',
  '攻关', '产学研', '联合', '产品', '质量', '降低', '成本', '优化', '改进', '改造', '升级', '难题', '突破',
])

const segmenter = new Intl.Segmenter('zh', { granularity: 'word' })
const hanOnly = /^\p{Script=Han}+$/u
const numberOnly = /^[\d.,]+$/u

/**
 * The offline default: a bag of Chinese terms hashed into a fixed-size vector. Each text is
 * segmented into dictionary words (Intl.Segmenter), plus single characters and overlapping
 * character pairs within each run of Han characters (a run ends at punctuation and stop words);
 * function words and the genre's stock phrases are dropped; each term counts 1 + ln(tf) times its
 * kind's weight and is added, with a sign, into one of `dimensions` buckets chosen by a hash (the
 * sign keeps collisions from adding up); the sum is L2-normalised. Character trigrams, measured,
 * did not help.
 *
 * What it is not: it knows no meaning. Two texts are close only when they share words or
 * characters; synonyms with no character in common (电池 / 储能) are unrelated to it, and a shared
 * character (电) relates texts that are not. At 512 dimensions hash collisions cost a visible part
 * of its quality (see the probe); more dimensions buy it back at the price of index size.
 *
 * Deterministic and pure (no I/O, only Web APIs): no network, and the same code on Node and
 * Workers. Words come from the runtime's ICU dictionary, so two runtimes with different ICU
 * versions may segment a rare compound differently; characters and pairs do not depend on it.
 * Several thousand short texts per second.
 */
export class LocalEmbedder implements Embedder {
  readonly model: string
  readonly dimensions: number
  readonly needVisibilities = allNeedVisibilities
  private readonly tuning: LocalTuning

  constructor(options: { dimensions: number; tuning?: Partial<LocalTuning> }) {
    if (!Number.isInteger(options.dimensions) || options.dimensions < 1) {
      throw new RangeError(`dimensions must be a positive integer, got ${options.dimensions}`)
    }
    this.dimensions = options.dimensions
    this.tuning = { ...defaultLocalTuning, ...options.tuning }
    const custom = (Object.keys(this.tuning) as Array<keyof LocalTuning>).some(
      (key) => this.tuning[key] !== defaultLocalTuning[key],
    )
    // A tuned variant must never share stored vectors with the default.
    this.model = `local-hash-v1-${this.dimensions}${custom ? `-${hashTuning(this.tuning)}` : ''}`
  }

  async embed(texts: string[], options: { signal?: AbortSignal } = {}): Promise<number[][]> {
    options.signal?.throwIfAborted()
    return texts.map((text) => this.embedOne(text))
  }

  /** The vector of one text, synchronously. */
  embedOne(text: string): number[] {
    const vector = new Float64Array(this.dimensions)
    for (const [term, weight] of this.terms(text)) {
      const h = fmix32(fnv1a(term))
      const sign = fmix32(h ^ 0x9e3779b9) >>> 31 ? 1 : -1
      vector[h % this.dimensions]! += sign * weight
    }
    normaliseInPlace(vector)
    return Array.from(vector)
  }

  private isStop(term: string): boolean {
    return (this.tuning.stopTerms && stopTerms.has(term)) || (this.tuning.genreTerms && genreTerms.has(term))
  }

  /** The weighted terms of a text, keyed with their kind so a bigram never collides with a word. */
  terms(text: string): Map<string, number> {
    const t = this.tuning
    const counts = new Map<string, number>()
    const groupWeights = new Map<string, number>()
    const add = (key: string, weight: number) => {
      if (weight === 0) return
      counts.set(key, (counts.get(key) ?? 0) + 1)
      groupWeights.set(key, weight)
    }
    const runs: string[][] = []
    let run: string[] = []
    const endRun = () => {
      if (run.length > 0) runs.push(run)
      run = []
    }
    for (const { segment, isWordLike } of segmenter.segment(normalise(text))) {
      if (!isWordLike) {
        endRun()
        continue
      }
      const stop = this.isStop(segment)
      if (!stop && !(t.dropNumbers && numberOnly.test(segment))) add(`w:${segment}`, t.words)
      if (hanOnly.test(segment)) {
        if (stop && t.breakAtStopWords) endRun()
        else run.push(...segment)
      } else {
        endRun()
      }
    }
    endRun()
    for (const chars of runs) {
      for (let i = 0; i < chars.length; i++) {
        const c1 = chars[i]!
        if (!this.isStop(c1)) add(`u:${c1}`, t.unigrams)
        const c2 = chars[i + 1]
        if (c2 === undefined) break
        const bigram = c1 + c2
        if (!this.isStop(bigram)) add(`b:${bigram}`, t.bigrams)
        const c3 = chars[i + 2]
        if (c3 !== undefined) add(`t:${bigram}${c3}`, t.trigrams)
      }
    }
    const weighted = new Map<string, number>()
    for (const [key, count] of counts) weighted.set(key, groupWeights.get(key)! * (1 + Math.log(count)))
    return weighted
  }
}

/** 32-bit FNV-1a over UTF-16 code units. */
function fnv1a(text: string): number {
  let hash = 0x811c9dc5
  for (let i = 0; i < text.length; i++) {
    hash ^= text.charCodeAt(i)
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}

/**
 * murmur3's finaliser: FNV-1a's low bits depend only on the low bits of each code unit, so Han
 * characters a multiple of 512 apart would share a bucket without it.
 */
function fmix32(hash: number): number {
  hash ^= hash >>> 16
  hash = Math.imul(hash, 0x85ebca6b)
  hash ^= hash >>> 13
  hash = Math.imul(hash, 0xc2b2ae35)
  hash ^= hash >>> 16
  return hash >>> 0
}

function hashTuning(tuning: LocalTuning): string {
  return fmix32(fnv1a(JSON.stringify(tuning))).toString(36)
}
