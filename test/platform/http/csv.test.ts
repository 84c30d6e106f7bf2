import { describe, expect, it } from 'vitest'
import { csvCell, toCsv } from '../../../src/platform/http/csv.js'

describe('csv', () => {
  it.each([
    ['plain', 'plain'],
    ['中文', '中文'],
    ['a,b', '"a,b"'],
    ['say "hi"', '"say ""hi"""'],
    ['two\nlines', '"two\nlines"'],
    ['cr\r', '"cr\r"'],
    [42, '42'],
    [0.5, '0.5'],
    [null, ''],
    // Text a spreadsheet would run as a formula is written as text (OWASP CSV injection).
    ['=HYPERLINK("http://evil.example","x")', '"\'=HYPERLINK(""http://evil.example"",""x"")"'],
    ['+1+1', "'+1+1"],
    ['-2+3', "'-2+3"],
    ['@SUM(1)', "'@SUM(1)"],
    ['\tcmd', "'\tcmd"],
    ['\rcmd', '"\'\rcmd"'],
    ['a=b', 'a=b'],
    [-5, '-5'],
  ] as const)('%j → %s', (value, cell) => expect(csvCell(value)).toBe(cell))

  it('starts with a BOM, ends every row with CRLF', () => {
    expect(toCsv(['a', 'b'], [['x', 1], [null, 'y,z']])).toBe('\uFEFFa,b\r\nx,1\r\n,"y,z"\r\n')
  })
})
