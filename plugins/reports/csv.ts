/**
 * CSV the way Polish Excel opens it: UTF-8 with a byte-order mark (or Polish letters come out
 * garbled), semicolons between fields (Excel in Polish uses the comma as the decimal separator),
 * decimal commas, CRLF line ends, and RFC 4180 quoting. Text that a spreadsheet would run as a
 * formula (=, +, -, @ first) is prefixed with an apostrophe: titles come from many editors.
 */
export type Cell = boolean | null | number | string | undefined

export const CSV_SEPARATOR = ';'
export const BOM = '\uFEFF'

const FORMULA = /^[=+\-@\t\r]/

export const csvCell = (value: Cell): string => {
  if (value == null) return ''
  if (typeof value === 'boolean') return value ? 'tak' : 'nie'
  if (typeof value === 'number')
    return Number.isFinite(value) ? String(value).replace('.', ',') : ''
  const text = FORMULA.test(value) ? `'${value}` : value
  return /[";\r\n]|^\s|\s$/.test(text) ? `"${text.replace(/"/g, '""')}"` : text
}

export const toCsv = (header: readonly string[], rows: readonly (readonly Cell[])[]): string =>
  BOM + [header, ...rows].map((row) => row.map(csvCell).join(CSV_SEPARATOR)).join('\r\n') + '\r\n'
