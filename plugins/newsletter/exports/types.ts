export type { NewsletterSettings } from '../settings'
export type { HeaderReader, NewsletterPluginOptions, Preferences, SubscriberDoc } from '../types'
