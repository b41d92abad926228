import type { CSSProperties } from 'react'

import type { WorkflowState } from '../../../src/domain/workflow'

/** Each state's colour; the state is always written too, so colour is never the only sign. */
export const STATE_COLOURS: Record<WorkflowState, string> = {
  approved: 'var(--color-blue-500)',
  changes_requested: 'var(--theme-error-500)',
  draft: 'var(--theme-elevation-400)',
  in_review: 'var(--theme-warning-500)',
  published: 'rgb(47, 143, 78)',
  withdrawn: 'var(--theme-elevation-250)',
}

const small: CSSProperties = { color: 'var(--theme-elevation-650)', fontSize: '0.75rem' }
const cellBorder = '1px solid var(--theme-elevation-100)'

/** A native select (in the look of Payload's inputs). */
export const selectStyle: CSSProperties = {
  background: 'var(--theme-input-bg)',
  border: '1px solid var(--theme-elevation-150)',
  borderRadius: 'var(--style-radius-s)',
  color: 'var(--theme-elevation-800)',
  fontFamily: 'var(--font-body)',
  fontSize: '0.875rem',
  height: 'calc(var(--base) * 1.75)',
  padding: '0 calc(var(--base) * 0.5)',
  width: '100%',
}

export const styles = {
  badge: {
    background: 'var(--theme-warning-100)',
    border: '1px solid var(--theme-warning-500)',
    borderRadius: 'var(--style-radius-s)',
    color: 'var(--theme-warning-800)',
    fontSize: '0.6875rem',
    fontWeight: 600,
    padding: '0 0.25rem',
    whiteSpace: 'nowrap',
  },
  cell: {
    border: cellBorder,
    minWidth: '7rem',
    padding: '0.25rem',
    verticalAlign: 'top',
  },
  dayNumber: { ...small, display: 'block', fontWeight: 600, marginBottom: '0.25rem' },
  dropActive: {
    background: 'var(--theme-elevation-100)',
    outline: '2px dashed var(--theme-elevation-500)',
  },
  form: { display: 'flex', flexDirection: 'column', gap: '0.25rem', marginTop: '0.25rem' },
  hourCell: { ...small, border: cellBorder, padding: '0.25rem', textAlign: 'right', width: '4rem' },
  item: {
    background: 'var(--theme-elevation-50)',
    borderLeft: '4px solid',
    borderRadius: 'var(--style-radius-s)',
    display: 'flex',
    flexDirection: 'column',
    fontSize: '0.8125rem',
    gap: '0.125rem',
    marginBottom: '0.25rem',
    padding: '0.25rem 0.375rem',
  },
  itemTitle: { fontWeight: 600, overflowWrap: 'anywhere' },
  items: { listStyle: 'none', margin: 0, padding: 0 },
  legend: {
    alignItems: 'center',
    display: 'flex',
    flexWrap: 'wrap',
    gap: '0.25rem 1rem',
    listStyle: 'none',
    margin: 'var(--base) 0',
    padding: 0,
  },
  meta: small,
  otherMonth: { background: 'var(--theme-elevation-25, transparent)', opacity: 0.6 },
  status: { minHeight: '1.5rem', margin: '0 0 calc(var(--base) / 2)' },
  swatch: {
    borderRadius: '2px',
    display: 'inline-block',
    height: '0.875rem',
    marginRight: '0.375rem',
    verticalAlign: 'middle',
    width: '0.875rem',
  },
  table: { borderCollapse: 'collapse', tableLayout: 'fixed', width: '100%' },
  th: { ...small, border: cellBorder, fontWeight: 600, padding: '0.25rem', textAlign: 'left' },
  today: { boxShadow: 'inset 0 0 0 2px var(--theme-elevation-800)' },
  toolbar: {
    alignItems: 'center',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'calc(var(--base) / 2) var(--base)',
    justifyContent: 'space-between',
    margin: 'var(--base) 0',
  },
  toolbarGroup: {
    alignItems: 'center',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'calc(var(--base) / 4)',
  },
  filters: {
    alignItems: 'flex-end',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'calc(var(--base) / 2) var(--base)',
    margin: '0 0 var(--base)',
  },
} satisfies Record<string, CSSProperties>
