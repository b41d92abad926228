import type { Payload, PayloadRequest } from 'payload'

import { rulePoints, type RulePoint } from '../domain/rule-points'
import { DISCUSSION_RULES } from '../domain/slugs'
import type { DiscussionRule } from '../payload-types'

export type Citation = {
  point: number
  quote: string
  rules: DiscussionRule['id']
  slug: null | string
  title: string
  version: number
}

type RulesDoc = {
  _status?: null | string
  id: DiscussionRule['id']
  rules?: unknown
  slug?: null | string
  title?: string
  version?: null | number
}

/**
 * The published text of a rules document: with drafts enabled, the document itself holds the last
 * published version (a draft save only writes a version), so its `version` is the one in force.
 */
export const publishedRules = async (
  payload: Payload,
  id: number | string,
  req?: Partial<PayloadRequest>,
): Promise<(RulesDoc & { points: RulePoint[] }) | null> => {
  const doc = (await payload.findByID({
    collection: DISCUSSION_RULES,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    req,
  })) as RulesDoc | null
  if (!doc || doc._status !== 'published') return null
  return { ...doc, points: rulePoints(doc.rules) }
}

/** A citation of one point of the rules in force, or why it cannot be made (Polish, for the form). */
export const resolveCitation = async (
  payload: Payload,
  rulesId: null | number | string | undefined,
  point: unknown,
  req?: Partial<PayloadRequest>,
): Promise<
  | { citation: Citation; ok: true }
  | { message: string; ok: false; path: 'rule.point' | 'rule.rules' }
> => {
  if (rulesId == null || rulesId === '')
    return {
      message: 'Wskaż zasady dyskusji, których punkt naruszono.',
      ok: false,
      path: 'rule.rules',
    }
  const rules = await publishedRules(payload, rulesId, req)
  if (!rules)
    return {
      message:
        'Te zasady dyskusji nie są opublikowane – można powołać się tylko na zasady, które mieszkańcy mogą przeczytać.',
      ok: false,
      path: 'rule.rules',
    }
  const version = rules.version ?? 1
  const count = rules.points.length
  const number = Number(point)
  const found = Number.isInteger(number) ? rules.points.find((p) => p.number === number) : undefined
  if (!found) {
    return {
      message: count
        ? `Wskaż punkt zasad „${rules.title}” (wersja ${version}), numer od 1 do ${count}: ${rules.points.map((p) => `${p.number}. ${p.text.slice(0, 60)}${p.text.length > 60 ? '…' : ''}`).join(' ')}`
        : `Zasady „${rules.title}” nie mają treści, na którą można się powołać.`,
      ok: false,
      path: 'rule.point',
    }
  }
  return {
    citation: {
      point: found.number,
      quote: found.text,
      rules: rules.id,
      slug: rules.slug ?? null,
      title: rules.title ?? '',
      version,
    },
    ok: true,
  }
}
