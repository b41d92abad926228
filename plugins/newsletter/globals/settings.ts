import type { GlobalConfig, PayloadRequest } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { label } from '../../../src/domain/labels'
import { NEWSLETTER_SETTINGS } from '../constants'
import { validateCron } from '../settings'
import { consentTextFor, officeController } from '../subscription/consent-text'

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
