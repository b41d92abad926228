import { invalidParameter, nonexistingField } from './errors'
import { DEFAULT_LIMIT, MAX_LIMIT, type GraphState } from './state'
import type { Params, Reply } from './types'

/** Splits `fields` at the top-level commas: a field expansion's arguments may hold commas of their own. */
const splitFields = (value: string) => {
  const out: string[] = []
  let depth = 0
  let current = ''
  for (const char of value) {
    if (char === '(' || char === '{') depth++
    if (char === ')' || char === '}') depth--
    if (char === ',' && depth === 0) {
      out.push(current)
      current = ''
    } else current += char
  }
  out.push(current)
  return out.map((field) => field.trim()).filter(Boolean)
}
export const requestedFields = (params: Params, defaults: string[]) =>
  params.fields ? splitFields(params.fields) : defaults

/** Picks the requested fields, omitting absent values as Facebook does; or the error for an unknown field. */
export const project = <T>(
  state: GraphState,
  item: T,
  fields: string[],
  known: Record<string, (item: T) => unknown>,
  nodeType: string,
) => {
  const unknown = fields.find((field) => !known[field])
  if (unknown) return nonexistingField(state, unknown, nodeType)
  const out: Record<string, unknown> = {}
  for (const field of fields) {
    const value = known[field](item)
    if (value !== undefined) out[field] = value
  }
  return out
}

/** The page size a list asks for with `limit`: 25 by default, at most 100. */
export const pageLimit = (params: Params) => {
  const requested = Number(params.limit)
  return Number.isInteger(requested) && requested > 0
    ? Math.min(requested, MAX_LIMIT)
    : DEFAULT_LIMIT
}

/** `reactions.limit(0).summary(total_count)`: Graph's field expansion, one edge inside `fields`. */
export const parseFieldSpec = (spec: string): null | { modifiers: Params; name: string } => {
  const match = /^([a-z_]+)((?:\.[a-z_]+\([^(){}]*\))*)$/.exec(spec)
  if (!match) return null
  const modifiers: Params = {}
  for (const m of match[2].matchAll(/\.([a-z_]+)\(([^(){}]*)\)/g)) modifiers[m[1]] = m[2]
  return { modifiers, name: match[1] }
}
const wantsSummary = (modifiers: Params) =>
  ['1', 'true', 'total_count'].includes(modifiers.summary ?? '')

/** One page of an edge expanded in `fields`, with cursors and, when asked, its summary. */
export const expandEdge = <T>(
  state: GraphState,
  items: T[],
  modifiers: Params,
  allowed: string[],
  toData: (item: T) => unknown,
  key: (item: T) => string,
  summary: Record<string, unknown>,
): Reply | Record<string, unknown> => {
  const unknown = Object.keys(modifiers).find((m) => !allowed.includes(m))
  if (unknown) return invalidParameter(state, `Unknown field expansion modifier: ${unknown}`)
  const limit = modifiers.limit === undefined ? DEFAULT_LIMIT : Number(modifiers.limit)
  if (!Number.isInteger(limit) || limit < 0)
    return invalidParameter(state, 'param limit must be a non-negative integer')
  const page = items.slice(0, Math.min(limit, MAX_LIMIT))
  const out: Record<string, unknown> = { data: page.map(toData) }
  if (page.length) {
    const cursors = {
      after: Buffer.from(key(page[page.length - 1])).toString('base64url'),
      before: Buffer.from(key(page[0])).toString('base64url'),
    }
    out.paging = { cursors }
  }
  if (wantsSummary(modifiers)) out.summary = summary
  return out
}
