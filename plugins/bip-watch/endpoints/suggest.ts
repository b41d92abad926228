import type { Endpoint, PayloadRequest, Where } from 'payload'

import type { BipReference } from '../../../src/payload-types'
import type { BipWatchTranslationKeys } from '../translations'
import type { ResolvedOptions } from '../types'

import { findCaseReferences } from '../../../src/domain/case-reference'
import { translator } from '../../../src/domain/translate'
import { SUGGEST_LIMIT, SUGGEST_MIN_SCORE, SUGGEST_PATH } from '../constants'
import { type Draft, scoreBipMatch } from '../rules/suggest-score'

/** One suggestion, as the post's edit view shows it. */
export type Suggestion = {
  caseReference: null | string
  id: number
  reasons: string[]
  score: number
  state: string
  title: string
  url: string
}

const readDraft = (req: PayloadRequest): Draft | null => {
  const q = req.searchParams
  const title = q.get('title') ?? ''
  const text = q.get('text') ?? ''
  const unit = q.get('unit')
  const date = q.get('date')
  if (title.length > 500 || text.length > 5000) return null
  if (unit && !/^\d{1,12}$/.test(unit)) return null
  const when = date ? new Date(date) : new Date()
  if (Number.isNaN(when.getTime())) return null
  return { date: when, text, title, unit: unit ? Number(unit) : null }
}

/**
 * `GET /api/posts/bip-suggestions?title=…&text=…&unit=…&date=…`: the BIP entries the signed-in
 * user may read that best fit the post being written (scored by `scoreBipMatch`): entries with a
 * case reference the text names, and the latest 200 entries not withdrawn.
 */
export const suggestEndpoint = (options: ResolvedOptions): Endpoint => ({
  handler: async (req) => {
    const t = translator<BipWatchTranslationKeys>(req.i18n)
    if (!req.user)
      return Response.json({ errors: [{ message: t('bipWatch:signIn') }] }, { status: 401 })
    const draft = readDraft(req)
    if (!draft)
      return Response.json({ errors: [{ message: t('bipWatch:wrongQuery') }] }, { status: 400 })
    const read = (where: Where, limit: number) =>
      req.payload.find({
        collection: options.collections.bipReferences,
        depth: 0,
        limit,
        overrideAccess: false,
        req,
        sort: '-updatedAt',
        user: req.user,
        where,
      })
    const references = findCaseReferences(`${draft.title} ${draft.text}`)
    const [named, recent] = await Promise.all([
      references.length ? read({ caseReference: { in: references } }, 20) : { docs: [] },
      read({ state: { not_equals: 'withdrawn' } }, 200),
    ])
    const seen = new Set<number>()
    const suggestions: Suggestion[] = []
    for (const entry of [...named.docs, ...recent.docs] as BipReference[]) {
      if (seen.has(entry.id)) continue
      seen.add(entry.id)
      const match = scoreBipMatch(draft, {
        caseReference: entry.caseReference,
        date: entry.publishedAt ?? entry.producedAt ?? entry.createdAt,
        title: entry.title,
        unit:
          typeof entry.producingUnit === 'object' ? entry.producingUnit.id : entry.producingUnit,
      })
      if (match.score < SUGGEST_MIN_SCORE) continue
      suggestions.push({
        caseReference: entry.caseReference ?? null,
        id: entry.id,
        reasons: match.reasons.map((r) => t(`bipWatch:reason-${r}`)),
        score: match.score,
        state: t(`bipWatch:state-${entry.state}`),
        title: entry.title,
        url: entry.url,
      })
    }
    suggestions.sort((a, b) => b.score - a.score)
    return Response.json(
      { suggestions: suggestions.slice(0, SUGGEST_LIMIT) },
      { headers: { 'Cache-Control': 'no-store' } },
    )
  },
  method: 'get',
  path: SUGGEST_PATH,
})
