import type { GlobalConfig, PayloadRequest } from 'payload'

import { loggedIn, staffOnly } from '../src/access/roles'
import {
  DEFAULT_CHANNEL_POLICY,
  type PolicyRow,
  resolvePolicy,
  validatePolicyRows,
} from '../src/domain/channel-policy'
import { label } from '../src/domain/labels'
import { CATEGORY_POLICY } from '../src/domain/slugs'
import { CATEGORIES, CHANNELS } from '../src/domain/taxonomy'

/**
 * Which channels each category must reach or must not use. Editors read it (the post form shows
 * it under the channels), staff change it, approval enforces it (`channelPolicyProblem`).
 */
export const CategoryPolicy: GlobalConfig = {
  slug: CATEGORY_POLICY,
  label: label('Kanały według kategorii', 'Channels by category'),
  admin: {
    description: label(
      'Kanały wymagane i niedozwolone dla wpisów danej kategorii. Zatwierdzenie wpisu, który ich nie spełnia, jest odrzucane z informacją, co poprawić.',
      'Channels required or forbidden for posts of a category. Approving a post that breaks them is refused with what to fix.',
    ),
    group: label('Administracja', 'Administration'),
  },
  access: { read: loggedIn, readVersions: staffOnly, update: staffOnly },
  // Changes of the policy are kept, so it is known which rule applied when a post was approved.
  versions: { max: 50 },
  fields: [
    {
      name: 'rules',
      type: 'array',
      defaultValue: DEFAULT_CHANNEL_POLICY,
      label: label('Zasady kanałów', 'Channel rules'),
      labels: { plural: label('Zasady', 'Rules'), singular: label('Zasada', 'Rule') },
      validate: (rows: unknown) => validatePolicyRows(rows as PolicyRow[] | null),
      fields: [
        {
          name: 'category',
          type: 'select',
          label: label('Kategoria', 'Category'),
          options: [...CATEGORIES],
          required: true,
        },
        {
          type: 'row',
          fields: [
            {
              name: 'required',
              type: 'select',
              hasMany: true,
              label: label('Wymagane kanały', 'Required channels'),
              options: [...CHANNELS],
            },
            {
              name: 'forbidden',
              type: 'select',
              hasMany: true,
              label: label('Niedozwolone kanały', 'Forbidden channels'),
              options: [...CHANNELS],
            },
          ],
        },
        {
          name: 'reason',
          type: 'text',
          admin: {
            description: label(
              'Pokazywane redaktorowi przy wyborze kanałów i w odmowie zatwierdzenia.',
              'Shown to the editor and in a refusal.',
            ),
          },
          label: label('Uzasadnienie', 'Reason'),
        },
      ],
    },
  ],
}

/** The policy in force: the stored one, or the default until staff save their own. */
export const loadChannelPolicy = async (
  req: Partial<PayloadRequest> & Pick<PayloadRequest, 'payload'>,
) =>
  resolvePolicy(
    await req.payload.findGlobal({
      depth: 0,
      overrideAccess: true,
      req,
      slug: CATEGORY_POLICY,
    }),
  )
