import type { GlobalConfig, PayloadRequest } from 'payload'

import { staffOnly } from '../../../src/access/roles'
import { NEWSLETTER_SETTINGS } from '../constants'
import { validateCron } from '../settings'
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
    {
      type: 'row',
      fields: [
        {
          name: 'dailyCron',
          type: 'text',
          admin: {
            description: l('newsletter:settings-dailyCronHelp'),
          },
          defaultValue: '0 7 * * *',
          label: l('newsletter:settings-dailyDigest'),
          required: true,
          validate: validateCron,
        },
        {
          name: 'weeklyCron',
          type: 'text',
          admin: {
            description: l('newsletter:settings-weeklyCronHelp'),
          },
          defaultValue: '0 7 * * 1',
          label: l('newsletter:settings-weeklyDigest'),
          required: true,
          validate: validateCron,
        },
        {
          name: 'timeZone',
          type: 'text',
          defaultValue: 'Europe/Warsaw',
          label: l('newsletter:settings-timeZone'),
          required: true,
        },
      ],
    },
  ],
}
