import type { ComplaintRecord, EntryRecord } from '../../../plugins/reports/exports/types'

/** The data set's register entries and complaints (see ./index.ts). */

export const ENTRIES: EntryRecord[] = [
  {
    action: 'comment_removed',
    channelName: 'Fanpage',
    id: 'e1',
    number: 1,
    occurredAt: '2025-03-05T10:00:00.000Z',
  },
  {
    action: 'comment_hidden',
    channelName: 'Fanpage',
    id: 'e2',
    number: 2,
    occurredAt: '2025-03-06T10:00:00.000Z',
  },
  // 23:30 on 1 April in Warsaw.
  {
    action: 'user_blocked',
    channelName: 'Fanpage',
    id: 'e3',
    number: 3,
    occurredAt: '2025-04-01T21:30:00.000Z',
  },
  {
    action: 'comment_removed',
    channelName: 'Fanpage',
    id: 'e4',
    number: 4,
    occurredAt: '2025-02-27T10:00:00.000Z',
  },
]

export const COMPLAINTS: ComplaintRecord[] = [
  {
    decidedAt: '2025-03-10T10:00:00.000Z',
    entry: 'e1',
    id: 'c1',
    receivedAt: '2025-03-07T10:00:00.000Z',
    state: 'upheld',
  },
  {
    decidedAt: '2025-03-09T10:00:00.000Z',
    entry: 'e2',
    id: 'c2',
    receivedAt: '2025-03-08T10:00:00.000Z',
    state: 'rejected',
  },
  {
    decidedAt: null,
    entry: 'e3',
    id: 'c3',
    receivedAt: '2025-04-02T10:00:00.000Z',
    state: 'under_review',
  },
]
