import { DomainError, type FieldError } from '../../core/errors.js'
import type { ImportRecord } from './formats.js'

/** Text → CSV records (RFC 4180) → import records: the header names the fields, cells become their JSON values. */

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
