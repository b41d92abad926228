import type { PayloadRequest } from 'payload'

import { newsletterOptions } from '../context'
import type { FieldErrors, SubscribeInput } from '../subscription/parse'

/** Reading requests and answering them, for forms (redirects) and scripts (JSON) alike. */
export const isForm = (req: PayloadRequest) =>
  (req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')

/** Form fields (repeated names become lists) or a JSON object; anything else is empty. */
export const readInput = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
  try {
    const raw = (await req.text?.()) ?? ''
    if (isForm(req)) {
      const out: Record<string, unknown> = {}
      for (const [key, value] of new URLSearchParams(raw))
        out[key] = key in out ? [out[key], value].flat() : value
      return out
    }
    const parsed = raw ? JSON.parse(raw) : {}
    return parsed && typeof parsed === 'object' ? parsed : {}
  } catch {
    return {}
  }
}

export const json = (body: unknown, status = 200) => Response.json(body, { status })
/** After a form post: back to a page (POST-redirect-GET), so it works without JavaScript. */
export const seeOther = (req: PayloadRequest, path: string) =>
  new Response(null, {
    headers: { Location: `${newsletterOptions(req.payload).siteUrl}${path}` },
    status: 303,
  })

export const errorQuery = (errors: FieldErrors, input: SubscribeInput) => {
  const q = new URLSearchParams()
  for (const [field, message] of Object.entries(errors)) q.set(`blad_${field}`, message!)
  if (typeof input.email === 'string') q.set('email', input.email.slice(0, 254))
  // What the resident chose comes back too, so the form is filled in again as it was sent.
  for (const key of ['units', 'categories'] as const)
    for (const v of [input[key]].flat())
      if (typeof v === 'string' && v.length <= 40) q.append(key, v)
  if (typeof input.digest === 'string') q.set('digest', input.digest.slice(0, 10))
  if (input.urgentAlerts !== undefined) q.set('urgentAlerts', 'on')
  if (input.consent !== undefined) q.set('consent', 'on')
  return q.toString()
}

export const tokenOf = (req: PayloadRequest) =>
  String((req.routeParams as Record<string, unknown> | undefined)?.token ?? '')
