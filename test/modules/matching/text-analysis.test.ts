import { describe, expect, it } from 'vitest'
import { hanBigrams, indexTerms, normalise, words } from '../../../src/modules/matching/text-analysis.js'

describe('text analysis', () => {
  it('segments Chinese into dictionary words, dropping punctuation', () => {
    expect(words('催化剂寿命短，需要攻关。')).toEqual(['催化', '剂', '寿命', '短', '需要', '攻关'])
  })

  it('adds Han bigrams so split compounds still match', () => {
    expect(hanBigrams('催化剂')).toEqual(['催化', '化剂'])
    expect(hanBigrams('氨')).toEqual(['氨'])
    expect(indexTerms('催化剂')).toEqual(['催化', '剂', '化剂'])
  })

  it('folds full-width characters and case', () => {
    expect(normalise('ＳｉＣ功率器件')).toBe('sic功率器件')
    expect(words('SiC MOCVD外延')).toEqual(['sic', 'mocvd', '外延'])
  })

  it('keeps Latin and numbers as words, without bigrams', () => {
    expect(indexTerms('PEM 2024年')).toEqual(['pem', '2024', '年'])
  })

  it('makes no pair across a particle or a preposition the dictionary leaves alone, and drops them as words', () => {
    const terms = indexTerms('柴油机拉缸的机理，不仅导致了有害气体的排放')
    for (const fragment of ['缸的', '的机', '致了', '了有', '体的', '的排', '的', '了']) expect(terms).not.toContain(fragment)
    expect(terms).toEqual(expect.arrayContaining(['拉缸', '机理', '有害', '排放']))
  })

  it('keeps a function character inside a word, where it is content', () => {
    expect(indexTerms('目的地与和谐社会')).toEqual(expect.arrayContaining(['目的地', '目的', '的地', '和谐']))
    expect(hanBigrams('与')).toEqual([])
  })

  it('takes only the Han part of a segment glued to another script', () => {
    expect(hanBigrams('β-内酰胺酶抑制剂')).toEqual(['内酰', '酰胺', '胺酶', '酶抑', '抑制', '制剂'])
  })
})
