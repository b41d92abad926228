import { validOperatorSet } from 'payload/shared'

import { invalidArgs, type Refusal } from './refusal'

/** The type of a field a `where` path starts with (`title`, `createdAt`, `unit.name` → unit), if known. */
export type FieldTypeOf = (path: string) => string | undefined

/** Payload's `where` operators, asked about any string of the query. */
const OPERATORS: ReadonlySet<string> = validOperatorSet

/** Digits only, and few enough that page × limit stays a safe offset (1e20 reached SQLite as 1e+21). */
const NUMBER_PARAMS: Record<string, RegExp> = {
  depth: /^\d{1,3}$/,
  limit: /^\d{1,6}$/,
  page: /^\d{1,9}$/,
}
/** Operators whose values are compared with the field's values, so they must be of its type. */
const COMPARING = new Set([
  'equals',
  'not_equals',
  'greater_than',
  'greater_than_equal',
  'less_than',
  'less_than_equal',
  'in',
  'not_in',
  'all',
])
/** Geometry operators: only a point field has them (the SQL adapters have none at all for other fields). */
const GEOMETRY = new Set(['near', 'within', 'intersects'])
const LISTS = new Set(['in', 'not_in', 'all'])
const INDEX = /^\d*$/

type Leaf = { path: string[]; value: unknown }

/** `where[or][0][title][equals]` → ['or', '0', 'title', 'equals']; null when it is not brackets all the way. */
const bracketPath = (key: string, name: string) => {
  const rest = key.slice(name.length)
  const segments = [...rest.matchAll(/\[([^\]]*)\]/g)].map((m) => m[1])
  return segments.join('').length + segments.length * 2 === rest.length ? segments : null
}

const leavesOf = (value: unknown, path: string[] = []): Leaf[] =>
  value !== null && typeof value === 'object'
    ? Object.entries(value).flatMap(([key, inner]) => leavesOf(inner, [...path, key]))
    : [{ path, value }]

const parseJsonObject = (text: string): null | Record<string, unknown> => {
  try {
    const value = JSON.parse(text) as unknown
    return value !== null && typeof value === 'object' && !Array.isArray(value)
      ? (value as Record<string, unknown>)
      : null
  } catch {
    return null
  }
}

const isDate = (value: string) => !Number.isNaN(Date.parse(value))
const isNumber = (value: string) => value.trim() !== '' && Number.isFinite(Number(value))

/** Each value a comparison would hand the database, as text (`in` takes a comma list or an array). */
const comparedValues = (operator: string, value: unknown): unknown[] =>
  LISTS.has(operator) && typeof value === 'string' ? value.split(',') : [value]

const valueFits = (type: string | undefined, value: unknown) => {
  if (value === null || value === '' || typeof value !== 'string') return true
  if (type === 'date') return isDate(value)
  if (type === 'number') return isNumber(value)
  return true
}

/** One condition of a `where`: and/or with an index, then field, operator and (for lists) an index. */
const checkLeaf = ({ path, value }: Leaf, fieldType: FieldTypeOf): null | Refusal => {
  let i = 0
  while (path[i] === 'and' || path[i] === 'or') {
    if (!/^\d+$/.test(path[i + 1] ?? ''))
      return invalidArgs(`where[${path.slice(0, i + 1).join('][')}]`)
    i += 2
  }
  const [field, operator, ...rest] = path.slice(i)
  const shown = `where[${path.join('][')}]`
  if (!field || !operator || !OPERATORS.has(operator)) return invalidArgs(shown)
  const type = fieldType(field)
  if (GEOMETRY.has(operator)) return type === 'point' ? null : invalidArgs(shown)
  if (rest.length && !(LISTS.has(operator) && rest.length === 1 && INDEX.test(rest[0])))
    return invalidArgs(shown)
  if (COMPARING.has(operator) && !comparedValues(operator, value).every((v) => valueFits(type, v)))
    return invalidArgs(shown)
  return null
}

/**
 * The query string of a REST request, checked the way Payload will read it (parseParams, the
 * `where` sanitizer, the database adapter): numbers that are numbers, a `where` that is an object
 * of known operators, and dates or numbers where a date or number field is compared.
 */
export const checkQuery = (params: URLSearchParams, fieldType: FieldTypeOf): null | Refusal => {
  const leaves: Leaf[] = []
  for (const [key, value] of params) {
    const name = key.split('[', 1)[0]
    // Given twice, qs hands Payload an array where it expects one number.
    if (
      name in NUMBER_PARAMS &&
      (key !== name || !NUMBER_PARAMS[name].test(value) || params.getAll(name).length > 1)
    )
      return invalidArgs(name)
    if (name === 'data' && (key !== name || !parseJsonObject(value))) return invalidArgs(name)
    if (name !== 'where') continue
    if (key === name) {
      const where = parseJsonObject(value)
      if (!where) return invalidArgs('where')
      leaves.push(...leavesOf(where))
      continue
    }
    const path = bracketPath(key, name)
    if (!path) return invalidArgs(key)
    leaves.push({ path, value })
  }
  for (const leaf of leaves) {
    const refusal = checkLeaf(leaf, fieldType)
    if (refusal) return refusal
  }
  return null
}
