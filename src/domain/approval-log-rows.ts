import { type Label } from './labels'
import { LOG_DECISIONS, WORKFLOW_STATES } from './workflow'

/** An entry of a post's approval log (the generated type's, `by` as an id or the populated user). */
type LogEntry = {
  at?: null | string
  by?: null | number | { id: number; name?: null | string }
  comment?: null | string
  decision: string
  from?: null | string
  id?: null | string
  to?: null | string
}

/** One decision as the post's approval log reads it, in the reader's language. */
export type ApprovalLogRow = {
  by: string
  comment: string
  decision: string
  key: string
  states: string
  when: string
}

const labelOf = (
  options: readonly { label: Label; value: string }[],
  value: null | string | undefined,
  language: 'en' | 'pl',
) => options.find((o) => o.value === value)?.label[language] ?? value ?? ''

/** The id of the user who decided, whether the entry holds the id or the populated user. */
export const deciderId = (by: LogEntry['by']) =>
  by && typeof by === 'object' ? by.id : (by ?? null)

/**
 * The approval log as a list of sentences' parts: when (in the gmina's time zone), who (by name,
 * from `names` or the populated user), which decision, from which state to which, the comment;
 * oldest first, as the decisions were made.
 */
export const approvalLogRows = (
  log: null | readonly LogEntry[] | undefined,
  names: ReadonlyMap<number, string>,
  language: 'en' | 'pl',
): ApprovalLogRow[] => {
  const when = new Intl.DateTimeFormat(language === 'en' ? 'en-GB' : 'pl-PL', {
    dateStyle: 'medium',
    timeStyle: 'short',
    timeZone: 'Europe/Warsaw',
  })
  return (log ?? []).map((entry, index) => {
    const id = deciderId(entry.by)
    const populated = entry.by && typeof entry.by === 'object' ? entry.by.name : null
    const from = labelOf(WORKFLOW_STATES, entry.from, language)
    const to = labelOf(WORKFLOW_STATES, entry.to, language)
    return {
      by: (id !== null ? names.get(id) : null) ?? populated ?? (id !== null ? `#${id}` : '—'),
      comment: entry.comment?.trim() ?? '',
      decision: labelOf(LOG_DECISIONS, entry.decision, language),
      key: entry.id ?? String(index),
      states: from || to ? `${from || '—'} → ${to || '—'}` : '',
      when: entry.at ? when.format(new Date(entry.at)) : '',
    }
  })
}
