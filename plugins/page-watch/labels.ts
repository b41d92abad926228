import { labels } from '../../src/domain/translate'
import type { PageWatchTranslationKeys } from './translations'

/** Payload labels from the Page watcher's keys. */
export const l = labels<PageWatchTranslationKeys>()
