import { DomainError } from '../../core/errors.js'
import { type CsvColumns, openCsv } from './csv.js'
import { decodeText } from './decoding.js'
import type { ImportEncoding, ImportFormat, ImportRecord } from './formats.js'
import { ndjsonRecords } from './ndjson.js'

export type { ImportEncoding, ImportFormat, ImportRecord }

/**
 * Reading bulk-import files as streams: bytes → text (UTF-8 or GB18030, detected; decoding.ts),
 * text → CSV records (csv.ts) or JSON lines (ndjson.ts), CSV cells → the API's JSON field values.
 * Nothing here holds more than one record (and one chunk of input) at a time.
 */

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

/** A file opened for import: its encoding, and its rows as records (the CSV header already checked). */
export async function openImportRecords(
  source: AsyncIterable<Uint8Array>,
  options: { format: ImportFormat; charset?: ImportEncoding | undefined; maxBytes: number; columns: CsvColumns },
): Promise<{ encoding: ImportEncoding; records: AsyncGenerator<ImportRecord> }> {
  const text = await decodeText(source, options)
  const records = options.format === 'csv' ? (await openCsv(text.chunks, options.columns)).records : ndjsonRecords(text.chunks)
  return { encoding: text.encoding, records }
}
