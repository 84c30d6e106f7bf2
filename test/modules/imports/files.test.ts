import { describe, expect, it } from 'vitest'
import { csvRecords } from '../../../src/modules/imports/csv.js'
import { decodeText, detectEncoding } from '../../../src/modules/imports/decoding.js'
import { importMediaType } from '../../../src/modules/imports/files.js'
import { textLines } from '../../../src/modules/imports/ndjson.js'
import { encodeGb18030 } from '../../helpers/gb18030.js'

async function* chunksOf(text: string, size: number): AsyncGenerator<string> {
  for (let i = 0; i < text.length; i += size) yield text.slice(i, i + size)
}
async function collect<T>(source: AsyncIterable<T>): Promise<T[]> {
  const items: T[] = []
  for await (const item of source) items.push(item)
  return items
}

describe('import files', () => {
  const tricky = '\ufeffname,note\r\n"王建国","说""好"",\r\n两行"\r\n\r\n李红,简单\n赵,"尾"\r孙,\n'
  const expected = [
    { line: 1, cells: ['name', 'note'] },
    { line: 2, cells: ['王建国', '说"好",\r\n两行'] },
    { line: 5, cells: ['李红', '简单'] },
    { line: 6, cells: ['赵', '尾'] },
    { line: 7, cells: ['孙', ''] },
  ]

  it.each([1, 2, 3, 7, 1000])('parses CSV the same whatever the chunk size (%i)', async (size) => {
    expect(await collect(csvRecords(chunksOf(tricky, size)))).toEqual(expected)
  })

  it('refuses a quoted cell that is never closed', async () => {
    await expect(collect(csvRecords(chunksOf('a,b\n"open,1\n2\n', 4)))).rejects.toThrow(/line 2: a quoted cell is never closed/)
  })

  it('splits lines across chunks, with CRLF and without a final line end', async () => {
    expect(await collect(textLines(chunksOf('{"a":1}\r\n\n{"b":2}', 3)))).toEqual([
      { line: 1, text: '{"a":1}' },
      { line: 2, text: '' },
      { line: 3, text: '{"b":2}' },
    ])
  })

  it('tells UTF-8 (with or without BOM) from GB18030, even with a character cut at the end of the sample', async () => {
    const utf8 = new TextEncoder().encode('统一社会信用代码')
    expect(detectEncoding(utf8)).toBe('utf-8')
    expect(detectEncoding(utf8.slice(0, 4))).toBe('utf-8')
    expect(detectEncoding(new Uint8Array([0xef, 0xbb, 0xbf, 0x41]))).toBe('utf-8')
    expect(detectEncoding(encodeGb18030('统一社会信用代码'))).toBe('gb18030')
  })

  it('decodes GB18030 split in the middle of a character', async () => {
    const bytes = encodeGb18030('姓名,单位\n王建国,太原理工大学\n')
    async function* oneByteAtATime() {
      for (const byte of bytes) yield new Uint8Array([byte])
    }
    const text = await decodeText(oneByteAtATime(), { maxBytes: 1000 })
    expect(text.encoding).toBe('gb18030')
    expect((await collect(text.chunks)).join('')).toBe('姓名,单位\n王建国,太原理工大学\n')
  })

  it.each([
    ['text/csv', { format: 'csv', charset: undefined }],
    ['text/csv; charset="GB2312"', { format: 'csv', charset: 'gb18030' }],
    ['application/x-ndjson; charset=utf-8', { format: 'ndjson', charset: 'utf-8' }],
  ])('reads the media type %s', (contentType, expected) => {
    expect(importMediaType(contentType)).toEqual(expected)
  })
})
