import type { CollectionConfig } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { POSTS } from '../../../src/domain/slugs'
import { CAMPAIGNS } from '../constants'
import { readOnly } from './read-only'
import { both, l } from '../labels'

export const CAMPAIGN_KINDS = [
  { label: l('newsletter:campaign-urgentAlert'), value: 'alert' },
  { label: l('newsletter:campaign-dailyDigest'), value: 'digest_daily' },
  { label: l('newsletter:campaign-weeklyDigest'), value: 'digest_weekly' },
] as const

export const CAMPAIGN_STATES = [
  { label: l('newsletter:campaign-sending'), value: 'sending' },
  { label: l('newsletter:campaign-held'), value: 'needs_action' },
  { label: l('newsletter:campaign-done'), value: 'done' },
] as const

/** One send: an urgent alert or a digest, with its progress read from the per-recipient records. */
export const campaignsCollection: CollectionConfig = {
  slug: CAMPAIGNS,
  labels: {
    plural: l('newsletter:campaign-newsletterCampaigns'),
    singular: l('newsletter:campaign-newsletterCampaign'),
  },
  access: { ...readOnly, read: staffOnly },
  admin: {
    components: { beforeListTable: ['/plugins/newsletter/exports/client#SendDigestNow'] },
    defaultColumns: ['subject', 'kind', 'state', 'total', 'counters.sent', 'startedAt'],
    group: both('group'),
    useAsTitle: 'subject',
  },
  fields: [
    {
      name: 'progress',
      type: 'ui',
      admin: {
        components: { Field: '/plugins/newsletter/exports/client#CampaignProgress' },
      },
      label: both('campaign-progress'),
    },
    { name: 'subject', type: 'text', label: l('newsletter:campaign-subject'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: l('newsletter:campaign-kind'),
          options: [...CAMPAIGN_KINDS],
          required: true,
        },
        {
          name: 'state',
          type: 'select',
          index: true,
          label: l('newsletter:campaign-state'),
          options: [...CAMPAIGN_STATES],
          required: true,
        },
        { name: 'total', type: 'number', label: l('newsletter:campaign-recipients') },
      ],
    },
    {
      name: 'counters',
      type: 'group',
      admin: {
        description: l('newsletter:campaign-countersHelp'),
      },
      label: l('newsletter:campaign-counters'),
      fields: [
        {
          type: 'row',
          fields: [
            { name: 'sent', type: 'number', defaultValue: 0, label: l('newsletter:campaign-sent') },
            {
              name: 'retry',
              type: 'number',
              defaultValue: 0,
              label: l('newsletter:campaign-toRetry'),
            },
            {
              name: 'bounced',
              type: 'number',
              defaultValue: 0,
              label: l('newsletter:campaign-bounced'),
            },
            {
              name: 'failed',
              type: 'number',
              defaultValue: 0,
              label: l('newsletter:campaign-failed'),
            },
            {
              name: 'uncertain',
              type: 'number',
              defaultValue: 0,
              label: l('newsletter:campaign-uncertain'),
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
        description: l('newsletter:campaign-holdHelp'),
      },
      label: l('newsletter:campaign-hold'),
      fields: [
        { name: 'reason', type: 'textarea', label: l('newsletter:campaign-serverReply') },
        {
          type: 'row',
          fields: [
            {
              name: 'since',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              label: l('newsletter:campaign-since'),
            },
            {
              name: 'checkAt',
              type: 'date',
              admin: { date: { pickerAppearance: 'dayAndTime' } },
              index: true,
              label: l('newsletter:campaign-nextServerCheck'),
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
      label: l('newsletter:campaign-posts'),
      relationTo: POSTS,
    },
    {
      type: 'row',
      fields: [
        {
          name: 'periodStart',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('newsletter:campaign-periodFrom'),
        },
        {
          name: 'periodEnd',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('newsletter:campaign-periodTo'),
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
          label: l('newsletter:campaign-started'),
        },
        {
          name: 'finishedAt',
          type: 'date',
          admin: { date: { pickerAppearance: 'dayAndTime' } },
          label: l('newsletter:campaign-finished'),
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
