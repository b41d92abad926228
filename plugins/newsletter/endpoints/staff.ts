import type { Endpoint } from 'payload'

import { isStaff } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { resendUncertain } from '../sending/campaigns'
import { startDigest } from '../sending/digests'
import { resumeHeldCampaigns } from '../sending/holds'
import { campaignProgress } from '../sending/progress'
import { eraseSubscriber, exportSubscriber } from '../subscription/privacy'
import type { NewsletterTranslationKeys } from '../translations'
import { isForm, json, readInput, seeOther } from './request'

/** The staff's endpoints: campaigns' progress and resends, the mail server check, RODO requests. */
export const staffEndpoints: Endpoint[] = [
  {
    handler: async (req) => {
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const progress = await campaignProgress(req.payload, id)
      return progress ? json(progress) : json({ error: t('newsletter:noSuchCampaign') }, 404)
    },
    method: 'get',
    path: '/newsletter/campaigns/:id/progress',
  },
  {
    // Messages whose outcome is unknown are resent only when a person decides so.
    handler: async (req) => {
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const progress = await campaignProgress(req.payload, id)
      if (!progress) return json({ error: t('newsletter:noSuchCampaign') }, 404)
      if (!progress.uncertain) return json({ message: t('newsletter:noUncertain') })
      await resendUncertain(req.payload, id, req)
      return json({
        message: t('newsletter:resendingUncertain', { count: progress.uncertain }),
      })
    },
    method: 'post',
    path: '/newsletter/campaigns/:id/resend-uncertain',
  },
  {
    // After fixing the mail server or its settings: check it now instead of waiting for the next minute.
    // The dashboard's form comes back to the dashboard, which then shows the alert or no longer does.
    handler: async (req) => {
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const { held, refusal, resumed } = await resumeHeldCampaigns(req.payload, { whenever: true })
      if (isForm(req)) return seeOther(req, '/admin')
      if (!held) return json({ message: t('newsletter:nothingHeld'), resumed })
      return refusal
        ? json({ message: t('newsletter:stillRefuses', { reason: refusal }), resumed })
        : json({
            message: t('newsletter:resumedHeld', { count: resumed }),
            resumed,
          })
    },
    method: 'post',
    path: '/newsletter/smtp-check',
  },
  {
    handler: async (req) => {
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const { kind } = await readInput(req)
      if (kind !== 'digest_daily' && kind !== 'digest_weekly')
        return json({ error: t('newsletter:chooseDigest') }, 400)
      const campaign = await startDigest(req.payload, kind, new Date(), req)
      return campaign
        ? json({
            id: (campaign as { id: number | string }).id,
            message: t('newsletter:digestStarted'),
          })
        : json({ message: t('newsletter:digestEmpty') })
    },
    method: 'post',
    path: '/newsletter/digest',
  },
  {
    handler: async (req) => {
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      const data = await exportSubscriber(req.payload, id, req.user!)
      if (!data) return json({ error: t('newsletter:noSuchSubscriber') }, 404)
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
      const t = translator<NewsletterTranslationKeys>(req.i18n)
      if (!isStaff(req.user)) return json({ error: t('newsletter:forbidden') }, 403)
      const id = String((req.routeParams as Record<string, unknown>).id)
      return (await eraseSubscriber(req.payload, id, req.user!))
        ? json({ message: t('newsletter:subscriberErased') })
        : json({ error: t('newsletter:noSuchSubscriber') }, 404)
    },
    method: 'post',
    path: '/newsletter/subscribers/:id/erase',
  },
]
