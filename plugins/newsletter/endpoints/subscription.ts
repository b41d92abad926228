import type { Endpoint, PayloadRequest } from 'payload'

import { newsletterOptions } from '../context'
import type { SubscribeInput } from '../subscription/parse'
import {
  confirmSubscription,
  subscribe,
  unsubscribe,
  updatePreferences,
} from '../subscription/subscription'
import { errorQuery, isForm, json, readInput, seeOther, tokenOf } from './request'
import { newsletterTexts } from '../translate'

/** The client's address, as the app's policy (the plugin's `clientIp` option) reads it. */
const clientIp = (req: PayloadRequest) => newsletterOptions(req.payload).clientIp(req.headers)

/** The residents' endpoints: subscribe, confirm, change preferences, unsubscribe. */
export const subscriptionEndpoints: Endpoint[] = [
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
        ? json({ message: (await newsletterTexts(req.payload))('newsletter:form-sent') }, 202)
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
        ? json({ message: (await newsletterTexts(req.payload))('newsletter:public-confirmed') })
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
        ? json({ message: (await newsletterTexts(req.payload))('newsletter:public-saved') })
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
        ? json({ message: (await newsletterTexts(req.payload))('newsletter:public-unsubscribed') })
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
]
