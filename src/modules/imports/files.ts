import { DomainError, type ErrorCode, type FieldError } from '../../core/errors.js'

/**
 * Reading bulk-import files as streams: bytes → text (UTF-8 or GB18030, detected), text → CSV
 * records or JSON lines, CSV cells → the API's JSON field values. Nothing here holds more than one
 * record (and one chunk of input) at a time.
 */

export type ImportFormat = 'csv' | 'ndjson'
export type ImportEncoding = 'utf-8' | 'gb18030'

/** One row of the file: the object to validate, or why it could not even be read. */
export interface ImportRecord {
  /** 1-based line of the file where the row starts (the CSV header is line 1). */
  line: number
  values?: Record<string, unknown>
  problem?: { code: ErrorCode; detail: string; errors?: FieldError[] }
}

const csvMediaTypes = new Set(['text/csv', 'application/csv', 'text/comma-separated-values'])
const ndjsonMediaTypes = new Set(['application/x-ndjson', 'application/ndjson', 'application/jsonl', 'application/x-jsonlines'])
/** GBK and GB2312 are subsets of GB18030, and Excel and WPS label their exports with either name. */
const gbCharsets = new Set(['gb18030', 'gbk', 'gb2312', 'cp936', 'x-gbk'])

/** Format and declared charset of an import body, from its Content-Type; anything else is 415. */
export function importMediaType(contentType: string | undefined): { format: ImportFormat; charset: ImportEncoding | undefined } {
  const [essence = '', ...params] = (contentType ?? '').split(';').map((part) => part.trim())
  const mediaType = essence.toLowerCase()
  const format = csvMediaTypes.has(mediaType) ? 'csv' : ndjsonMediaTypes.has(mediaType) ? 'ndjson' : undefined
  if (!format) {
    throw new DomainError('unsupported_media_type', `Send the file as text/csv or application/x-ndjson${mediaType ? `, not ${mediaType}` : ''}`)
  }
  const charsetParam = params.find((param) => /^charset=/i.test(param))
  if (!charsetParam) return { format, charset: undefined }
  const charset = charsetParam.slice('charset='.length).replace(/^"|"$/g, '').toLowerCase()
  if (charset === 'utf-8' || charset === 'utf8') return { format, charset: 'utf-8' }
  if (gbCharsets.has(charset)) return { format, charset: 'gb18030' }
  throw new DomainError('unsupported_media_type', `charset ${charset} is not supported; use utf-8 or gb18030`)
}

/** Enough text to tell UTF-8 from GB18030: Chinese text in GB18030 fails UTF-8 within a few bytes. */
const sniffBytes = 256 * 1024

export interface DecodedText {
  encoding: ImportEncoding
  chunks: AsyncGenerator<string>
}

/**
 * Opens a byte stream as text. A declared charset wins; otherwise a UTF-8 BOM or a valid UTF-8
 * start means UTF-8, anything else GB18030. Reads at most `maxBytes` (413 beyond).
 */
export async function decodeText(
  source: AsyncIterable<Uint8Array>,
  options: { charset?: ImportEncoding | undefined; maxBytes: number },
): Promise<DecodedText> {
  const iterator = source[Symbol.asyncIterator]()
  const head: Uint8Array[] = []
  let headBytes = 0
  let total = 0
  let ended = false
  const take = (chunk: Uint8Array) => {
    total += chunk.byteLength
    if (total > options.maxBytes) throw new DomainError('payload_too_large', `Import files are limited to ${options.maxBytes} bytes`)
    return chunk
  }
  if (!options.charset) {
    while (headBytes < sniffBytes) {
      const next = await iterator.next()
      if (next.done) {
        ended = true
        break
      }
      head.push(take(next.value))
      headBytes += next.value.byteLength
    }
  }
  const encoding = options.charset ?? detectEncoding(concat(head, headBytes))
  // fatal: a byte sequence that is not text in the chosen encoding stops the import, never becomes U+FFFD.
  const decoder = new TextDecoder(encoding, { fatal: true })
  let decodedBytes = 0
  const decode = (chunk: Uint8Array, stream: boolean) => {
    try {
      const text = decoder.decode(chunk, { stream })
      decodedBytes += chunk.byteLength
      return text
    } catch {
      const hint = encoding === 'utf-8' ? '; if the file is GB18030 (GBK), send Content-Type: text/csv; charset=gb18030' : ''
      throw new DomainError('validation_failed', `The file is not valid ${encoding.toUpperCase()} after byte ${decodedBytes}${hint}`)
    }
  }
  async function* chunks(): AsyncGenerator<string> {
    for (const chunk of head) yield decode(chunk, true)
    head.length = 0
    while (!ended) {
      const next = await iterator.next()
      if (next.done) break
      yield decode(take(next.value), true)
    }
    const rest = decode(new Uint8Array(0), false)
    if (rest) yield rest
  }
  return { encoding, chunks: chunks() }
}

function concat(chunks: Uint8Array[], length: number): Uint8Array {
  const bytes = new Uint8Array(length)
  let offset = 0
  for (const chunk of chunks) {
    bytes.set(chunk, offset)
    offset += chunk.byteLength
  }
  return bytes
}

export function detectEncoding(start: Uint8Array): ImportEncoding {
  if (start[0] === 0xef && start[1] === 0xbb && start[2] === 0xbf) return 'utf-8'
  try {
    // stream: a multi-byte character cut at the end of the sample is not an error.
    new TextDecoder('utf-8', { fatal: true }).decode(start, { stream: true })
    return 'utf-8'
  } catch {
    return 'gb18030'
  }
}

/** A record of a CSV file (RFC 4180: quoted cells may hold commas, quotes as "" and line breaks). */
export interface CsvRecord {
  line: number
  cells: string[]
}

/** Streams CSV records; LF, CRLF and CR end records; a leading BOM is dropped; blank lines skipped. */
export async function* csvRecords(chunks: AsyncIterable<string>): AsyncGenerator<CsvRecord> {
  let cells: string[] = []
  let cell = ''
  let inQuotes = false
  let quoteInQuotes = false
  let afterCr = false
  // A line break inside a quoted cell still counts a line; CRLF counts once, even across chunks.
  let crInQuotes = false
  let line = 1
  let recordLine = 1
  let first = true
  const endRecord = (): CsvRecord | null => {
    cells.push(cell)
    const record = cells.length === 1 && cells[0]!.trim() === '' ? null : { line: recordLine, cells }
    cells = []
    cell = ''
    return record
  }
  for await (let chunk of chunks) {
    if (first && chunk.length > 0) {
      if (chunk.charCodeAt(0) === 0xfeff) chunk = chunk.slice(1)
      first = false
    }
    let start = 0
    for (let i = 0; i < chunk.length; i++) {
      const ch = chunk.charCodeAt(i)
      if (afterCr) {
        afterCr = false
        if (ch === 10) {
          start = i + 1
          continue
        }
      }
      if (inQuotes) {
        if (quoteInQuotes) {
          quoteInQuotes = false
          if (ch === 34) {
            cell += '"'
            start = i + 1
            continue
          }
          inQuotes = false
          start = i
        } else {
          if (ch === 34) {
            cell += chunk.slice(start, i)
            quoteInQuotes = true
            start = i + 1
          } else if (ch === 13 || (ch === 10 && !crInQuotes)) {
            line++
          }
          crInQuotes = ch === 13
          continue
        }
      }
      if (ch === 34 && cell === '' && i === start) {
        inQuotes = true
        start = i + 1
      } else if (ch === 44) {
        cells.push(cell + chunk.slice(start, i))
        cell = ''
        start = i + 1
      } else if (ch === 10 || ch === 13) {
        cell += chunk.slice(start, i)
        const record = endRecord()
        if (record) yield record
        line++
        recordLine = line
        afterCr = ch === 13
        start = i + 1
      }
    }
    if (inQuotes && !quoteInQuotes) cell += chunk.slice(start)
    else if (!inQuotes) cell += chunk.slice(start)
  }
  if (inQuotes && !quoteInQuotes) {
    throw new DomainError('validation_failed', `line ${recordLine}: a quoted cell is never closed`)
  }
  const record = endRecord()
  if (record) yield record
}

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

/** How a CSV cell becomes a JSON value of the field. */
export type CellKind = 'text' | 'list' | 'boolean' | 'number' | 'json'

export interface CsvColumns {
  /** The API's field names and how to read their cells. */
  fields: Record<string, CellKind>
  /** Other header names (Chinese, as in a park's spreadsheet) for a field. */
  aliases: Record<string, string>
  /** Words accepted for enum values, per field (需求类型 技术攻关 → breakthrough). */
  valueAliases?: Record<string, Record<string, string>>
}

const listSeparator = /[;；、]/
const trueWords = new Set(['true', '1', 'yes', 'y', '是', '√', '✓'])
const falseWords = new Set(['false', '0', 'no', 'n', '否', '×'])

function cellValue(kind: CellKind, raw: string, valueAliases: Record<string, string> | undefined): unknown {
  const cell = raw.trim()
  switch (kind) {
    case 'list':
      return cell.split(listSeparator).map((item) => item.trim()).filter((item) => item !== '')
    case 'boolean': {
      const word = cell.toLowerCase()
      return trueWords.has(word) ? true : falseWords.has(word) ? false : cell
    }
    case 'number': {
      const plain = /^\d{1,3}(,\d{3})+$/.test(cell) ? cell.replaceAll(',', '') : cell
      return /^[+-]?\d+(\.\d+)?$/.test(plain) ? Number(plain) : cell
    }
    case 'json':
      try {
        return JSON.parse(cell) as unknown
      } catch {
        return cell
      }
    case 'text':
      return valueAliases?.[cell] ?? raw
  }
}

/** Maps header cells to field names; an unknown or repeated column is a 400 before any row is read. */
export function csvHeader(cells: readonly string[], columns: CsvColumns): string[] {
  const errors: FieldError[] = []
  const seen = new Map<string, number>()
  const lowerFields = new Map(Object.keys(columns.fields).map((field) => [field.toLowerCase(), field]))
  const fields = cells.map((cell, index) => {
    const name = cell.trim()
    const field = lowerFields.get(name.toLowerCase()) ?? columns.aliases[name]
    if (!field) {
      errors.push({ path: `header.${index + 1}`, message: `unknown column ${JSON.stringify(name)}; use the API's field names (${Object.keys(columns.fields).join(', ')}) or their Chinese names` })
      return ''
    }
    if (seen.has(field)) errors.push({ path: `header.${index + 1}`, message: `column ${JSON.stringify(name)} repeats column ${seen.get(field)! + 1} (${field})` })
    seen.set(field, index)
    return field
  })
  if (errors.length) throw new DomainError('validation_failed', `The header row has problems: ${errors.map((e) => e.message).join('; ')}`, { errors })
  return fields
}

/**
 * CSV rows as import records: the first record is the header; an empty cell leaves its field out
 * (the default on create, unchanged on update); list cells split on ; ； or 、.
 */
export async function openCsv(chunks: AsyncIterable<string>, columns: CsvColumns): Promise<{ fields: string[]; records: AsyncGenerator<ImportRecord> }> {
  const source = csvRecords(chunks)
  const header = await source.next()
  if (header.done) throw new DomainError('validation_failed', 'The file is empty: a header row naming the columns comes first')
  const fields = csvHeader(header.value.cells, columns)
  async function* records(): AsyncGenerator<ImportRecord> {
    for await (const { line, cells } of source) {
      if (cells.length > fields.length) {
        const message = `${cells.length} cells, but the header names ${fields.length} columns`
        yield { line, problem: { code: 'validation_failed', detail: message, errors: [{ path: 'body', message }] } }
        continue
      }
      const values: Record<string, unknown> = {}
      cells.forEach((raw, index) => {
        const field = fields[index]!
        if (raw.trim() === '') return
        values[field] = cellValue(columns.fields[field]!, raw, columns.valueAliases?.[field])
      })
      yield { line, values }
    }
  }
  return { fields, records: records() }
}

/** Reads a web ReadableStream as an async iterable (Workers' streams may lack Symbol.asyncIterator). */
export async function* streamChunks(stream: ReadableStream<Uint8Array>): AsyncGenerator<Uint8Array> {
  const reader = stream.getReader()
  try {
    for (;;) {
      const { done, value } = await reader.read()
      if (done) return
      if (value) yield value
    }
  } finally {
    reader.releaseLock()
  }
}

/** A file opened for import: its encoding, and its rows as records (the CSV header already checked). */
export async function openImportRecords(
  source: AsyncIterable<Uint8Array>,
  options: { format: ImportFormat; charset?: ImportEncoding | undefined; maxBytes: number; columns: CsvColumns },
): Promise<{ encoding: ImportEncoding; records: AsyncGenerator<ImportRecord> }> {
  const text = await decodeText(source, options)
  const records = options.format === 'csv' ? (await openCsv(text.chunks, options.columns)).records : ndjsonRecords(text.chunks)
  return { encoding: text.encoding, records }
}
