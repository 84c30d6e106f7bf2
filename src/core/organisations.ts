/**
 * A key under which different spellings of one organisation compare equal, for conflicts of
 * interest: 中国科学院山西煤炭化学研究所 and 中科院山西煤化所 are one institute.
 * Long forms are folded to the short forms people write; legal suffixes and brackets are dropped.
 */
const foldings: [RegExp, string][] = [
  [/[\s()（）【】\[\]·・,，.。-]/g, ''],
  [/中国科学院/g, '中科院'],
  [/中国工程院/g, '工程院'],
  [/煤炭化学/g, '煤化'],
  [/研究所/g, '所'],
  [/研究院/g, '院'],
  [/(股份)?有限(责任)?公司$/g, ''],
  [/集团$/g, ''],
]

export function organisationKey(name: string): string {
  let key = name.normalize('NFKC').toLowerCase()
  for (const [pattern, replacement] of foldings) key = key.replace(pattern, replacement)
  return key
}

/** Same organisation, or one inside the other (a department of the enterprise, a branch). */
export function sameOrganisation(a: string, b: string): boolean {
  const left = organisationKey(a)
  const right = organisationKey(b)
  if (left.length < 2 || right.length < 2) return false
  return left === right || (Math.min(left.length, right.length) >= 4 && (left.includes(right) || right.includes(left)))
}
