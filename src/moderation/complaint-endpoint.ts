import type { Endpoint, PayloadRequest } from 'payload'

import { clientIpFrom, hashIp } from '../client-ip'
import {
  COMPLAINT_FORM_ERRORS,
  type ComplaintFormError,
  parseComplaintForm,
} from '../domain/complaint-form'
import { COMPLAINTS, MODERATION_ENTRIES } from '../domain/slugs'
import type { ModerationEntry } from '../payload-types'
import { withNumberRetry } from './numbering'

/** At most this many complaints per visitor (address) and per e-mail within the window. */
export const COMPLAINT_LIMITS = { perEmail: 5, perIp: 5, windowMs: 60 * 60 * 1000 }

export const COMPLAINT_FORM_PAGE = '/rejestr-moderacji/skarga'

const isFormPost = (req: PayloadRequest) => {
  const type = req.headers.get('content-type') ?? ''
  return (
    type.startsWith('application/x-www-form-urlencoded') || type.startsWith('multipart/form-data')
  )
}

const readInput = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    if (isFormPost(req)) return Object.fromEntries((await req.formData!()).entries())
    const body = (await req.json?.()) as unknown
    return body && typeof body === 'object' && !Array.isArray(body)
      ? (body as Record<string, unknown>)
      : {}
  } catch {
    return {}
  }
}

const redirect = (location: string) => new Response(null, { headers: { location }, status: 303 })

/** Answers a form post with a redirect to the page (works without JavaScript), anything else with JSON. */
const answer = (req: PayloadRequest, entry: unknown) => ({
  created: (number: number) =>
    isFormPost(req)
      ? redirect(`${COMPLAINT_FORM_PAGE}?wyslano=${number}`)
      : Response.json(
          { message: `Przyjęliśmy skargę nr ${number}. Odpowiedź wyślemy e-mailem.`, number },
          { status: 201 },
        ),
  refused: (errors: ComplaintFormError[], status: number) => {
    if (isFormPost(req)) {
      const query = new URLSearchParams({ blad: errors.join(',') })
      if (typeof entry === 'string' && /^\d{1,9}$/.test(entry.trim()))
        query.set('wpis', entry.trim())
      return redirect(`${COMPLAINT_FORM_PAGE}?${query}`)
    }
    return Response.json(
      { errors: errors.map((code) => ({ field: code, message: COMPLAINT_FORM_ERRORS[code] })) },
      { status },
    )
  },
})

const recentCount = async (
  req: PayloadRequest,
  field: 'email' | 'ipHash',
  value: string,
  since: Date,
) =>
  (
    await req.payload.count({
      collection: COMPLAINTS,
      overrideAccess: true,
      where: {
        and: [
          { [field]: { equals: value } },
          { receivedAt: { greater_than_equal: since.toISOString() } },
        ],
      },
    })
  ).totalDocs

/**
 * POST /api/complaints/submit: a resident's complaint about an entry of the public register.
 * Rate limited per visitor and per e-mail by counting the complaints already stored, so the limit
 * holds across processes and restarts.
 */
export const complaintSubmitEndpoint: Endpoint = {
  handler: async (req) => {
    const input = await readInput(req)
    const reply = answer(req, input.entry)
    const parsed = parseComplaintForm(input)
    if (!parsed.ok) return reply.refused(parsed.errors, 400)
    const { values } = parsed

    const since = new Date(Date.now() - COMPLAINT_LIMITS.windowMs)
    // The visitor's address as the newsletter counts it (socket, or the trusted proxy's hop), kept only as a keyed hash.
    const ipHash = hashIp(req.payload.secret, clientIpFrom(req.headers))
    if (
      (await recentCount(req, 'ipHash', ipHash, since)) >= COMPLAINT_LIMITS.perIp ||
      (await recentCount(req, 'email', values.email, since)) >= COMPLAINT_LIMITS.perEmail
    ) {
      return reply.refused(['limit'], 429)
    }

    const entry = (
      await req.payload.find({
        collection: MODERATION_ENTRIES,
        depth: 0,
        limit: 1,
        overrideAccess: true,
        select: { action: true },
        where: { number: { equals: values.entryNumber } },
      })
    ).docs[0] as { action?: string; id: ModerationEntry['id'] } | undefined
    if (!entry) return reply.refused(['unknown_entry'], 400)
    if (entry.action === 'user_unblocked') return reply.refused(['not_complainable'], 400)

    const complaint = await withNumberRetry(() =>
      req.payload.create({
        collection: COMPLAINTS,
        context: { complaintFromForm: true },
        data: {
          email: values.email,
          entry: entry.id,
          ipHash,
          message: values.message,
          name: values.name,
          state: 'received',
        },
        overrideAccess: true,
      }),
    )
    // Numbered by the collection's hook on creation.
    return reply.created(complaint.number!)
  },
  method: 'post',
  path: '/submit',
}
