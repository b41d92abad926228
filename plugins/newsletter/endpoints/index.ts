import type { Endpoint, PayloadRequest } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { clientIpFrom } from '../../../src/client-ip'
import { fanoutContext } from '../engine/context'
import { campaignProgress, resendUncertain, resumeHeldCampaigns, startDigest } from './engine'
import { eraseSubscriber, exportSubscriber } from './privacy'
import {
  confirmSubscription,
  type FieldErrors,
  subscribe,
  type SubscribeInput,
  unsubscribe,
  updatePreferences,
} from './subscription'

/** The client's address: the socket's, or behind a trusted proxy (TRUST_PROXY) the one it appended. */
export const clientIp = (req: Pick<PayloadRequest, 'headers'>) => clientIpFrom(req.headers)

const isForm = (req: PayloadRequest) =>
  (req.headers.get('content-type') ?? '').includes('application/x-www-form-urlencoded')

/** Form fields (repeated names become lists) or a JSON object; anything else is empty. */
const readInput = async (req: PayloadRequest): Promise<Record<string, unknown>> => {
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

const json = (body: unknown, status = 200) => Response.json(body, { status })
/** After a form post: back to a page (POST-redirect-GET), so it works without JavaScript. */
const seeOther = (req: PayloadRequest, path: string) =>
  new Response(null, {
    headers: { Location: `${fanoutContext(req.payload).options.siteUrl}${path}` },
    status: 303,
  })

const errorQuery = (errors: FieldErrors, input: SubscribeInput) => {
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

const tokenOf = (req: PayloadRequest) =>
  String((req.routeParams as Record<string, unknown> | undefined)?.token ?? '')

export const newsletterEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const input = (await readInput(req)) as SubscribeInput
      const result = await subscribe(req.payload, input, { ip: clientIp(req) })
      if (isForm(req))
        return seeOther(
          req,
          result.ok ? '/newsletter?wyslano=1' : `/newsletter?${errorQuery(result.errors, input)}`,
        )
      return result.ok
        ? json(
            {
              message:
                'Jeśli adres jest poprawny, wysłaliśmy na niego wiadomość. Sprawdź skrzynkę (także folder spam).',
            },
            202,
          )
        : json({ errors: result.errors }, result.status)
    },
    method: 'post',
    path: '/newsletter/subscribe',
  },
  {
    handler: async (req) => {
      const result = await confirmSubscription(req.payload, tokenOf(req))
      if (isForm(req))
        return seeOther(
          req,
          `/newsletter/potwierdz/${encodeURIComponent(tokenOf(req))}?${result.ok ? 'potwierdzono=1' : 'blad=1'}`,
        )
      return result.ok
        ? json({ message: 'Zapis potwierdzony.' })
        : json({ error: result.reason }, 404)
    },
    method: 'post',
    path: '/newsletter/confirm/:token',
  },
  {
    handler: async (req) => {
      const input = (await readInput(req)) as SubscribeInput
      const result = await updatePreferences(req.payload, tokenOf(req), input)
      if (isForm(req)) {
        const q = result.ok
          ? 'zapisano=1'
          : 'errors' in result
            ? errorQuery(result.errors, {})
            : 'blad=1'
        return seeOther(req, `/newsletter/preferencje/${encodeURIComponent(tokenOf(req))}?${q}`)
      }
      return result.ok
        ? json({ message: 'Zapisano ustawienia.' })
        : json({ error: result.reason }, 'errors' in result ? 400 : 404)
    },
    method: 'post',
    path: '/newsletter/preferences/:token',
  },
  {
    // RFC 8058 one-click: a mail client POSTs `List-Unsubscribe=One-Click` here, with no cookies and no page.
    handler: async (req) => {
      const result = await unsubscribe(req.payload, tokenOf(req))
      if (isForm(req) && req.headers.get('accept')?.includes('text/html'))
        return seeOther(
          req,
          `/newsletter/wypisz/${encodeURIComponent(tokenOf(req))}?${result.ok ? 'wypisano=1' : 'blad=1'}`,
        )
      return result.ok
        ? json({ message: 'Wypisano z newslettera.' })
        : json({ error: result.reason }, 404)
    },
    method: 'post',
    path: '/newsletter/unsubscribe/:token',
  },
  {
    // A person who opens the one-click URL in a browser gets the page with a button: GET never unsubscribes (link scanners).
    handler: async (req) => seeOther(req, `/newsletter/wypisz/${encodeURIComponent(tokenOf(req))}`),
    method: 'get',
    path: '/newsletter/unsubscribe/:token',
  },
  {
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const progress = await campaignProgress(req.payload, id)
      return progress ? json(progress) : json({ error: 'Nie ma takiej wysyłki.' }, 404)
    },
    method: 'get',
    path: '/newsletter/campaigns/:id/progress',
  },
  {
    // Messages whose outcome is unknown are resent only when a person decides so.
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const progress = await campaignProgress(req.payload, id)
      if (!progress) return json({ error: 'Nie ma takiej wysyłki.' }, 404)
      if (!progress.uncertain)
        return json({ message: 'Nie ma wiadomości o nieznanym losie – nic nie wysłano ponownie.' })
      await resendUncertain(req.payload, id, req)
      return json({
        message: `Wiadomości o nieznanym losie (${progress.uncertain}) zostaną wysłane ponownie.`,
      })
    },
    method: 'post',
    path: '/newsletter/campaigns/:id/resend-uncertain',
  },
  {
    // After fixing the mail server or its settings: check it now instead of waiting for the next minute.
    // The dashboard's form comes back to the dashboard, which then shows the alert or no longer does.
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const { held, refusal, resumed } = await resumeHeldCampaigns(req.payload, { whenever: true })
      if (isForm(req)) return seeOther(req, '/admin')
      if (!held) return json({ message: 'Żadna wysyłka newslettera nie jest wstrzymana.', resumed })
      return refusal
        ? json({ message: `Serwer poczty nadal odmawia: ${refusal}`, resumed })
        : json({
            message: `Serwer poczty przyjmuje połączenie – wznowiono wstrzymane wysyłki (${resumed}).`,
            resumed,
          })
    },
    method: 'post',
    path: '/newsletter/smtp-check',
  },
  {
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const { kind } = await readInput(req)
      if (kind !== 'digest_daily' && kind !== 'digest_weekly')
        return json({ error: 'Wybierz wydanie codzienne albo tygodniowe.' }, 400)
      const campaign = await startDigest(req.payload, kind, new Date(), req)
      return campaign
        ? json({
            id: (campaign as { id: number | string }).id,
            message: 'Wysyłka wydania zbiorczego rozpoczęta.',
          })
        : json({ message: 'Od poprzedniego wydania nie było nowych wpisów – nic nie wysłano.' })
    },
    method: 'post',
    path: '/newsletter/digest',
  },
  {
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const data = await exportSubscriber(req.payload, id, req.user!)
      if (!data) return json({ error: 'Nie ma takiego subskrybenta.' }, 404)
      return new Response(JSON.stringify(data, null, 2), {
        headers: {
          'Content-Disposition': `attachment; filename="dane-subskrybenta-${id}.json"`,
          'Content-Type': 'application/json; charset=utf-8',
        },
      })
    },
    method: 'get',
    path: '/newsletter/subscribers/:id/export',
  },
  {
    handler: async (req) => {
      if (!isStaff(req.user)) return json({ error: 'Brak uprawnień.' }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      return (await eraseSubscriber(req.payload, id, req.user!))
        ? json({ message: 'Dane subskrybenta usunięto.' })
        : json({ error: 'Nie ma takiego subskrybenta.' }, 404)
    },
    method: 'post',
    path: '/newsletter/subscribers/:id/erase',
  },
]
