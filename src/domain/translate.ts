import type { GenericTranslationsObject } from '@payloadcms/translations'

import { t } from '@payloadcms/translations'

/**
 * `t` for the app's and the plugins' own translation keys in server code, in the language of the
 * given `i18n` (`req.i18n` or a server component's; Payload's `i18n.t` is typed for its own keys).
 */
export const translator =
  <Key extends string>(i18n: { translations: GenericTranslationsObject }) =>
  (key: Key, vars?: Record<string, unknown>) =>
    t<GenericTranslationsObject, Key>({ key, translations: i18n.translations, vars })
