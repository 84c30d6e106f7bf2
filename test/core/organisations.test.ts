import { describe, expect, it } from 'vitest'
import { organisationKey, sameOrganisation } from '../../src/core/organisations.js'

describe('organisation names', () => {
  it.each([
    ['中国科学院山西煤炭化学研究所', '中科院山西煤化所'],
    ['山西潞安化工集团有限公司', '山西潞安化工集团'],
    ['长治市华晟光伏材料股份有限公司', '长治市华晟光伏材料有限公司'],
    ['太原理工大学 (化学化工学院)', '太原理工大学化学化工学院'],
  ])('%s is %s', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(true)
  })

  it.each([
    ['太原理工大学', '中北大学'],
    ['中科院山西煤化所', '中科院大连化物所'],
    ['', ''],
  ])('%s is not %s', (a, b) => {
    expect(sameOrganisation(a, b)).toBe(false)
  })

  it('folds to the short form', () => {
    expect(organisationKey('中国科学院山西煤炭化学研究所')).toBe('中科院山西煤化所')
  })
})
