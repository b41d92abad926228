import type { CollectionConfig } from 'payload'

import { inUsersUnits, isStaff, roleOf } from '../../src/access/roles'
import { publicPostsWhere } from '../../src/domain/public-visibility'
import type { WorkflowState } from '../../src/domain/workflow'

/**
 * Editors may touch their own units' posts while they are theirs to edit (or to pull back from
 * review), and propose corrections of published ones (which wait for an approver).
 */
const EDITOR_STATES: WorkflowState[] = ['draft', 'changes_requested', 'in_review', 'published']

export const access: CollectionConfig['access'] = {
  create: ({ req }) => !!req.user,
  delete: ({ req }) => {
    if (roleOf(req.user) === 'admin') return true
    if (!req.user) return false
    // Only unsent work can disappear; anything that went out stays on record (withdraw it instead).
    return { and: [inUsersUnits(req.user, 'unit'), { workflowState: { equals: 'draft' } }] }
  },
  read: ({ req }) => {
    if (isStaff(req.user)) return true
    // Outside its unit, a post is readable exactly when residents may see it (BIP comes first).
    const publicPosts = publicPostsWhere(new Date())
    if (!req.user) return publicPosts
    return { or: [publicPosts, inUsersUnits(req.user, 'unit')] }
  },
  readVersions: ({ req }) =>
    isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'version.unit') : false,
  update: ({ req }) => {
    if (isStaff(req.user)) return true
    if (!req.user) return false
    return { and: [inUsersUnits(req.user, 'unit'), { workflowState: { in: EDITOR_STATES } }] }
  },
}
