import type { Payload, Where } from 'payload'

import { polishLabelOf } from '../domain/labels'
import { COMPLAINT_STATES, MODERATION_ACTIONS } from '../domain/moderation'
import { monthOf, monthRange, monthsBetween } from '../domain/register-month'
import { slugify } from '../domain/slug'
import { COMPLAINTS, DISCUSSION_RULES, MODERATION_ENTRIES } from '../domain/slugs'

/**
 * What the public register shows. Entries are read as an anonymous visitor (overrideAccess:
 * false), so the private snapshot and the decider's account never leave the database; complaints
 * are not public at all, and only their number, dates and outcome are selected from them.
 */
export const REGISTER_PAGE_SIZE = 25
const COMPLAINTS_READ = 1000
const COMPLAINTS_LISTED = 100

export type PublicEntry = {
  action: string
  channelName: string
  channelSlug?: null | string
  complaintOutcome?: null | string
  decidedByLabel?: null | string
  id: number | string
  number: number
  occurredAt: string
  rule?: {
    point?: null | number
    quote?: null | string
    rules?: { slug?: null | string; title?: string } | null | number | string
    version?: null | number
  } | null
  summary: string
}

export type PublicComplaint = {
  decidedAt?: null | string
  entryNumber: null | number
  number: number
  receivedAt: string
  state: string
}

export type RegisterFilters = {
  channel: null | { name: string; slug: string }
  month: null | string
  number: null | number
  page: number
}

const ENTRY_SELECT = {
  action: true,
  channelName: true,
  channelSlug: true,
  complaintOutcome: true,
  decidedByLabel: true,
  number: true,
  occurredAt: true,
  rule: true,
  summary: true,
} as const

/** Channels that have entries, for the filter. */
export const registerChannels = async (payload: Payload) => {
  const { values } = await payload.findDistinct({
    collection: MODERATION_ENTRIES,
    field: 'channelName',
    limit: 200,
    overrideAccess: false,
    sort: 'channelName',
  })
  const bySlug = new Map<string, string>()
  for (const row of values as { channelName?: null | string }[])
    if (row.channelName) bySlug.set(slugify(row.channelName), row.channelName)
  return [...bySlug]
    .map(([slug, name]) => ({ name, slug }))
    .sort((a, b) => a.name.localeCompare(b.name, 'pl'))
}

/** Months from the first entry to now, newest first. */
export const registerMonths = async (payload: Payload, now = new Date()) => {
  const { docs } = await payload.find({
    collection: MODERATION_ENTRIES,
    depth: 0,
    limit: 1,
    overrideAccess: false,
    pagination: false,
    select: { occurredAt: true },
    sort: 'occurredAt',
  })
  const first = (docs[0] as { occurredAt?: string } | undefined)?.occurredAt
  return first ? monthsBetween(monthOf(first), monthOf(now)) : []
}

/** The selection as a query on entries; `prefix` reaches them from complaints (`entry.`). */
const selectionWhere = (filters: Omit<RegisterFilters, 'page'>, prefix = ''): Where => {
  const and: Where[] = []
  if (filters.number) and.push({ [`${prefix}number`]: { equals: filters.number } })
  if (filters.channel) and.push({ [`${prefix}channelSlug`]: { equals: filters.channel.slug } })
  const range = filters.month ? monthRange(filters.month) : null
  if (range)
    and.push(
      { [`${prefix}occurredAt`]: { greater_than_equal: range.from.toISOString() } },
      { [`${prefix}occurredAt`]: { less_than: range.to.toISOString() } },
    )
  return and.length ? { and } : {}
}

const withAnd = (base: Where, extra: Where): Where =>
  Object.keys(base).length ? { and: [base, extra] } : extra

export const loadRegister = async (payload: Payload, filters: RegisterFilters) => {
  const entriesWhere = selectionWhere(filters)
  const complaintsWhere = selectionWhere(filters, 'entry.')
  const [entries, actionCounts, complaintDocs] = await Promise.all([
    payload.find({
      collection: MODERATION_ENTRIES,
      depth: 1,
      limit: REGISTER_PAGE_SIZE,
      overrideAccess: false,
      page: filters.page,
      populate: { [DISCUSSION_RULES]: { slug: true, title: true } },
      select: ENTRY_SELECT,
      sort: '-occurredAt',
      where: entriesWhere,
    }),
    Promise.all(
      MODERATION_ACTIONS.map(async (a) => ({
        count: (
          await payload.count({
            collection: MODERATION_ENTRIES,
            overrideAccess: false,
            where: withAnd(entriesWhere, { action: { equals: a.value } }),
          })
        ).totalDocs,
        label: a.label.pl,
        value: a.value,
      })),
    ),
    // Complaints are few: one read gives both the list and the counts (counted apart only beyond it).
    payload.find({
      collection: COMPLAINTS,
      depth: 0,
      limit: COMPLAINTS_READ,
      overrideAccess: true,
      select: {
        decidedAt: true,
        entry: true,
        number: true,
        receivedAt: true,
        state: true,
      },
      sort: '-receivedAt',
      where: complaintsWhere,
    }),
  ])
  // Number and receipt date are set by the collection on creation; optional in the generated type.
  const allComplaints = complaintDocs.docs as unknown as {
    decidedAt?: string
    entry: number | string
    number: number
    receivedAt: string
    state: string
  }[]
  const complaintCounts = await Promise.all(
    COMPLAINT_STATES.map(async (s) => ({
      count:
        complaintDocs.totalDocs <= allComplaints.length
          ? allComplaints.filter((c) => c.state === s.value).length
          : (
              await payload.count({
                collection: COMPLAINTS,
                overrideAccess: true,
                where: withAnd(complaintsWhere, { state: { equals: s.value } }),
              })
            ).totalDocs,
      label: s.label.pl,
      value: s.value,
    })),
  )
  const rawComplaints = allComplaints.slice(0, COMPLAINTS_LISTED)
  const entryIds = [...new Set(rawComplaints.map((c) => String(c.entry)))]
  const numbers = new Map<string, number>()
  if (entryIds.length) {
    const { docs } = await payload.find({
      collection: MODERATION_ENTRIES,
      depth: 0,
      limit: entryIds.length,
      overrideAccess: false,
      pagination: false,
      select: { number: true },
      where: { id: { in: entryIds } },
    })
    for (const d of docs) if (d.number != null) numbers.set(String(d.id), d.number)
  }
  const complaints: PublicComplaint[] = rawComplaints.map((c) => ({
    decidedAt: c.decidedAt,
    entryNumber: numbers.get(String(c.entry)) ?? null,
    number: c.number,
    receivedAt: c.receivedAt,
    state: c.state,
  }))
  return {
    actionCounts,
    complaintCounts,
    complaints,
    // Number and time are set by the register's hooks; optional in the generated type.
    entries: { ...entries, docs: entries.docs as unknown as PublicEntry[] },
  }
}

export const actionLabel = (value: string) => polishLabelOf(MODERATION_ACTIONS, value)
export const complaintStateLabel = (value: string) => polishLabelOf(COMPLAINT_STATES, value)

/** One entry by its public number (the complaint form shows what the complaint is about). */
export const entryByNumber = async (payload: Payload, number: number) =>
  ((
    await payload.find({
      collection: MODERATION_ENTRIES,
      depth: 0,
      limit: 1,
      overrideAccess: false,
      pagination: false,
      select: ENTRY_SELECT,
      where: { number: { equals: number } },
    })
  ).docs[0] as unknown as PublicEntry | undefined) ?? null // as in `loadRegister`
