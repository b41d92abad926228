import type { CollectionConfig } from 'payload'

import { label } from '../src/domain/labels'
import { MODERATION_ENTRIES } from '../src/domain/slugs'
import { access } from './moderation-entries/access'
import { fields } from './moderation-entries/fields'
import { fillIn, recordAndCite } from './moderation-entries/hooks'

/**
 * The moderation register: every removed or hidden comment and every block,
 * with the rule broken, who decided and when, so that the person concerned can dispute it.
 * Append-only: nobody deletes; only admins correct, and every correction keeps its reason.
 */
export const ModerationEntries: CollectionConfig = {
  slug: MODERATION_ENTRIES,
  labels: {
    plural: label('Rejestr moderacji', 'Moderation register'),
    singular: label('Wpis w rejestrze moderacji', 'Moderation register entry'),
  },
  admin: {
    defaultColumns: [
      'number',
      'occurredAt',
      'channelName',
      'action',
      'summary',
      'complaintOutcome',
    ],
    description: label(
      'Publiczny rejestr usuniętych i ukrytych komentarzy oraz blokad. Wpisów nie można usunąć; administrator może je poprawić, podając powód. Treść komentarza i dane autora widzą tylko osoby zatwierdzające i administratorzy.',
      'The public register of removed and hidden comments and blocks. Entries cannot be deleted; an admin may correct one, giving the reason. The comment and its author are visible to approvers and admins only.',
    ),
    group: label('Przejrzystość', 'Transparency'),
    listSearchableFields: ['summary', 'channelName'],
    useAsTitle: 'summary',
  },
  access,
  hooks: { beforeChange: [recordAndCite], beforeValidate: [fillIn] },
  fields,
}
