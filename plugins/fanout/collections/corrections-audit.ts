import { ref } from '../../audit/exports/server'
import type { AuditSpec } from '../../audit/exports/types'
import { CORRECTIONS } from '../constants'
import { polishT } from '../i18n'
import { CORRECTION_STATES } from './corrections'

/**
 * How the audit log reads a correction: its proposal, each approval and the decision. The post's
 * own change on approval is logged by the post's audit; each channel's result by the deliveries'.
 */
export const correctionsAudit: AuditSpec = {
  slug: CORRECTIONS,
  state: {
    label: polishT('fanout:correction:auditState'),
    name: 'state',
    options: CORRECTION_STATES,
  },
  title: (doc) => polishT('fanout:audit:post', { id: String(ref(doc.post) ?? '') }),
  tracked: [
    { label: polishT('fanout:correction:changed'), name: 'changed' },
    { label: polishT('fanout:correction:approvedBy'), name: 'approvedBy' },
    { label: polishT('fanout:correction:comment'), name: 'comment' },
  ],
  view: (doc) => ({
    approvedBy: Array.isArray(doc.approvedBy) ? doc.approvedBy.map(ref).join(', ') : null,
    changed: Array.isArray(doc.changed) ? doc.changed.join(', ') : null,
    comment: doc.comment ?? null,
    state: doc.state,
  }),
}
