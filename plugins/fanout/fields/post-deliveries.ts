import type { Field } from 'payload'

import { label } from '../../../src/domain/labels'
import { DELIVERIES } from '../constants'

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
    label: label('Publikacja w kanałach', 'Channels'),
  },
  {
    name: 'deliveries',
    type: 'join',
    admin: {
      defaultColumns: ['channel', 'state', 'reason', 'externalUrl', 'sentAt'],
      hidden: true,
    },
    collection: DELIVERIES,
    label: label('Publikacje w kanałach', 'Deliveries'),
    on: 'post',
  },
]
