import { labels } from '../../src/domain/translate'
import type { BipWatchTranslationKeys } from './translations'

/** Payload labels from the watcher's keys. */
export const l = labels<BipWatchTranslationKeys>()
