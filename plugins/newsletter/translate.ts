import type { Payload } from 'payload'

import { installTranslator } from '../../src/domain/install-translator'
import { translator } from '../../src/domain/translate'
import type { NewsletterTranslationKeys } from './translations'
import { pl } from './translations/pl'

/** `t` for the newsletter's texts: the request's, the install's or `newsletterPolish`. */
export type NewsletterT = (key: NewsletterTranslationKeys, vars?: Record<string, unknown>) => string

/** The newsletter's texts in Polish: the default of its pure functions. */
export const newsletterPolish: NewsletterT = translator<NewsletterTranslationKeys>({
  translations: pl,
})

/** The install's language, for what the worker stores and what residents receive. */
export const newsletterTexts = (payload: Pick<Payload, 'config'>) =>
  installTranslator<NewsletterTranslationKeys>(payload)
