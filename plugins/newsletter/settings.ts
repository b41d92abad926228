import type { Payload } from 'payload'

import { validate } from 'node-cron'

import { translator } from '../../src/domain/translate'
import { DEFAULT_TIME_ZONE, NEWSLETTER_SETTINGS } from './constants'
import { DEFAULT_DAILY_CRON, DEFAULT_WEEKLY_CRON } from './defaults'
import { consentTextFor } from './subscription/consent-text'
import { newsletterPolish } from './translate'
import type { NewsletterTranslationKeys } from './translations'

/** The text when no office unit names the controller yet (see consent-text.ts). */
export const DEFAULT_CONSENT_TEXT = consentTextFor(null)

/** A cron expression node-cron accepts (5 or 6 fields), with a message otherwise (Polish unless
 * the request says another language). */
export const validateCron = (
  value: unknown,
  options?: { req?: { i18n: Parameters<typeof translator>[0] } },
) =>
  typeof value === 'string' && value.trim() && validate(value.trim())
    ? true
    : (options?.req ? translator<NewsletterTranslationKeys>(options.req.i18n) : newsletterPolish)(
        'newsletter:cronInvalid',
      )

export type NewsletterSettings = {
  consentText: string
  consentVersion: number
  dailyCron: string
  timeZone: string
  weeklyCron: string
}

export const readSettings = async (payload: Payload): Promise<NewsletterSettings> => {
  let doc = (await payload.findGlobal({
    overrideAccess: true,
    slug: NEWSLETTER_SETTINGS,
  })) as Partial<NewsletterSettings>
  // Never saved: the text shown is the default. Save it once, so that the version 1 residents agree
  // to is on record in the global's versions like every later one.
  if (!doc.consentVersion && doc.consentText) {
    doc = (await payload.updateGlobal({
      data: { consentText: doc.consentText },
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
    })) as Partial<NewsletterSettings>
  }
  return {
    consentText: doc.consentText || DEFAULT_CONSENT_TEXT,
    consentVersion: doc.consentVersion || 1,
    dailyCron: doc.dailyCron || DEFAULT_DAILY_CRON,
    timeZone: doc.timeZone || DEFAULT_TIME_ZONE,
    weeklyCron: doc.weeklyCron || DEFAULT_WEEKLY_CRON,
  }
}
