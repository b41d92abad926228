import React from 'react'

import { csvCell } from '../csv'
import type { ReportTable } from '../definitions'

const cell: React.CSSProperties = {
  borderBottom: '1px solid var(--theme-elevation-150)',
  padding: '6px 10px',
  verticalAlign: 'top',
}

/** A report table: numbers right-aligned with decimal commas, empty cells shown as a dash. */
export const DataTable = ({ table }: { table: ReportTable }) => (
  <div style={{ marginBottom: 'calc(var(--base) * 1.5)', overflowX: 'auto' }}>
    <table style={{ borderCollapse: 'collapse', fontSize: 13, minWidth: '50%' }}>
      <caption style={{ fontWeight: 600, padding: '0 0 8px', textAlign: 'left' }}>
        {table.caption}
      </caption>
      <thead>
        <tr>
          {table.columns.map((column, i) => (
            <th key={i} scope="col" style={{ ...cell, textAlign: 'left' }}>
              {column}
            </th>
          ))}
        </tr>
      </thead>
      <tbody>
        {table.rows.length === 0 && (
          <tr>
            <td colSpan={table.columns.length} style={cell}>
              Brak pozycji w wybranym okresie.
            </td>
          </tr>
        )}
        {table.rows.map((row, r) => (
          <tr key={r}>
            {row.map((value, i) =>
              i === 0 ? (
                <th key={i} scope="row" style={{ ...cell, fontWeight: 400, textAlign: 'left' }}>
                  {value ?? '—'}
                </th>
              ) : (
                <td
                  key={i}
                  style={{ ...cell, textAlign: typeof value === 'number' ? 'right' : 'left' }}
                >
                  {value == null || value === ''
                    ? '—'
                    : typeof value === 'number'
                      ? csvCell(value)
                      : String(value)}
                </td>
              ),
            )}
          </tr>
        ))}
      </tbody>
    </table>
  </div>
)
