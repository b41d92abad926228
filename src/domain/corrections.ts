import { option, valuesOf } from './labels'

/**
 * What a correction after publication may change: the words and pictures residents read. The
 * rest (unit, category, BIP entry, channels, dates) is the post's filing, changed by staff as before.
 */
export const CORRECTABLE_FIELDS = [
  option('title', 'Tytuł', 'Title'),
  option('lead', 'Lead', 'Lead'),
  option('body', 'Treść', 'Body'),
  option('images', 'Zdjęcia', 'Images'),
  option('channelCopy', 'Tekst dla kanałów', 'Per-channel text'),
] as const
export type CorrectableField = (typeof CORRECTABLE_FIELDS)[number]['value']
export const CORRECTABLE_FIELD_VALUES = valuesOf(CORRECTABLE_FIELDS)

/** A relationship list as ids, whether its items are ids or populated documents. */
const ids = (value: unknown): string[] =>
  Array.isArray(value)
    ? value.map((item) => String(item && typeof item === 'object' && 'id' in item ? item.id : item))
    : []

const comparable = (field: CorrectableField, value: unknown): string => {
  if (field === 'images') return ids(value).join(',')
  if (value == null || value === '') return ''
  return typeof value === 'string' ? value : JSON.stringify(value)
}

/**
 * Which correctable fields `after` changes against `before`. A field `after` does not carry is
 * unchanged (a partial update names only what it changes).
 */
export const changedFields = (
  before: Record<string, unknown>,
  after: Record<string, unknown>,
): CorrectableField[] =>
  CORRECTABLE_FIELD_VALUES.filter(
    (field) =>
      field in after && comparable(field, before[field]) !== comparable(field, after[field]),
  )

/** The correctable fields of a post, as a correction stores them (images by id). */
export const correctableContent = (post: Record<string, unknown>) => ({
  body: (post.body ?? null) as unknown,
  images: ids(post.images).map((id) => (/^\d+$/.test(id) ? Number(id) : id)),
  lead: (post.lead as null | string | undefined) ?? null,
  title: (post.title as string | undefined) ?? '',
  channelCopy: (post.channelCopy ?? null) as null | Record<string, null | string | undefined>,
})
export type CorrectableContent = ReturnType<typeof correctableContent>
