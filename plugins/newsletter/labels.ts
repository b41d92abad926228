import { labels } from '../../src/domain/translate'
import { type NewsletterTranslationKeys, type NewsletterTranslations } from './translations'
import { en } from './translations/en'
import { pl } from './translations/pl'

/** A field's, option's or collection's label from the newsletter's texts. */
export const l = labels<NewsletterTranslationKeys>()

/** A text in both admin languages, for settings that take no function (a group). */
export const both = (key: keyof NewsletterTranslations['newsletter']) => ({
  en: en.newsletter[key],
  pl: pl.newsletter[key],
})
