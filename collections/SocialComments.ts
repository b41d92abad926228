import type { CollectionConfig } from 'payload'

import { ACCOUNTS, DELIVERIES } from '../plugins/fanout/exports/slugs'
import { inUsersUnits, isStaff } from '../src/access/roles'
import { label, option } from '../src/domain/labels'
import { MODERATION_ENTRIES, POSTS, SOCIAL_COMMENTS, UNITS, USERS } from '../src/domain/slugs'
import { commentEndpoints } from '../src/moderation/comment-endpoints'
import { dateTimeAdmin, staffReadField } from '../src/fields/field-options'

export const COMMENT_STATES = [
  option('visible', 'Widoczny', 'Visible'),
  option('hidden', 'Ukryty przez urząd', 'Hidden by the office'),
  option('deleted', 'Usunięty przez urząd', 'Deleted by the office'),
  option('gone', 'Zniknął z Facebooka', 'Gone from Facebook'),
] as const

/** How long fetched comments are kept: moderation needs recent ones, and they are personal data. */
export const COMMENT_RETENTION_DAYS = 90

/**
 * Recent comments on the fanpage copies of Herold's posts, fetched by the worker, so that editors
 * can moderate from the admin: hiding or deleting one requires the rule it breaks and writes its
 * register entry by itself. Only what moderation needs is kept, and only for 90 days.
 */
export const SocialComments: CollectionConfig = {
  slug: SOCIAL_COMMENTS,
  labels: {
    plural: label('Komentarze na fanpage', 'Fanpage comments'),
    singular: label('Komentarz na fanpage', 'Fanpage comment'),
  },
  admin: {
    components: { beforeListTable: ['/src/components/FetchCommentsButton#FetchCommentsButton'] },
    // The text first: it is the link that opens the comment for moderation.
    defaultColumns: ['message', 'createdTime', 'authorName', 'post', 'state'],
    description: label(
      `Komentarze pod wpisami opublikowanymi na fanpage, pobierane co kilka minut i przechowywane ${COMMENT_RETENTION_DAYS} dni. Otwórz komentarz, aby go ukryć lub usunąć: trzeba wskazać naruszony punkt zasad dyskusji, a wpis w rejestrze moderacji powstaje sam.`,
      `Comments under the Page copies of posts, fetched every few minutes and kept ${COMMENT_RETENTION_DAYS} days. Open one to hide or delete it by the rule it breaks; the register entry is written automatically.`,
    ),
    group: label('Przejrzystość', 'Transparency'),
    listSearchableFields: ['message', 'authorName'],
    useAsTitle: 'message',
  },
  defaultSort: '-createdTime',
  // Written only by the worker and the moderation action; staff see all, editors their units' posts.
  access: {
    create: () => false,
    delete: () => false,
    read: ({ req }) =>
      isStaff(req.user) ? true : req.user ? inUsersUnits(req.user, 'unit') : false,
    update: () => false,
  },
  endpoints: commentEndpoints,
  fields: [
    {
      name: 'moderate',
      type: 'ui',
      admin: { components: { Field: '/src/components/CommentModeration#CommentModeration' } },
      label: label('Moderacja', 'Moderation'),
    },
    { name: 'message', type: 'textarea', admin: { readOnly: true }, label: label('Treść', 'Text') },
    {
      type: 'row',
      fields: [
        {
          name: 'authorName',
          type: 'text',
          admin: { readOnly: true },
          label: label('Autor', 'Author'),
        },
        {
          name: 'createdTime',
          type: 'date',
          admin: { ...dateTimeAdmin, readOnly: true },
          index: true,
          label: label('Napisano', 'Written at'),
        },
        {
          name: 'state',
          type: 'select',
          admin: { readOnly: true },
          defaultValue: 'visible',
          index: true,
          label: label('Stan', 'State'),
          options: [...COMMENT_STATES],
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'post',
          type: 'relationship',
          admin: { readOnly: true },
          label: label('Wpis', 'Post'),
          relationTo: POSTS,
        },
        {
          name: 'unit',
          type: 'relationship',
          admin: { readOnly: true },
          index: true,
          label: label('Jednostka', 'Unit'),
          relationTo: UNITS,
        },
        {
          name: 'permalink',
          type: 'text',
          admin: { readOnly: true },
          label: label('Adres na Facebooku', 'Facebook URL'),
        },
      ],
    },
    {
      name: 'commentId',
      type: 'text',
      admin: { readOnly: true },
      index: true,
      label: label('Identyfikator (Facebook)', 'Facebook id'),
      required: true,
      unique: true,
    },
    {
      name: 'parentId',
      type: 'text',
      admin: { readOnly: true },
      label: label('Odpowiedź na komentarz', 'Reply to'),
    },
    {
      name: 'authorId',
      type: 'text',
      access: staffReadField,
      admin: { readOnly: true },
      label: label('Identyfikator autora (w obrębie strony)', 'Author id (page-scoped)'),
    },
    {
      name: 'delivery',
      type: 'relationship',
      access: staffReadField,
      admin: { readOnly: true },
      label: label('Publikacja', 'Delivery'),
      relationTo: DELIVERIES,
    },
    {
      name: 'account',
      type: 'relationship',
      access: staffReadField,
      admin: { readOnly: true },
      index: true,
      label: label('Konto kanału', 'Channel account'),
      relationTo: ACCOUNTS,
    },
    {
      name: 'fetchedAt',
      type: 'date',
      admin: { ...dateTimeAdmin, readOnly: true },
      label: label('Pobrano', 'Fetched at'),
    },
    {
      name: 'moderation',
      type: 'group',
      admin: { condition: (data) => !!data?.moderation?.entry, readOnly: true },
      label: label('Decyzja', 'Decision'),
      fields: [
        {
          type: 'row',
          fields: [
            {
              name: 'entry',
              type: 'relationship',
              label: label('Wpis w rejestrze moderacji', 'Register entry'),
              relationTo: MODERATION_ENTRIES,
            },
            {
              name: 'by',
              type: 'relationship',
              access: staffReadField,
              label: label('Kto', 'Who'),
              relationTo: USERS,
            },
            { name: 'at', type: 'date', admin: dateTimeAdmin, label: label('Kiedy', 'When') },
          ],
        },
      ],
    },
  ],
}
