import type { Field } from 'payload'

import { label, option } from '../../../src/domain/labels'

const number = (name: string, pl: string, en: string): Field => ({
  name,
  type: 'number',
  admin: { readOnly: true },
  label: label(pl, en),
})

/** The latest reach figures of a fanpage copy, written by the daily reach task, read by the reports. */
export const reachField: Field = {
  name: 'reach',
  type: 'group',
  admin: {
    condition: (data) => data?.channel === 'fanpage',
    description: label(
      'Pobierane raz na dobę z Facebooka dla kopii z ostatnich 90 dni.',
      'Fetched daily from Facebook for copies of the last 90 days.',
    ),
  },
  label: label('Zasięg kopii na Facebooku', 'Reach of the copy on Facebook'),
  fields: [
    {
      type: 'row',
      fields: [
        number('reactions', 'Reakcje', 'Reactions'),
        number('comments', 'Komentarze', 'Comments'),
        number('shares', 'Udostępnienia', 'Shares'),
      ],
    },
    {
      type: 'row',
      fields: [
        number('impressions', 'Wyświetlenia', 'Impressions'),
        number('impressionsUnique', 'Zasięg (osoby)', 'Reach (people)'),
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
          label: label('Pobrano', 'Fetched at'),
        },
        {
          name: 'state',
          type: 'select',
          admin: { readOnly: true },
          label: label('Stan kopii', 'Copy state'),
          options: [
            option('ok', 'Na Facebooku', 'On Facebook'),
            option('gone', 'Usunięta z Facebooka', 'Gone from Facebook'),
          ],
        },
      ],
    },
    { name: 'note', type: 'text', admin: { readOnly: true }, label: label('Uwagi', 'Notes') },
  ],
}
