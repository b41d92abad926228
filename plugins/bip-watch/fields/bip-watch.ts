import type { Field } from 'payload'

import { BIP_SOURCES, WATCH_FIELD } from '../constants'
import { l } from '../labels'
import type { BipWatchTranslationKeys } from '../translations'
import type { Metryczka } from '../types'

const when = (name: string, key: BipWatchTranslationKeys): Field => ({
  name,
  type: 'date',
  admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
  label: l(key),
})
const said = (name: string, key: BipWatchTranslationKeys): Field => ({
  name,
  type: 'text',
  label: l(key),
})

const METRYCZKA: { [K in keyof Required<Metryczka>]: 'date' | 'text' } = {
  sharedBy: 'text',
  producedBy: 'text',
  producedAt: 'date',
  enteredBy: 'text',
  publishedAt: 'date',
  responsible: 'text',
  modifiedAt: 'date',
  modifiedBy: 'text',
}

/**
 * What the watcher knows of a BIP entry: when and where it was seen in BIP, the last reading of its
 * page and the metryczka found there. Only the watcher writes it; staff and the unit's people read it.
 */
export const watchField: Field = {
  name: WATCH_FIELD,
  type: 'group',
  access: { create: () => false, read: ({ req }) => !!req.user, update: () => false },
  admin: { readOnly: true },
  label: l('bipWatch:watch'),
  fields: [
    {
      type: 'row',
      fields: [when('seenAt', 'bipWatch:seenAt'), when('verifiedAt', 'bipWatch:verifiedAt')],
    },
    said('seenVia', 'bipWatch:seenVia'),
    { name: 'source', type: 'relationship', label: l('bipWatch:source'), relationTo: BIP_SOURCES },
    {
      type: 'row',
      fields: [
        when('checkedAt', 'bipWatch:checkedAt'),
        when('listedUpdatedAt', 'bipWatch:listedUpdatedAt'),
        {
          name: 'notFoundStrikes',
          type: 'number',
          defaultValue: 0,
          label: l('bipWatch:notFoundStrikes'),
        },
      ],
    },
    said('note', 'bipWatch:note'),
    {
      name: 'metryczka',
      type: 'group',
      label: l('bipWatch:metryczka'),
      fields: Object.entries(METRYCZKA).map(([name, kind]) =>
        kind === 'date'
          ? when(name, `bipWatch:m-${name}` as BipWatchTranslationKeys)
          : said(name, `bipWatch:m-${name}` as BipWatchTranslationKeys),
      ),
    },
  ],
}
