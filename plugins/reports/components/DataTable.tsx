import React from 'react'

import { csvCell } from '../csv'
import type { ReportTable } from '../definitions'

/** An address (a Page post, a BIP entry) is a link a person can follow. */
const cellContent = (value: string) =>
  /^https?:\/\/\S+$/.test(value) ? (
    <a href={value} rel="noopener noreferrer" target="_blank">
      {value}
    </a>
  ) : (
    value
  )

/**
 * A report table in the style of Payload's list tables, named by its caption: numbers
 * right-aligned with decimal commas, empty cells shown as a dash, addresses as links.
 */
export const DataTable = ({ emptyText, table }: { emptyText: string; table: ReportTable }) => (
  <div className="table" style={{ marginBottom: 'calc(var(--base) * 1.5)' }}>
    <table>
      <caption
        style={{ fontWeight: 600, padding: '0 0 calc(var(--base) / 2)', textAlign: 'start' }}
      >
        {table.caption}
      </caption>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i} scope="col">
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 && (
          <tr>
            <td colSpan={table.columns.length}>{emptyText}</td>
          </tr>
        )}
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, i) =>
              i === 0 ? (
                <th key={i} scope="row" style={{ fontWeight: 400, textAlign: 'start' }}>
                  {value ?? '—'}
                </th>
              ) : (
                <td key={i} style={{ textAlign: typeof value === 'number' ? 'end' : 'start' }}>
                  {value == null || value === ''
                    ? '—'
                    : typeof value === 'number'
                      ? csvCell(value)
                      : cellContent(String(value))}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
