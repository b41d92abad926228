import type { CSSProperties } from 'react'

/** The desk's layout on the admin's own theme variables, so it follows light and dark mode. */
const small: CSSProperties = {
  color: 'var(--theme-elevation-650)',
  fontSize: '0.8125rem',
  margin: 0,
}

export const styles = {
  desk: { marginBottom: 'calc(var(--base) * 2)' },
  empty: small,
  header: {
    alignItems: 'baseline',
    display: 'flex',
    flexWrap: 'wrap',
    gap: 'calc(var(--base) / 2) var(--base)',
    justifyContent: 'space-between',
    marginBottom: 'var(--base)',
  },
  heading: {
    alignItems: 'center',
    display: 'flex',
    fontSize: '1rem',
    gap: 'calc(var(--base) / 2)',
    justifyContent: 'space-between',
    margin: 0,
  },
  meta: small,
  note: { ...small, color: 'var(--theme-elevation-800)', fontStyle: 'italic' },
  queue: {
    background: 'var(--theme-elevation-50)',
    border: '1px solid var(--theme-elevation-100)',
    borderRadius: 'var(--style-radius-m)',
    display: 'flex',
    flexDirection: 'column',
    gap: 'calc(var(--base) / 2)',
    padding: 'var(--base)',
  },
  queues: {
    display: 'grid',
    gap: 'var(--base)',
    gridTemplateColumns: 'repeat(auto-fill, minmax(18rem, 1fr))',
  },
  row: { display: 'flex', flexDirection: 'column', gap: '0.125rem' },
  rowTitle: { fontWeight: 600, overflowWrap: 'anywhere' },
  rows: {
    display: 'flex',
    flexDirection: 'column',
    gap: 'calc(var(--base) / 2)',
    listStyle: 'none',
    margin: 0,
    padding: 0,
  },
  title: { margin: 0 },
  updated: { color: 'var(--theme-elevation-500)', fontSize: '0.8125rem' },
} satisfies Record<string, CSSProperties>
