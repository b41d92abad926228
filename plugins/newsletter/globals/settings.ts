import type { GlobalConfig, PayloadRequest } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { DEFAULT_TIME_ZONE, NEWSLETTER_SETTINGS } from '../constants'
import { translator } from '../../../src/domain/translate'
import { DEFAULT_DAILY_CRON, DEFAULT_WEEKLY_CRON } from '../defaults'
import { cronOnSave, isTimeZone } from '../sending/digest-cron'
import type { NewsletterTranslationKeys } from '../translations'
import { cronField, scheduleRow } from './schedule-fields'
import { consentTextFor, officeController } from '../subscription/consent-text'
import { both, l } from '../labels'
import { newsletterTexts } from '../translate'

/**
 * The newsletter's settings: the consent text residents agree to (versioned: every subscriber's
 * consent names the version it was given for) and when the digests go out.
 */
export const newsletterSettings: GlobalConfig = {
  slug: NEWSLETTER_SETTINGS,
  label: l('newsletter:settings-title'),
  admin: { group: both('group') },
  access: { read: staffOnly, readVersions: staffOnly, update: staffOnly },
  versions: { max: 100 },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
        // The expressions the scheduler runs follow the days and time when an editor changed them.
        for (const kind of ['daily', 'weekly'] as const) {
          data[`${kind}Cron`] = cronOnSave(
            { days: data[`${kind}Days`], time: data[`${kind}Time`] },
            originalDoc?.[`${kind}Cron`],
            data[`${kind}Cron`],
          )
        }
        // A changed consent text is a new version; earlier texts stay in the global's versions.
        const current = originalDoc?.consentVersion ?? 0
        data.consentVersion =
          !current || data.consentText !== originalDoc?.consentText ? current + 1 : current
        return data
      },
    ],
  },
  fields: [
    {
      name: 'consentText',
      type: 'textarea',
      // Names the gmina office as the controller, from its unit's name and contact details.
      defaultValue: async ({ req }: { req: PayloadRequest }) =>
        consentTextFor(
          await officeController(req.payload, req),
          await newsletterTexts(req.payload),
        ),
      label: l('newsletter:settings-consentText'),
      required: true,
    },
    {
      name: 'consentVersion',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: {
        description: l('newsletter:settings-consentVersionHelp'),
        readOnly: true,
      },
      label: l('newsletter:settings-consentTextVersion'),
    },
    scheduleRow('daily', DEFAULT_DAILY_CRON),
    scheduleRow('weekly', DEFAULT_WEEKLY_CRON),
    {
      name: 'timeZone',
      type: 'text',
      admin: { components: { Field: '/plugins/newsletter/exports/client#TimeZoneField' } },
      defaultValue: DEFAULT_TIME_ZONE,
      label: l('newsletter:settings-timeZone'),
      required: true,
      validate: (value: unknown, { req }: { req: PayloadRequest }) =>
        isTimeZone(value) ||
        translator<NewsletterTranslationKeys>(req.i18n)('newsletter:timeZoneInvalid'),
    },
    {
      type: 'row',
      fields: [
        cronField('dailyCron', 'settings-dailyDigest', DEFAULT_DAILY_CRON),
        cronField('weeklyCron', 'settings-weeklyDigest', DEFAULT_WEEKLY_CRON),
      ],
    },
  ],
}
