import type { ErrorCode, FieldError } from '../../core/errors.js'

/** How an import file is written: CSV with a header row, or JSON lines. */
export const importFormats = ['csv', 'ndjson'] as const
export type ImportFormat = (typeof importFormats)[number]

/** The text encodings read: UTF-8, and GB18030 (with its subsets GBK and GB2312) as Excel and WPS save. */
export const importEncodings = ['utf-8', 'gb18030'] as const
export type ImportEncoding = (typeof importEncodings)[number]

/** One row of the file: the object to validate, or why it could not even be read. */
export interface ImportRecord {
  /** 1-based line of the file where the row starts (the CSV header is line 1). */
  line: number
  values?: Record<string, unknown>
  problem?: { code: ErrorCode; detail: string; errors?: FieldError[] }
}
