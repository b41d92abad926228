import type { CollectionConfig, CollectionSlug, Where } from 'payload'

import { isAdmin, isStaff } from '../../../src/access/roles'
import { label, option } from '../../../src/domain/labels'
import { validateHttpUrl } from '../../../src/domain/validators'
import { secretFields, sealSecrets } from '../fields/secret'
import { requirePublishedRules, resumeAfterAccountSave } from '../hooks/discussion-rules'
import { ACCOUNTS } from '../constants'
import { isSocialKind, PLATFORM_OF } from '../rules/discussion-rules'

export const ACCOUNT_STATES = [
  option('ok', 'Działa', 'Working'),
  option('needs_action', 'Wymaga działania', 'Needs action'),
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
    plural: label('Kanały społecznościowe', 'Social channels'),
    singular: label('Kanał społecznościowy', 'Social channel'),
  },
  admin: {
    defaultColumns: ['name', 'kind', 'enabled', 'status.state'],
    description: label(
      'Fanpage urzędu i grupy mieszkańców. Tokeny i sekrety są szyfrowane (AES-256-GCM) i nigdy nie są pokazywane; można je też podać w zmiennych środowiskowych FACEBOOK_PAGE_TOKEN i GROUP_WEBHOOK_SECRET.',
      "The Page and the residents' groups. Tokens and secrets are encrypted and never shown; they may also come from FACEBOOK_PAGE_TOKEN and GROUP_WEBHOOK_SECRET.",
    ),
    group: label('Dystrybucja', 'Distribution'),
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
    { name: 'name', type: 'text', label: label('Nazwa', 'Name'), required: true },
    {
      type: 'row',
      fields: [
        {
          name: 'kind',
          type: 'select',
          label: label('Rodzaj', 'Kind'),
          options: [
            option('fanpage', 'Fanpage (strona na Facebooku)', 'Facebook Page'),
            option('group', 'Grupa mieszkańców', "Residents' group"),
          ],
          required: true,
        },
        {
          name: 'enabled',
          type: 'checkbox',
          defaultValue: true,
          label: label('Włączony', 'Enabled'),
        },
      ],
    },
    {
      name: 'discussionRules',
      type: 'relationship',
      admin: {
        description: label(
          'Opublikowane zasady dyskusji tego profilu (kto go prowadzi, jak moderujemy, gdzie złożyć skargę). Bez nich kanału nie można włączyć, a gdy zostaną wycofane, wpisy do kanału czekają. Kopie wpisów mogą prowadzić do ich strony /zasady-dyskusji/….',
          'Published rules of discussion of this profile. Without them the channel cannot be switched on; while they are unpublished, posts to it wait. Copies may link to their page.',
        ),
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
      label: label('Zasady dyskusji', 'Discussion rules'),
      relationTo: rulesSlug,
      validate: () => true as const,
    },
    {
      name: 'fanpage',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'fanpage' },
      label: label('Fanpage', 'Page'),
      fields: [
        { name: 'pageId', type: 'text', label: label('Identyfikator strony (Page ID)', 'Page ID') },
        ...secretFields(
          'pageToken',
          label('Token dostępu strony', 'Page access token'),
          label(
            'Wklej nowy token, aby go zmienić (np. po ponownej autoryzacji). Pozostaw puste, aby nie zmieniać.',
            'Paste a new token to change it; leave empty to keep it.',
          ),
        ),
      ],
    },
    {
      name: 'group',
      type: 'group',
      admin: { condition: (data) => data?.kind === 'group' },
      label: label('Grupa', 'Group'),
      fields: [
        {
          name: 'mode',
          type: 'select',
          defaultValue: 'handoff',
          label: label('Sposób publikacji', 'Mode'),
          options: [
            option(
              'webhook',
              'Webhook operatora grupy (podpisany JSON)',
              "Operator's webhook (signed JSON)",
            ),
            option(
              'handoff',
              'Zadanie dla redaktora (wklej ręcznie i zapisz adres posta)',
              'Task for an editor (paste, then record the URL)',
            ),
          ],
          required: true,
        },
        {
          name: 'groupUrl',
          type: 'text',
          label: label('Adres grupy', 'Group URL'),
          validate: validateHttpUrl,
        },
        {
          name: 'webhookUrl',
          type: 'text',
          admin: { condition: (_, s) => s?.mode === 'webhook' },
          label: label('Adres webhooka operatora', 'Webhook URL'),
          validate: validateHttpUrl,
        },
        ...secretFields(
          'webhookSecret',
          label('Sekret webhooka (HMAC)', 'Webhook secret (HMAC)'),
          label(
            'Uzgodniony z operatorem; służy do podpisu każdego wpisu. Pozostaw puste, aby nie zmieniać.',
            'Agreed with the operator; signs every post.',
          ),
        ),
      ],
    },
    {
      name: 'status',
      type: 'group',
      access: { create: () => false, update: () => false },
      admin: { position: 'sidebar', readOnly: true },
      label: label('Stan kanału', 'Channel status'),
      fields: [
        {
          name: 'state',
          type: 'select',
          defaultValue: 'ok',
          label: label('Stan', 'State'),
          options: [...ACCOUNT_STATES],
        },
        { name: 'reason', type: 'textarea', label: label('Co zrobić', 'What to do') },
        {
          name: 'since',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Od', 'Since'),
        },
        {
          name: 'throttleUntil',
          type: 'date',
          admin: { date: { displayFormat: 'd MMMM yyyy, HH:mm', pickerAppearance: 'dayAndTime' } },
          label: label('Wstrzymane do (limit wywołań)', 'Throttled until'),
        },
      ],
    },
  ],
})
