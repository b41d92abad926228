import type { Where } from 'payload'

import { HANDOFF } from '../constants'

/** Group copies waiting for a person to post them by hand: the editors' hand-off tasks. */
export const handoffTasksWhere: Where = {
  and: [
    { channel: { equals: 'group' } },
    { state: { equals: 'needs_action' } },
    { lastErrorCode: { equals: HANDOFF } },
  ],
}

/** Deliveries that failed or wait for an admin; the hand-off tasks are the editors' work. */
export const deliveryProblemsWhere: Where = {
  or: [
    { state: { equals: 'failed' } },
    {
      and: [
        { state: { equals: 'needs_action' } },
        // A missing code is NULL in SQL, which `not_equals` alone would not match.
        { or: [{ lastErrorCode: { exists: false } }, { lastErrorCode: { not_equals: HANDOFF } }] },
      ],
    },
  ],
}
