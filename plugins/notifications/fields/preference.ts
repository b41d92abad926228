import type { Field } from 'payload'

import { translator } from '../../../src/domain/translate'
import { EMAIL_PREFERENCES, PREFERENCE_FIELD } from '../constants'
import type { NotificationsTranslationKeys } from '../translations'

type Texts = { i18n: Parameters<typeof translator>[0] }
const say =
  (key: NotificationsTranslationKeys) =>
  ({ i18n }: Texts) =>
    translator<NotificationsTranslationKeys>(i18n)(key)

/**
 * The user's choice of e-mails, on their own account (the users' access lets each update only
 * themselves; admins anyone). The bell shows every notification whatever is chosen here. Empty
 * (an account made before the field) counts as the default.
 */
export const preferenceField: Field = {
  name: PREFERENCE_FIELD,
  type: 'select',
  admin: { description: say('notifications:preferenceDescription'), position: 'sidebar' },
  defaultValue: 'immediately',
  label: say('notifications:preference'),
  options: EMAIL_PREFERENCES.map((value) => ({
    label: say(`notifications:preference-${value}`),
    value,
  })),
}
