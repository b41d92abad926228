import type { Endpoint, PayloadRequest } from 'payload'

import { ACCOUNTS } from '../../plugins/fanout/exports/slugs'
import { idOf, isStaff } from '../access/roles'
import { say } from '../domain/labels'
import { defaultSummary } from '../domain/moderation'
import { rulePoints } from '../domain/rule-points'
import { DISCUSSION_RULES } from '../domain/slugs'
import { fetchComments, type FetchReport } from './fetch-comments'
import { type CommentDoc, commentFor, moderateComment } from './moderate-comment'

const fail = (status: number, message: string) =>
  Response.json({ errors: [{ message }] }, { status })

const readJson = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const body = (await req.json?.()) as unknown
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

type RulesDoc = {
  governs?: { platform?: string }[] | null
  id: number | string
  rules?: unknown
  title: string
  version?: null | number
}

/** The rules the comment's channel account points at (plugins/fanout: each account has its own). */
const accountRulesId = async (req: PayloadRequest, account: CommentDoc['account']) => {
  const id = idOf(account)
  if (id == null) return null
  const doc = await req.payload.findByID({
    collection: ACCOUNTS,
    depth: 0,
    disableErrors: true,
    id,
    overrideAccess: true,
    select: { discussionRules: true },
  })
  return idOf(doc?.discussionRules)
}

/** The published rules a comment can be judged by, each with its numbered points: the account's own first, then the Page's. */
const rulesOptions = async (req: PayloadRequest, ownRulesId: null | number | string) => {
  const { docs } = await req.payload.find({
    collection: DISCUSSION_RULES,
    depth: 0,
    limit: 100,
    overrideAccess: true,
    pagination: false,
    select: { governs: true, rules: true, title: true, version: true },
    sort: 'title',
    where: { _status: { equals: 'published' } },
  })
  const governsPage = (r: RulesDoc) => (r.governs ?? []).some((g) => g.platform === 'facebook_page')
  return docs
    .map((r) => ({
      governsPage: governsPage(r),
      id: r.id,
      points: rulePoints(r.rules),
      title: r.title,
      version: r.version ?? 1,
    }))
    .filter((r) => r.points.length > 0)
    .map((r) => ({ ...r, own: ownRulesId != null && String(r.id) === String(ownRulesId) }))
    .sort((a, b) => Number(b.own) - Number(a.own) || Number(b.governsPage) - Number(a.governsPage))
}

/** A fetch asked for from the admin: one at a time per process, and not more often than every 30 s. */
const MANUAL_FETCH_GAP_MS = 30_000
let manualFetch: { at: number; running: null | Promise<FetchReport> } = { at: 0, running: null }

export const commentEndpoints: Endpoint[] = [
  {
    // "Fetch now" in the comments list: the worker does the same every 5 minutes. It fetches for
    // every unit and spends the Page's Graph API budget, so it is the staff's (who moderate any comment).
    handler: async (req) => {
      if (!req.user) return fail(401, 'Zaloguj się.')
      if (!isStaff(req.user)) {
        return fail(
          403,
          say(
            req,
            'Pobieranie komentarzy na żądanie jest dla zatwierdzających i administratorów; komentarze pobierają się też same co 5 minut.',
            'Fetching comments on demand is for approvers and admins; comments are also fetched every 5 minutes.',
          ),
        )
      }
      if (!manualFetch.running && Date.now() - manualFetch.at < MANUAL_FETCH_GAP_MS) {
        return fail(429, 'Komentarze pobrano przed chwilą – spróbuj ponownie za pół minuty.')
      }
      if (!manualFetch.running) {
        manualFetch = {
          at: Date.now(),
          running: fetchComments(req.payload).finally(() => (manualFetch.running = null)),
        }
      }
      const report = await manualFetch.running!
      if (!report.accounts)
        return fail(
          409,
          'Żaden fanpage nie jest teraz dostępny (brak włączonego kanału z tokenem albo Facebook wstrzymał wywołania).',
        )
      const message = `Pobrano komentarze spod ${report.posts} wpisów: nowe ${report.created}, zmienione ${report.updated}, usunięte na Facebooku ${report.gone}.`
      return Response.json({
        errors: report.errors,
        message: report.errors.length ? `${message} Problemy: ${report.errors.join(' ')}` : message,
      })
    },
    method: 'post',
    path: '/fetch',
  },
  {
    // What the moderation panel offers: the rules with their points, and the summary each would give.
    handler: async (req) => {
      if (!req.user) return fail(401, 'Zaloguj się.')
      const comment = await commentFor(req, String(req.routeParams?.id))
      if (!comment) return fail(404, 'Nie znaleziono komentarza.')
      const rules = await rulesOptions(req, await accountRulesId(req, comment.account))
      return Response.json({
        rules: rules.map((r) => ({
          ...r,
          points: r.points.map((p) => ({
            ...p,
            summaries: {
              delete: defaultSummary('comment_removed', {
                point: p.number,
                quote: p.text,
                title: r.title,
                version: r.version,
              }),
              hide: defaultSummary('comment_hidden', {
                point: p.number,
                quote: p.text,
                title: r.title,
                version: r.version,
              }),
            },
          })),
        })),
        state: comment.state ?? 'visible',
      })
    },
    method: 'get',
    path: '/:id/moderation',
  },
  {
    handler: async (req) => {
      if (!req.user) return fail(401, 'Zaloguj się.')
      const comment = await commentFor(req, String(req.routeParams?.id))
      if (!comment) return fail(404, 'Nie znaleziono komentarza.')
      const result = await moderateComment(req, comment, await readJson(req))
      return result.ok ? Response.json(result) : fail(result.status, result.message)
    },
    method: 'post',
    path: '/:id/moderate',
  },
]
