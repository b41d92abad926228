import type { CollectionConfig } from 'payload'

import { adminsOnly, isAdmin } from '../../../src/access/roles'
import { PAGE_READS } from '../constants'
import { l } from '../labels'
import { en } from '../translations/en'
import { pl } from '../translations/pl'
import { dateField } from './page-posts'

/**
 * Where the reading of each Page (by its Facebook id) stands: the last complete pass, and the pass under way (its
 * start, its `since` and the oldest post it has reached), so that a pass stopped by a rate limit
 * resumes there: by time (`until`), which a post deleted meanwhile cannot break as a cursor could. Written only by the task.
 */
export const pageReads: CollectionConfig = {
  slug: PAGE_READS,
  labels: { plural: l('pageWatch:reads'), singular: l('pageWatch:read') },
  access: { create: () => false, delete: adminsOnly, read: adminsOnly, update: () => false },
  admin: {
    defaultColumns: ['pageId', 'completedThrough', 'lastError'],
    description: { en: en.pageWatch.readsDescription, pl: pl.pageWatch.readsDescription },
    group: { en: 'Administration', pl: 'Administracja' },
    hidden: ({ user }) => !isAdmin(user),
  },
  fields: [
    { name: 'pageId', type: 'text', label: l('pageWatch:pageId'), required: true, unique: true },
    dateField('completedThrough', 'pageWatch:completedThrough'),
    dateField('passStartedAt', 'pageWatch:passStartedAt'),
    dateField('passSince', 'pageWatch:passSince'),
    dateField('passUntil', 'pageWatch:passUntil'),
    { name: 'lastError', type: 'textarea', label: l('pageWatch:lastError') },
  ],
}
