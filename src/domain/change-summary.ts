export type Tracked = { format?: (value: unknown) => string; label: string; name: string }

const show = (value: unknown): string => {
  if (value == null || value === '') return '—'
  if (typeof value === 'object' && 'id' in (value as object))
    return `#${(value as { id: unknown }).id}`
  return String(value)
}

const comparable = (value: unknown): string => {
  if (value == null || value === '') return ''
  if (typeof value === 'object' && 'id' in (value as object))
    return String((value as { id: unknown }).id)
  if (typeof value === 'string' && /^\d{4}-\d\d-\d\dT/.test(value))
    return new Date(value).toISOString()
  return typeof value === 'object' ? JSON.stringify(value) : String(value)
}

/** A one-line Polish description of what changed between two versions of a record. */
export const describeChanges = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
  fields: readonly Tracked[],
): null | string => {
  const parts = fields
    .filter((f) => f.name in after && comparable(before[f.name]) !== comparable(after[f.name]))
    .map((f) => {
      const fmt = f.format ?? show
      return `${f.label}: ${fmt(before[f.name])} → ${fmt(after[f.name])}`
    })
  return parts.length ? parts.join('; ') : null
}
