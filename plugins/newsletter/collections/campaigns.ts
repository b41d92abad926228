import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { POSTS } from '../../../src/domain/slugs'
import { CAMPAIGNS } from '../constants'
import { readOnly } from './read-only'

export const CAMPAIGN_KINDS = [
  option('alert', 'Pilny komunikat', 'Urgent alert'),
  option('digest_daily', 'Wydanie codzienne', 'Daily digest'),
  option('digest_weekly', 'Wydanie tygodniowe', 'Weekly digest'),
] as const

export const CAMPAIGN_STATES = [
  option('sending', 'Wysyłanie', 'Sending'),
  option(
    'needs_action',
    'Wstrzymana – serwer poczty nie przyjmuje wiadomości',
    'Held – the mail server refuses',
  ),
  option('done', 'Zakończona', 'Done'),
] as const

/** One send: an urgent alert or a digest, with its progress read from the per-recipient records. */
export const campaignsCollection: CollectionConfig = {
  slug: CAMPAIGNS,
  labels: {
    plural: label('Wysyłki newslettera', 'Newsletter campaigns'),
    singular: label('Wysyłka newslettera', 'Newsletter campaign'),
  },
  access: { ...readOnly, read: staffOnly },
  admin: {
    components: { beforeListTable: ['/plugins/newsletter/exports/client#SendDigestNow'] },
    defaultColumns: ['subject', 'kind', 'state', 'total', 'counters.sent', 'startedAt'],
    group: label('Newsletter', 'Newsletter'),
    useAsTitle: 'subject',
  },
  fields: [
    {
      name: 'progress',
      type: 'ui',
      admin: {
        components: { Field: '/plugins/newsletter/exports/client#CampaignProgress' },
      },
      label: label('Postęp', 'Progress'),
    },
    { name: 'subject', type: 'text', label: label('Temat', 'Subject'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('Rodzaj', 'Kind'),
          options: [...CAMPAIGN_KINDS],
          required: true,
        },
        {
          name: 'state',
          type: 'select',
          index: true,
          label: label('Stan', 'State'),
          options: [...CAMPAIGN_STATES],
          required: true,
        },
        { name: 'total', type: 'number', label: label('Adresatów', 'Recipients') },
      ],
    },
    {
      name: 'counters',
      type: 'group',
      admin: {
        description: label(
          'Stan po ostatniej partii; na bieżąco – w postępie powyżej.',
          'As of the last batch; live in the progress above.',
        ),
      },
      label: label('Liczniki', 'Counters'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'sent', type: 'number', defaultValue: 0, label: label('Wysłane', 'Sent') },
            {
              name: 'retry',
              type: 'number',
              defaultValue: 0,
              label: label('Do ponowienia', 'To retry'),
            },
            {
              name: 'bounced',
              type: 'number',
              defaultValue: 0,
              label: label('Odrzucone', 'Bounced'),
            },
            { name: 'failed', type: 'number', defaultValue: 0, label: label('Nieudane', 'Failed') },
            {
              name: 'uncertain',
              type: 'number',
              defaultValue: 0,
              label: label('Nieznany los', 'Uncertain'),
            },
          ],
        },
      ],
    },
    {
      name: 'hold',
      type: 'group',
      admin: {
        condition: (data) => data?.state === 'needs_action',
        description: label(
          'Serwer poczty odrzucił połączenie, logowanie albo nadawcę: nikogo nie wypisano, niewysłane wiadomości czekają. Serwer jest sprawdzany co minutę; gdy znów przyjmuje pocztę, wysyłka wznawia się sama.',
          'The mail server refused the connection, login or sender: nobody was unsubscribed, unsent messages wait. The server is checked every minute; once it accepts mail again, sending resumes by itself.',
        ),
      },
      label: label('Wstrzymanie', 'Hold'),
      fields: [
        { name: 'reason', type: 'textarea', label: label('Odpowiedź serwera', 'Server reply') },
        {
          type: 'row',
          fields: [
            {
              name: 'since',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: label('Od', 'Since'),
            },
            {
              name: 'checkAt',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              index: true,
              label: label('Następne sprawdzenie serwera', 'Next server check'),
            },
          ],
        },
      ],
    },
    {
      name: 'key',
      type: 'text',
      admin: { hidden: true },
      index: true,
      required: true,
      unique: true,
    },
    {
      name: 'posts',
      type: 'relationship',
      hasMany: true,
      label: label('Wpisy', 'Posts'),
      relationTo: POSTS,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodStart',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('Okres od', 'Period from'),
        },
        {
          name: 'periodEnd',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('Okres do', 'Period to'),
        },
      ],
    },
    {
      type: 'row',
      fields: [
        {
          name: 'startedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('Rozpoczęta', 'Started'),
        },
        {
          name: 'finishedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: label('Zakończona', 'Finished'),
        },
      ],
    },
    // The engine's bookkeeping: the rendered content, how far through the subscribers it got, which chain of batch jobs works on it, and when it last did.
    { name: 'content', type: 'json', admin: { hidden: true } },
    { name: 'cursor', type: 'text', admin: { hidden: true } },
    { name: 'chain', type: 'text', admin: { hidden: true } },
    { name: 'heartbeatAt', type: 'date', admin: { hidden: true }, index: true },
  ],
}
