import type { GlobalConfig, Payload, PayloadRequest } from 'payload'

import { validate } from 'node-cron'

import { staffOnly } from '../../../src/access/roles'
import { label } from '../../../src/domain/labels'
import { consentTextFor, officeController } from './consent-text'
import { NEWSLETTER_SETTINGS } from './constants'

/** The text when no office unit names the controller yet (see consent-text.ts). */
export const DEFAULT_CONSENT_TEXT = consentTextFor(null)

/** A cron expression node-cron accepts (5 or 6 fields), with a Polish message otherwise. */
export const validateCron = (value: unknown) =>
  typeof value === 'string' && value.trim() && validate(value.trim())
    ? true
    : 'Nieprawidłowe wyrażenie cron. Przykład: „0 7 * * *” (codziennie o 7:00) albo „0 7 * * 1” (w poniedziałki o 7:00).'

export type NewsletterSettings = {
  consentText: string
  consentVersion: number
  dailyCron: string
  timeZone: string
  weeklyCron: string
}

/**
 * The newsletter's settings: the consent text residents agree to (versioned: every subscriber's
 * consent names the version it was given for) and when the digests go out.
 */
export const newsletterSettings: GlobalConfig = {
  slug: NEWSLETTER_SETTINGS,
  label: label('Ustawienia newslettera', 'Newsletter settings'),
  admin: { group: label('Newsletter', 'Newsletter') },
  access: { read: staffOnly, readVersions: staffOnly, update: staffOnly },
  versions: { max: 100 },
  hooks: {
    beforeChange: [
      ({ data, originalDoc }) => {
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
        consentTextFor(await officeController(req.payload, req)),
      label: label('Treść zgody (pokazywana przy zapisie)', 'Consent text (shown on the form)'),
      required: true,
    },
    {
      name: 'consentVersion',
      type: 'number',
      access: { create: () => false, update: () => false },
      admin: {
        description: label(
          'Rośnie przy każdej zmianie treści zgody.',
          'Raised on every change of the text.',
        ),
        readOnly: true,
      },
      label: label('Wersja treści zgody', 'Consent text version'),
    },
    {
      type: 'row',
      fields: [
        {
          name: 'dailyCron',
          type: 'text',
          admin: {
            description: label(
              'Wyrażenie cron, np. 0 7 * * * (codziennie o 7:00).',
              'Cron, e.g. 0 7 * * *.',
            ),
          },
          defaultValue: '0 7 * * *',
          label: label('Wydanie codzienne', 'Daily digest'),
          required: true,
          validate: validateCron,
        },
        {
          name: 'weeklyCron',
          type: 'text',
          admin: {
            description: label('Np. 0 7 * * 1 (w poniedziałki o 7:00).', 'E.g. 0 7 * * 1.'),
          },
          defaultValue: '0 7 * * 1',
          label: label('Wydanie tygodniowe', 'Weekly digest'),
          required: true,
          validate: validateCron,
        },
        {
          name: 'timeZone',
          type: 'text',
          defaultValue: 'Europe/Warsaw',
          label: label('Strefa czasowa', 'Time zone'),
          required: true,
        },
      ],
    },
  ],
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
      data: { consentText: doc.consentText } as never,
      overrideAccess: true,
      slug: NEWSLETTER_SETTINGS,
    })) as Partial<NewsletterSettings>
  }
  return {
    consentText: doc.consentText || DEFAULT_CONSENT_TEXT,
    consentVersion: doc.consentVersion || 1,
    dailyCron: doc.dailyCron || '0 7 * * *',
    timeZone: doc.timeZone || 'Europe/Warsaw',
    weeklyCron: doc.weeklyCron || '0 7 * * 1',
  }
}
