import type { Field } from 'payload'

import { fanoutLabel, fanoutOption } from '../i18n'
import type { FanoutTranslationKeys } from '../translations'

const number = (name: string, key: FanoutTranslationKeys): Field => ({
  name,
  type: 'number',
  admin: { readOnly: true },
  label: fanoutLabel(key),
})

/** The latest reach figures of a fanpage copy, written by the daily reach task, read by the reports. */
export const reachField: Field = {
  name: 'reach',
  type: 'group',
  admin: {
    condition: (data) => data?.channel === 'fanpage',
    description: fanoutLabel('fanout:label:reachHint'),
  },
  label: fanoutLabel('fanout:label:reach'),
  fields: [
    {
      type: 'row',
      fields: [
        number('reactions', 'fanout:label:reactions'),
        number('comments', 'fanout:label:comments'),
        number('shares', 'fanout:label:shares'),
      ],
    },
    {
      type: 'row',
      fields: [
        number('impressions', 'fanout:label:impressions'),
        number('impressionsUnique', 'fanout:label:impressionsUnique'),
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'fetchedAt',
          type: 'date',
          admin: {
            date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' },
            readOnly: true,
          },
          index: true,
          label: fanoutLabel('fanout:label:fetchedAt'),
        },
        {
          name: 'state',
          type: 'select',
          admin: { readOnly: true },
          label: fanoutLabel('fanout:label:copyState'),
          options: [
            fanoutOption('ok', 'fanout:label:onFacebook'),
            fanoutOption('gone', 'fanout:label:goneFromFacebook'),
          ],
        },
      ],
    },
    {
      name: 'note',
      type: 'text',
      admin: { readOnly: true },
      label: fanoutLabel('fanout:label:notes'),
    },
  ],
}
