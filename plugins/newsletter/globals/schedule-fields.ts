import type { Field, PayloadRequest, TextField } from 'payload'

import { isAdmin } from '../../../src/access/roles'
import { translator } from '../../../src/domain/translate'
import { l } from '../labels'
import { validateCron } from '../settings'
import { cronToSchedule, parseTime, WEEKDAYS } from '../sending/digest-cron'
import type { NewsletterTranslationKeys } from '../translations'

type Kind = 'daily' | 'weekly'
type Sibling = Record<string, unknown>

const problem = (req: PayloadRequest, key: NewsletterTranslationKeys) =>
  translator<NewsletterTranslationKeys>(req.i18n)(key)

/**
 * A digest's schedule as editors set it: the days (checkboxes Pn–Nd) and the time. Neither is
 * stored: both are read from the stored cron expression (the default one before the first save)
 * and turned back into it on save, so the expression the scheduler runs is the only truth.
 */
export const scheduleRow = (kind: Kind, defaultCron: string): Field => ({
  type: 'row',
  fields: [
    {
      name: `${kind}Days`,
      type: 'select',
      admin: {
        components: { Field: '/plugins/newsletter/exports/client#WeekdaysField' },
        // Payload shows virtual fields read-only unless told otherwise.
        readOnly: false,
        width: '70%',
      },
      hasMany: true,
      hooks: {
        afterRead: [
          ({ siblingData }) => cronToSchedule(cronOf(siblingData, kind) ?? defaultCron)?.days ?? [],
        ],
      },
      label: l(`newsletter:settings-${kind}Digest`),
      options: WEEKDAYS.map((day) => ({ label: l(`newsletter:day-${day}`), value: day })),
      validate: (
        value: unknown,
        { req, siblingData }: { req: PayloadRequest; siblingData: Sibling },
      ) =>
        (Array.isArray(value) && value.length) || !siblingData[`${kind}Time`]
          ? true
          : problem(req, 'newsletter:scheduleNoDays'),
      virtual: true,
    },
    {
      name: `${kind}Time`,
      type: 'text',
      admin: { placeholder: '07:00', readOnly: false, width: '30%' },
      hooks: {
        afterRead: [
          ({ siblingData }) => cronToSchedule(cronOf(siblingData, kind) ?? defaultCron)?.time ?? '',
        ],
      },
      label: l('newsletter:settings-time'),
      validate: (
        value: unknown,
        { req, siblingData }: { req: PayloadRequest; siblingData: Sibling },
      ) => {
        const days = siblingData[`${kind}Days`]
        if (!value && !(Array.isArray(days) && days.length)) return true
        return (
          (typeof value === 'string' && !!parseTime(value)) ||
          problem(req, 'newsletter:timeInvalid')
        )
      },
      virtual: true,
    },
  ],
})

const cronOf = (siblingData: Sibling | undefined, kind: Kind) => {
  const cron = siblingData?.[`${kind}Cron`]
  return typeof cron === 'string' ? cron : null
}

/**
 * The stored expression the scheduler runs: derived from the days and time, shown to admins only.
 * Admins may still set one through the API (a schedule the fields cannot express); anyone else's
 * expression is dropped before the derivation.
 */
export const cronField = (
  name: 'dailyCron' | 'weeklyCron',
  label: 'settings-dailyDigest' | 'settings-weeklyDigest',
  defaultValue: string,
): TextField => ({
  name,
  type: 'text',
  access: { update: ({ req }) => isAdmin(req.user) },
  admin: {
    components: { Field: '/plugins/newsletter/exports/client#AdminOnlyTextField' },
    description: l('newsletter:settings-cronHelp'),
    readOnly: true,
  },
  defaultValue,
  label: ({ i18n }) =>
    translator<NewsletterTranslationKeys>(i18n)('newsletter:settings-cronOf', {
      schedule: translator<NewsletterTranslationKeys>(i18n)(`newsletter:${label}`),
    }),
  required: true,
  validate: validateCron,
})
