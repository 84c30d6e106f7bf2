/**
 * Node decodes GB18030 but has no encoder, so tests build one from the decoder: every two-byte
 * GBK code (lead 0x81–0xFE, trail 0x40–0xFE except 0x7F) is decoded once and the table inverted.
 * That covers all of GBK's characters, which is what Excel and WPS write for Chinese text.
 */
let table: Map<string, [number, number]> | null = null

function encoderTable(): Map<string, [number, number]> {
  if (table) return table
  table = new Map()
  const decoder = new TextDecoder('gb18030')
  for (let lead = 0x81; lead <= 0xfe; lead++) {
    for (let trail = 0x40; trail <= 0xfe; trail++) {
      if (trail === 0x7f) continue
      const char = decoder.decode(new Uint8Array([lead, trail]))
      if (char.length === 1 && char !== '\ufffd' && !table.has(char)) table.set(char, [lead, trail])
    }
  }
  return table
}

export function encodeGb18030(text: string): Uint8Array {
  const codes = encoderTable()
  const bytes: number[] = []
  for (const char of text) {
    const code = char.codePointAt(0)!
    if (code < 0x80) {
      bytes.push(code)
      continue
    }
    const pair = codes.get(char)
    if (!pair) throw new Error(`no two-byte GB18030 code for ${char}`)
    bytes.push(...pair)
  }
  return new Uint8Array(bytes)
}
