/** One CSV cell: text, a number, or empty. */
export type CsvCell = string | number | null

const byteOrderMark = '\uFEFF'

/**
 * Text a spreadsheet would run as a formula (OWASP CSV injection): a cell starting with = + - @,
 * tab or carriage return. Names and titles come from other users, so such text gets a leading
 * apostrophe, which spreadsheets show as text and do not display. Numbers are written as numbers.
 */
const formulaStart = /^[=+\-@\t\r]/

/** RFC 4180 quoting: a cell with a comma, quote, CR or LF is quoted, quotes doubled. */
export function csvCell(value: CsvCell): string {
  if (value === null) return ''
  const text = typeof value === 'string' && formulaStart.test(value) ? `'${value}` : String(value)
  return /[",\r\n]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text
}

/**
 * UTF-8 CSV with a byte order mark (so spreadsheet programs read the Chinese labels) and CRLF
 * line ends, header first.
 */
export function toCsv(header: readonly string[], rows: readonly (readonly CsvCell[])[]): string {
  return byteOrderMark + [header, ...rows].map((row) => row.map(csvCell).join(',')).join('\r\n') + '\r\n'
}
