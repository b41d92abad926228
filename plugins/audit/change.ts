import { describeChanges, type Tracked } from '../../src/domain/change-summary'
import { AUDIT_POLISH, type AuditTexts, labelIn } from './translate'
import type { AuditChange, AuditLabel, AuditSpec } from './types'

const text = (value: unknown): null | string =>
  value == null || value === '' ? null : String(value)

/**
 * What changed between two versions of a document, for the audit log: the state as field, from
 * and to (always, when it changed or the document was created), and the other tracked fields as a
 * summary, in the language of `texts`. Null when nothing audited changed (e.g. a bookkeeping
 * write).
 */
export const auditChange = (
  spec: AuditSpec,
  before: null | Record<string, unknown>,
  after: Record<string, unknown>,
  note: null | string = null,
  texts: AuditTexts = AUDIT_POLISH,
): AuditChange | null => {
  const { t } = texts
  const labelOf = (label: AuditLabel) => (typeof label === 'string' ? label : label(texts))
  const view = spec.view ?? ((doc) => doc)
  const next = view(after)
  const prev = before ? view(before) : null
  const state = spec.state
  const from = state && prev ? text(prev[state.name]) : null
  const to = state ? text(next[state.name]) : null
  const stateChanged = !!state && (!prev || from !== to)
  const name = (value: null | string) =>
    value == null ? '—' : labelIn(state?.options ?? [], value, texts.language)
  const tracked = spec.tracked.map(({ format, label, name }): Tracked => ({
    format: format && ((value) => format(value, texts)),
    label: labelOf(label),
    name,
  }))

  const parts: string[] = []
  if (!prev)
    parts.push(
      state && to
        ? t('audit:createdWithState', { field: labelOf(state.label), state: name(to) })
        : t('audit:created'),
    )
  else if (stateChanged) parts.push(`${labelOf(state!.label)}: ${name(from)} → ${name(to)}`)
  const others = prev ? describeChanges(prev, next, tracked) : null
  if (others) parts.push(others)
  if (note) parts.push(note)
  if (!parts.length) return null
  return {
    field: stateChanged ? state!.name : null,
    from: stateChanged ? from : null,
    summary: parts.join('; '),
    to: stateChanged ? to : null,
  }
}

type MaybeUser = { email?: unknown; id: number | string; name?: unknown } | null | undefined

/**
 * Who made a change: the logged-in person (kept as text too, so the log still says who it was after
 * the account is deleted), else whoever the code acting says it is (the scheduler, a worker), else "system".
 */
export const actorOf = (
  user: MaybeUser,
  acting?: unknown,
): { actor: string; user: null | number | string } => {
  if (user) {
    const name = typeof user.name === 'string' && user.name.trim() ? user.name.trim() : null
    const email = typeof user.email === 'string' ? user.email : null
    return {
      actor: name && email ? `${name} (${email})` : (name ?? email ?? `#${user.id}`),
      user: user.id,
    }
  }
  return {
    actor: typeof acting === 'string' && acting.trim() ? acting.trim() : 'system',
    user: null,
  }
}

/** Long values (a post's lead, a complaint's answer) are cut for the one-line summary. */
export const shortText = (value: unknown, max = 80): string => {
  if (value == null || value === '') return '—'
  const flat = String(value).replace(/\s+/g, ' ').trim()
  return flat.length > max ? `${flat.slice(0, max - 1)}…` : flat
}
