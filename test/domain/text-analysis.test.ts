import { describe, expect, it } from 'vitest'
import { hanBigrams, indexTerms, normalise, words } from '../../src/domain/text-analysis.js'

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
})
