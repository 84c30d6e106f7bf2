import { readFile } from 'node:fs/promises'
import { describe, expect, it } from 'vitest'
import { LocalEmbedder } from '../../../../src/modules/matching/embeddings/local.js'

const norm = (vector: number[]) => Math.hypot(...vector)
const cosine = (a: number[], b: number[]) => a.reduce((sum, value, i) => sum + value * b[i]!, 0)

/** A need and the expert profile that fits it, sharing subject but not wording. */
const pairs: Array<[need: string, expert: string]> = [
  ['焦化厂废水中酚类含量高，出水COD不达标，需要提升酚的回收效果。', '煤化工含酚废水萃取脱酚与生化处理，主持酚氨回收工程设计。'],
  ['储能电站电池组温度不均，担心热失控引发火灾。', '电化学储能安全，电池热管理与热失控预警技术。'],
  ['单晶炉拉晶过程中经常断线，晶棒少子寿命不稳定。', '直拉法单晶硅生长，热场设计与晶体缺陷控制。'],
  ['核桃油放置一段时间后酸价升高、出现哈喇味，货架期短。', '核桃油等木本油脂的氧化酸败机理与抗氧化保鲜。'],
  ['混凝土浇筑后出现裂缝，坍落度损失快，需要改进外加剂配方。', '混凝土外加剂化学，聚羧酸减水剂分子设计与水泥适应性。'],
  ['焊接机器人焊偏，工件装配误差大时焊缝质量不好。', '焊缝视觉跟踪与激光传感，机器人自适应焊接控制。'],
]

describe('local embedder', () => {
  it('is deterministic: the same text gives the identical vector from separate instances', async () => {
    const text = '氮化镓外延片位错密度高，发光效率低于同行水平。'
    const [a] = await new LocalEmbedder({ dimensions: 512 }).embed([text])
    const [b] = await new LocalEmbedder({ dimensions: 512 }).embed([text, '别的文本'])
    expect(a).toEqual(b)
  })

  it('answers one unit vector per text, in order, of the configured dimensions', async () => {
    for (const dimensions of [8, 64, 512, 1000]) {
      const embedder = new LocalEmbedder({ dimensions })
      const texts = ['碳纤维复合材料孔隙率控制', 'SiC MOSFET 封装', '中药饮片质量标准']
      const vectors = await embedder.embed(texts)
      expect(embedder.dimensions).toBe(dimensions)
      expect(vectors).toHaveLength(3)
      for (const vector of vectors) {
        expect(vector).toHaveLength(dimensions)
        expect(norm(vector)).toBeCloseTo(1, 12)
      }
      expect(vectors[0]).toEqual(embedder.embedOne(texts[0]!))
    }
  })

  it('gives the zero vector for a text with no terms: empty, punctuation, or only stop terms', async () => {
    const embedder = new LocalEmbedder({ dimensions: 64 })
    const zero = new Array(64).fill(0)
    expect(await embedder.embed(['', '  ，。！', '需要提高技术研究的问题'])).toEqual([zero, zero, zero])
    expect(await embedder.embed([])).toEqual([])
  })

  it('folds full-width and case, so ＳｉＣ and sic are the same term', () => {
    const embedder = new LocalEmbedder({ dimensions: 512 })
    expect(embedder.embedOne('ＳｉＣ功率器件')).toEqual(embedder.embedOne('sic功率器件'))
  })

  it('ranks each need closest to the profile that fits it', () => {
    const embedder = new LocalEmbedder({ dimensions: 512 })
    const needs = pairs.map(([need]) => embedder.embedOne(need))
    const experts = pairs.map(([, expert]) => embedder.embedOne(expert))
    needs.forEach((need, i) => {
      const own = cosine(need, experts[i]!)
      experts.forEach((expert, j) => {
        if (j !== i) expect(own, `need ${i} vs profile ${j}`).toBeGreaterThan(cosine(need, expert))
      })
    })
  })

  it('knows no synonyms: texts with no character in common are unrelated, up to hash noise', () => {
    const embedder = new LocalEmbedder({ dimensions: 512 })
    expect(Math.abs(cosine(embedder.embedOne('锂电池负极材料石墨化'), embedder.embedOne('中药饮片指纹图谱')))).toBeLessThan(0.2)
    // Related in meaning, but the embedder cannot tell: that is the vector retriever's known limit.
    expect(Math.abs(cosine(embedder.embedOne('锂电池'), embedder.embedOne('储能装置')))).toBeLessThan(0.2)
  })

  it('ignores generic terms: boilerplate does not make unrelated needs alike', () => {
    const embedder = new LocalEmbedder({ dimensions: 512 })
    const boilerplate = '公司希望通过产学研合作开展技术攻关，提高产品质量，需要高校专家提供技术服务。'
    const a = embedder.embedOne(`${boilerplate}焦炉煤气制氢提纯`)
    const b = embedder.embedOne(`${boilerplate}核桃油酸价控制`)
    const c = embedder.embedOne('焦炉煤气中的氢气提纯')
    expect(cosine(a, c)).toBeGreaterThan(cosine(a, b))
  })

  it('names its model with its dimensions, and a tuned variant differently', () => {
    expect(new LocalEmbedder({ dimensions: 512 }).model).toBe('local-hash-v1-512')
    expect(new LocalEmbedder({ dimensions: 256 }).model).toBe('local-hash-v1-256')
    const tuned = new LocalEmbedder({ dimensions: 512, tuning: { trigrams: 1 } })
    expect(tuned.model).toMatch(/^local-hash-v1-512-\w+$/)
    expect(tuned.embedOne('焦炉煤气')).not.toEqual(new LocalEmbedder({ dimensions: 512 }).embedOne('焦炉煤气'))
  })

  it('refuses nonsense dimensions and an aborted signal', async () => {
    expect(() => new LocalEmbedder({ dimensions: 0 })).toThrow(RangeError)
    const controller = new AbortController()
    controller.abort(new Error('stopped'))
    await expect(new LocalEmbedder({ dimensions: 8 }).embed(['x'], { signal: controller.signal })).rejects.toThrow('stopped')
  })

  it('embeds thousands of short texts in one go', async () => {
    const embedder = new LocalEmbedder({ dimensions: 512 })
    const texts = Array.from({ length: 3000 }, (_, i) => `第${i}号专家，研究方向为煤焦油加氢催化剂与精细化学品分离`)
    const started = performance.now()
    const vectors = await embedder.embed(texts)
    // Reported, not asserted: timing depends on the machine.
    console.info(`local embedder: ${texts.length} texts in ${Math.round(performance.now() - started)} ms`)
    expect(vectors).toHaveLength(3000)
  })

  it('uses only Web APIs, so Workers run the same code', async () => {
    for (const file of ['local.ts', 'embedder.ts', 'openai.ts']) {
      const source = await readFile(new URL(`../../../../src/modules/matching/embeddings/${file}`, import.meta.url), 'utf8')
      expect(source, file).not.toMatch(/from ['"]node:/)
    }
  })
})
