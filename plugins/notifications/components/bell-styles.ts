import type { CSSProperties } from 'react'

/** The bell and its list on the admin's own theme variables (light and dark mode). */
const small: CSSProperties = {
  color: 'var(--theme-elevation-650)',
  fontSize: '0.75rem',
  margin: 0,
}

export const styles = {
  bell: { alignItems: 'center', display: 'inline-flex', gap: 4, position: 'relative' },
  empty: { ...small, padding: 'calc(var(--base) / 2)' },
  footer: { borderTop: '1px solid var(--theme-elevation-100)', padding: 'calc(var(--base) / 2)' },
  item: {
    background: 'none',
    border: 'none',
    borderBottom: '1px solid var(--theme-elevation-100)',
    color: 'var(--theme-text)',
    cursor: 'pointer',
    display: 'block',
    padding: 'calc(var(--base) / 2)',
    textAlign: 'left',
    width: '100%',
  },
  list: { listStyle: 'none', margin: 0, maxHeight: '60vh', overflowY: 'auto', padding: 0 },
  panel: { maxWidth: 360, minWidth: 280 },
  time: small,
  unread: { fontWeight: 600 },
} satisfies Record<string, CSSProperties>
