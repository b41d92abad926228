import type { Payload } from 'payload'

import type { BipReference, BipSource } from '../../../src/payload-types'
import type { BipWatchTranslationKeys } from '../translations'
import type { ResolvedOptions } from '../types'
import type { Fetched } from './http'

import { installTranslator } from '../../../src/domain/install-translator'
import { WATCH_FIELD } from '../constants'
import type { UnitName } from '../rules/unit-match'

export type T = (key: BipWatchTranslationKeys, vars?: Record<string, unknown>) => string

/** One poll of one source: what every step needs, and the errors it met (in the install's language). */
export type PollContext = {
  errors: string[]
  now: Date
  options: ResolvedOptions
  payload: Payload
  source: BipSource
  t: T
  units: UnitName[]
}

export type Entry = BipReference
export type Watch = NonNullable<Entry['bipWatch']>

export const newContext = async (
  payload: Payload,
  options: ResolvedOptions,
  source: BipSource,
  now: Date,
): Promise<PollContext> => {
  const units = await payload.find({
    collection: options.collections.units,
    depth: 0,
    limit: 0,
    overrideAccess: true,
    pagination: false,
    select: { name: true },
  })
  return {
    errors: [],
    now,
    options,
    payload,
    source,
    t: await installTranslator<BipWatchTranslationKeys>(payload),
    units: (units.docs as { id: number; name?: string }[]).map((u) => ({
      id: u.id,
      name: u.name ?? '',
    })),
  }
}

/** A failed request, in words for the source's health or the entry's note. */
export const describeFailure = (
  ctx: PollContext,
  what: string,
  fetched: Exclude<Fetched, { kind: 'ok' }>,
): string => {
  const { t } = ctx
  switch (fetched.kind) {
    // Only a request carrying validators expects 304; anywhere else it is a broken answer.
    case 'not_modified':
      return t('bipWatch:errorHttp', { status: 304, what })
    case 'timeout':
      return t('bipWatch:errorTimeout', { seconds: ctx.options.http.timeoutMs / 1000, what })
    case 'too_large':
      return t('bipWatch:errorTooLarge', {
        limit: Math.round(ctx.options.http.maxBytes / 1024),
        what,
      })
    case 'connection':
      return t('bipWatch:errorConnection', { detail: fetched.detail, what })
    case 'http':
      return t('bipWatch:errorHttp', { status: fetched.status, what })
  }
}

/** Writes an entry as the watcher: its watch group merged, with other fields as given. */
export const saveEntry = async (
  ctx: PollContext,
  entry: Entry,
  watch: Partial<Watch>,
  data: Partial<Omit<Entry, 'bipWatch'>> = {},
) => {
  const previous = entry.bipWatch ?? {}
  return ctx.payload.update({
    collection: ctx.options.collections.bipReferences,
    context: { bipWatch: true },
    data: {
      ...data,
      [WATCH_FIELD]: {
        ...previous,
        ...watch,
        metryczka: { ...previous.metryczka, ...watch.metryczka },
        source: ctx.source.id,
      },
    },
    depth: 0,
    id: entry.id,
    overrideAccess: true,
  }) as Promise<Entry>
}
