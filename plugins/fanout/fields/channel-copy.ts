import type { Field } from 'payload'

import { bothLanguages, fanoutLabel } from '../i18n'

/** Longest own text per channel: the group's limit, the longest of the social copies. */
export const CHANNEL_COPY_MAX = 5000

/**
 * What the plugin adds to a post for its copies: the editors' own text per channel (part of the
 * post, so it goes through the same approval as the body) and the live previews of every channel.
 */
export const channelCopyOnPost = (): Field[] => [
  {
    name: 'channelCopy',
    type: 'group',
    admin: { description: bothLanguages((f) => f.live.copyDescription) },
    fields: [
      {
        name: 'fanpage',
        type: 'textarea',
        label: fanoutLabel('fanout:live:copyFanpage'),
        maxLength: CHANNEL_COPY_MAX,
      },
      {
        name: 'group',
        type: 'textarea',
        label: fanoutLabel('fanout:live:copyGroupChannel'),
        maxLength: CHANNEL_COPY_MAX,
      },
      {
        name: 'newsletter',
        type: 'textarea',
        admin: { description: bothLanguages((f) => f.live.copyNewsletterHint) },
        label: fanoutLabel('fanout:live:copyNewsletter'),
        maxLength: CHANNEL_COPY_MAX,
      },
    ],
    label: fanoutLabel('fanout:live:copyGroup'),
  },
  {
    name: 'livePreview',
    type: 'ui',
    admin: { components: { Field: '/plugins/fanout/exports/client#LivePreview' } },
    // A ui field takes no label function.
    label: bothLanguages((f) => f.live.panel),
  },
]
