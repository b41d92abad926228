import type { Where } from 'payload'

/**
 * Deliveries that are posts of their own on their channel: first copies and corrections sent as a
 * new post. A correction edited in place is the first copy's post again, so whoever reads a copy's
 * comments or reach reads each post once.
 */
export const ownPostsWhere: Where = {
  or: [{ correctionAction: { exists: false } }, { correctionAction: { not_equals: 'update' } }],
}
