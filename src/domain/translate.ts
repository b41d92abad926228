// Client-safe: nothing of `payload` at runtime (the install's language: install-translator.ts).
import type { GenericTranslationsObject } from '@payloadcms/translations'

import type { LabelFunction } from 'payload'

import { t } from '@payloadcms/translations'

/**
 * `t` for the app's and the plugins' own translation keys in server code, in the language of the
 * given `i18n` (`req.i18n` or a server component's; Payload's `i18n.t` is typed for its own keys).
 */
export const translator =
  <Key extends string>(i18n: { translations: GenericTranslationsObject }) =>
  (key: Key, vars?: Record<string, unknown>) =>
    t<GenericTranslationsObject, Key>({ key, translations: i18n.translations, vars })

/**
 * Payload labels (`LabelFunction`) from the app's or a plugin's keys: `const l = labels<Keys>()`,
 * then `label: l('plugin:key')` (the `t` Payload hands a label function knows only its own keys).
 */
export const labels =
  <Key extends string>() =>
  (key: Key): LabelFunction =>
  ({ i18n }) =>
    translator<Key>(i18n)(key)
