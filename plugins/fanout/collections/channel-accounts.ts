import type { CollectionConfig, CollectionSlug, Where } from 'payload'

import { isAdmin, isStaff } from '../../../src/access/roles'
import { validateHttpUrl } from '../../../src/domain/validators'
import { secretFields, sealSecrets } from '../fields/secret'
import { requirePublishedRules, resumeAfterAccountSave } from '../hooks/discussion-rules'
import { ACCOUNTS } from '../constants'
import { isSocialKind, PLATFORM_OF } from '../rules/discussion-rules'
import { bothLanguages, fanoutLabel, fanoutOption } from '../i18n'

export const ACCOUNT_STATES = [
  { label: bothLanguages((f) => f.label.working), value: 'ok' },
  { label: bothLanguages((f) => f.label.needsAction), value: 'needs_action' },
] as const

type Hooks = NonNullable<CollectionConfig['hooks']>

/**
 * Where the social channels publish: the office's Page and the residents' groups. Each one points
 * at the rules of discussion governing it, and is switched on only while those are published.
 */
export const channelAccounts = ({
  afterChange,
  rulesSlug,
}: {
  afterChange: Hooks['afterChange']
  rulesSlug: CollectionSlug
}): CollectionConfig => ({
  slug: ACCOUNTS,
  labels: {
    plural: fanoutLabel('fanout:label:socialChannels'),
    singular: fanoutLabel('fanout:label:socialChannel'),
  },
  admin: {
    defaultColumns: ['name', 'kind', 'enabled', 'status.state'],
    description: bothLanguages((f) => f.label.accountsDescription),
    group: bothLanguages((f) => f.label.distribution),
    useAsTitle: 'name',
  },
  access: {
    create: ({ req }) => isAdmin(req.user),
    delete: ({ req }) => isAdmin(req.user),
    read: ({ req }) => isStaff(req.user),
    update: ({ req }) => isAdmin(req.user),
  },
  hooks: {
    afterChange: [...(afterChange ?? []), resumeAfterAccountSave(rulesSlug)],
    beforeChange: [
      requirePublishedRules(rulesSlug),
      sealSecrets(['fanpage.pageToken', 'group.webhookSecret']),
    ],
  },
  fields: [
    { name: 'name', type: 'text', label: fanoutLabel('fanout:label:name'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: fanoutLabel('fanout:label:kind'),
          options: [
            fanoutOption('fanpage', 'fanout:label:facebookPage'),
            fanoutOption('group', 'fanout:label:residentsGroup'),
          ],
          required: true,
        },
        {
          name: 'enabled',
          type: 'checkbox',
          defaultValue: true,
          label: fanoutLabel('fanout:label:enabled'),
        },
      ],
    },
    {
      name: 'discussionRules',
      type: 'relationship',
      admin: {
        description: fanoutLabel('fanout:label:discussionRulesHint'),
      },
      // The list offers published rules for the channel's platform; the save itself is checked by
      // `requirePublishedRules`, so an engine's status write never fails on rules changed meanwhile.
      filterOptions: ({ data }): Where => {
        const kind: unknown = data?.kind
        const published: Where = { _status: { equals: 'published' } }
        return isSocialKind(kind)
          ? { and: [published, { 'governs.platform': { equals: PLATFORM_OF[kind] } }] }
          : published
      },
      label: fanoutLabel('fanout:label:discussionRules'),
      relationTo: rulesSlug,
      validate: () => true as const,
    },
    {
      name: 'fanpage',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'fanpage' },
      label: fanoutLabel('fanout:label:fanpage'),
      fields: [
        { name: 'pageId', type: 'text', label: fanoutLabel('fanout:label:pageId') },
        ...secretFields(
          'pageToken',
          fanoutLabel('fanout:label:pageAccessToken'),
          fanoutLabel('fanout:label:pageTokenHint'),
        ),
      ],
    },
    {
      name: 'bipWithdrawal',
      type: 'select',
      admin: {
        condition: (data) => data?.kind === 'fanpage',
        description: fanoutLabel('fanout:label:bipWithdrawalPolicyHint'),
      },
      defaultValue: 'task',
      label: fanoutLabel('fanout:label:bipWithdrawalPolicy'),
      options: [
        fanoutOption('task', 'fanout:label:bipWithdrawalTask'),
        fanoutOption('takedown', 'fanout:label:bipWithdrawalTakedown'),
      ],
    },
    {
      name: 'group',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'group' },
      label: fanoutLabel('fanout:label:group'),
      fields: [
        {
          name: 'mode',
          type: 'select',
          defaultValue: 'handoff',
          label: fanoutLabel('fanout:label:mode'),
          options: [
            fanoutOption('webhook', 'fanout:label:modeWebhook'),
            fanoutOption('handoff', 'fanout:label:modeHandoff'),
          ],
          required: true,
        },
        {
          name: 'groupUrl',
          type: 'text',
          label: fanoutLabel('fanout:label:groupUrl'),
          validate: validateHttpUrl,
        },
        {
          name: 'webhookUrl',
          type: 'text',
          admin: { condition: (_, s) => s?.mode === 'webhook' },
          label: fanoutLabel('fanout:label:webhookUrl'),
          validate: validateHttpUrl,
        },
        ...secretFields(
          'webhookSecret',
          fanoutLabel('fanout:label:webhookSecretHMAC'),
          fanoutLabel('fanout:label:webhookSecretHint'),
        ),
      ],
    },
    {
      name: 'status',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: fanoutLabel('fanout:label:channelStatus'),
      fields: [
        {
          name: 'state',
          type: 'select',
          defaultValue: 'ok',
          label: fanoutLabel('fanout:label:state'),
          options: [...ACCOUNT_STATES],
        },
        { name: 'reason', type: 'textarea', label: fanoutLabel('fanout:label:whatToDo') },
        {
          name: 'since',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: fanoutLabel('fanout:label:since'),
        },
        {
          name: 'throttleUntil',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: fanoutLabel('fanout:label:throttledUntil'),
        },
      ],
    },
  ],
})
