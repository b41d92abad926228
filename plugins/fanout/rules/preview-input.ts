/**
 * The unsaved post a preview is asked for, as the admin's form holds it: checked field by field so
 * that a bad request gets a 400 naming the field, never a failure later in rendering. Relations
 * may come as ids or as populated documents (`{ id }`); empty values mean "not chosen yet".
 */
import type { Post } from '../../../src/payload-types'
import { CATEGORIES, INFORMATION_TYPES } from '../../../src/domain/taxonomy'
import { CHANNEL_COPY_MAX } from '../fields/channel-copy'
import type { FanoutTranslationKeys } from '../translations'

type Id = number | string

export type PreviewInput = {
  id: null | Id
  title: string
  lead: null | string
  body: Post['body']
  images: Id[]
  unit: null | Id
  category: Post['category']
  informationType: NonNullable<Post['informationType']>
  bipReference: null | Id
  slug: null | string
  channelCopy: { fanpage: null | string; group: null | string; newsletter: null | string }
}

export type PreviewInputProblem = {
  key: FanoutTranslationKeys
  vars?: Record<string, unknown>
}

/** Limits as the posts collection has them, and one for the own copy. */
const MAX = { lead: 600, slug: 200, title: 200 } as const
const MAX_IMAGES = 10

class Bad extends Error {
  constructor(readonly problem: PreviewInputProblem) {
    super(problem.key)
  }
}

const bad = (field: string): never => {
  throw new Bad({ key: 'fanout:live:badField', vars: { field } })
}
const isRecord = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v)

const text = (v: unknown, field: string, max: number): null | string => {
  if (v == null || v === '') return null
  if (typeof v !== 'string') return bad(field)
  if ([...v].length > max) throw new Bad({ key: 'fanout:live:tooLong', vars: { field, max } })
  return v
}

/** A document id: a positive integer (SQL databases) or an ObjectId-like text (MongoDB). */
const id = (v: unknown, field: string): null | Id => {
  if (v == null || v === '') return null
  const raw = isRecord(v) ? v.id : v
  if (typeof raw === 'number') return Number.isSafeInteger(raw) && raw > 0 ? raw : bad(field)
  if (typeof raw !== 'string') return bad(field)
  if (/^\d{1,15}$/.test(raw)) return Number(raw)
  return /^[0-9a-f]{24}$/i.test(raw) ? raw : bad(field)
}

const oneOf = <V extends string>(options: readonly { value: V }[], v: unknown, field: string) => {
  const found = options.find((o) => o.value === v)
  return found ? found.value : bad(field)
}

const isLexical = (v: unknown): v is NonNullable<Post['body']> =>
  isRecord(v) && isRecord(v.root) && Array.isArray(v.root.children)

/** The request's `{ data }` as a preview input, or the problem to answer with a 400. */
export const parsePreviewInput = (
  body: unknown,
): { ok: true; value: PreviewInput } | { ok: false; problem: PreviewInputProblem } => {
  if (!isRecord(body) || !isRecord(body.data))
    return { ok: false, problem: { key: 'fanout:live:badBody' } }
  const data = body.data
  try {
    if (data.images != null && !Array.isArray(data.images)) bad('images')
    const images = ((data.images as unknown[] | null) ?? []).map((v) => id(v, 'images'))
    if (images.length > MAX_IMAGES) bad('images')
    if (data.body != null && !isLexical(data.body)) bad('body')
    if (data.channelCopy != null && !isRecord(data.channelCopy)) bad('channelCopy')
    const copy = (data.channelCopy ?? {}) as Record<string, unknown>
    return {
      ok: true,
      value: {
        bipReference: id(data.bipReference, 'bipReference'),
        body: isLexical(data.body) ? data.body : null,
        category:
          data.category == null || data.category === ''
            ? CATEGORIES[0].value
            : oneOf(CATEGORIES, data.category, 'category'),
        channelCopy: {
          fanpage: text(copy.fanpage, 'channelCopy.fanpage', CHANNEL_COPY_MAX),
          group: text(copy.group, 'channelCopy.group', CHANNEL_COPY_MAX),
          newsletter: text(copy.newsletter, 'channelCopy.newsletter', CHANNEL_COPY_MAX),
        },
        id: id(data.id, 'id'),
        images: images.filter((i): i is Id => i !== null),
        informationType:
          data.informationType == null || data.informationType === ''
            ? 'local_news'
            : oneOf(INFORMATION_TYPES, data.informationType, 'informationType'),
        lead: text(data.lead, 'lead', MAX.lead),
        slug: text(data.slug, 'slug', MAX.slug),
        title: text(data.title, 'title', MAX.title) ?? '',
        unit: id(data.unit, 'unit'),
      },
    }
  } catch (error) {
    if (error instanceof Bad) return { ok: false, problem: error.problem }
    throw error
  }
}
