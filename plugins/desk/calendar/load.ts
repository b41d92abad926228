import type { Payload, TypedUser, Where } from 'payload'

import { heldForBip } from '../../../src/domain/public-visibility'
import { BIP_REFERENCES, POSTS, UNITS } from '../../../src/domain/slugs'
import type { WorkflowState } from '../../../src/domain/workflow'
import { CALENDAR_LIMIT, PLANNED_STATES, TIME_ZONE } from '../constants'
import { documentHref } from '../queues/links'
import type { CalendarQuery } from '../rules/calendar-query'
import { zonedInstant } from '../rules/zoned-time'
import type { CalendarData, CalendarEvent } from '../types'

type Load = { now: Date; payload: Payload; query: CalendarQuery; user: TypedUser }

const filters = ({ category, channel, unit }: CalendarQuery): Where[] => [
  ...(unit ? [{ unit: { equals: unit } }] : []),
  ...(category ? [{ category: { equals: category } }] : []),
  ...(channel ? [{ channels: { in: [channel] } }] : []),
]

/**
 * The posts of a period the user may read (their own access, never more): planned ones by
 * `publishAt` while not yet published, published ones by `publishedAt`, in time order.
 */
export const loadCalendar = async ({ now, payload, query, user }: Load): Promise<CalendarData> => {
  const from = zonedInstant({ day: query.from, hour: 0, minute: 0 }, TIME_ZONE).toISOString()
  const to = zonedInstant({ day: query.to, hour: 0, minute: 0 }, TIME_ZONE).toISOString()
  const find = (where: Where) =>
    payload.find({
      collection: POSTS,
      depth: 1,
      limit: CALENDAR_LIMIT,
      overrideAccess: false,
      populate: {
        [BIP_REFERENCES]: { publishedAt: true, state: true },
        [UNITS]: { name: true },
      },
      select: {
        bipReference: true,
        category: true,
        channels: true,
        informationType: true,
        publishAt: true,
        publishedAt: true,
        title: true,
        unit: true,
        updatedAt: true,
        workflowState: true,
      },
      sort: 'id',
      user,
      where: { and: [where, ...filters(query)] },
    })
  const [planned, published] = await Promise.all([
    find({
      and: [
        { workflowState: { in: [...PLANNED_STATES] } },
        { publishAt: { greater_than_equal: from } },
        { publishAt: { less_than: to } },
      ],
    }),
    find({
      and: [
        { workflowState: { equals: 'published' } },
        { publishedAt: { greater_than_equal: from } },
        { publishedAt: { less_than: to } },
      ],
    }),
  ])
  const events: CalendarEvent[] = [
    ...planned.docs.map((post) => ({ at: post.publishAt!, kind: 'planned' as const, post })),
    ...published.docs.map((post) => ({ at: post.publishedAt!, kind: 'published' as const, post })),
  ]
    .map(({ at, kind, post }) => {
      const bip = typeof post.bipReference === 'object' ? post.bipReference : null
      return {
        at: new Date(at).toISOString(),
        category: post.category,
        channels: post.channels ?? [],
        heldForBip: heldForBip(post, bip, now),
        href: documentHref(POSTS, post.id),
        id: post.id,
        kind,
        state: post.workflowState as WorkflowState,
        title: post.title,
        unit: typeof post.unit === 'object' ? { id: post.unit.id, name: post.unit.name } : null,
        updatedAt: post.updatedAt,
      }
    })
    .sort((a, b) => a.at.localeCompare(b.at) || String(a.id).localeCompare(String(b.id)))
  return {
    events,
    from: query.from,
    to: query.to,
    truncated: planned.hasNextPage || published.hasNextPage,
  }
}
