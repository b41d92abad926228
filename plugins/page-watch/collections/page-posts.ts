import type { CollectionConfig, DateField } from 'payload'

import { adminsOnly, isAdmin } from '../../../src/access/roles'
import { DELIVERIES } from '../../fanout/exports/slugs'
import { PAGE_POSTS } from '../constants'
import { l } from '../labels'
import { PAGE_POST_KINDS, type PagePostKind } from '../rules/page-post-kind'
import type { PageWatchTranslationKeys } from '../translations'
import { en } from '../translations/en'
import { pl } from '../translations/pl'

const KIND_LABELS: Record<PagePostKind, PageWatchTranslationKeys> = {
  herold: 'pageWatch:kindHerold',
  other: 'pageWatch:kindOther',
  public_with_bip: 'pageWatch:kindPublicWithBip',
  public_without_bip: 'pageWatch:kindPublicWithoutBip',
}

export const dateField = (
  name: string,
  key: PageWatchTranslationKeys,
  index = false,
): DateField => ({
  name,
  type: 'date',
  admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
  index,
  label: l(key),
})

/**
 * The Page's published posts as Facebook lists them, written only by the reading task: internal,
 * so only admins see them; the reports read them with the local API.
 */
export const pagePosts: CollectionConfig = {
  slug: PAGE_POSTS,
  labels: { plural: l('pageWatch:posts'), singular: l('pageWatch:post') },
  access: { create: () => false, delete: adminsOnly, read: adminsOnly, update: () => false },
  admin: {
    defaultColumns: ['createdTime', 'message', 'kind', 'permalink'],
    description: { en: en.pageWatch.postsDescription, pl: pl.pageWatch.postsDescription },
    group: { en: 'Administration', pl: 'Administracja' },
    hidden: ({ user }) => !isAdmin(user),
    useAsTitle: 'postId',
  },
  fields: [
    {
      name: 'postId',
      type: 'text',
      index: true,
      label: l('pageWatch:postId'),
      required: true,
      unique: true,
    },
    { name: 'pageId', type: 'text', index: true, label: l('pageWatch:pageId'), required: true },
    { name: 'message', type: 'textarea', label: l('pageWatch:message') },
    { ...dateField('createdTime', 'pageWatch:createdTime', true), required: true },
    { name: 'permalink', type: 'text', label: l('pageWatch:permalink') },
    {
      name: 'delivery',
      type: 'relationship',
      label: l('pageWatch:delivery'),
      relationTo: DELIVERIES,
    },
    {
      name: 'kind',
      type: 'select',
      index: true,
      label: l('pageWatch:kind'),
      options: PAGE_POST_KINDS.map((value) => ({ label: l(KIND_LABELS[value]), value })),
      required: true,
    },
    { name: 'reason', type: 'text', label: l('pageWatch:reason') },
    dateField('goneAt', 'pageWatch:goneAt'),
    // Which pass last listed the post: a complete pass that did not list it finds it deleted.
    { ...dateField('seenInPass', 'pageWatch:seenInPass'), admin: { hidden: true } },
  ],
}
