import type {
  CollectionSlug,
  DataFromCollectionSlug,
  Payload,
  TypedCollectionSelect,
  Where,
} from 'payload'

import { monthRange } from '../../src/domain/register-month'
import type { ReportPeriod } from './period'

/** Long `in` lists are split: databases limit the parameters of one query. */
const CHUNK = 500
const chunks = <T>(items: T[]) =>
  Array.from({ length: Math.ceil(items.length / CHUNK) }, (_, i) =>
    items.slice(i * CHUNK, (i + 1) * CHUNK),
  )

/** Typed as whole documents: `select` narrows what is read, and the mappers in records.ts read only that. */
export const findAll = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  where: Where,
  select: TypedCollectionSelect[S],
) =>
  (
    await payload.find<S, TypedCollectionSelect[S]>({
      collection,
      depth: 0,
      limit: 0,
      overrideAccess: true,
      pagination: false,
      select,
      where,
    })
  ).docs as DataFromCollectionSlug<S>[]

/** `field in ids`, in chunks; nothing to ask for is no query at all (empty `in` lists are not portable). */
export const findIn = async <S extends CollectionSlug>(
  payload: Payload,
  collection: S,
  field: string,
  ids: string[],
  select: TypedCollectionSelect[S],
) => {
  const out: DataFromCollectionSlug<S>[] = []
  for (const part of chunks([...new Set(ids)]))
    out.push(...(await findAll(payload, collection, { [field]: { in: part } }, select)))
  return out
}

const periodBounds = (period: Pick<ReportPeriod, 'from' | 'to'>) => ({
  from: monthRange(period.from)!.from.toISOString(),
  to: monthRange(period.to)!.to.toISOString(),
})
export const between = (field: string, period: Pick<ReportPeriod, 'from' | 'to'>): Where => {
  const { from, to } = periodBounds(period)
  return { and: [{ [field]: { greater_than_equal: from } }, { [field]: { less_than: to } }] }
}
/** From the start of the period on, with no end. */
export const fromStartOf = (field: string, period: Pick<ReportPeriod, 'from' | 'to'>): Where => ({
  [field]: { greater_than_equal: periodBounds(period).from },
})
