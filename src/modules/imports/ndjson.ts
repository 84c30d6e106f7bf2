import type { ImportRecord } from './formats.js'

/** Streams the lines of a text, numbered from 1, without their line ends. */
export async function* textLines(chunks: AsyncIterable<string>): AsyncGenerator<{ line: number; text: string }> {
  let pending = ''
  let line = 0
  let first = true
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      first = false
    }
    pending += chunk
    let from = 0
    let newline = pending.indexOf('\n')
    while (newline !== -1) {
      line++
      yield { line, text: pending.slice(from, newline).replace(/\r$/, '') }
      from = newline + 1
      newline = pending.indexOf('\n', from)
    }
    pending = pending.slice(from)
  }
  if (pending !== '') yield { line: line + 1, text: pending.replace(/\r$/, '') }
}

/** JSON lines: one object per line, as the create API takes it; blank lines are skipped. */
export async function* ndjsonRecords(chunks: AsyncIterable<string>): AsyncGenerator<ImportRecord> {
  for await (const { line, text } of textLines(chunks)) {
    if (text.trim() === '') continue
    let value: unknown
    try {
      value = JSON.parse(text)
    } catch {
      yield { line, problem: { code: 'invalid_json', detail: 'The line is not valid JSON', errors: [{ path: 'body', message: 'not valid JSON' }] } }
      continue
    }
    if (value === null || typeof value !== 'object' || Array.isArray(value)) {
      yield { line, problem: { code: 'validation_failed', detail: 'body: expected an object', errors: [{ path: 'body', message: 'expected an object' }] } }
      continue
    }
    yield { line, values: value as Record<string, unknown> }
  }
}
