/**
 * 统一社会信用代码 (Unified Social Credit Code), GB 32100-2015: 18 characters from a 31-symbol
 * alphabet (no I, O, S, V, Z); the last is a check character over the first 17, weighted
 * 3^i mod 31. Positions 3–8 are the registering authority's administrative division code.
 */
const alphabet = '0123456789ABCDEFGHJKLMNPQRTUWXY'
const weights = [1, 3, 9, 27, 19, 26, 16, 17, 20, 29, 25, 13, 8, 24, 10, 30, 28]

export type UsccProblem = 'length' | 'characters' | 'division' | 'check'

export function usccCheckCharacter(first17: string): string {
  let sum = 0
  for (let i = 0; i < 17; i++) sum += alphabet.indexOf(first17[i]!) * weights[i]!
  return alphabet[(31 - (sum % 31)) % 31]!
}

/** Why a code is not a valid USCC, or null when it is. */
export function usccProblem(code: string): UsccProblem | null {
  if (code.length !== 18) return 'length'
  if (![...code].every((char) => alphabet.includes(char))) return 'characters'
  if (!/^[0-9]{6}$/.test(code.slice(2, 8))) return 'division'
  return usccCheckCharacter(code.slice(0, 17)) === code[17] ? null : 'check'
}

export const usccMessages: Record<UsccProblem, string> = {
  length: '统一社会信用代码应为18位 (must be 18 characters)',
  characters: '统一社会信用代码含非法字符 (only digits and capital letters except I, O, S, V, Z)',
  division: '统一社会信用代码第3–8位应为行政区划代码 (characters 3–8 must be a division code)',
  check: '统一社会信用代码校验位错误 (check character does not match, GB 32100)',
}
