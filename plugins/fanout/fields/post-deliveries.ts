import type { Field } from 'payload'

import { DELIVERIES } from '../constants'
import { bothLanguages, fanoutLabel } from '../i18n'

/** What the plugin adds to a post: the outbox marker, the channels panel and the deliveries. */
export const deliveriesOnPost = (): Field[] => [
  {
    name: 'fanoutSync',
    type: 'select',
    access: { create: () => false, read: () => false, update: () => false },
    admin: { hidden: true },
    index: true,
    options: ['due', 'done'],
  },
  {
    name: 'fanout',
    type: 'ui',
    admin: { components: { Field: '/plugins/fanout/exports/client#DeliveriesPanel' } },
    // A ui field takes no label function.
    label: bothLanguages((f) => f.label.channelsPanel),
  },
  {
    name: 'deliveries',
    type: 'join',
    admin: {
      defaultColumns: ['channel', 'state', 'reason', 'externalUrl', 'sentAt'],
      hidden: true,
    },
    collection: DELIVERIES,
    label: fanoutLabel('fanout:label:deliveries'),
    on: 'post',
  },
]

/** The post's corrections after publication: the pending one to decide, and the trail. */
export const correctionsOnPost = (): Field[] => [
  {
    name: 'corrections',
    type: 'ui',
    admin: {
      components: { Field: '/plugins/fanout/exports/client#CorrectionsPanel' },
      position: 'sidebar',
    },
    label: bothLanguages((f) => f.correction.trail),
  },
]
